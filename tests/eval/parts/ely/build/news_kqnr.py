"""Northland 6 (KQNR, Hibbing/Duluth): a local TV station site, short web stories, HTML descriptions.
Hand-labelled."""

ITEMS = [
dict(guid="ely_kqnr_story_20260122_3310", pub="2026-01-22T18:10:00-06:00", title="Nashwauk council picks first woman mayor to fill vacancy",
body="""NASHWAUK, Minn. (KQNR) - For the first time in the city's 117-year history, Nashwauk has a woman in the mayor's chair.

The city council on Wednesday night appointed Pauline "Polly" Kuzmanovich, a longtime council member and the office manager at Nashwauk-Keewatin Schools, to serve out the term of Mayor Ron Hiltunen, who resigned for health reasons.

"I know every pothole in this town by its first name," Kuzmanovich said after she was sworn in. "We're going to get to know each other better." """,
gold=[("ELY021", "subject")]),

dict(guid="ely_kqnr_story_20260303_3512", pub="2026-03-03T17:45:00-06:00", title="Gilbert senior wins state wrestling title at 170 pounds",
body="""ST. PAUL, Minn. (KQNR) - Eveleth-Gilbert's Luka Pecharich is a state champion.

The senior pinned his opponent from Kimball Area in the second period of the Class AA 170-pound final Saturday night at Xcel Energy Center, finishing the season 44-1. He is the program's first state champion since 2011.

Pecharich, the son of Milan and Tasha Pecharich of Gilbert, has signed to wrestle at the University of Minnesota-Duluth. "My grandpa drove to every single meet," he said. "This one's for him." """,
gold=[("ELY019", "parent_of_subject")]),

dict(guid="ely_kqnr_story_20260415_3788", pub="2026-04-15T16:20:00-05:00", title="No injuries in Highway 53 crash near Eveleth",
body="""EVELETH, Minn. (KQNR) - Two vehicles collided at the Highway 53 and Highway 37 interchange near Eveleth on Wednesday morning.

The Minnesota State Patrol said a pickup driven by a 31-year-old Hibbing man slid on slush while exiting the highway and struck a car driven by Jo Ann Skubitz, 68, of Eveleth, who was stopped at the light. Neither driver was hurt. The pickup's driver was cited for driving too fast for conditions.""",
gold=[]),

dict(guid="ely_kqnr_story_20260530_4021", pub="2026-05-30T12:00:00-05:00", title="Tower student named Minnesota Indian Education student of the year",
body="""TOWER, Minn. (KQNR) - A Tower-Soudan graduating senior who started a language table for Ojibwe speakers at her school has been named the Minnesota Indian Education Association's student of the year.

Aubree Kitchemigon, the daughter of Rodney and Carla Kitchemigon of Tower, will study elementary education at Bemidji State University this fall. She also captained the volleyball team.

"She learned from her grandparents at the kitchen table," said her grandmother, Delphine Kitchemigon, who attended Saturday's ceremony in Minneapolis. "Now she's the one teaching." """,
gold=[("ELY014", "parent_of_subject")]),

dict(guid="ely_kqnr_story_20260614_4156", pub="2026-06-14T19:30:00-05:00", title="Hibbing tire shop marks 40 years on Howard Street",
body="""HIBBING, Minn. (KQNR) - Vukelich Tire & Alignment is turning 40, and the owners are throwing a party.

Dan and Mira Vukelich opened the shop in a two-bay garage in 1986 with one used tire machine and a loan from Dan's father, who died in January at 91. Today the shop has nine employees and services the pickups of half the miners on the Range.

The couple will hold a customer appreciation cookout Saturday. "Free brats, no upselling," Dan Vukelich promised.""",
gold=[("ELY009", "subject"), ("ELY010", "subject")]),

dict(guid="ely_kqnr_story_20260722_4390", pub="2026-07-22T07:15:00-05:00", title="Ely cleans up after overnight storm topples trees onto homes",
body="""ELY, Minn. (KQNR) - Chainsaws were roaring before sunrise Wednesday after a fast-moving line of thunderstorms brought 70 mph gusts through Ely overnight.

The worst damage in town was on East Camp Street, where a century-old white pine crashed through the roof of the home of Louie and Frannie Kobal. The couple, 80 and 76, were asleep in a back bedroom and were not hurt. "It came down right through the kitchen," Louie Kobal said. "Fifty years we've lived here, and that tree was always the one I worried about."

"I heard it go from two blocks away," said neighbor Bernadette Zgonc, who brought coffee to the crews. Ely Public Utilities said about 1,400 customers lost power.""",
gold=[("ELY001", "subject"), ("ELY002", "subject")]),
]
