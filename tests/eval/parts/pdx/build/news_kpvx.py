"""KPVX 12 News (Portland TV station site): HTML descriptions, short web stories. Hand-labelled (gold=[...])."""

FEED = "kpvx"
ITEMS = [
dict(guid="pdx_kpvx_story_26011903", pub="2026-01-19T17:45:00-08:00", title="Gresham couple escapes as fire destroys home during ice storm",
body="""GRESHAM, Ore. (KPVX) - An older Gresham couple escaped without injury early Sunday when fire swept through their home off SE Hogan Road, where a candle had been lit during the ice-storm power outage.

Feodosiy Basargin, 75, said he woke to smoke at about 4 a.m. and got his wife, Ulyana, out through the back door. "Everything is gone, the icons too," Basargin said. "But we are alive, and that is from God."

Gresham Fire said the house is a total loss. Members of the couple's church brought blankets and food to the scene before the trucks had left.""",
gold=[("PDX001", "subject"), ("PDX002", "subject")]),

dict(guid="pdx_kpvx_story_26022211", pub="2026-02-22T21:10:00-08:00", title="Mountain View senior wins state wrestling title",
body="""PORTLAND, Ore. (KPVX) - Vancouver's Timofey Savchuk pinned his way to the 4A state wrestling title at 170 pounds on Saturday at Memorial Coliseum, the first state championship for Mountain View High School in 11 years.

Savchuk, a senior, is the son of Pastor Pavlo Savchuk of Word of Life Slavic Church and his wife, Svitlana. "He wrestles like he prays," his father said. "Every day, no excuses." """,
gold=[("PDX023", "parent_of_subject")]),

dict(guid="pdx_kpvx_story_26030806", pub="2026-03-08T12:20:00-08:00", title="Water main break floods Beaverton street",
body="""BEAVERTON, Ore. (KPVX) - A 12-inch water main broke under NW Walker Road early Sunday, sending water into several yards and closing the road for most of the day.

"It was like a river coming down the street," said neighbor Tina Tran, who filmed the water from her porch. No homes were flooded, the city said. Crews expected to finish repairs by Monday morning.""",
gold=[]),

dict(guid="pdx_kpvx_story_26032415", pub="2026-03-24T16:00:00-07:00", title="Clark-Cowlitz Fire Rescue promotes first Ukrainian-born captain",
body="""VANCOUVER, Wash. (KPVX) - Clark-Cowlitz Fire Rescue promoted Oleksandr "Sasha" Tkachenko to captain on Tuesday, making him the first Ukrainian-born officer to reach that rank in the district.

Tkachenko, 37, came to Vancouver as a child in 1999 and joined the department in 2010. He translated during emergency calls in Russian and Ukrainian for years before the department hired interpreters. His wife, Iryna, pinned his new badge on.""",
gold=[("PDX005", "subject")]),

dict(guid="pdx_kpvx_story_26061718", pub="2026-06-17T19:30:00-07:00", title="TriMet to add frequent bus service on 122nd Avenue",
body="""PORTLAND, Ore. (KPVX) - TriMet will run buses every 12 minutes on 122nd Avenue starting in September, the agency said Wednesday, after years of requests from riders in east Portland.

The change adds two drivers per shift and costs about $3.4 million a year.""",
gold=[]),
]
