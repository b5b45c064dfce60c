"""Local news for part cbn, three sources, hand-labelled (gold=[(client_id, role), ...])."""

# 1. WGTV 9 Golden Triangle (TV station site, HTML descriptions)
TV = [
dict(guid="cbn_wgtv_story_260128_0412", pub="2026-01-28T18:30:00-06:00",
title="Columbus woman, grandchildren escape early-morning house fire on Bluecutt Road",
body="""COLUMBUS, Miss. (WGTV) - A Columbus woman and her two grandchildren escaped without injury early Wednesday when fire swept through their home on Bluecutt Road.

Rosalind Culpepper, 54, said a smoke alarm the fire department installed last year woke her at about 4 a.m. "I grabbed those babies and we went out the back door in our socks," Culpepper said.

Columbus Fire and Rescue said the fire started in a space heater in the living room. The house is a total loss. The American Red Cross is helping the family.

Neighbor Virgil Askew said he saw the flames from across the road and called 911. "Everybody on this road knows Roz. We'll get her back on her feet," he said.""",
gold=[("CBN016", "subject")]),

dict(guid="cbn_wgtv_story_260224_0518", pub="2026-02-24T17:45:00-06:00",
title="Caledonia standout named Mississippi's Mr. Basketball",
body="""CALEDONIA, Miss. (WGTV) - Caledonia High School senior Dontae Sudduth has been named Class 5A Mr. Basketball by the Mississippi Association of Coaches, the first Caledonia player to win the award.

The 6-foot-5 guard averaged 27 points and nine rebounds for the Cougars and has signed with Mississippi State.

His parents, Claiborne and Lula Sudduth, surprised him with the news at practice. "He has been shooting in that driveway since he was four," his father said.""",
gold=[("CBN010", "parent_of_subject"), ("CBN011", "parent_of_subject")]),

dict(guid="cbn_wgtv_story_260407_0603", pub="2026-04-07T12:15:00-05:00",
title="Cleanup under way in Steens and Caledonia after overnight tornado",
body="""STEENS, Miss. (WGTV) - Chainsaws were running before sunrise Tuesday in north Lowndes County, where a tornado touched down late Monday night and tracked from Steens toward Caledonia.

The National Weather Service will survey the damage Wednesday. Lowndes County Emergency Management said at least 14 homes were damaged and two were destroyed. No one was seriously hurt.

Volunteers from several churches brought food and tarps. "You just show up with a saw and a cooler," said Kendrick Stallworth, who drove over from West Point with a crew from his plant. "Folks here would do the same for us." """,
gold=[]),

dict(guid="cbn_wgtv_story_260515_0711", pub="2026-05-15T16:00:00-05:00",
title="West Point tire plant names hometown engineer as new plant manager",
body="""WEST POINT, Miss. (WGTV) - For the first time, the tire plant on Highway 45 Alternate will be run by someone who grew up in West Point.

Kendrick Stallworth, a 2003 graduate of West Point High School and Mississippi State University, was named plant manager on Thursday. Stallworth started at the plant as a process engineer 20 years ago and led its expansion in 2022.

"This plant fed my family," Stallworth said. "Now I get to help it feed a lot of other families." """,
gold=[("CBN020", "subject")]),

dict(guid="cbn_wgtv_story_260602_0804", pub="2026-06-02T18:10:00-05:00",
title="After 45 years at Columbus Air Force Base, civil engineer Virgil Askew retires",
body="""COLUMBUS, Miss. (WGTV) - Virgil Askew started at Columbus Air Force Base in 1981 fixing runway lights. On Friday he walked out of the civil engineering squadron for the last time.

Askew, 71, was honored at a retirement ceremony attended by the base commander and about 200 coworkers. Over 45 years he oversaw the repaving of both runways and the rebuilding of the base's storm drains after the 2008 floods.

He says he plans to fish, to spend time with his wife, Earlene, and to visit the grave of his grandson, Virgil, who died in February.""",
gold=[("CBN017", "subject")]),
]

