"""WTYS 6 News (Knoxville TV station site): HTML descriptions, short web stories. Hand-labelled."""

ITEMS = [
dict(guid="tys_wtys_20260124_1801", pub="2026-01-24T18:05:00-05:00", title="Snow strands drivers on the Parkway as winter storm hits Sevier County",
body="""PIGEON FORGE, Tenn. (WTYS) - Heavy snow and ice closed parts of the Parkway and Wears Valley Road on Saturday as a winter storm hit Sevier County, stranding dozens of drivers.

"I've been sitting here two hours and moved about a hundred feet," said Ben Yarnell, a delivery driver from Lenoir City who was trying to get back over to Interstate 40.

Sevier County Electric System reported more than 4,000 customers without power by late afternoon.""",
gold=[]),

dict(guid="tys_wtys_20260330_0944", pub="2026-03-30T19:20:00-04:00", title="Maryville man, 77, hurt when tractor overturns",
body="""MARYVILLE, Tenn. (WTYS) - A 77-year-old Maryville man was flown to UT Medical Center on Monday after the tractor he was driving overturned on a steep bank behind his home on Brickmill Road.

Blount County deputies identified him as Thaddeus "Tad" Wolfenbarger. A neighbor heard the engine stop and called 911. Wolfenbarger was in serious but stable condition Monday night, a hospital spokesperson said.""",
gold=[("TYS001", "subject")]),

dict(guid="tys_wtys_20260416_0712", pub="2026-04-16T07:15:00-04:00", title="Flash flooding swamps Fountain City homes",
body="""KNOXVILLE (WTYS) - Crews pumped water out of basements along Jacksboro Pike and Greenway Drive on Thursday morning after two and a half inches of rain fell on North Knoxville in under an hour.

"I've lived up here since 1988 and I've never seen First Creek do that," said Buddy Kitts, who spent the night helping a neighbor carry furniture upstairs. Kitts' own house, up the hill, stayed dry.

Knoxville Fire Department said it rescued two drivers from flooded cars on Broadway. No injuries were reported.""",
gold=[]),

dict(guid="tys_wtys_20260505_1630", pub="2026-05-05T16:35:00-04:00", title="Pigeon Forge sixth-grader headed to the Scripps National Spelling Bee",
body="""PIGEON FORGE, Tenn. (WTYS) - Kaylee Headrick, a sixth-grader at Pigeon Forge Middle School, spelled "chiaroscuro" on Saturday to win the East Tennessee Regional Spelling Bee and a trip to the national finals near Washington.

Kaylee, 11, is the daughter of Travis and Jolene Headrick of Pigeon Forge. "She reads the dictionary at breakfast," her mother said. "We stopped arguing about it." """,
gold=[("TYS018", "parent_of_subject"), ("TYS019", "parent_of_subject")]),

dict(guid="tys_wtys_20260527_1215", pub="2026-05-27T12:20:00-04:00", title="Knox County judge retires after 24 years on the bench",
body="""KNOXVILLE (WTYS) - Knox County Circuit Court Judge Lavinia Tallent will step down June 30 after 24 years on the bench, she announced Wednesday.

Tallent, the first woman elected to the Sixth Judicial District's Division III seat, said she plans to teach trial advocacy at the UT College of Law and "finally learn to fish." Her father, a longtime Knox County principal, died earlier this month.""",
gold=[("TYS016", "subject")]),

dict(guid="tys_wtys_20260610_0905", pub="2026-06-10T09:10:00-04:00", title="Cleveland firefighter honored for rescue at Ocoee River",
body="""CLEVELAND, Tenn. (WTYS) - A Cleveland firefighter who pulled two rafters from the Ocoee River last month received the Tennessee Fire Chiefs Association's valor award on Tuesday.

Lt. Travis Headrick, 31, of Cleveland Fire Station 3, swam a rope across the current to reach the rafters, who had been pinned against a rock for forty minutes. Headrick joined the department in 2016.""",
gold=[]),
]
