"""Local news for the stj part: a TV station site (HTML descriptions) and a community weekly (teaser +
content:encoded). Hand-labelled (`gold=`)."""

TV = [
dict(guid="stj_knwm_story_20260126_0131", pub="2026-01-26T18:20:00-06:00", title="Riverbluff Medical Center names new chief nursing officer",
body="""ST. JOSEPH, Mo. (KNWM) - Riverbluff Medical Center has a new chief nursing officer, and she started her career there as a night-shift aide.

Marisol Ochoa Venegas was promoted Monday after three years as director of critical care. Ochoa Venegas, a Benton High School graduate, earned her nursing degree at Missouri Western State University while working nights on the cardiac floor.

"Every nurse on this staff is somebody's neighbor," she said. "That's what I want patients to feel." """,
gold=[("STJ006", "subject")]),

dict(guid="stj_knwm_story_20260214_0219", pub="2026-02-14T07:45:00-06:00", title="Family escapes early-morning house fire on Frederick Avenue",
body="""ST. JOSEPH, Mo. (KNWM) - A family of four escaped without injury early Saturday when fire broke out in their home on Frederick Avenue.

Joaquin and Imelda Rosales told KNWM their smoke alarm woke them at about 4 a.m. They carried their two children out through a front window. St. Joseph Fire Department crews had the fire out in 25 minutes, but the kitchen and back bedroom are a total loss.

Neighbors have set up a collection for the family at St. James Catholic Church.""",
gold=[("STJ021", "subject"), ("STJ020", "subject")]),

dict(guid="stj_knwm_story_20260309_0355", pub="2026-03-09T17:00:00-05:00", title="Agency pastor honored for rural food pantry",
body="""AGENCY, Mo. (KNWM) - The Buchanan County Commission on Monday gave its annual Community Service Award to the Rev. Glenn Mossbarger of Agency Community Church.

Mossbarger started a food pantry in the church basement in 2014. It now serves 300 households a month across southern Buchanan and western Clinton counties, and delivers to farm families who cannot drive to town.

His wife, Ruth Ann, who runs the pantry's garden, stood beside him as he accepted the plaque.""",
gold=[("STJ015", "subject")]),

dict(guid="stj_knwm_story_20260430_0502", pub="2026-04-30T22:10:00-05:00", title="Crews clear downed trees after wind storm rakes Gower",
body="""GOWER, Mo. (KNWM) - Clinton County road crews spent Thursday clearing downed limbs and power lines after straight-line winds swept through Gower overnight.

Evergy said about 900 customers lost power. No injuries were reported.

"It sounded like a train for about thirty seconds," said Leland Pankau, who watched a cottonwood come down across Clinton Avenue from his porch. "Then it was just quiet." """,
gold=[]),

dict(guid="stj_knwm_story_20260522_0611", pub="2026-05-22T18:30:00-05:00", title="St. Joseph fire captain retires after 38 years",
body="""ST. JOSEPH, Mo. (KNWM) - After 38 years, three stations and what he guesses were 10,000 runs, St. Joseph Fire Department Capt. Gene Kranzbuehler hung up his helmet Friday.

Kranzbuehler joined the department in 1988 and spent the last 15 years as captain at Station 11 on the south side. His crew sent him home in the back of Engine 11 with the lights on.

"I'm going to fish," he said. "My wife Patty has a list. I'm going to fish anyway." """,
gold=[("STJ003", "subject")]),

dict(guid="stj_knwm_story_20260604_0688", pub="2026-06-04T12:15:00-05:00", title="Lincoln developer wins national homebuilder award",
body="""LINCOLN, Neb. (KNWM) - A Lincoln homebuilder known for energy-efficient starter homes has been named Builder of the Year by a national trade group.

Dale Kieffer, owner of Kieffer Homes of Lincoln, accepted the award in Las Vegas. Kieffer, 45, has built more than 600 houses in Lancaster County since 2009.""",
gold=[]),

dict(guid="stj_knwm_story_20260718_0740", pub="2026-07-18T16:40:00-05:00", title="Atchison library reopens after renovation, thanks donors",
body="""ATCHISON, Kan. (KNWM) - The Atchison Public Library reopened its doors Saturday after a $2.1 million renovation that added a children's wing and restored the 1913 Carnegie reading room.

Library director Pam Stueve thanked the more than 200 donors, among them the Amelia Earhart Foundation, Benedictine College, Dale and Mary Beth Kieffer, Sean and Bridget Carrigan, and the Atchison Rotary Club.""",
gold=[]),
]

