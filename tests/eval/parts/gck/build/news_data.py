"""Local news for part gck. Hand-labelled: gold=[(client_id, role)] beside each text."""

# 1. KSWK News 11 (High Plains TV station site): HTML descriptions, web-story style.
TV = [
dict(guid="gck_kswk_20260128_0311", pub="2026-01-28T17:30:00-06:00", title="Blizzard cleanup: Ulysses digs out from 18-inch snowfall",
body="""ULYSSES, Kan. (KSWK) - Crews in Grant County spent Wednesday clearing drifts as tall as pickup cabs after this week's blizzard closed U.S. 160 for two days.

"We've got cattle to feed and no way to get to them yet," said Trent Luebbers, who farms east of town. "Neighbors are bringing tractors over, that's how it works out here."

Grant County emergency manager Rick Lanning said no injuries were reported. Southwest Kansas Electric said power was restored to all but 40 customers.""",
gold=[]),

dict(guid="gck_kswk_20260317_0402", pub="2026-03-17T18:05:00-05:00", title="Liberal family escapes early-morning house fire",
body="""LIBERAL, Kan. (KSWK) - A Liberal family of five made it out safely early Tuesday when fire spread through their home on South Grant Avenue.

Jesus "Chuy" Carrasco said his wife, Marisol, smelled smoke at about 4 a.m. and woke the children. "We got everybody out in our socks. That's all that matters," Carrasco said.

The Liberal Fire Department said the fire started in the attached garage. The home is a total loss. A fund has been set up at Liberal's First National Bank.""",
gold=[("GCK013", "subject")]),

dict(guid="gck_kswk_20260414_0520", pub="2026-04-14T12:10:00-05:00", title="Dodge City beef plant names new general manager",
body="""DODGE CITY, Kan. (KSWK) - One of Dodge City's two beef-processing plants has a new general manager who started on its kill floor 33 years ago.

Dwayne Brungardt was promoted Monday to general manager of the plant, which employs about 3,100 people. Brungardt, a Dodge City native, has been plant superintendent since 2017.

"This plant raised my family," Brungardt said. "I owe it to every person on that floor to keep it safe." """,
gold=[("GCK017", "subject")]),

dict(guid="gck_kswk_20260502_0588", pub="2026-05-02T19:40:00-05:00", title="Garden City senior wins state forensics title",
body="""GARDEN CITY, Kan. (KSWK) - Garden City High School senior Ayaan Warsame won the state championship in original oratory on Saturday in Salina with a speech about learning English at age 11.

Warsame, the son of Hodan Farah of Garden City, plans to study political science at Kansas State University this fall.

"My mother worked nights so I could do this," Warsame said.""",
gold=[("GCK009", "parent_of_subject")]),

dict(guid="gck_kswk_20260609_0633", pub="2026-06-09T16:50:00-05:00", title="Wichita teacher named Kansas Teacher of the Year",
body="""TOPEKA, Kan. (KSWK) - A bilingual fourth-grade teacher from Wichita is the 2027 Kansas Teacher of the Year.

Maria Elena Saucedo teaches at Cloud Elementary in Wichita and has been in the classroom for 14 years. She will represent Kansas in the national competition.

Finalists included teachers from Garden City, Lawrence and Olathe.""",
gold=[]),

dict(guid="gck_kswk_20260922_0710", pub="2026-09-22T18:15:00-05:00", title="Donors close gap on Ulysses ag education center",
body="""ULYSSES, Kan. (KSWK) - The Grant County ag education center has its last dollar.

A $250,000 gift from the Stegman family closed the campaign Friday. Other major donors listed by the foundation include Harlan Schmidtberger Jr., Darlene Penner, Southwest Plains Co-op and the Grant County Farm Bureau.

Construction on the 12,000-square-foot barn and classroom begins in March.""",
gold=[]),

dict(guid="gck_kswk_20261112_0804", pub="2026-11-12T18:00:00-06:00", title="Ulysses couple welcomes first Grant County baby of the harvest moon",
body="""ULYSSES, Kan. (KSWK) - Trent and Kaylee Luebbers of Ulysses welcomed a son, Beau Trent, at 2:14 a.m. Tuesday at Bob Wilson Memorial Hospital, during the full moon the old-timers call the harvest moon.

Beau weighed 8 pounds, 9 ounces. "He came fast, like a wheat truck in July," Trent Luebbers said.""",
gold=[("GCK020", "subject")]),
]

