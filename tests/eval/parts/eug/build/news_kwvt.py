"""KWVT 13 (Eugene) local news: TV station site, HTML descriptions, short web stories. Hand-labelled."""

ITEMS = [
dict(guid="eug_kwvt_20260119_icestorm", pub="2026-01-19T17:45:00-08:00", title="South Eugene neighbors dig out after ice storm",
body="""EUGENE, Ore. (KWVT) - Crews from the Eugene Water & Electric Board were still restoring power to thousands of homes Monday after the weekend ice storm brought down trees across the south hills.

On Friendly Street, a 90-foot Douglas fir split and landed across three driveways. "It sounded like a cannon going off at 3 in the morning," said Loretta Wescombe, who has lived on the street for 40 years. "My husband used to climb those poles for EWEB, so he was out there telling the young guys what to do."

EWEB says most customers should have power back by Wednesday.""",
gold=[]),

dict(guid="eug_kwvt_20260302_arredondo", pub="2026-03-02T18:10:00-08:00", title="Churchill junior heads to national science fair",
body="""EUGENE, Ore. (KWVT) - A Churchill High School junior is headed to the international science and engineering fair after winning the top prize at the Oregon state fair this weekend.

Xiomara Arredondo, 16, built a low-cost sensor that detects smoke from wildfires in classroom air. She is the daughter of Zeke and Rosalba Arredondo of Bethel. "She tested it in our kitchen with burnt toast for a month," her mother said.""",
gold=[("EUG015", "parent_of_subject"), ("EUG016", "parent_of_subject")]),

dict(guid="eug_kwvt_20260611_eskelson_fire", pub="2026-06-11T06:20:00-07:00", title="Springfield family escapes early-morning house fire",
body="""SPRINGFIELD, Ore. (KWVT) - A Springfield family of four escaped without injury early Thursday when fire broke out in the garage of their home on North 19th Street.

Toby and Corinna Eskelson said a smoke alarm woke them just after 2 a.m. and they got their two children and the dog out before flames reached the kitchen. Springfield Fire says the house is a total loss. A neighbor, Gail Prentiss, has started a fundraiser for the family.""",
gold=[("EUG022", "subject"), ("EUG021", "subject")]),

dict(guid="eug_kwvt_20260705_varnholt", pub="2026-07-05T17:30:00-07:00", title="Longtime Thurston wrestling coach calls it a career",
body="""SPRINGFIELD, Ore. (KWVT) - After 38 seasons and 11 league titles, Thurston High School wrestling coach Iggy Varnholt is retiring.

Varnholt, 69, whose father worked the Booth-Kelly mill, wrestled for the Colts himself in the 1970s. The school board will name the wrestling room for him this fall. "I've coached the grandkids of kids I coached," he said.""",
gold=[("EUG003", "subject")]),

dict(guid="eug_kwvt_20260711_medal", pub="2026-07-11T18:05:00-07:00", title="Eugene veteran receives state's Distinguished Service Medal",
body="""EUGENE, Ore. (KWVT) - A retired Army officer who spent two decades helping veterans in Lane County get their benefits was honored by the governor on Friday.

Lt. Col. (ret.) Ansel Haverkamp, 79, received the Oregon Distinguished Service Medal at a ceremony at the Eugene VA clinic. Haverkamp, who flew medevac helicopters in Vietnam, has volunteered with the Lane County Veterans Service Office since 2004. His wife, Berit, pinned the medal on.""",
gold=[("EUG020", "subject")]),
]
