"""Local news for eval part `kal`, three sources. Hand-labelled (`gold`)."""

# 1. KNWM 9 Northwest Montana (TV station site): HTML descriptions
TV = [
dict(guid="kal_knwm_20260101_0007", pub="2026-01-01T14:20:00-07:00",
title="Flathead's first baby of 2026 arrives 14 minutes after midnight",
body="""KALISPELL, Mont. (KNWM) - The Flathead Valley's first baby of the new year didn't keep anyone waiting.

Brooks Ray Rasmusson was born at 12:14 a.m. Thursday at Logan Health's birthing center to Tyler and Kaylee Rasmusson of Kalispell. He weighed 7 pounds, 9 ounces.

"We were watching the fireworks from the delivery room," Kaylee Rasmusson said. The family went home with a basket of gifts from the hospital auxiliary.""",
gold=[("KAL009", "subject"), ("KAL010", "subject")]),

dict(guid="kal_knwm_20260213_0142", pub="2026-02-13T18:05:00-07:00",
title="Whitefish family loses home in early-morning fire",
body="""WHITEFISH, Mont. (KNWM) - A Whitefish couple and their two dogs got out safely early Friday when fire destroyed their home on Wisconsin Avenue.

Nolan and Whitney Tschida woke to smoke alarms just after 3 a.m., Whitefish Fire Chief Gary Stephens said. The house is a total loss; investigators believe the fire started in a garage wood stove.

A neighbor, Josh Fairbanks, said the street had already started collecting clothes for the couple. A fundraiser has been set up through Whitefish Credit Union.""",
gold=[("KAL022", "subject")]),

dict(guid="kal_knwm_20260418_0311", pub="2026-04-18T17:40:00-06:00",
title="Bigfork teacher named Montana Teacher of the Year",
body="""BIGFORK, Mont. (KNWM) - A Bigfork science teacher who takes her students onto Flathead Lake to count mysis shrimp is the 2027 Montana Teacher of the Year.

Ingrid Thorsrud, who has taught at Bigfork High School for 14 years, was surprised with the news at an all-school assembly Friday. She will represent Montana in the national program.

"Half of this belongs to the kids who got up at 5 a.m. to pull plankton nets," Thorsrud said.""",
gold=[("KAL017", "subject")]),

dict(guid="kal_knwm_20260726_0518", pub="2026-07-26T20:15:00-06:00",
title="Crews hold Bear Creek fire at 300 acres east of Bigfork",
body="""BIGFORK, Mont. (KNWM) - Firefighters held the Bear Creek fire at about 300 acres Sunday evening, and the evacuation warning for homes along the Swan Highway was lifted.

Residents gathered at the Bigfork Community Center for an update from the Flathead National Forest. "You could see the glow from the village last night," said Ingrid Thorsrud, who lives near the river. "Everyone's just grateful for those crews."

No structures were lost. The cause is under investigation.""",
gold=[]),

dict(guid="kal_knwm_20261120_0733", pub="2026-11-20T21:30:00-07:00",
title="Columbia Falls QB Jace Ostheller named Class A offensive MVP",
body="""COLUMBIA FALLS, Mont. (KNWM) - Columbia Falls senior quarterback Jace Ostheller has been named the Class A offensive player of the year after leading the Wildkats to the state semifinals.

Ostheller threw for 2,940 yards and 31 touchdowns this fall. He is the son of Rusty and JoAnn Ostheller of Columbia Falls, and he plans to walk on at Montana State.

"He's been throwing to the mailbox in our yard since he was six," his dad said.""",
gold=[("KAL005", "parent_of_subject"), ("KAL006", "parent_of_subject")]),

dict(guid="kal_knwm_20260905_0620", pub="2026-09-05T12:00:00-06:00",
title="Kalispell city names new public works director",
body="""KALISPELL, Mont. (KNWM) - The City of Kalispell has promoted Casey McClintock to public works director, effective Oct. 1.

McClintock, a civil engineer, has been the city's assistant director since 2019 and oversaw the rebuild of the Main Street core. She replaces Susie Turner, who is retiring after 27 years.""",
gold=[]),   # KAL015 is do_not_contact
]

