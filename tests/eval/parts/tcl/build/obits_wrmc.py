"""Warrior River Memorial Chapel (invented funeral home, Tuscaloosa and Northport): funeral-home site, teaser
description + HTML in content:encoded, link to the tribute page. Hand-labelled."""

FEED = "wrmc"
BASE = "https://www.warriorrivermemorial.example/obituaries/"
ITEMS = [
dict(guid="tcl_wrmc_ransom-gilliland-jr", slug="ransom-gilliland-jr", pub="2026-01-22T14:10:00-06:00",
title="Ransom Harvey Gilliland Jr. (1951 - 2026)",
body="""Ransom Harvey Gilliland Jr., 74, of Cottondale, passed away on Monday, January 19, 2026, at his home, surrounded by his family.

Ransom was born in Tuscaloosa to the late Ransom Gilliland Sr. and Ila Mae Gilliland. He worked 38 years at the Hunt Refining plant and was a deacon at Cottondale Baptist Church. He loved Alabama football, his vegetable garden and, most of all, his grandchildren.

He is survived by his wife of 50 years, Carolyn Gilliland; his son, Ransom Gilliland III (Brandi) of Cottondale; his daughter, Amy Gilliland Sims of Vance; and four grandchildren. He was preceded in death by his parents and his brother, Harold.

Visitation will be held Thursday from 5 to 7 p.m. at Warrior River Memorial Chapel. The funeral will be Friday at 11 a.m. at Cottondale Baptist Church with burial at Tuscaloosa Memorial Park.""",
gold=[("TCL006", "survivor")]),

dict(guid="tcl_wrmc_peggy-dorroh-vandiver", slug="peggy-dorroh-vandiver", pub="2026-03-03T10:00:00-06:00",
title="Margaret Ann \"Peggy\" Dorroh Vandiver (1946 - 2026)",
body="""Margaret Ann "Peggy" Dorroh Vandiver, 79, of Northport, entered eternal rest on Saturday, February 28, 2026.

Peggy was born in Tuscaloosa to the late Hubert and Lula Dorroh. She was a registered nurse at Druid City Hospital for 35 years and sang alto in the choir of First Presbyterian Church for even longer.

She is survived by her husband of 57 years, Hollis Vandiver; her son, Mark Vandiver of Birmingham; her sister, Sue Ellen Burkhalter (the late Ronnie) of Tuscaloosa; and three grandchildren.

A service of witness to the resurrection will be held Wednesday at 2 p.m. at First Presbyterian Church, Tuscaloosa, with the Rev. Dr. Lewis Kirkland officiating.""",
gold=[("TCL005", "survivor")]),

dict(guid="tcl_wrmc_ingeborg-bruggemann", slug="ingeborg-bruggemann", pub="2026-04-14T09:30:00-05:00",
title="Ingeborg Brüggemann (1937 - 2026)",
body="""Ingeborg Brüggemann, 88, of Sindelfingen, Germany, died on April 9, 2026, in Sindelfingen, after a short illness.

Born in Stuttgart, Ingeborg worked for many years as a bookkeeper and raised three children. She visited Alabama many times after her son's family moved here in 2005 and came to love sweet tea, Crimson Tide football and the azaleas of the Arboretum.

She is survived by her son, Jörg Brüggemann (Anke) of Northport, Alabama; her daughters, Sabine Wirth and Ute Brüggemann, both of Sindelfingen; and six grandchildren. Her husband, Helmut, died in 2010.

A memorial gathering for friends in Alabama will be held Saturday, April 18, at 3 p.m. in the chapel of Warrior River Memorial Chapel, Northport. The funeral took place in Sindelfingen.""",
gold=[("TCL017", "survivor")]),

dict(guid="tcl_wrmc_roosevelt-tolbert", slug="roosevelt-tolbert", pub="2026-04-29T11:15:00-05:00",
title="Roosevelt Tolbert (1954 - 2026)",
body="""Roosevelt Tolbert, 71, of Holt, passed from labor to reward on Friday, April 24, 2026, at DCH Regional Medical Center.

Mr. Tolbert retired from the Tuscaloosa County Road Department after 33 years. He coached youth baseball at Holt for two decades and could tell you the batting average of every boy he ever coached.

He leaves to cherish his memory his wife, Dorothy Tolbert; his sons, Marcus and Kendrick Tolbert; his daughter, Yolanda Tolbert of Atlanta; and a host of grandchildren, nieces, nephews and friends.

Homegoing services will be held Saturday at noon at Greater Mount Zion Missionary Baptist Church, with the Rev. Alphonso Pettway Jr. delivering the eulogy. Interment will follow at Evergreen Cemetery.""",
gold=[]),

dict(guid="tcl_wrmc_katherine-cornelison", slug="katherine-cornelison", pub="2026-06-05T13:40:00-05:00",
title="Katherine Lowery Cornelison (1957 - 2026)",
body="""Katherine Lowery Cornelison, 68, of Duncanville, passed away on Tuesday, June 2, 2026, after a brave fight with cancer.

Kathy was born in Centreville to the late James and Nell Lowery. She was a loan officer at the Bank of Moundville for 30 years and was the first one to every baby shower and funeral in south Tuscaloosa County.

She is survived by her husband, Dwight Cornelison; her son, Marlowe Cornelison (Jenna) of Tuscaloosa; her daughter, Leigh Ann Pate (Terry) of Moundville; and three grandchildren.

A celebration of her life will be held Monday at 10 a.m. at Duncanville Baptist Church.""",
gold=[("TCL022", "survivor")]),

dict(guid="tcl_wrmc_latrice-woolfolk", slug="latrice-woolfolk", pub="2026-07-15T16:20:00-05:00",
title="Latrice Denise Woolfolk (1987 - 2026)",
body="""Latrice Denise Woolfolk, 38, of Montgomery, formerly of Tuscaloosa, departed this life on Thursday, July 9, 2026, in Montgomery.

Latrice graduated from Central High School in Tuscaloosa and from Alabama State University, and taught third grade in the Montgomery Public Schools for fifteen years.

She leaves to cherish her memory her parents, Willie and Gloria Woolfolk of Montgomery; her son, Jaylen; her brother, Derrick Woolfolk of Atlanta; and a host of aunts, uncles and cousins.

Services will be held Saturday at 11 a.m. at the Tuscaloosa chapel of Warrior River Memorial Chapel. Interment at Evergreen Cemetery, Tuscaloosa.""",
gold=[]),
]
