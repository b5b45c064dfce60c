"""Van Auken & Delaware Valley Funeral Homes (Blairstown, Hackettstown, Phillipsburg chapels): funeral-home site,
HTML in content:encoded, one-sentence plain description. Hand-labelled."""

ITEMS = [
dict(guid="wnj_fh_obit_chester-trimmer-2026", pub="2026-01-22T12:00:00-05:00",
title="Chester A. Trimmer",
body="""Chester A. "Chet" Trimmer, 82, of Stewartsville, went home to be with the Lord on January 20, 2026.

Chet was a machinist at Ingersoll-Rand for 35 years and a deacon at Stewartsville Presbyterian Church. He could fix anything with an engine and most things without one.

He was preceded in death by his wife of 54 years, Alma (Bowers) Trimmer.

He leaves behind his sister, Bernadette "Bernie" Lasko of Phillipsburg; his sons, Glenn Trimmer of Stewartsville and Keith Trimmer of Allentown, Pa.; and seven grandchildren.

Services will be held on Monday at 11 a.m. at the Phillipsburg chapel. Burial in Stewartsville Cemetery.""",
gold=[("WNJ021", "survivor")]),

dict(guid="wnj_fh_obit_walter-dalrymple-2026", pub="2026-02-17T12:00:00-05:00",
title="Walter James \"Wally\" Dalrymple",
body="""Walter James "Wally" Dalrymple, 44, of Bethlehem, Pa., passed away unexpectedly on February 14, 2026.

Born in Newton, Wally graduated from Newton High School and Lehigh University and was an engineer at a Bethlehem design firm. He coached his daughter's softball team.

He is survived by his wife, Christine; his daughter, Lily; and his mother, Evelyn Dalrymple of Newton. He was predeceased by his father, Robert Dalrymple.

A memorial gathering will be held Saturday from 1 to 4 p.m. at our Blairstown chapel.""",
gold=[("WNJ009", "survivor")]),

dict(guid="wnj_fh_obit_helen-albertson-2026", pub="2026-03-05T12:00:00-05:00",
title="Helen R. Albertson",
body="""Helen Ruth Albertson, 93, of Columbia (Knowlton Township), died peacefully on March 3, 2026.

Helen taught first grade at Knowlton Township School for 33 years, and half of Knowlton still calls her "Mrs. A."

She is survived by her daughter, Janine Cole of Blairstown, and her grandson, Ethan Cole. She was predeceased by her husband, Frank Albertson, and her son, David.

A graveside service will be held at Knowlton Presbyterian Cemetery on Friday at 1 p.m.""",
gold=[("WNJ012", "survivor")]),

dict(guid="wnj_fh_obit_stanislawa-kowalczyk-2026", pub="2026-04-02T12:00:00-04:00",
title="Stanisława \"Stella\" Kowalczyk",
body="""Stanisława "Stella" Kowalczyk, 97, of Hackettstown, died on March 31, 2026, at Heath Village.

She came to Hackettstown from Kraków in 1957 and worked at the Mars candy plant until her retirement.

She is survived by her son, Walt Kowalczyk of Hackettstown; her granddaughter, Agnieszka Kowalczyk of Clifton; and many relatives in Poland.

A Mass of Christian Burial will be celebrated at St. Mary's Church, Hackettstown, on Saturday at 10 a.m.""",
gold=[]),

dict(guid="wnj_fh_obit_edward-hoagland-2026", pub="2026-04-27T12:00:00-04:00",
title="Edward F. Hoagland",
body="""Edward Francis Hoagland, 81, of Lafayette, died April 24, 2026, at home on the farm where he was born.

Ed raised Holsteins and later sweet corn, and his roadside stand on Route 15 was a summer landmark. He served on the Lafayette Township Committee for 12 years.

He is survived by his wife of 58 years, Joan; his son, Kevin Hoagland and his wife, Mary Beth, of Sparta; his daughter, Susan Hoagland of Vernon; and three grandchildren, Ava, Owen and Claire.

Bearers will be Gerry Pfleger, Owen Hoagland, Dean Kasper and Mark Rude. Funeral service Thursday 11 a.m. at our Newton chapel, with interment in Lafayette Cemetery.""",
gold=[("WNJ007", "survivor"), ("WNJ006", "survivor")]),

dict(guid="wnj_fh_obit_bernadette-lasko-2026", pub="2026-05-14T12:00:00-04:00",
title="Bernadette A. Lasko",
body="""Bernadette Ann Lasko, 61, of Scranton, Pa., passed away May 11, 2026, at Moses Taylor Hospital.

A lifelong Scrantonian, Bernadette worked for the Diocese of Scranton for 30 years.

She is survived by her husband of 38 years, Joseph Lasko; her sons, Joseph Jr. and Matthew; and her mother, Dolores Kovach of Dunmore.

Arrangements are by our affiliate in Scranton; this notice is shared at the family's request for friends in the Phillipsburg area.""",
gold=[]),
]
