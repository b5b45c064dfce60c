"""Local news for the enw part, three sources. Hand-labelled (`gold=[(client_id, role), ...]`).

TV: Lakeshore 12 (WLKZ) station site, HTML descriptions.
BIZ: Racine-Kenosha Business Review, plain text.
NBR: Kenosha & Western Racine County Neighbors (community weekly / newsletter), teaser + content:encoded.
"""

TV = [
dict(guid="enw_wlkz_20260102_firstbaby", pub="2026-01-02T09:40:00-06:00", title="Kenosha County's first baby of 2026 arrives at 12:19 a.m.",
body="""KENOSHA, Wis. (WLKZ) - A Pleasant Prairie couple rang in the new year with a 7-pound, 4-ounce daughter.

Adaeze Grace Okonkwo was born at 12:19 a.m. Thursday at Froedtert South's Kenosha campus, the first baby born in Kenosha County in 2026. Her parents, Nate and Chioma Okonkwo, said she was due January 9.

"We were watching the ball drop in the triage room," Nate Okonkwo said. "She clearly had her own plans." """,
gold=[("ENW012", "subject")]),

dict(guid="enw_wlkz_20260224_kringle", pub="2026-02-24T18:10:00-06:00", title="West Racine bakery takes top prize in lakefront kringle contest",
body="""RACINE, Wis. (WLKZ) - A pecan-and-cream-cheese kringle from a West Racine bakery won the people's choice and judges' awards Saturday at the 12th annual Kringle Cup on the lakefront.

The judges - retired pastry chef Tom Kreuser of Pleasant Prairie, food writer Annika Lund and Racine Mayor's Office representative Dwayne Fields - tasted 31 entries from 14 bakeries.

"It's flaky, it's not too sweet, it's everything a kringle should be," said Peg Haubrich of Kenosha, who drove up with her sister for the event. Proceeds went to the Racine County Food Bank.""",
gold=[]),

dict(guid="enw_wlkz_20260513_fire", pub="2026-05-13T21:25:00-05:00", title="Mount Pleasant man escapes early-morning house fire",
body="""MOUNT PLEASANT, Wis. (WLKZ) - A Mount Pleasant man escaped without injury early Wednesday when fire broke out in the garage of his Spring Street home.

South Shore Fire Department crews were called at 4:10 a.m. and found heavy smoke coming from the attached garage. Homeowner Ray Schoenfeld, 70, told firefighters he was woken by his smoke detector and got out with his dog.

"I've lived here 38 years. You don't think it'll be you," Schoenfeld said. Fire officials estimated the damage at $140,000 and said the cause appears to be an electrical fault in a freezer. Neighbor Casey Jankowski said he saw the flames from his car on the way to work and called 911.""",
gold=[("ENW017", "subject")]),

dict(guid="enw_wlkz_20260601_teacher", pub="2026-06-01T17:45:00-05:00", title="Racine Unified names Teacher of the Year",
body="""RACINE, Wis. (WLKZ) - For the first time in the district's history, Racine Unified's Teacher of the Year is a high school chemistry teacher.

Denise Whitfield-Banks, who has taught chemistry at Horlick High School for 24 years, received the award Monday at a surprise assembly in the school gym. Students say she is known for her "Friday Explosions" demonstrations and for staying after school to tutor.

"I just love watching the light go on," Whitfield-Banks said. She will now compete for the state honor.""",
gold=[("ENW018", "subject")]),

dict(guid="enw_wlkz_20260720_watermain", pub="2026-07-20T12:05:00-05:00", title="Water main break floods part of Washington Road in Kenosha",
body="""KENOSHA, Wis. (WLKZ) - Kenosha Water Utility crews were working Monday to repair a 12-inch water main that broke overnight under Washington Road near 18th Avenue.

Water filled several basements and left about 60 homes without service for part of the morning. "It came down the street like a river," said Terri DeBartolo, who has lived on the block since 1979. "Thankfully, mine stayed dry."

Crews expect to reopen the road by Tuesday afternoon. Residents were asked to boil water until further notice.""",
gold=[]),
]

