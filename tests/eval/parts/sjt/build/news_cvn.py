"""Concho Valley Neighbors (invented community weekly: San Angelo, Wall, Miles, Christoval): milestones,
schools, engagements, FFA; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "cvn"
ITEMS = [
dict(guid="sjt_cvn_2026_0214", pub="2026-02-14T08:00:00-06:00",
title="Wall FFA member's lamb named grand champion at San Angelo stock show",
body="""WALL - Kaylee Hoelscher, a Wall High School sophomore and member of the Wall FFA, showed the grand champion market lamb at the San Angelo Stock Show & Rodeo on Friday.

Kaylee, 15, is the daughter of Brent and Amy Hoelscher of Wall. Her Southdown cross wether sold at the junior livestock sale for $38,000, to a buyers' group led by local feed stores and banks. She plans to put the money toward veterinary school.""",
gold=[]),

dict(guid="sjt_cvn_2026_0521", pub="2026-05-21T08:00:00-05:00",
title="After 36 years, Mrs. Threadgill rings her last school bell",
body="""SAN ANGELO - When the final bell rang at Lamar Elementary on Friday, it rang for Bernice Threadgill too.

Threadgill, who taught second grade for 36 years in San Angelo ISD, the last 22 of them at Lamar, is retiring. Her former students, some of them now grandparents, lined the hallway and applauded as she walked out. Her husband, Alphonso, brought roses.

"I taught a lot of children to read," Threadgill said. "And a few of them taught me patience." She plans to volunteer at the Tom Green County Library's literacy program.""",
gold=[("SJT015", "subject")]),

dict(guid="sjt_cvn_2026_0702", pub="2026-07-02T08:00:00-05:00",
title="Engagement: Arrambide - Pettijohn",
body="""Marcos and Janie Arrambide of San Angelo announce the engagement of their daughter, Celeste Marie Arrambide, to Colton Pettijohn of San Angelo, son of Randy and Lisa Pettijohn of Sonora.

The bride-elect is a 2020 graduate of Lake View High School and a 2024 graduate of Angelo State University, and is a registered nurse at Shannon Medical Center. The prospective groom is a 2019 graduate of Sonora High School and a 2023 graduate of Angelo State, and is a petroleum landman in San Angelo.

The couple will marry on November 14 at Sacred Heart Cathedral.""",
gold=[("SJT020", "subject")]),

dict(guid="sjt_cvn_2026_0126", pub="2026-01-26T08:00:00-06:00",
title="Happy 70th, Chelo! Santa Rita neighbors throw a birthday fiesta",
body="""SAN ANGELO - The whole block of North Chadbourne turned out Sunday for the 70th birthday of Consuelo "Chelo" Zamarripa, who has taught catechism at St. Joseph Parish for forty years and fed half the neighborhood on Sundays.

A mariachi played "Las Mañanitas" at noon, and more than 150 people came through for cabrito, cake and a slideshow of Chelo's catechism classes going back to 1986. "I didn't know I had this many godchildren," she said.""",
gold=[("SJT003", "subject")]),

dict(guid="sjt_cvn_2026_1112", pub="2026-11-12T08:00:00-06:00",
title="Ag Hall of Fame inducts four, including the late Dub Tankersley",
body="""SAN ANGELO - The Tom Green County Agricultural Hall of Fame inducted four members on Saturday at its annual banquet, among them the late Wendell "Dub" Tankersley, the longtime wool and mohair warehouse manager who died in September.

His widow, Lorene Tankersley, accepted the plaque on his behalf. "Dub would have said they should have given it to the sheep," she said, to laughter.

Also inducted were rancher Edna Hext of Eola, veterinarian Dr. Raul Benavides and the late county extension agent Bill Lowrance.""",
gold=[]),
]
