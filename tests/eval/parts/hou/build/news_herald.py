"""Brazos & Bay Hometown Herald (weekly community paper: Pearland, Pasadena, Katy, Baytown, The Woodlands),
teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "herald"
ITEMS = [
dict(guid="hou_herald-2026-0209", pub="2026-02-09T07:00:00-06:00", title="Engagement: Garza - Molina",
body="""Mr. and Mrs. Ramiro Garza of Pasadena announce the engagement of their daughter, Cristina Garza, to Daniel Molina, son of Mr. and Mrs. Arturo Molina of Deer Park.

The bride-elect is a 2018 graduate of Pasadena Memorial High School and a registered nurse at HCA Houston Healthcare Southeast. The prospective groom is an electrician with IBEW Local 716. An October wedding is planned at St. Pius V Catholic Church.""",
gold=[("HOU005", "parent_of_subject")]),

dict(guid="hou_herald-2026-0302", pub="2026-03-02T07:00:00-06:00", title="Shadow Creek senior named National Merit Scholar",
body="""PEARLAND - Shadow Creek High School senior Adaeze Nwosu has been named a National Merit Scholar, one of 14 in the Houston area this year.

Adaeze, the daughter of Emeka and Ngozi Nwosu of Pearland, plans to study biomedical engineering at Rice University in the fall. She is captain of the school's Science Olympiad team and tutors middle-school math students on weekends.""",
gold=[("HOU016", "parent_of_subject"), ("HOU017", "parent_of_subject")]),

dict(guid="hou_herald-2026-0413", pub="2026-04-13T07:00:00-05:00", title="Katy gala raises $210,000 for food pantry",
body="""KATY - The Katy Christian Ministries spring gala raised a record $210,000 on Saturday for the food pantry on Avenue D.

Table sponsors included Farah and Kamran Siddiqui, Juan Carlos and Ana Lucia Hernandez of JC Hernández Roofing, the Katy Rotary Club and Fort Bend Pediatric Dental. Volunteers served 400 dinners prepared by students of the Katy ISD culinary program.""",
gold=[]),

dict(guid="hou_herald-2026-0601", pub="2026-06-01T07:00:00-05:00", title="After 38 years at the refinery, Batiste hangs up his hard hat",
body="""BAYTOWN - When Raymond Batiste started as an operator at the Baytown refinery in 1988, the control room still had paper charts. On Friday, his crew gave him a cake shaped like a hard hat and a standing ovation.

Batiste, 75, who is known to everyone on Garth Road as Ray, plans to spend his retirement fishing at Trinity Bay and playing accordion with his zydeco band, the Bayou Boys. "My wife, Gloria, has a list," he said. "I've seen the list." """,
gold=[("HOU021", "subject")]),

dict(guid="hou_herald-2026-0615", pub="2026-06-15T07:00:00-05:00", title="Woodlands High grad earns Eagle Scout rank",
body="""THE WOODLANDS - Liam O'Connell, 17, of The Woodlands, has earned the rank of Eagle Scout with Troop 1095. For his project, he built twelve benches along the George Mitchell Nature Preserve trails.

Liam is the son of Patrick and Sheila O'Connell. He will attend Texas A&M in the fall.""",
gold=[("HOU014", "parent_of_subject")]),

dict(guid="hou_herald-2026-0706", pub="2026-07-06T07:00:00-05:00", title="Kingwood streets reopen after Fourth of July downpour",
body="""KINGWOOD - All roads in Kingwood had reopened by Monday after more than six inches of rain fell on the Fourth of July, flooding low spots along Kingwood Drive and Northpark Drive. No injuries were reported. City officials urged residents to report clogged storm drains by calling 311.""",
gold=[]),
]
