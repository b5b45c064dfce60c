"""Arrow-Owasso Ledger (invented suburban weekly): community, schools, milestones, church news; teaser in
description and HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="tul_ledger_2026_0129", pub="2026-01-29T07:00:00-06:00",
title="Yaholas mark 55 years with Okmulgee hymn sing",
body="""Wilson "Sonny" and Louise Yahola of Okmulgee celebrated their 55th wedding anniversary on January 24 with a Muscogee hymn sing and pashofa supper at Nuyaka Indian Baptist Church.

The couple married January 23, 1971, at the same church. Sonny retired from the Muscogee (Creek) Nation Lighthorse police; Louise taught Mvskoke language classes at the College of the Muscogee Nation. They have three children and nine grandchildren.

Cards may be sent to the couple at 612 N. Grand Ave., Okmulgee.""",
gold=[("TUL001", "subject"), ("TUL002", "subject")]),

dict(guid="tul_ledger_2026_0305", pub="2026-03-05T07:00:00-06:00",
title="Chamber names volunteer of the year; food pantry thanks donors",
body="""The Broken Arrow Chamber of Commerce named Jo Lynn Quattlebaum its 2026 Volunteer of the Year at the annual banquet Feb. 27. Quattlebaum has organized the Rose District farmers market volunteers for eleven years.

Separately, the Owasso Community Food Pantry thanked the donors who filled its shelves after the January ice storm, among them Kenny and Rhonda Shadlow, First Baptist Church of Owasso, Rams Booster Club, Darla Sixkiller, and Owasso Rotary.

By Mary Beth Dreadfulwater, Ledger staff.""",
gold=[]),

dict(guid="tul_ledger_2026_0430", pub="2026-04-30T07:00:00-05:00",
title="Claremore senior named Cherokee Nation Scholar",
body="""Claremore High School senior Kaylee Deerinwater has been named a 2026 Cherokee Nation Scholar, a full-tuition award given to 25 Cherokee students each year. She plans to study chemical engineering at the University of Tulsa.

Kaylee is the daughter of Jesse and Krista Deerinwater of Claremore. She is captain of the Zebras' academic team and volunteers at the Claremore Indian Hospital.

"Her grandpa Elmer would have been so proud," her father said.""",
gold=[("TUL015", "parent_of_subject")]),

dict(guid="tul_ledger_2026_0604", pub="2026-06-04T07:00:00-05:00",
title="After 30 years, Pastor Denny O'Daniel preaches his last Sunday at First Baptist Sand Springs",
body="""Pastor Dennis "Denny" O'Daniel will retire June 28 after 30 years leading First Baptist Church of Sand Springs. O'Daniel came to the church from a small congregation in Mannford in 1996 and led it through two building programs and the 2019 flood, when the fellowship hall became a Red Cross shelter.

A retirement reception will follow the 10:30 a.m. service June 28. The reception committee includes Peggy Vanlandingham, Carol Whitlow and Deacon Ron Tubbs.

O'Daniel and his wife plan to stay in Sand Springs. "I'm not going anywhere," he said. "I'm just moving to a different pew.\"""",
gold=[("TUL021", "subject")]),

dict(guid="tul_ledger_2026_0618", pub="2026-06-18T07:00:00-05:00",
title="Broken Arrow teacher honored; Coweta trail opening",
body="""Mary Beth Dreadfulwater, who teaches Cherokee language at Broken Arrow's Oneta Ridge Middle School, received the 2026 Cherokee Language Educator of the Year award from the Cherokee Nation on June 12 in Tahlequah. Dreadfulwater started the district's Cherokee language elective in 2019 with nine students; this year 140 enrolled.

In Coweta, the new Bunker Hill trail will open Saturday with a ribbon cutting at 9 a.m.""",
gold=[("TUL005", "subject")]),

dict(guid="tul_ledger_2026_0625", pub="2026-06-25T07:00:00-05:00",
title="Weddings: Wildcat - Larney",
body="""Jenna Marie Larney and Tyler Ross Wildcat were united in marriage June 13, 2026, at Sequoyah's Cabin near Sallisaw, with a reception at the Cherokee Community Center in Tulsa.

The bride is the daughter of Dale and Rhonda Larney of Beggs. The groom is the son of Shawna Wildcat of Tulsa and the grandson of the late Amos Crittenden of Vian. Both graduated from Northeastern State University; the bride teaches at Sand Springs' Pratt Elementary and the groom is an electrician with Local 584.

The couple will live in Sand Springs.""",
gold=[("TUL011", "parent_of_subject")]),
]
