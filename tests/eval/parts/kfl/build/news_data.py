"""Local news for part kfl, four sources, each story with its hand labels (gold=[(client_id, role)])."""

# 1. Basin 7 News (KBSN-TV, Klamath Falls): TV station site, HTML descriptions
TV = [
dict(guid="kfl_kbsn_20260102_0007", pub="2026-01-02T09:20:00-08:00",
title="Basin's first baby of 2026 arrives at Sky Lakes just after midnight",
body="""KLAMATH FALLS, Ore. (KBSN) - The Klamath Basin's first baby of 2026 arrived at 12:19 a.m. New Year's Day at Sky Lakes Medical Center.

Juniper Rose Akers weighed 7 pounds, 4 ounces. Her parents, Cody and Brianna Akers of Klamath Falls, said she was due January 6 but "clearly wanted to be first." The hospital auxiliary presented the family with a basket of baby supplies and a hand-knit quilt.""",
gold=[("KFL017", "subject"), ("KFL018", "subject")]),

dict(guid="kfl_kbsn_20260213_0141", pub="2026-02-13T17:45:00-08:00",
title="Altamont couple celebrates 65 years of marriage on Valentine's Day",
body="""KLAMATH FALLS, Ore. (KBSN) - Sixty-five Valentine's Days ago, a young saw filer from the Weyerhaeuser mill married the girl who sold him a milkshake at the Pelican Drive-In.

Orval "Bud" and Edna Brinkerhoff will mark their 65th wedding anniversary Saturday with an open house at First Baptist Church, where they were married on February 14, 1961. "We never went to bed mad," Edna said. "We just stayed up later."

Their daughter, Mary Jo Pruett of Chiloquin, is organizing the party.""",
gold=[("KFL003", "subject"), ("KFL004", "subject")]),

dict(guid="kfl_kbsn_20260301_0188", pub="2026-03-01T21:10:00-08:00",
title="Mazama sophomore wins state wrestling title two weeks after brother's death",
body="""PORTLAND, Ore. (KBSN) - Mazama High School sophomore Kenzie Hollister won the OSAA 4A girls 135-pound state championship Saturday at Veterans Memorial Coliseum, three weeks after her brother, Tanner, died in a crash on Highway 140.

Hollister pinned her opponent from Scappoose in the second period and pointed to the sky.

"She wrestled for Tanner," said her father, Curtis Hollister. Her uncle and aunt, Tanner and Shauna Hollister, drove up from Klamath Falls with a bus full of Mazama fans.""",
gold=[]),

dict(guid="kfl_kbsn_20260321_0244", pub="2026-03-21T18:30:00-07:00",
title="Fourth-grader spells 'quesadilla' to win Basin spelling bee",
body="""KLAMATH FALLS, Ore. (KBSN) - Nine-year-old Mateo Ibarra of Pelican Elementary outlasted 38 spellers Saturday to win the Klamath Basin Spelling Bee at the Ross Ragland Theater.

Mateo, the son of Ray and Celeste Ibarra of Klamath Falls, clinched the title on "quesadilla" and then asked if he could have one. He advances to the regional bee in Portland.""",
gold=[("KFL010", "parent_of_subject")]),

dict(guid="kfl_kbsn_20260710_0502", pub="2026-07-10T07:15:00-07:00",
title="Hail shreds gardens, dents cars across south suburbs",
body="""KLAMATH FALLS, Ore. (KBSN) - Golf ball-sized hail pounded the Altamont and Henley areas Thursday evening, stripping gardens, breaking windshields and piling up like snow along Shasta Way.

"It sounded like somebody was throwing rocks at the house for ten minutes," said Shauna Hollister, who lives off Shasta Way. Insurance agent Lyle Vandermolen said his Keno office had already taken more than 40 claims by Friday morning.

Pacific Power reported about 2,100 customers without power at the height of the storm.""",
gold=[]),

dict(guid="kfl_kbsn_20261005_0701", pub="2026-10-05T18:00:00-07:00",
title="Fire district battalion chief retires after 34 years",
body="""KLAMATH FALLS, Ore. (KBSN) - Klamath County Fire District 1 Battalion Chief Gordon Pfaff worked his last shift Sunday after 34 years with the district.

Firefighters lined the bay doors at Station 1 to applaud Pfaff as he drove out. His wife, Loretta, was waiting with a cake.""",
gold=[]),
]

# 2. Klamath Basin Business Journal: plain text
BIZ = [
dict(guid="kfl_kbbj_2026_03_gala", pub="2026-03-24T06:00:00-07:00",
title="Sky Lakes Foundation gala raises $412,000 for cancer center",
body="""The Sky Lakes Foundation's annual Spring Gala raised $412,000 on Saturday for the expansion of the Sky Lakes Cancer Treatment Center, the most in the event's 22-year history.

Presenting sponsors were Cascade Basin Credit Union and Linkville Ford. Among the individual donors recognized from the stage were Del and Marlys Kuchera of Malin, Xabi Irigoyen of Irigoyen's Basque Bakery in Lakeview, Dr. Arun Mehta and Lyle Vandermolen.""",
gold=[]),

dict(guid="kfl_kbbj_2026_05_ccu", pub="2026-05-12T06:00:00-07:00",
title="Cascade Basin Credit Union names Ibarra chief financial officer",
body="""Cascade Basin Credit Union has promoted Guadalupe "Lupe" Ibarra to chief financial officer, the credit union's board announced Monday.

Ibarra, who joined the credit union as a teller in 1988 while still at Klamath Union High School, has been its controller since 2014. She succeeds Martin Coble, who is retiring. "Lupe knows every member's story and every line of our balance sheet," CEO Janet Ruhl said.""",
gold=[("KFL009", "subject")]),

dict(guid="kfl_kbbj_2026_08_bakery", pub="2026-08-04T06:00:00-07:00",
title="Irigoyen's Basque Bakery marks 40 years on Lakeview's Center Street",
body="""LAKEVIEW - Irigoyen's Basque Bakery, the Center Street shop known across the high desert for its sheepherder bread and gâteau basque, turns 40 this month.

Owner Xabier Irigoyen, whose parents opened the bakery in 1986, will mark the anniversary Saturday with free chorizo bread and a dance performance by the Lakeview Basque dancers. He now ships bread as far as Boise and Reno and employs eleven people.""",
gold=[("KFL012", "subject")]),

dict(guid="kfl_kbbj_2026_10_tire", pub="2026-10-20T06:00:00-07:00",
title="Spokane Valley tire chain sold to regional buyer",
body="""Petrasek Tire & Brake, the eight-store chain founded in Spokane Valley in 1979, has been sold to Les Schwab franchisee Northwest Wheel Group, the companies said.

Founder Leonard Petrasek, 74, of Spokane Valley, said he will stay on as an adviser through 2027. The chain has no stores in the Klamath Basin.""",
gold=[]),
]

