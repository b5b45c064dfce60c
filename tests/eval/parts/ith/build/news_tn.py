"""Tompkins Neighbors: community paper (people, schools, farms, milestones), teaser in description, HTML in
content:encoded. Hand-labelled."""

FEED = "tn"
ITEMS = [
dict(guid="ith_tn_2026_0204", pub="2026-02-18T08:00:00-05:00", title="Cornell engineer elected to National Academy of Engineering",
body="""ITHACA - Anand Krishnaswamy, a professor of civil and environmental engineering at Cornell, has been elected to the National Academy of Engineering, one of the highest professional honors an American engineer can receive.

The academy cited Krishnaswamy's work on sensors that warn of failing bridge bearings before they crack, now used by transportation departments in eleven states. He joined Cornell in 2001.

"This belongs to twenty years of graduate students who climbed under bridges in February," Krishnaswamy said.""",
gold=[("ITH013", "subject")]),

dict(guid="ith_tn_2026_0231", pub="2026-04-15T08:00:00-04:00", title="'Miss Billie' marks 40 years shelving books at the library",
body="""ITHACA - When Billie Brackenridge started volunteering at the Tompkins County Public Library in 1986, the card catalog was still made of cards.

On Saturday the library honored Wilhelmina "Billie" Brackenridge, 87, as its longest-serving volunteer, with a cake, a plaque and a reading corner in the children's room that now bears her name. She still comes in every Tuesday and Thursday to shelve picture books and read to the preschool story hour.

"The children call me Miss Billie," she said. "Some of their grandparents called me Miss Billie too." """,
gold=[("ITH010", "subject")]),

dict(guid="ith_tn_2026_0256", pub="2026-05-27T08:00:00-04:00", title="Ithaca High senior named U.S. Presidential Scholar",
body="""ITHACA - Hannah Yeom, a senior at Ithaca High School, has been named a 2026 U.S. Presidential Scholar, one of two in New York State outside New York City.

Hannah, who plays cello in the Ithaca Youth Orchestra and has published research on lake algae with a Cornell lab, will attend Princeton in the fall. She is the daughter of Dong-hyun and Grace Yeom of Ithaca.""",
gold=[("ITH018", "parent_of_subject")]),  # Dong-hyun is not a client

dict(guid="ith_tn_2026_0279", pub="2026-07-15T08:00:00-04:00", title="Mugglestone farm in Freeville named a Century Farm",
body="""FREEVILLE - The New York State Agricultural Society has named the Mugglestone dairy farm on Fall Creek Road a Century Farm: the same family has worked it since 1926.

Tad and Corinne Mugglestone, who milk 140 cows there today, are the third generation. They accepted the certificate on Tuesday at the Tompkins County Fair, in a year Corinne called "the hardest we've had," after the death of their great-nephew Thad in April.

"He should have been the fifth generation," Tad Mugglestone said. "We're going to keep it going for him." """,
gold=[("ITH011", "subject"), ("ITH012", "subject")]),

dict(guid="ith_tn_2026_0294", pub="2026-08-19T08:00:00-04:00", title="Library book sale sets record; Friends thank volunteers",
body="""ITHACA - The Friends of the Tompkins County Public Library raised a record $141,000 at their summer book sale, the group said Monday.

The Friends thanked the more than 300 volunteers who sorted and priced donated books, among them Lorraine Quackenbush, Corinne Mugglestone, Howard Feuerstein, Miriam Feuerstein and Natasha Voronkova. Proceeds pay for the library's summer reading program and its new bookmobile.""",
gold=[]),  # a list of volunteers: nothing

dict(guid="ith_tn_2026_0312", pub="2026-09-02T08:00:00-04:00", title="Engagement: Ten Eyck - Alvarado",
body="""GROTON - Pieter and Gretchen Ten Eyck of Groton announce the engagement of their daughter, Anneke Ten Eyck, to Mateo Alvarado, son of Luis and Carmen Alvarado of Syracuse.

The bride-to-be is a 2019 graduate of Groton High School and of SUNY Cortland, and teaches third grade in Dryden. Her fiance is a 2018 graduate of Syracuse University and an engineer with the State Department of Transportation. A June 2027 wedding is planned at the Groton Community Church.""",
gold=[("ITH008", "parent_of_subject"), ("ITH009", "parent_of_subject")]),
]