# 2. The Starkville Sentinel (weekly, plain text)
SSW = [
dict(guid="cbn_ssw_260115_sethuraman", pub="2026-01-15T08:00:00-06:00",
title="MSU names Sethuraman head of chemical engineering",
body="""Mississippi State University has named Dr. Anjana Sethuraman head of the Dave C. Swalm School of Chemical Engineering, effective Feb. 1.

Sethuraman, who joined the faculty in 2011, leads a research group on biofuels from forestry waste and won the university's top teaching award in 2023. She succeeds a department head who is returning to full-time research.

"Anjana has made this school better every single year," said the dean of the Bagley College of Engineering.""",
gold=[("CBN009", "subject")]),

dict(guid="cbn_ssw_260211_tubb", pub="2026-02-11T08:00:00-06:00",
title="Tubbs celebrate 50th wedding anniversary",
body="""Burnell and Francine Dukes Tubb of Starkville will celebrate their 50th wedding anniversary on Saturday, Feb. 14, with a reception hosted by their children from 2 to 4 p.m. in the fellowship hall of First Baptist Church.

The couple were married Feb. 14, 1976, at Maben Baptist Church. Mr. Tubb retired from the Oktibbeha County Co-op and Mrs. Tubb from Starkville Oktibbeha School District. They have three children and six grandchildren. No gifts, please.""",
gold=[("CBN018", "subject"), ("CBN019", "subject")]),

dict(guid="cbn_ssw_260301_births", pub="2026-03-01T08:00:00-06:00",
title="Births at Baptist Memorial-Golden Triangle",
body="""Cody and Brittany Pilgrim of Columbus announce the birth of a son, Hollis Wade Pilgrim, on Feb. 20, 2026. He weighed 7 pounds, 9 ounces. Grandparents are Dwayne and Crystal Vowell of Crawford and Tim and Lisa Pilgrim of Columbus. Great-grandmother is Opal Vowell of Crawford.""",
gold=[("CBN021", "parent_of_subject"), ("CBN022", "parent_of_subject")]),

dict(guid="cbn_ssw_260318_bbq", pub="2026-03-18T08:00:00-05:00",
title="Smoke on the Square: 32 teams vie at Cotton District cook-off",
body="""Thirty-two barbecue teams from four states lined University Drive on Saturday for the Smoke on the Square cook-off, which raised $18,000 for the Starkville Boys & Girls Club.

Grand champion was Hog Heaven BBQ of Tupelo. Judges included the Rev. Lamar Pettus of First United Methodist Church, Dr. Anjana Sethuraman of Mississippi State and restaurateur Dale Haddox. "I have eaten more ribs today than in the last five years," Pettus said.""",
gold=[]),

dict(guid="cbn_ssw_260504_gandy", pub="2026-05-04T08:00:00-05:00",
title="Columbus' Queen Esther Gandy celebrates 100 years",
body="""Family, church members and former students filled the fellowship hall at Mt. Zion M.B. Church on Saturday to celebrate the 100th birthday of Queen Esther Gandy of Columbus.

Mrs. Gandy, born May 1, 1926, taught first grade in Columbus schools for 38 years. Asked her secret, she said, "Sweet potatoes, Jesus and minding my own business." She received a proclamation from the mayor and a letter from the governor.""",
gold=[("CBN007", "subject")]),

dict(guid="cbn_ssw_260520_library", pub="2026-05-20T08:00:00-05:00",
title="Library Friends thank donors for children's wing",
body="""The Friends of the Starkville Public Library have finished raising $240,000 for the new children's wing, which opens in August.

Lead gifts came from Hollis and Marcia Weatherall, Tad and Renee Oglesby, the Cadence Bank Foundation and the estate of Harriet Oglesby. A donor wall will be unveiled at the opening.""",
gold=[]),

dict(guid="cbn_ssw_260610_eagle", pub="2026-06-10T08:00:00-05:00",
title="Starkville teen earns Eagle Scout rank",
body="""Marcus Oglesby, son of Tad and Renee Oglesby of Starkville, received the rank of Eagle Scout at a court of honor on Sunday. For his project he built 12 raised garden beds for Rolling Hills Nursing Center.

"Marcus never once asked anybody else to carry the lumber," said Troop 14 Scoutmaster Buddy Weatherall.""",
gold=[]),  # parent is do_not_contact; the scoutmaster is a quoted bystander
]

# 3. Golden Triangle Business Journal (plain text)
GTBJ = [
dict(guid="cbn_gtbj_260205_hightower", pub="2026-02-05T07:00:00-06:00",
title="Hightower's Hardware marks 50 years on Commerce Street",
body="""WEST POINT - When Jerome "Romie" Hightower opened Hightower's Hardware in 1976, he sold nails by the pound and borrowed the sign from his uncle's barbershop. Fifty years later the store still sells nails by the pound.

Hightower, 78, still opens the doors at 6:30 every morning. The store employs nine people and has outlasted two big-box competitors. A 50th-anniversary customer appreciation day is planned for Saturday with hot dogs and a paint sale.""",
gold=[("CBN013", "subject")]),

dict(guid="cbn_gtbj_260312_weatherall", pub="2026-03-12T07:00:00-05:00",
title="Weatherall Insurance Agency joins regional firm after 65 years",
body="""STARKVILLE - Weatherall Insurance Agency, founded on Main Street in 1961, has been acquired by Magnolia Risk Partners of Tupelo, the agency's owner announced Tuesday.

Hollis "Buddy" Weatherall Jr., who took over the agency from his father in 1992, will stay on as managing director of the Starkville office. "Daddy would want the name on the door and the same faces at the desks, and that's what we've got," Weatherall said. His father, agency founder Hollis Weatherall Sr., died in January.""",
gold=[("CBN005", "subject")]),

dict(guid="cbn_gtbj_260430_stallworth", pub="2026-04-30T07:00:00-05:00",
title="Birmingham bank taps Stallworth as chief financial officer",
body="""BIRMINGHAM, Ala. - Red Mountain Bancshares has named Kendrick Stallworth, 46, its chief financial officer. Stallworth, a Birmingham native and former partner at a regional accounting firm, joins the bank June 1. The bank has branches in Tuscaloosa and Columbus.""",
gold=[]),  # namesake: a Birmingham banker, not the West Point engineer

dict(guid="cbn_gtbj_260521_bakery", pub="2026-05-21T07:00:00-05:00",
title="Ribbon cut on Main Street bakery in downtown Columbus",
body="""COLUMBUS - The Columbus-Lowndes Chamber of Commerce cut the ribbon Thursday on Sweet Magnolia Bakery, 412 Main St., opened by pastry chef Nia Ware.

Chamber ambassadors Mavis Kilgore-Pounds and Ardell Yarbrough held the ribbon. "I have been waiting for a real croissant in this town since 1985," Kilgore-Pounds said.""",
gold=[]),
]

ITEMS = TV + SSW + GTBJ