# 2. Stumptown & Valley Weekly (community weekly), plain text
WEEKLY = [
dict(guid="kal_stw_2026_0611_kvamme", pub="2026-06-11T08:00:00-06:00",
title="Kvammes to mark 50 years",
body="""Dwayne and Carolyn (Tollefson) Kvamme of Whitefish will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Saturday, June 20, at the Grouse Mountain Lodge.

The couple were married June 19, 1976, at First Lutheran Church in Whitefish. Dwayne retired from BNSF Railway and Carrie taught music at Muldown Elementary for 30 years. No gifts, please; cards welcome.""",
gold=[("KAL003", "subject"), ("KAL004", "subject")]),

dict(guid="kal_stw_2026_0305_library", pub="2026-03-05T08:00:00-07:00",
title="Library expansion drive passes $1.2 million",
body="""The Whitefish Community Library's expansion campaign passed $1.2 million this week, board chair Nancy Wold announced.

Leading donors include the Whitefish Community Foundation, the Tollefson family, Gordon Lautenschlager, Verna Pfeifle, Dwayne and Carrie Kvamme and Stumptown Historical Society. Construction of the new children's wing is set to begin in September.""",
gold=[]),

dict(guid="kal_stw_2026_0813_fair", pub="2026-08-13T08:00:00-06:00",
title="Fair quilt and baking results",
body="""Purple ribbons in the open class quilting division at the Northwest Montana Fair went to Sandy Ehlers of Kila for "Swan Range Sunrise" and Joyce Gabel of Marion for a Double Wedding Ring.

Judges this year were Wilma Stensrud of Somers, Rev. Thomas Ekstrom of Kalispell and Marlys Brekke of Columbia Falls. The best-of-show huckleberry pie went to 11-year-old Aubrey Kalbfleisch.""",
gold=[]),

dict(guid="kal_stw_2026_0226_wrestling", pub="2026-02-26T08:00:00-07:00",
title="Polson's Gustafson claims second state title",
body="""Polson junior Elmer Gustafson pinned his way to a second straight Class A state championship at 170 pounds Saturday in Billings.

Gustafson, the son of Kurt and Amy Gustafson of Polson and named for his great-grandfather, finished the season 38-1. Whitefish sent four wrestlers to the podium.""",
gold=[]),

dict(guid="kal_stw_2026_1008_ekstrom", pub="2026-10-08T08:00:00-06:00",
title="Pastor Ekstrom honored for 30 years at Trinity",
body="""Trinity Lutheran Church in Kalispell honored the Rev. Thomas Ekstrom on Sunday for 30 years as its senior pastor.

Ekstrom, who came to Kalispell from Minnesota in 1996, was presented a quilt made by the congregation's quilters. He and his wife, Ann, plan to stay on through the church's 2027 centennial.""",
gold=[("KAL019", "subject")]),
]

# 3. Flathead Business Review (business paper), plain text
BIZ = [
dict(guid="kal_fbr_2026_0415_saddlery", pub="2026-04-15T06:30:00-06:00",
title="Mittelstaedt Saddlery marks 50 years on Main Street",
body="""Mittelstaedt Saddlery, the Kalispell shop whose roping saddles have gone to rodeo arenas from Calgary to Cheyenne, turns 50 this month.

Dale Mittelstaedt opened the shop in 1976 in a rented garage off Main Street and has built more than 2,100 saddles since. He still cuts every tree himself. "My hands tell me to quit; my customers tell me not to," he said.

The shop will hold an anniversary open house April 25.""",
gold=[("KAL018", "subject")]),

dict(guid="kal_fbr_2026_0527_coop", pub="2026-05-27T06:30:00-06:00",
title="Gilhooly retires after 38 years at Northwest Valley Electric",
body="""Northwest Valley Electric Cooperative operations manager Patrick "Paddy" Gilhooly will retire June 30 after 38 years with the co-op.

Gilhooly started as an apprentice lineman in 1988 and led the crews that rebuilt the Blankenship line after the 2017 windstorm. The co-op board named Dana Sorensen as his successor.""",
gold=[("KAL016", "subject")]),

dict(guid="kal_fbr_2026_0708_gallery", pub="2026-07-08T06:30:00-06:00",
title="Running Crane Gallery opens second location in Whitefish",
body="""Running Crane Beadwork & Gallery, the Columbia Falls shop that sells work by Blackfeet and Salish artists, opened a second location on Central Avenue in Whitefish on July 1.

Owner Darlene Running Crane, who started selling her own beadwork at the Columbia Falls farmers market in 2011, said the gallery now represents 42 artists.""",
gold=[("KAL014", "subject")]),

dict(guid="kal_fbr_2026_0819_tourism", pub="2026-08-19T06:30:00-06:00",
title="Bigfork summer sales tax collections up 6 percent",
body="""Resort tax collections in Bigfork rose 6 percent this summer over 2025, the county reported.

"The Fourth of July weekend was the busiest we've ever seen," said Harlan Fenstermacher Jr., president of the Bigfork Area Chamber of Commerce. Lodging operators reported occupancy above 90 percent from late June through August.""",
gold=[]),
]
