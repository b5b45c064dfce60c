"""Lincoln-Minnehaha Hometown News: community paper (schools, milestones, engagements, honors); teaser description
plus HTML in content:encoded. Hand-labelled."""

FEED = "hn"
ITEMS = [
dict(guid="fsd_hn_2026_0312_spellingbee", pub="2026-03-12T07:00:00-05:00",
title="Harrisburg fifth-grader wins regional spelling bee",
body="""Maeve O'Dwyer, a fifth-grader at Journey Elementary in Harrisburg, won the Sioux Empire Regional Spelling Bee on Saturday by correctly spelling "chiaroscuro" in the 14th round.

Maeve, the daughter of Brendan and Kristin O'Dwyer of Harrisburg, will compete at the Scripps National Spelling Bee near Washington, D.C., in May. She said she studies with her grandmother over video calls every night.""",
gold=[("FSD011", "parent_of_subject"), ("FSD012", "parent_of_subject")]),

dict(guid="fsd_hn_2026_0402_twedt_bauman", pub="2026-04-02T07:00:00-05:00",
title="Engagement: Twedt - Bauman",
body="""Orville and Donna Twedt of Baltic announce the engagement of their daughter, Kelsey Twedt, to Jordan Bauman, son of Mark and Lisa Bauman of Dell Rapids.

Kelsey is a 2018 graduate of Baltic High School and a 2022 graduate of the University of Sioux Falls; she is a nurse at Sanford Children's Hospital. Jordan is a 2017 graduate of Dell Rapids High School and farms with his family near Dell Rapids. A September 19 wedding is planned at St. Olaf Lutheran Church in Baltic.""",
gold=[("FSD016", "parent_of_subject")]),

dict(guid="fsd_hn_2026_0514_ironcloud_award", pub="2026-05-14T07:00:00-05:00",
title="Iron Cloud honored for teaching Lakota language to Sioux Falls families",
body="""Delbert "Del" Iron Cloud of Sioux Falls received the Wounspe Award from the South Dakota Indian Education Association on Friday for 15 years of free Lakota language classes for families in Sioux Falls.

Iron Cloud, a retired Sioux Falls School District counselor, started the classes in the basement of the American Indian Services center with four students. This spring 120 people, many of them grandparents and grandchildren learning side by side, attended his Tuesday night sessions.""",
gold=[("FSD009", "subject")]),

dict(guid="fsd_hn_2026_0528_heumiller", pub="2026-05-28T07:00:00-05:00",
title="Lennox librarian closes the book on 38 years",
body="""After 38 years, Gail Heumiller is retiring as the school librarian at Lennox High School. Students and staff filled the library on her last day, and the Class of 2026 dedicated its yearbook to her.

Heumiller, a Lennox native, said she plans to spend more time with her grandchildren and to finally read "the books I kept recommending to everyone else." Her husband, Dennis, said he has been promised a spot on the reading list.""",
gold=[("FSD019", "subject")]),

dict(guid="fsd_hn_2026_1015_anniversary", pub="2026-10-15T07:00:00-05:00",
title="St. Olaf Lutheran in Baltic marks 125 years",
body="""St. Olaf Lutheran Church in Baltic celebrated its 125th anniversary on Sunday with a festival worship service, a lutefisk and meatball dinner and the dedication of a restored pipe organ.

The organ restoration was funded by gifts from more than 200 members and friends. The anniversary committee was chaired by Donna Twedt and included Orville Twedt, Mary Beth Vander Wal, Norman Tollefsrud and Pastor Erik Fjeld.""",
gold=[]),
]