BIZ = [
dict(guid="enw_rkbr_2026_0311", pub="2026-03-11T06:00:00-05:00", title="Root River Community Bank names Villarreal Ortiz chief lending officer",
body="""Root River Community Bank has promoted Rosalinda Villarreal Ortiz to executive vice president and chief lending officer, effective April 1.

Villarreal Ortiz joined the Racine-based bank in 2009 as a commercial loan officer and most recently led its small-business lending group, which doubled its loan book since 2021. She succeeds Gordon Pfeil, who is retiring after 31 years.

"Rosie knows every Main Street storefront in this county," said bank president Laura Ekberg. Villarreal Ortiz serves on the boards of the Racine Hispanic Business and Professionals Association and Gateway Technical College Foundation.""",
gold=[("ENW011", "subject")]),

dict(guid="enw_rkbr_2026_0402", pub="2026-04-02T06:00:00-05:00", title="Voss Implement marks 75 years on Highway 36",
body="""BURLINGTON - When Harold Voss's father opened a two-bay tractor shop on Highway 36 in 1951, he sold Farmalls and fixed whatever came in the door. Seventy-five years later, Voss Implement sells and services compact tractors, mowers and utility vehicles for customers from Waterford to Lake Geneva.

Harold and Arlene Voss, who have owned the business since 1984, marked the anniversary with a customer appreciation day Saturday. Their daughter, Kristin Voss-Pieper, is the general manager and the third generation to run the store.

"Arlene kept the books and I kept the wrenches turning," Harold Voss said. "That's about all there is to it." """,
gold=[("ENW009", "subject"), ("ENW010", "subject")]),

dict(guid="enw_rkbr_2026_0506", pub="2026-05-06T06:00:00-05:00", title="Christensen retires after 38 years at Wind Point Marine Hardware",
body="""Lars Christensen, vice president of operations at Wind Point Marine Hardware, will retire at the end of May after 38 years with the Racine manufacturer of boat cleats, hinges and deck fittings.

Christensen started on the plating line in 1988 and ran the company's North Racine plant for most of the last two decades. He oversaw its expansion into the former Western Publishing warehouse in 2015.

He and his wife, Karen, plan to spend more time at their cabin near Washington Island and with their grandchildren. The company has named Priya Raman to succeed him.""",
gold=[("ENW003", "subject")]),

dict(guid="enw_rkbr_2026_0715", pub="2026-07-15T06:00:00-05:00", title="Pleasant Prairie logistics park breaks ground on fourth building",
body="""Developer Lakeview Crossing LLC broke ground Tuesday on a 610,000-square-foot distribution building in the LakeView Corporate Park, its fourth in Pleasant Prairie since 2019.

The building is expected to bring about 300 jobs. Village President Chris Ambrose said the project would add about $45 million to the tax base.

Nate Okonkwo, a Pleasant Prairie resident who attended the ceremony, said he hoped the village would add sidewalks along 104th Street as traffic grows. "My daughter is going to be walking here one day," he said.""",
gold=[]),
]

NBR = [
dict(guid="enw_nbr_2026_02_volunteer", pub="2026-02-12T08:00:00-06:00", title="Pleasant Prairie's Mary Jo Kaminski honored for 40 years at the senior lunch program",
body="""Mary Jo Kaminski has served lunch at the Pleasant Prairie senior dining site since 1986. On Tuesday, the Kenosha County Aging and Disability Resource Center presented her with its Lifetime Volunteer Award.

Kaminski, a retired Unified school secretary, still comes in three days a week. "They're my friends," she said. "Some of them I've been serving since I was the young one." Staff presented her with a cake and a framed photo from the program's first year.""",
gold=[("ENW007", "subject")]),

dict(guid="enw_nbr_2026_03_spelling", pub="2026-03-19T08:00:00-05:00", title="Kenosha eighth grader heads to national spelling bee",
body="""Sophia Ambrosini, an eighth grader at Lance Middle School, won the Badger State Spelling Bee on Saturday in Madison, correctly spelling "rhadamanthine" in the 14th round.

Sophia, the daughter of Paul and Gina Ambrosini of Kenosha, will represent Wisconsin at the Scripps National Spelling Bee in Washington, D.C., in May. "She reads the dictionary at breakfast," her mother said. Her grandfather, Lou Tenuta, was in the front row.""",
gold=[("ENW015", "parent_of_subject"), ("ENW016", "parent_of_subject")]),

dict(guid="enw_nbr_2026_04_library", pub="2026-04-16T08:00:00-05:00", title="Burlington library campaign passes $2 million",
body="""The Burlington Public Library's Next Chapter campaign has raised $2.1 million toward a new children's wing, the library board announced.

Leading donors include the Burlington Area Community Foundation, Nestle Chocolate employees' fund, Harold and Arlene Voss, the Stoll family, Casey Jankowski and the Burlington Lions Club. Construction is expected to start next spring.""",
gold=[]),

dict(guid="enw_nbr_2026_05_fdl", pub="2026-05-21T08:00:00-05:00", title="Around the state: Fond du Lac dairy farmer named Master Agriculturist",
body="""Harold Voss of the Town of Byron, Fond du Lac County, was one of five farmers named Wisconsin Master Agriculturists this spring. Voss milks 420 cows with his sons and is known for his work on manure-to-energy digesters. The award will be presented June 10 in Madison.""",
gold=[]),

dict(guid="enw_nbr_2026_06_anniv", pub="2026-06-18T08:00:00-05:00", title="Kreusers celebrate 50 years",
body="""Tom and Linda (Gallo) Kreuser of Pleasant Prairie will celebrate their 50th wedding anniversary on June 26. They were married June 26, 1976, at St. Mary Catholic Church in Kenosha.

Tom retired in 2016 as head pastry chef at a Lake Geneva resort; Linda retired from Kenosha Unified as a school nurse. They have two sons, Mark (Julie) and Steven, and four grandchildren, and they remember their grandson TJ, who died in April. A family dinner is planned.""",
gold=[("ENW019", "subject"), ("ENW020", "subject")]),
]

ITEMS = TV + BIZ + NBR
