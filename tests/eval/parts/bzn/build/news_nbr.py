"""The Belgrade-Manhattan Neighbor: community weekly (people, churches, schools, milestones), teaser description and
HTML in content:encoded. Hand-labelled; every person invented."""

FEED = "nbr"
ITEMS = [
dict(guid="bzn_nbr_2026_w05_historical", pub="2026-01-29T08:00:00-07:00", title="Pettengill honored for half a century with the Gallatin Historical Society",
body="""The Gallatin Historical Society honored its longest-serving volunteer last Thursday at the old county jail museum.

Billie Pettengill of Bozeman has catalogued photographs, indexed homestead records and led jail tours for fifty years. "Billie knows which cell every horse thief slept in," society president Dan Ruff said as he presented her with a framed 1883 plat map of Bozeman.

Pettengill, 82, says she has no plans to stop.""",
gold=[("BZN011", "subject")]),

dict(guid="bzn_nbr_2026_w11_skiswap", pub="2026-03-12T08:00:00-06:00", title="Ski swap raises $41,000 for Bridger Ski Foundation scholarships",
body="""The annual Bridger Ski Foundation ski swap at the Gallatin County Fairgrounds raised $41,000 for youth scholarships, organizers said.

The foundation thanked its volunteer cashiers and sorters, among them Jo Ann Strachota, Marit Skogstad, Pete Wiersema, Lainey Kittelmann and Shannon Cole, and the businesses that donated prizes, including Brandvold Fly & Tackle and Panadería La Estrella.""",
gold=[]),   # volunteer and donor lists: nothing

dict(guid="bzn_nbr_2026_w22_engagement", pub="2026-05-28T08:00:00-06:00", title="Engagement: Ten Hulzen - Veenstra",
body="""Arie and Tina Ten Hulzen of Manhattan are pleased to announce the engagement of their daughter, Anneke Ten Hulzen, to Jacob Veenstra, son of Bert and Ruth Veenstra of Lynden, Wash.

Anneke is a 2019 graduate of Manhattan Christian High School and a nurse at Bozeman Health. Jacob is a dairy nutritionist in Lynden. An August wedding is planned at Churchill Christian Reformed Church.""",
gold=[("BZN008", "parent_of_subject"), ("BZN009", "parent_of_subject")]),

dict(guid="bzn_nbr_2026_w26_lindemulder", pub="2026-06-25T08:00:00-06:00", title="Rev. Lindemulder to retire after 24 years at Churchill CRC",
body="""After 24 years in the pulpit of Churchill Christian Reformed Church, the Rev. Thaddeus "Tad" Lindemulder will preach his farewell sermon on Aug. 30.

Lindemulder came to Churchill from a congregation in Sioux Center, Iowa, in 2002. He and his wife, Ellen, plan to stay in Manhattan, where he hopes to finally learn to fly-fish. The congregation will host an open house in his honor in the fellowship hall after the service.""",
gold=[("BZN023", "subject")]),

dict(guid="bzn_nbr_2026_w20_scholarship", pub="2026-05-14T08:00:00-06:00", title="Gallatin High senior wins Gates Scholarship",
body="""Gallatin High School senior Lucía Quintanilla has been named a Gates Scholar, one of 300 students nationwide to receive the full-ride scholarship.

Lucía, the daughter of Ernesto and Yolanda Quintanilla, who own Panadería La Estrella in Bozeman, plans to study chemical engineering at Montana State. She has worked the bakery's front counter every Saturday since she was twelve.""",
gold=[("BZN006", "parent_of_subject")]),

dict(guid="bzn_nbr_2026_w30_strachota", pub="2026-07-23T08:00:00-06:00", title="Three Forks rodeo grounds bleachers named for the late Vern Strachota",
body="""The new bleachers at the Three Forks rodeo grounds were dedicated Saturday in memory of Vern Strachota, the retired railroad roadmaster who built the old ones by hand in 1979 and kept them standing for forty years.

His widow, Jo Ann Strachota, cut the ribbon. "Vern would have said they're too fancy," she told the crowd of about 200.""",
gold=[]),   # a memorial honour of a deceased client; the widow accepts someone else's honour: nothing
]
