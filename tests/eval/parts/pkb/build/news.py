"""Local news for part pkb, three sources, with hand labels.
feed: tv = WVOH 15 NewsCenter (TV site, HTML descriptions); biz = Mid-Ohio Valley Business Journal (weekly,
plain text); nbr = Valley Neighbors community newsletter (teaser + content:encoded)."""

ITEMS = [
# ---------------- WVOH 15 (TV) ----------------
dict(feed="tv", guid="pkb_tv_20260214_fire", pub="2026-02-14T18:30:00-05:00",
title="Mineral Wells couple escapes early-morning house fire",
body="""MINERAL WELLS, W.Va. (WVOH) - A Mineral Wells couple made it out safely early Saturday when fire tore through their home on Elizabeth Pike.

Dale and Bonnie Kesterson told WVOH 15 a smoke alarm woke them just after 4 a.m. "We went out the back door in our socks," Bonnie Kesterson said. "Everything else can be replaced."

Mineral Wells Volunteer Fire Department Chief Rick Shaffer said the fire started near a wood stove. The home is considered a total loss, and the Red Cross is assisting the family.""",
gold=[("PKB011", "subject"), ("PKB012", "subject")]),

dict(feed="tv", guid="pkb_tv_20260305_award", pub="2026-03-05T17:45:00-05:00",
title="Marietta pastor receives Washington County Humanitarian Award",
body="""MARIETTA, Ohio (WVOH) - A Marietta minister who started a free laundry day for families at a Pike Street laundromat has received this year's Washington County Humanitarian Award.

The Rev. Lowell Sheppard of Putnam Street Community Church accepted the award Thursday at the Marietta Armory. Since 2019 the program has washed more than 60,000 loads.

"Clean clothes are dignity," Sheppard said. His wife, Faye, who folds laundry beside him every Tuesday, was also recognized.""",
gold=[("PKB016", "subject")]),

dict(feed="tv", guid="pkb_tv_20260410_teacher", pub="2026-04-10T12:10:00-04:00",
title="Belpre teacher named finalist for Ohio Teacher of the Year",
body="""BELPRE, Ohio (WVOH) - A Belpre Elementary School fourth-grade teacher is one of five finalists for Ohio Teacher of the Year.

Cassie McKibben, in her 12th year at Belpre, was surprised in her classroom Friday morning by the superintendent and a room full of balloons. McKibben started the school's river science club, which tests Ohio River water every month.

The state winner will be announced in September.""",
gold=[("PKB017", "subject")]),

dict(feed="tv", guid="pkb_tv_20260502_spelling", pub="2026-05-02T19:05:00-04:00",
title="Vienna sixth-grader wins West Virginia spelling bee",
body="""VIENNA, W.Va. (WVOH) - Jackson Middle School sixth-grader Ella Pennybacker is headed to the national spelling bee.

The 12-year-old from Vienna won the West Virginia state bee in Charleston on Saturday by correctly spelling "sarcophagus" in the 14th round.

Her parents, Travis and Kendra Pennybacker, said she practices with flash cards at the kitchen table every night. "She's beaten us both since third grade," her father said.""",
gold=[("PKB007", "parent_of_subject"), ("PKB008", "parent_of_subject")]),

dict(feed="tv", guid="pkb_tv_20260616_roundabout", pub="2026-06-16T17:20:00-04:00",
title="Vienna residents weigh in on Grand Central Avenue roundabout plan",
body="""VIENNA, W.Va. (WVOH) - The West Virginia Division of Highways showed plans Tuesday for a roundabout at Grand Central Avenue and 34th Street, and not everyone is sold.

About 60 people came to the public meeting at Vienna City Building. "I've lived here 40 years and I still can't turn left out of my street," said Phyllis Amos, who lives a block away. "If this fixes that, I'm for it."

Construction could begin in 2028. Comments are being accepted through July 15.""",
gold=[]),

dict(feed="tv", guid="pkb_tv_20260720_anniversary", pub="2026-07-20T11:00:00-04:00",
title="Parkersburg couple celebrates 50 years where they met: the Smoot Theatre",
body="""PARKERSBURG, W.Va. (WVOH) - Fifty years after a blind date at the Smoot Theatre, a Parkersburg couple renewed their vows on its stage.

Rusty and Darlene Ankrom were married July 17, 1976, at Beechwood Church of the Brethren. Their children and grandchildren surprised them with the ceremony on Saturday, followed by a screening of the movie they saw on that first date.

"He spilled his popcorn on me," Darlene Ankrom said. "I married him anyway." """,
gold=[("PKB001", "subject"), ("PKB002", "subject")]),

# ---------------- Mid-Ohio Valley Business Journal ----------------
dict(feed="biz", guid="pkb_biz_20260120_bakery", pub="2026-01-20T06:00:00-05:00",
title="Front Street Sweets marks 20 years in downtown Marietta",
body="""Front Street Sweets, the downtown Marietta bakery known for its buckeye brownies, turns 20 this month, and owner Felicia Haught says the secret is showing up at 4 a.m.

Haught opened the shop in 2006 in a former shoe store with two ovens and one employee. It now employs 14 people and ships to 30 states. She plans to add a second location in Parkersburg next year.

The bakery will celebrate with free brownies on Saturday, Jan. 24.""",
gold=[("PKB010", "subject")]),

dict(feed="biz", guid="pkb_biz_20260224_promotion", pub="2026-02-24T06:00:00-05:00",
title="Pennybacker named senior vice president at Valley Members Credit Union",
body="""Valley Members Credit Union has promoted Travis Pennybacker of Vienna to senior vice president of lending.

Pennybacker, 46, joined the credit union in 2004 as a teller at its Grand Central Avenue branch and most recently served as vice president of consumer lending. He is a graduate of West Virginia University at Parkersburg and Marshall University.

"Travis knows every one of our members' names," CEO Linda Offutt said.""",
gold=[("PKB007", "subject")]),

dict(feed="biz", guid="pkb_biz_20260602_retirement", pub="2026-06-02T06:00:00-04:00",
title="Modesitt retires after 32 years at Marietta chemical plant",
body="""After 32 years, Jeff Modesitt has worked his last shift at the Ohio River chemical plant south of Marietta.

Modesitt, 57, of Marietta, started as a laborer in 1994 and retired as maintenance superintendent. Coworkers held a cookout in his honor Friday.

Modesitt and his wife, Annette, plan to spend more time at their camp on the Little Muskingum.""",
gold=[("PKB020", "subject")]),

dict(feed="biz", guid="pkb_biz_20260818_chamber", pub="2026-08-18T06:00:00-04:00",
title="Chamber names Small Business of the Year",
body="""The Mid-Ohio Valley Chamber of Commerce named Rivertown Hardware of Williamstown its Small Business of the Year at Thursday's annual dinner.

Owners Kyle and Amanda Lowther accepted the award. The winner was chosen by a panel of judges including retired banker Jerry Cottrill and WVU-Parkersburg dean Sandra Wince.

The dinner was sponsored by Valley Members Credit Union, with table sponsors including Front Street Sweets and Betty Sue Rexroad.""",
gold=[]),

# ---------------- Valley Neighbors (community newsletter) ----------------
dict(feed="nbr", guid="pkb_nbr_20260312_birth", pub="2026-03-12T08:00:00-04:00",
title="Welcome, little Nathaniel: Wigal family grows",
body="""Nate Wigal and Kayla Broome of Parkersburg welcomed their first child, a son, Nathaniel Reid Wigal, on March 6 at Camden Clark Medical Center. He weighed 7 pounds, 9 ounces.

The baby is named for his great-grandfather, the late Nathaniel Wigal of Davisville. Grandparents are Roger and Tammy Wigal of Lubeck.""",
gold=[("PKB015", "subject")]),

dict(feed="nbr", guid="pkb_nbr_20260425_star", pub="2026-04-25T08:00:00-04:00",
title="Vienna chapter honors Phyllis Amos for 50 years",
body="""Vienna Chapter No. 104, Order of the Eastern Star, presented a 50-year membership pin to Phyllis Amos at its April meeting.

Amos joined the chapter in 1976 and has served twice as Worthy Matron. Her sister Betty Sue Rexroad pinned her.""",
gold=[("PKB022", "subject")]),

dict(feed="nbr", guid="pkb_nbr_20260820_fair", pub="2026-08-20T08:00:00-04:00",
title="West Virginia Interstate Fair livestock results",
body="""Grand champion market steer at this year's West Virginia Interstate Fair was shown by Wyatt Kesterson, 15, of Belleville, son of Darrin and Amy Kesterson. Reserve champion went to Lainey Marra, 13, of Davisville.

The steer sold for $6.50 a pound to Valley Members Credit Union at Saturday's livestock sale.""",
gold=[]),
]