# 2. The Southwest Kansas Register (weekly: business, community, schools): teaser description, HTML in content:encoded.
REG = [
dict(guid="gck_swkr_2026_0219_wiens", pub="2026-02-19T08:00:00-06:00", title="Wienses mark 60 years",
body="""Del and Arlene Wiens of Garden City will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 22, in the fellowship hall of Garden Valley Church.

Delbert Wiens and Arlene Friesen were married Feb. 20, 1966, at Emmanuel Mennonite Church in Meade. He retired from the Finney County road department; she taught piano to three generations of Garden City children.

Their children request no gifts; cards may be sent to the couple at their home.""",
gold=[("GCK001", "subject"), ("GCK002", "subject")]),

dict(guid="gck_swkr_2026_0312_olivas", pub="2026-03-12T08:00:00-05:00", title="Panaderia Olivas marks 25 years on Wyatt Earp Boulevard",
body="""Panaderia Olivas, the Dodge City bakery known for its conchas and its Christmas rosca, celebrated 25 years in business this week.

Owners Ernesto and Rosie Olivas opened the bakery in 2001 in a former tire shop. It now employs 14 people and supplies pan dulce to groceries in Dodge City, Garden City and Liberal.

"My mother taught me to bake and my husband taught me to keep books," Rosie Olivas said. The bakery will give away 2,500 conchas on Saturday.""",
gold=[("GCK004", "subject"), ("GCK003", "subject")]),

dict(guid="gck_swkr_2026_0409_zerr", pub="2026-04-09T08:00:00-05:00", title="Library's Zerr retires after 38 years",
body="""Ramona Zerr, who started the Finney County Public Library's Spanish-language collection and its bookmobile route to Holcomb, retired Friday after 38 years.

Zerr joined the library as a page in 1988 and has been head of adult services since 2004. A reception in her honor will be held at 3 p.m. April 17 in the library's community room.""",
gold=[("GCK019", "subject")]),

dict(guid="gck_swkr_2026_0604_beefempire", pub="2026-06-04T08:00:00-05:00", title="Beef Empire Days crowns champions",
body="""The 2026 Beef Empire Days live cattle show drew 412 head to the Finney County Fairgrounds on Saturday.

The grand champion steer was shown by Brynn Kuhlman of Lakin. Judges were Curt Ochsner of Liberal, Dr. Amy Sauer of Scott City and Tom Reinert of Oakley.

Thanh "Tommy" Pham's Pho Garden truck was among 31 food vendors on Main Street during the parade.""",
gold=[]),

dict(guid="gck_swkr_2026_0716_pham", pub="2026-07-16T08:00:00-05:00", title="Chamber honors Pham as Small Business Person of the Year",
body="""The Garden City Area Chamber of Commerce named Tommy Pham, owner of Pho Garden and the Pho Garden food truck, its 2026 Small Business Person of the Year.

Pham came to Garden City as a teenager in 1983 and opened his first restaurant in 2009 with his wife, Lien. Pho Garden now has two locations and 22 employees.

The award will be presented at the Chamber's annual banquet Aug. 6.""",
gold=[("GCK007", "subject")]),

dict(guid="gck_swkr_2026_0806_eagle", pub="2026-08-06T08:00:00-05:00", title="Dodge City scout earns Eagle rank",
body="""Caleb Brungardt, 17, of Troop 146, Dodge City, received his Eagle Scout award at a court of honor on July 26 at Sacred Heart Cathedral.

For his service project, Caleb built 14 benches along the Dodge City Arkansas River trail. He is the son of Dwayne and Jolene Brungardt of Dodge City and a senior at Dodge City High School.""",
gold=[("GCK017", "parent_of_subject"), ("GCK018", "parent_of_subject")]),

dict(guid="gck_swkr_2026_0827_saucedo", pub="2026-08-27T08:00:00-05:00", title="Saucedo opens independent insurance agency downtown",
body="""Malena Saucedo has opened Saucedo Insurance Group at 605 N Second Ave. in downtown Dodge City.

Maria Elena "Malena" Saucedo spent 16 years as an agent for a national carrier before going independent. The agency writes home, auto, farm and commercial policies in English and Spanish. A ribbon cutting with the Dodge City Area Chamber is set for Sept. 3.""",
gold=[("GCK022", "subject")]),

dict(guid="gck_swkr_2026_0917_hospital", pub="2026-09-17T08:00:00-05:00", title="Southwest Medical Center opens new birthing unit",
body="""Southwest Medical Center in Liberal opened its renovated birthing unit Monday, with eight private suites and a second surgical suite.

"Families in Seward, Stevens and Meade counties won't have to drive to Amarillo for a C-section anymore," said Tami Ochsner, the hospital's director of community relations. The $6.4 million project was paid for in part by a gift from the estate of Edna Unruh and by Betty Jo Koehn.""",
gold=[]),

dict(guid="gck_swkr_2026_1022_rietcheck", pub="2026-10-22T08:00:00-05:00", title="Rietcheck named Dodge City Teacher of the Year",
body="""Kendra Rietcheck, a science teacher at Comanche Middle School, has been named Dodge City Public Schools' Teacher of the Year.

Rietcheck, a Dodge City native, has taught in the district for 18 years and started its robotics club.""",
gold=[]),
]
