"""The Prairie Courier (Yukon, Mustang, Midwest City and Shawnee community pages): small-town paper, teaser
description, HTML in content:encoded. Hand-labelled."""

FEED = "ypc"
ITEMS = [
dict(guid="okc_ypc_2026_05_sixkiller", pub="2026-05-20T07:00:00-05:00", title="After 30 seasons, Coach Sixkiller hangs up the whistle",
body="""YUKON - Yukon High School's winningest wrestling coach is retiring.

Tommy Sixkiller, who coached the Millers for 30 seasons and produced 41 individual state champions, told his team after the spring banquet that he would step down at the end of the school year.

Sixkiller, a Cherokee Nation citizen, plans to spend more time at his family's allotment near Tahlequah and with his wife, Janice.""",
gold=[("OKC022", "subject")]),

dict(guid="okc_ypc_2026_06_ramirez", pub="2026-06-07T07:00:00-05:00", title="Engagement: Ramírez Ochoa - Delgado",
body="""Jesús "Chuy" Ramírez and María Guadalupe Ramírez of Oklahoma City announce the engagement of their daughter, Daniela Ramírez Ochoa, to Marco Antonio Delgado of Yukon, son of Arturo and Leticia Delgado.

Daniela is a nurse at OU Health; Marco teaches history at Yukon Middle School. A November wedding is planned at Sacred Heart Church, Oklahoma City.""",
gold=[("OKC011", "parent_of_subject"), ("OKC010", "parent_of_subject")]),

dict(guid="okc_ypc_2026_05_yahola", pub="2026-05-27T07:00:00-05:00", title="Moore senior wins Muscogee Nation leadership scholarship",
body="""MOORE - Kaya Yahola, a senior at Moore High School, has received a $20,000 leadership scholarship from the Muscogee (Creek) Nation.

Kaya, the daughter of Becky Yahola of Moore, will study nursing at the University of Oklahoma. She is the first in her family to attend college.""",
gold=[("OKC020", "parent_of_subject")]),

dict(guid="okc_ypc_2026_06_czech", pub="2026-06-15T07:00:00-05:00", title="Czech Festival parade route set for October",
body="""YUKON - Organizers of the Oklahoma Czech Festival have set the parade route along Main Street for Oct. 3, with kolache sales starting at 7 a.m. at the Czech Hall.

The festival queen will be crowned Friday night. Volunteers can sign up at the Yukon Chamber office.""",
gold=[]),

dict(guid="okc_ypc_2026_07_harjo", pub="2026-07-02T07:00:00-05:00", title="Midwest City veteran inducted into Muscogee Nation Veterans Hall of Honor",
body="""MIDWEST CITY - Walt Harjo Jr., a Vietnam veteran who later spent 33 years as a machinist at Tinker Air Force Base, was inducted into the Muscogee (Creek) Nation Veterans Hall of Honor on Saturday in Okmulgee.

Harjo, 73, served with the 1st Cavalry Division in 1970 and 1971. He was escorted to the stage by his wife, Darlene.""",
gold=[("OKC003", "subject")]),
]