WEEKLY = [
dict(guid="stj_tcr_20260305_births", pub="2026-03-05T08:00:00-06:00", title="Twin Rivers birth announcements",
body="""Birth announcements received this week:

Sean and Bridget Carrigan of Atchison announce the birth of a daughter, Nora Kate Carrigan, born Feb. 24 at Atchison Hospital. She weighed 7 pounds, 9 ounces. Grandparents are Michael and Donna Carrigan of Topeka. She is named for her great-grandmother; her great-grandfather, Sean Patrick Carrigan, died two weeks before she was born.

Cody and Brittany Maag of Plattsburg announce the birth of a son, Wyatt James, born Feb. 26.""",
gold=[("STJ018", "subject"), ("STJ017", "subject")]),

dict(guid="stj_tcr_20260416_ffa", pub="2026-04-16T08:00:00-05:00", title="Savannah senior earns State FFA Degree, star farmer honors",
body="""SAVANNAH - Savannah High School senior Caleb Goetz was named Northwest District Star Farmer at the Missouri FFA Convention in Columbia last week and received the State FFA Degree.

Goetz runs a 60-head cow-calf operation with his father east of town and keeps the records on a spreadsheet his late great-grandmother, a bookkeeper, helped him set up. He is the son of C.J. and Denise Goetz of Savannah and will study animal science at the University of Missouri this fall.""",
gold=[("STJ007", "parent_of_subject"), ("STJ008", "parent_of_subject")]),

dict(guid="stj_tcr_20260611_honeycutt", pub="2026-06-11T08:00:00-05:00", title="Honeycutts to mark 50th anniversary",
body="""CAMERON - Webb and June Honeycutt of Cameron will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 14, at Cameron Christian Church fellowship hall.

Wilbur Honeycutt and June Pettijohn were married June 13, 1976, at the church. He retired from the Missouri Department of Transportation; she taught music at Cameron R-1 for 31 years. Their children request no gifts; cards may be sent to 505 N. Chestnut St.""",
gold=[("STJ011", "subject"), ("STJ012", "subject")]),

dict(guid="stj_tcr_20260625_oberkrom", pub="2026-06-25T08:00:00-05:00", title="Oberkrom Feed & Seed marks 75 years in Rushville",
body="""RUSHVILLE - When Bernie Oberkrom's father-in-law opened a feed store by the railroad siding in 1951, Rushville had a depot, two churches and a tavern. It still has two churches.

Oberkrom Feed & Seed will celebrate 75 years with a customer appreciation cookout Saturday. Owner Bernadette "Bernie" Oberkrom has run the store since her husband, Francis, died in 2011. "I didn't know a thing about seed corn," she said. "The customers taught me." """,
gold=[("STJ022", "subject")]),

dict(guid="stj_tcr_20260730_fair", pub="2026-07-30T08:00:00-05:00", title="Andrew County Fair results: quilts, pies and a blue-ribbon goat",
body="""SAVANNAH - Results from the open class at the Andrew County Fair:

Quilts (judged by Dolores Schwebach of St. Joseph, who has judged quilts at the fair for 30 years): first, Norma Rippey, Savannah; second, Janelle Auxier, Fillmore.

Pies: first, Loretta Wiedmaier, St. Joseph (gooseberry); second, Kay Zook, Savannah.

Dairy goats, champion doe: Lily Maag, Rosendale.

"Loretta's gooseberry wins every year," Schwebach said. "Somebody should make her stop." """,
gold=[("STJ002", "subject")]),

dict(guid="stj_tcr_20260806_spelling", pub="2026-08-06T08:00:00-05:00", title="St. Joseph fifth-grader wins regional spelling bee",
body="""ST. JOSEPH - Mateo Rosales, a fifth-grader at Hosea Elementary, won the Northwest Missouri Regional Spelling Bee on Saturday by correctly spelling "chrysanthemum."

Mateo, 10, is the son of Joaquin and Imelda Rosales of St. Joseph, whose home was damaged by fire in February. He studied in a borrowed bedroom at his aunt's house. He advances to the state bee in Jefferson City.""",
gold=[("STJ021", "parent_of_subject"), ("STJ020", "parent_of_subject")]),

dict(guid="stj_tcr_20260820_library", pub="2026-08-20T08:00:00-05:00", title="Savannah library's summer reading program thanks sponsors",
body="""SAVANNAH - The Rolling Hills Library summer reading program finished with 412 readers, its largest ever. Librarian Tracy Auxier thanked the sponsors: Savannah Lions Club, Andrew County Farm Bureau, Loretta Wiedmaier in memory of Hal Wiedmaier, and C.J. and Denise Goetz.""",
gold=[]),
]

ITEMS = TV + WEEKLY
