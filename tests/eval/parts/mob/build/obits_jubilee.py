"""Jubilee Oaks Funeral Home (Daphne and Fairhope, Ala.): funeral-home site, HTML in description. Hand-labelled."""

FEED = "jubilee"
ITEMS = [
dict(guid="mob_jubileeoaks_obit_20260605_stimpson", pub="2026-06-05T13:20:00-05:00",
title="Cornelia \"Neely\" Bancroft Stimpson (1941 - 2026)",
body="""Cornelia "Neely" Bancroft Stimpson, 84, of Fairhope, died Tuesday, June 2, 2026, at her home on Mobile Bay, with the afternoon breeze coming in through the porch screens as she always insisted it should.

Neely was born in Selma and came to Fairhope in 1968 when her husband, Dr. Carlton Stimpson, joined the staff at Thomas Hospital. She was a founding volunteer of the Eastern Shore Art Center, a forty-year member of St. James' Episcopal Church, and a ferocious bridge player.

She is survived by her children, Carlton Stimpson Jr. (Anne) of Birmingham and Margaret Stimpson Nall (Robert) of Atlanta; five grandchildren; and her beloved dachshund, Beau. She was preceded in death by her husband of 51 years.

A memorial service will be held at 11 a.m. Saturday, June 13, at St. James' Episcopal Church, Fairhope. A reception will follow at the home of Ren and Cecile Laurendine, her neighbors and dear friends of fifty years, on Magnolia Avenue.""",
gold=[]),

dict(guid="mob_jubileeoaks_obit_20260619_boyington", pub="2026-06-19T10:00:00-05:00",
title="Harriet Sessums Boyington (1934 - 2026)",
body="""Harriet Sessums Boyington, 91, of Fairhope, passed away on Tuesday, June 16, 2026, at Westminster Village.

Harriet was born in Magnolia Springs, the eldest of the five children of Judge Lamar Sessums and Eugenia Dupree Sessums, and grew up on the river. She taught third grade at Fairhope Elementary for 33 years; many of her former pupils, now grandparents themselves, still write their sevens with a line through the middle because Mrs. Boyington told them to.

She was preceded in death by her husband, Russell Boyington; her son, Russell Jr.; and her brothers, Lamar Sessums Jr. and Thomas Sessums.

She is survived by her daughter, Ellen Boyington Gaillard (Pierre) of Mobile; her sister, Eugenia "Genie" Marchand of Point Clear; her brother, William Sessums of Magnolia Springs; four grandchildren; and six great-grandchildren.

A graveside service will be held at 10 a.m. Monday at Magnolia Springs Cemetery, the Rev. Dr. Ann Whitlock officiating.""",
gold=[("MOB020", "survivor")]),

dict(guid="mob_jubileeoaks_obit_20260708_goldthwaite", pub="2026-07-08T16:45:00-05:00",
title="Hollis Beauregard Goldthwaite Jr. (1951 - 2026)",
body="""Hollis Beauregard Goldthwaite Jr., 74, of Spanish Fort, died Sunday, July 5, 2026, at Mobile Infirmary after a short illness.

Hollis was born in Mobile to the late Hollis Goldthwaite Sr. and Frances Dunnam Goldthwaite. He graduated from UMS and the University of Alabama, practiced maritime law in Mobile for forty years, and was a past captain of one of the city's oldest mystic societies, about which he would say nothing whatsoever.

He is survived by his wife of 50 years, Lenora Goldthwaite; his son, Hollis "Trey" Goldthwaite III and his wife, Ashley, of Spanish Fort; his daughter, Caroline Goldthwaite Rhodes of Charleston, South Carolina; and four grandchildren, including Juliette, whose reign as a Carnival queen this February was, he said, the proudest night of his life.

Visitation will be Thursday from 5 to 7 p.m. at Jubilee Oaks Funeral Home, Daphne. A funeral service will be held Friday at 2 p.m. at Christ Church Cathedral, Mobile.""",
gold=[("MOB008", "survivor"), ("MOB009", "survivor")]),

dict(guid="mob_jubileeoaks_obit_20260827_laurendine", pub="2026-08-27T12:10:00-05:00",
title="Lorenzo Paul Laurendine (1995 - 2026)",
body="""Lorenzo Paul Laurendine, 31, of Foley, died unexpectedly on Sunday, August 23, 2026.

Enzo, as everyone knew him, graduated from Foley High School and worked as a deckhand and later a mate on offshore supply boats out of Port Fourchon. He loved LSU football, his truck and his nieces, and he could catch redfish when nobody else could.

He is survived by his parents, Paul and Denise Laurendine of Foley; his sisters, Gabrielle Laurendine Mott (Tyler) and Nicole Laurendine, both of Foley; two nieces; and his grandmother, Rita Laurendine of Summerdale.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Margaret of Scotland Catholic Church, Foley.""",
gold=[]),
]
