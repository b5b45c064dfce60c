"""Tri-State 9 WTSN (Evansville TV station): short web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="evv_wtsn_20260130_1184", pub="2026-01-30T17:45:00-05:00", title="Vanderburgh County judge retires after 24 years on the bench",
body="""EVANSVILLE, Ind. (WTSN) - After 24 years and more than 30,000 cases, Judge Cordelia Haskamp of Vanderburgh Superior Court is hanging up her robe.

Haskamp, the first woman to preside over the county's drug court, heard her last docket Friday. Colleagues lined the hallway of the Civic Center as she left. "I'll miss the people who came back to tell me they made it," she said.""",
gold=[("EVV015", "subject")]),

dict(guid="evv_wtsn_20260305_1302", pub="2026-03-05T18:10:00-05:00", title="Evansville seventh-grader spells her way to the national bee",
body="""EVANSVILLE, Ind. (WTSN) - A Plaza Park Middle School seventh-grader is headed to the Scripps National Spelling Bee.

Greta Fuchsmeier, 12, won the Tri-State Regional Spelling Bee on Wednesday night by correctly spelling "schadenfreude" in the 14th round. Her parents, Kurt and Annika Fuchsmeier, said she studies word lists at the kitchen table every night. "We just quiz her," Annika Fuchsmeier said. "She does the hard part." """,
gold=[("EVV012", "parent_of_subject"), ("EVV013", "parent_of_subject")]),

dict(guid="evv_wtsn_20260415_1417", pub="2026-04-15T07:20:00-04:00", title="Tornado damages homes along Bell Road in Newburgh",
body="""NEWBURGH, Ind. (WTSN) - An EF-1 tornado touched down just after 9 p.m. Tuesday near Bell Road, tearing roofs off two houses and dropping trees across Sharon Road.

Ray and Lynette Pruitt lost most of their roof and spent the night with relatives. Nobody was hurt. "You hear the freight train, and then it's just quiet," said neighbour Butch Tooley, whose house lost only gutters. Warrick County crews expect to have roads cleared by Thursday.""",
gold=[]),

dict(guid="evv_wtsn_20260503_1455", pub="2026-05-03T16:30:00-04:00", title="Evansville pastor celebrates 25 years at Mount Olive",
body="""EVANSVILLE, Ind. (WTSN) - Mount Olive Missionary Baptist Church packed its sanctuary Sunday to honor its pastor of 25 years.

The Rev. Desmond Tuggle came to Mount Olive in 2001 as a 38-year-old former Army chaplain's assistant. Under his leadership the church opened a food pantry and an after-school program on Lincoln Avenue. His wife, Lorraine, was also recognized.""",
gold=[("EVV014", "subject")]),

dict(guid="evv_wtsn_20260520_1481", pub="2026-05-20T12:00:00-04:00", title="Indianapolis chemistry teacher named Indiana Teacher of the Year",
body="""INDIANAPOLIS (WTSN) - Harold Spurlock, a 34-year-old chemistry teacher at North Central High School in Indianapolis, has been named 2027 Indiana Teacher of the Year.

Spurlock, who grew up in Muncie, is known for a "kitchen chemistry" course that draws students who never planned to take a science elective. He will represent Indiana in the national program.""",
gold=[]),
]