# 3. Lake County Ledger (weekly, Lakeview): plain text
LEDGER = [
dict(guid="kfl_ledger_2026_0409_ffa", pub="2026-04-09T08:00:00-07:00",
title="Lakeview junior takes state FFA title in agricultural communications",
body="""Lakeview High School junior Nerea Irigoyen won the state FFA championship in agricultural communications last weekend at the Oregon FFA convention in Redmond.

Irigoyen, the daughter of Xabi and Ainhoa Irigoyen of Lakeview, gave a seven-minute speech on water rights in the Chewaucan basin. She advances to the national convention in Indianapolis in October.""",
gold=[("KFL012", "parent_of_subject")]),

dict(guid="kfl_ledger_2026_0618_hiatt", pub="2026-06-18T08:00:00-07:00",
title="Hiatt retires after 31 years as Lake County's extension agent",
body="""After 31 years of answering questions about alfalfa weevils, calving problems and frozen pipes, Dwayne Hiatt is retiring as Lake County's Oregon State University Extension agent at the end of June.

Hiatt came to Lakeview in 1995 from Harney County. Ranchers credit him with the county's first rangeland monitoring program. He and his wife, Karen, plan to stay in Lakeview. A retirement potluck is set for June 27 at the Lake County Fairgrounds.""",
gold=[("KFL013", "subject")]),

dict(guid="kfl_ledger_2026_0903_fair", pub="2026-09-03T08:00:00-07:00",
title="Lake County Fair results: market steer, pie contest and round-robin",
body="""The Lake County Fair and Round-Up wrapped up Monday. Grand champion market steer went to Paisley 4-H member Cole Arriola; the reserve champion was shown by Addie Scherer of New Pine Creek.

Market steer judge was retired extension agent Dwayne Hiatt. The Rev. Wes Tindall and Marguerite Etchegaray judged the pie contest, won by Lupita Echeverria of Lakeview with a marionberry pie.""",
gold=[]),

dict(guid="kfl_ledger_2026_1210_tindall", pub="2026-12-10T08:00:00-08:00",
title="Tindall Hardware sign comes down after 71 years",
body="""The Tindall Hardware sign came down from its Center Street storefront on Monday, five weeks after the death of Lois Tindall, who kept the store's books for forty years.

The building has been sold to a Klamath Falls outdoor-gear company. The Rev. Wes Tindall, her son, said the sign will hang in the Lake County Museum.""",
gold=[]),
]

# 4. Chiloquin Community Courier (community newsletter): teaser description, HTML in content:encoded
COURIER = [
dict(guid="kfl_courier_2026_01_volunteer", pub="2026-01-28T12:00:00-08:00",
title="Idella Satterlee is Chiloquin's Volunteer of the Year",
body="""Idella Satterlee, 84, has been named Chiloquin's 2025 Volunteer of the Year by the Chiloquin Visitor Center and the city council.

Satterlee has staffed the visitor center front desk every Tuesday and Thursday since 2009 and organizes the Fourth of July pie sale that pays for the library's summer reading program. She will be honored at the council meeting February 10.""",
gold=[("KFL005", "subject")]),

dict(guid="kfl_courier_2026_05_postoffice", pub="2026-05-06T12:00:00-07:00",
title="Post office farewell: Mary Jo Pruett retires after 28 years",
body="""Chiloquin's post office will feel different next month. Mary Jo Pruett, who has sorted the town's mail and known everybody's business (only the mail part, she insists) since 1998, retires May 29.

Pruett started as a rural carrier on the Sprague River route. Stop by the lobby on her last day for coffee and maple bars.""",
gold=[("KFL006", "subject")]),

dict(guid="kfl_courier_2026_08_principal", pub="2026-08-12T12:00:00-07:00",
title="New principal for Chiloquin Elementary",
body="""The Klamath County School District has named Renata Quist-Holloway principal of Chiloquin Elementary School, effective this school year.

Quist-Holloway has taught fourth and fifth grade at Chiloquin since 2006 and served as the school's instructional coach for the last three years. "These are my kids and my neighbors' kids," she said.""",
gold=[("KFL021", "subject")]),

dict(guid="kfl_courier_2026_09_brushfire", pub="2026-09-02T12:00:00-07:00",
title="Crews stop brush fire along Sprague River Road",
body="""A brush fire burned about 40 acres along Sprague River Road on Sunday before Chiloquin-Agency Lake and Klamath County crews stopped it short of any homes.

"The wind laid down just in time," said Ray Ibarra, a Klamath County Fire District 1 engineer who helped with mop-up. The cause is under investigation.""",
gold=[]),
]
