"""Green Valley & Border Country Sentinel (small-town weekly for Green Valley, Sahuarita, Santa Cruz and Cochise
counties): teaser in description, HTML in content:encoded; milestones, schools, clubs. Hand-labelled."""

FEED = "gvs"
ITEMS = [
dict(guid="tus_gvs-2026-0128-milestone", pub="2026-01-28T08:00:00-07:00", title="Engagement: Villaseñor - Duarte",
body="""Ramón and Guadalupe Villaseñor of Tucson are pleased to announce the engagement of their daughter, Marisol Villaseñor Ortiz, to Adrián Duarte, son of Felipe and Norma Duarte of Nogales.

The bride-to-be is a 2018 graduate of Pueblo High School and the University of Arizona and teaches fourth grade in the Sunnyside district. Her fiancé is a U.S. Border Patrol agent stationed in Nogales.

A November wedding is planned at San Xavier del Bac, with a reception to follow at the groom's family ranch in Rio Rico.""",
gold=[("TUS001", "parent_of_subject"), ("TUS002", "parent_of_subject")]),

dict(guid="tus_gvs-2026-0218-schools", pub="2026-02-18T08:00:00-07:00", title="Sierra Vista fifth-grader spells her way to county title",
body="""Sofia Tapia, a fifth-grader at Carmichael Elementary in Sierra Vista, won the Cochise County Spelling Bee on Saturday by correctly spelling "chaparral" in the 14th round.

Sofia, the daughter of Espy Tapia of Sierra Vista, will represent the county at the state bee in Phoenix in March. "She reads the dictionary in the car," her mother said. "I thought it was a phase."

Runner-up was Aiden Brooks of Benson.""",
gold=[("TUS021", "parent_of_subject")]),

dict(guid="tus_gvs-2026-0415-milestone", pub="2026-04-15T08:00:00-07:00", title="Green Valley couple marks 50 years",
body="""Jerry and Darlene Kowalczyk of Green Valley celebrated their 50th wedding anniversary on April 10 with a dinner for family and friends at the Canoa Ranch clubhouse.

The couple were married April 10, 1976, at St. Casimir Church in Kenosha, Wisconsin, where Jerry worked as a tool-and-die maker and Darlene taught kindergarten. They have wintered in Green Valley since 2006 and still spend summers in Kenosha.

They have two sons, Michael and Steven, and four grandchildren. The family asks that cards be sent in lieu of gifts.""",
gold=[("TUS003", "subject"), ("TUS004", "subject")]),

dict(guid="tus_gvs-2026-0513-schools", pub="2026-05-13T08:00:00-07:00", title="Tucson senior headed to the Air Force Academy",
body="""Jaylen Haskins, a senior at Vail's Cienega High School, has received an appointment to the U.S. Air Force Academy in Colorado Springs, Colo.

Jaylen, the son of Col. Derrick and Keisha Haskins of Tucson, is the Bobcats' starting point guard and a member of the school's robotics team. He was nominated by both of Arizona's senators. "Watching my dad's planes take off every morning, I never wanted anything else," he said.

He reports for basic cadet training on June 25.""",
gold=[("TUS009", "parent_of_subject"), ("TUS010", "parent_of_subject")]),

dict(guid="tus_gvs-2026-0617-clubs", pub="2026-06-17T08:00:00-07:00", title="Pickleball: Las Cruces player sweeps senior division at Canoa Hills",
body="""Joe Lucero of Las Cruces, N.M., won both the men's 70-plus singles and mixed doubles titles at the Canoa Hills Summer Slam pickleball tournament on Saturday, beating 64 players from four states.

Tournament director Joyce Van Wyk said the event raised $3,800 for the Green Valley Assistance Services food pantry. "We had to close registration in a week," Van Wyk said.

Lucero and his partner, Gloria Esparza, also of Las Cruces, won the mixed final 11-8, 11-9.""",
gold=[]),  # Joe Lucero of Las Cruces is a far-away namesake of TUS018 (Marana); Joyce Van Wyk quoted as director: nothing
]
