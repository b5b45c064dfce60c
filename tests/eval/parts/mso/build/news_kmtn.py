"""KMTN 8 News Missoula (local TV station site): HTML descriptions, short web-story style. Hand-labelled."""

FEED = "kmtn"
ITEMS = [
dict(guid="mso_kmtn_2026_0303", pub="2026-03-05T06:45:00-07:00", title="Bonner couple escapes early-morning house fire",
body="""BONNER, Mont. (KMTN) - A Bonner couple escaped without injury early Thursday when fire destroyed their home off Highway 200 east of Milltown.

Wendell and Loretta Hedegaard told KMTN their smoke detector woke them shortly before 4 a.m. "We got out in our slippers with the cat under my arm," Loretta Hedegaard said. "Everything else is gone."

Missoula Rural Fire District crews said the fire started in a wood stove chimney. The Red Cross is helping the couple with housing.""",
gold=[("MSO018", "subject")]),

dict(guid="mso_kmtn_2026_0419", pub="2026-04-19T20:10:00-06:00", title="Frenchtown teen hurt in fall near Petty Creek, airlifted to Missoula",
body="""FRENCHTOWN, Mont. (KMTN) - A 15-year-old Frenchtown boy was flown to a Missoula hospital Sunday afternoon after falling about 30 feet from a rock outcrop near Petty Creek.

Missoula County Search and Rescue identified him as Jace Brinkerhoff, the son of Lyle and Dana Brinkerhoff of Frenchtown. Volunteers carried him nearly a mile to a landing zone, where Life Flight picked him up. He was in serious but stable condition Sunday night with a broken leg and a head injury.

"He's tough. His grandpa was tough," said Lyle Brinkerhoff Jr. from the hospital waiting room.""",
gold=[("MSO007", "subject")]),

dict(guid="mso_kmtn_2026_0506", pub="2026-05-06T17:30:00-06:00", title="Missoula Fire Department names new assistant chief",
body="""MISSOULA, Mont. (KMTN) - A 22-year veteran of the Missoula Fire Department will be its new assistant chief of operations.

Battalion Chief Brendan O'Halloran was promoted on Tuesday by Chief Dana Whitcomb. O'Halloran started as a firefighter at Station 4 in 2004, led the department's hazardous-materials team and was one of the first Missoula firefighters sent to the Maui wildfires in 2023.

O'Halloran said his first priority is hiring: "We need more people, and we need them to stay." """,
gold=[("MSO011", "subject")]),

dict(guid="mso_kmtn_2026_0715", pub="2026-07-15T07:20:00-06:00", title="Trees down, power out across north Missoula after Tuesday storm",
body="""MISSOULA, Mont. (KMTN) - Crews spent Wednesday morning clearing downed cottonwoods from streets in the Northside, Grant Creek and the Rattlesnake after a severe thunderstorm raked north Missoula on Tuesday evening.

NorthWestern Energy said 14,000 customers lost power at the peak. "The wind just picked up my neighbor's trampoline and set it on my garage," said Rex Stuckenbruck, who lives near Grant Creek. "I've never seen anything like it."

The National Weather Service measured a gust of 71 mph at Missoula Montana Airport.""",
gold=[]),

dict(guid="mso_kmtn_2026_0221", pub="2026-02-21T22:05:00-07:00", title="Hellgate's Kou Kue wins state wrestling title",
body="""BILLINGS, Mont. (KMTN) - Hellgate High School senior Kou Kue is a state champion.

Kue pinned Billings Senior's Brody Tjaden in the second period of the Class AA 132-pound final Saturday night at MetraPark, finishing his senior season 38-1. He is Hellgate's first state wrestling champion since 2017.

Kue, the son of Tou and Mai Kue of Missoula, will wrestle for the University of Montana Western next fall. "My parents never missed a match," he said. "Not one." """,
gold=[("MSO004", "parent_of_subject"), ("MSO005", "parent_of_subject")]),
]
