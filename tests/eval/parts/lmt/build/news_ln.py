"""Linkville Neighbors (community newsletter: births, schools, fair, clubs): teaser in description, HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="lmt_ln_0601", pub="2026-04-02T08:00:00-07:00", title="Welcome, little one: Teeters",
body="""Bryce and Kaylee Teeters of Klamath Falls welcomed a daughter, Wren Estelle, on March 27 at Sky Lakes Medical Center. She weighed 7 pounds, 4 ounces. Wren's middle name honors her great-grandmother, the late Estelle Guthridge of Bonanza.""",
gold=[("LMT016", "subject"), ("LMT017", "subject")]),

dict(guid="lmt_ln_0608", pub="2026-02-25T08:00:00-08:00", title="Mazama junior named National Merit semifinalist",
body="""Paloma Villasenor, a junior at Mazama High School, has been named a National Merit Scholarship semifinalist, one of two in Klamath County this year. Paloma, the daughter of Gus and Marisol Villasenor of Merrill, plays first violin in the Klamath Youth Symphony and hopes to study biochemistry.""",
gold=[("LMT018", "parent_of_subject")]),

dict(guid="lmt_ln_0615", pub="2026-05-20T08:00:00-07:00", title="Hospice gala raises $212,000",
body="""The Klamath Hospice Harvest Gala raised $212,000 on May 16 at the Running Y lodge. Thank you to our table sponsors: Cletus Ambrosetti; Harlan and Millie Vodicka; Jolene Ferebee; Basin Ridge Wealth Partners; Skeen Diesel & Ag Repair; and the Klamath Falls Rotary Club.""",
gold=[]),

dict(guid="lmt_ln_0622", pub="2026-08-12T08:00:00-07:00", title="Klamath Falls quilter takes best of show at county fair",
body="""A Mexican star quilt pieced from 40 years of her late husband's work shirts won Rosalind Ochoa Bettencourt of Klamath Falls the best of show ribbon in the Klamath County Fair quilt show Saturday.

Rosie Bettencourt said the quilt took her three winters. The show was judged by Lorna Jean Sickmiller of Chiloquin and Tamsin Wirth of Lakeview.""",
gold=[("LMT005", "subject")]),

dict(guid="lmt_ln_0629", pub="2026-05-06T08:00:00-07:00", title="Klamath Union teacher wins Oregon history teaching award",
body="""Klamath Union High School social studies teacher Annaliese Pruett-Dunmire has received the Oregon Historical Society's 2026 History Teacher of the Year award, for a project in which her students interviewed Tule Lake survivors and Klamath Tribes elders and built an oral-history archive now housed at the Klamath County Museum.""",
gold=[("LMT019", "subject")]),

dict(guid="lmt_ln_0636", pub="2026-07-01T08:00:00-07:00", title="Malin's Czech heritage day draws a crowd",
body="""Malin's Czech Heritage Day filled the ZCBJ hall on Saturday with kolaches, a brass band from Portland and a genealogy table where visitors could trace their families to the 1909 Bohemian colony.

"My dad called the polka here for 70 years; it feels right to keep the floor full," said Rudy Hrbek, who helped organize the day. More than 400 people attended.""",
gold=[]),
]
