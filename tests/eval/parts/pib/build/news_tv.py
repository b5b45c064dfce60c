"""Pine Belt 9 News (WPBX, Hattiesburg-Laurel): a local TV station's site, HTML descriptions, short web stories
with a dateline. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="pib_wpbx_story_20260416_1183", pub="2026-04-16T18:20:00-05:00",
title="Petal neighbors clear trees, tarp roofs after overnight tornado",
body="""PETAL, Miss. (WPBX) - Chainsaws ran from sunup on Thursday along Carterville Road and in the neighborhoods east of the Leaf River, a day after a tornado crossed east Hattiesburg and Petal Wednesday evening.

The National Weather Service in Jackson said a survey team found damage consistent with an EF-1 tornado with peak winds near 100 mph along a path about nine miles long. No serious injuries were reported. Forrest County Emergency Management counted 46 homes with damage, most of it from fallen pines.

"We heard it coming like a train and got in the hall closet," said Lavonne Dearman, who has lived on Carterville Road for forty years. "The house is fine. The pecan tree is not."

Mount Zion Missionary Baptist Church on Mobile Street opened its fellowship hall for residents without power, said its pastor, Rev. Josiah Pettaway. Mississippi Power expected to restore most customers by Friday night.""",
# quoted residents and a pastor offering help: not the story's subjects (the Dearmans' weather outreach comes from the alert)
gold=[]),

dict(guid="pib_wpbx_story_20260520_1302", pub="2026-05-20T17:45:00-05:00",
title="Hattiesburg High valedictorian headed to Spelman on full scholarship",
body="""HATTIESBURG, Miss. (WPBX) - Hattiesburg High School's Class of 2026 valedictorian will study biochemistry at Spelman College on a full scholarship.

Ja'Nyah Fairley finished with a 4.38 grade-point average, captained the Tigers' robotics team and volunteered at the Hattiesburg Clinic pediatric wing every summer since she was fourteen. She is the daughter of Dr. Marcellus and Simone Fairley of Hattiesburg.

"I want to come back here and practice," she said. "This is home." Graduation is Friday at Reed Green Coliseum.""",
gold=[("PIB006", "parent_of_subject"), ("PIB007", "parent_of_subject")]),

dict(guid="pib_wpbx_story_20260609_1355", pub="2026-06-09T07:10:00-05:00",
title="Lumberton family of five escapes early-morning house fire",
body="""LUMBERTON, Miss. (WPBX) - A Lumberton family lost their home but escaped without injury early Tuesday when fire broke out in the kitchen of their house on Pine Burr Lane.

Zeke and Marisol Ladner woke to the smoke alarm around 3:15 a.m. and got their three children and the family dog out through a bedroom window, Lamar County Fire Chief Randy Knight said. The house was a total loss.

Friends have set up a collection at Lumberton Baptist Church for clothing and household goods. "We have each other," Marisol Ladner said. "Everything else is just stuff." """,
gold=[("PIB016", "subject"), ("PIB017", "subject")]),

dict(guid="pib_wpbx_story_20260630_1410", pub="2026-06-30T18:05:00-05:00",
title="Mount Zion's Rev. Josiah Pettaway retires after 32 years in the pulpit",
body="""HATTIESBURG, Miss. (WPBX) - Mount Zion Missionary Baptist Church filled to the balcony on Sunday for the retirement service of the man who has led it since 1994.

Rev. Josiah Pettaway preached his last sermon as pastor of the historic Mobile Street church, which grew under his leadership from 140 members to more than 900 and opened a tutoring center and a food pantry. Mayor Toby Barker read a proclamation naming June 28 Josiah Pettaway Day in Hattiesburg.

"I am not going anywhere," Pettaway told the congregation. "You will just find me on the back row now." Associate pastor Rev. Cedric Lott will succeed him.""",
gold=[("PIB019", "subject")]),

dict(guid="pib_wpbx_story_20260722_1466", pub="2026-07-22T12:30:00-05:00",
title="Purvis water tower gets a fresh coat and a new Tornadoes logo",
body="""PURVIS, Miss. (WPBX) - The Purvis water tower is getting its first new paint job in twenty years, and this time the town's high school mascot is going on the side.

Crews from a Louisiana contractor began sandblasting the 150-foot tank last week. The $410,000 project is paid for with a state infrastructure grant, Mayor Joe Ward said.

"You can see it from Highway 11 and from my front porch," said Hollis Varnado, who has lived in Purvis for most of his 73 years and stopped by to watch. "About time it looked like somebody cared." The work should be finished by the first football game.""",
# a quoted onlooker: nothing for PIB013
gold=[]),

dict(guid="pib_wpbx_story_20260814_1521", pub="2026-08-14T16:40:00-05:00",
title="Richton man arrested after chase on Highway 42",
body="""RICHTON, Miss. (WPBX) - A Richton man is in the Perry County jail after a chase that began near Runnelstown and ended in a ditch outside Richton on Thursday afternoon, the Mississippi Highway Patrol said.

Obadiah Dearman, 31, of Richton, is charged with felony fleeing, driving under the influence and possession of a stolen firearm. Troopers said he reached speeds of 110 mph. No one was hurt. Bond has not been set.""",
# a 31-year-old namesake of PIB001 (born 1948, Petal) in a crime story: nothing
gold=[]),

dict(guid="pib_wpbx_story_20260903_1580", pub="2026-09-03T17:55:00-05:00",
title="Meridian woman celebrates her 100th birthday with a fish fry",
body="""MERIDIAN, Miss. (WPBX) - Rosalind Tisdale of Meridian turned 100 on Wednesday, and more than two hundred relatives and friends came to the fish fry at her church to celebrate.

Mrs. Tisdale taught home economics at Harris High School for thirty-one years. She credits her long life to her garden, her Bible and never learning to drive. "I walked everywhere," she said. "Still do." """,
# a namesake 140 km away, aged 100 (PIB005 is 82 and lives in Hattiesburg): nothing
gold=[]),
]
