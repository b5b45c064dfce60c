"""Local news for the prc part, hand-labelled. Feeds: 'tv' (KHGH Highlands 9, HTML descriptions), 'biz' (Quad
Cities Business Weekly, plain text), 'nbr' (Verde & Highlands Neighbors newsletter, teaser + content:encoded)."""

ITEMS = [
# ---------------- KHGH Highlands 9 (TV station site) ----------------
dict(feed="tv", guid="prc_khgh_20260123_0311", pub="2026-01-23T17:45:00-07:00",
title="Dewey-Humboldt fire captain hangs up his helmet after 30 years",
body="""DEWEY-HUMBOLDT, Ariz. (KHGH) - After three decades, 2,400 calls and one memorable rescue of a horse from a stock tank, Central Yavapai Fire Capt. Russell "Rusty" Ashworth worked his last shift Thursday.

Crews lined the apparatus bay at Station 61 as Ashworth, 67, walked out to a round of applause and a water-cannon salute. He joined the district as a volunteer in 1996.

"I'm going to learn to sleep through the night," he said. His wife, Jolene, said she has already drawn up a list of projects.""",
gold=[("PRC011", "subject")]),   # Jolene quoted: the retirement is Rusty's

dict(feed="tv", guid="prc_khgh_20260219_0388", pub="2026-02-19T18:10:00-07:00",
title="Camp Verde pastor honored for running warming shelter",
body="""CAMP VERDE, Ariz. (KHGH) - The pastor who opened his church's fellowship hall to anyone without a warm place to sleep this winter received the Verde Valley Humanitarian Award on Wednesday.

Pastor Marcus Haskie of Camp Verde Community Church accepted the award from the Verde Valley Regional Economic Organization at its annual luncheon in Cottonwood. The shelter has housed more than 300 people on freezing nights since December.

"People did this, not me," Haskie said. "I just unlocked the door." """,
gold=[("PRC016", "subject")]),

dict(feed="tv", guid="prc_khgh_20260415_0467", pub="2026-04-15T07:20:00-07:00",
title="Barn fire destroys hay, equipment on Chino Valley property",
body="""CHINO VALLEY, Ariz. (KHGH) - A fire late Tuesday destroyed a barn, about 200 tons of hay and a tractor on a property off Perkinsville Road.

The owners, Clayton and Brianna Moffitt, were able to move their horses to a neighbor's pasture before the roof collapsed, Chino Valley Fire District officials said. No one was hurt. The cause is under investigation.

"Everything in there can be replaced," Clay Moffitt said Wednesday morning. "The horses can't." """,
gold=[("PRC020", "subject")]),

dict(feed="tv", guid="prc_khgh_20260722_0590", pub="2026-07-22T21:30:00-07:00",
title="Granite Creek runs high through downtown Prescott after monsoon downpour",
body="""PRESCOTT, Ariz. (KHGH) - Granite Creek spilled over the Goodwin Street crossing Wednesday evening after nearly two inches of rain fell on the Prescott area in under an hour.

Water reached the porches of several homes along South Marina Street. "I've lived here twenty years and never seen it come up this fast," said Bev Hostetler, who watched from her front steps as neighbors sandbagged a driveway.

City crews closed Goodwin and Gurley streets for about two hours. No injuries were reported.""",
gold=[]),   # Bev Hostetler quoted as an eyewitness -> nothing (the flash flood warning is labelled separately)

dict(feed="tv", guid="prc_khgh_20260508_0502", pub="2026-05-08T16:00:00-07:00",
title="Tucson teacher Dolores Ybarra named Arizona Teacher of the Year",
body="""PHOENIX (KHGH) - A Tucson bilingual-education teacher is Arizona's 2027 Teacher of the Year.

Dolores Ybarra, 38, who teaches fourth grade at Ochoa Elementary in Tucson, was named at a ceremony at the state Capitol on Thursday. She will represent Arizona in the national program.""",
gold=[]),   # namesake of PRC003 (Lola Ybarra, 85, Prescott Valley) -> nothing

# ---------------- Quad Cities Business Weekly ----------------
dict(feed="biz", guid="prc_qcbw_20260209_2201", pub="2026-02-09T06:00:00-07:00",
title="YRMC Foundation gala raises record $1.2 million for cancer center",
body="""PRESCOTT - The Yavapai Regional Medical Center Foundation's Red Rock Gala raised a record $1.2 million Saturday for the new cancer center in Prescott Valley.

Presenting sponsors were Granite Peak Realty and Chino Valley Feed & Supply. Individual leadership donors included Harlan and Loretta Tewksbury, Anneliese Brandvold, Dr. Omar Fakhoury and the Sayre family.

Construction is to begin in the fall.""",
gold=[]),   # donor list -> nothing

dict(feed="biz", guid="prc_qcbw_20260316_2254", pub="2026-03-16T06:00:00-07:00",
title="Granite Peak Realty names Brandvold managing broker",
body="""PRESCOTT - Granite Peak Realty, the largest independent brokerage in the Quad Cities, has promoted Anneliese Brandvold to managing broker.

Brandvold, who joined the firm in 2009 as a buyer's agent, will oversee its 64 agents in Prescott, Prescott Valley and Chino Valley. She succeeds founder Ted Halvorsen, who remains chairman.""",
gold=[("PRC015", "subject")]),

dict(feed="biz", guid="prc_qcbw_20260504_2310", pub="2026-05-04T06:00:00-07:00",
title="Velarde's Tortillería marks 25 years on Camp Verde's Main Street",
body="""CAMP VERDE - When Ignacio "Nacho" Velarde Montoya and his wife, Rosalinda, opened Velarde's Tortillería in a former barbershop in 2001, they made 40 dozen tortillas a day by hand.

This month the couple marks 25 years in business with three delivery routes, 14 employees and a line out the door every Saturday. Their tortillas are now on the shelves of grocers from Flagstaff to Wickenburg.

"We never had a plan," Rosalinda Velarde said. "We just never closed." The couple will host an anniversary fiesta on May 16.""",
gold=[("PRC007", "subject"), ("PRC008", "subject")]),

dict(feed="biz", guid="prc_qcbw_20260608_2377", pub="2026-06-08T06:00:00-07:00",
title="Chino Valley council approves warehouse rezoning over farmers' objections",
body="""CHINO VALLEY - The Town Council voted 5-2 on Tuesday to rezone 160 acres along Road 2 North for a distribution warehouse.

Several farmers spoke against it. "Once you pave an alfalfa field, it never comes back," said Wendell Pruitt Jr., whose family has farmed nearby since 1958. The developer, Sonoran Logistics Partners, said the project would bring 300 jobs.""",
gold=[]),   # quoted at a meeting -> nothing

# ---------------- Verde & Highlands Neighbors (community newsletter) ----------------
dict(feed="nbr", guid="prc_vhn_20260110_milestones", pub="2026-01-10T08:00:00-07:00",
title="Clarkdale couple celebrates 50 years",
body="""Elwood "Woody" and Marjorie Stoneking of Clarkdale will celebrate their 50th wedding anniversary on January 17 with an open house at the Clarkdale Clubhouse from 2 to 5 p.m.

The couple were married January 17, 1976, at St. Catherine's Chapel in Jerome. Woody retired from the Verde Canyon Railroad, and Marjorie from the Clarkdale-Jerome School. They have two sons and four grandchildren. No gifts, please.""",
gold=[("PRC014", "subject")]),

dict(feed="nbr", guid="prc_vhn_20260314_births", pub="2026-03-14T08:00:00-07:00",
title="Welcome, little ones: March births at Verde Valley Medical Center",
body="""A son, Elias James, was born February 27 to Marcus and Renée Haskie of Camp Verde. He weighed 7 pounds, 9 ounces. He joins a big sister, Naomi.

A daughter, Maribel, was born March 3 to Joaquín and Lucy Paz of Cottonwood.""",
gold=[("PRC016", "subject")]),   # judgement call: a birth announcement belongs to the parents

dict(feed="nbr", guid="prc_vhn_20260418_scholars", pub="2026-04-18T08:00:00-07:00",
title="Bradshaw Mountain senior named Flinn Scholar",
body="""Daniela Arriola, a senior at Bradshaw Mountain High School, is one of twenty Arizona students named 2026 Flinn Scholars, a full scholarship to a state university with study abroad.

Daniela, who plans to study chemical engineering at Arizona State, is the daughter of Gustavo and Yesenia Arriola of Prescott Valley. She is the first Flinn Scholar from Bradshaw Mountain in nine years.""",
gold=[("PRC017", "parent_of_subject"), ("PRC018", "parent_of_subject")]),

dict(feed="nbr", guid="prc_vhn_20260509_chili", pub="2026-05-09T08:00:00-07:00",
title="Courthouse chili cook-off crowns a new champion",
body="""The Smoki Hill Chili Crew took the top prize at last Saturday's Courthouse Plaza chili cook-off, ending the Prescott Fire Department's four-year run.

Judges were Mary Lou Kimbrough, retired home-economics teacher; chef Alton Reyes of the Palace; and Prescott Mayor Phil Goode. Proceeds of $18,000 go to the Prescott Area Food Bank.""",
gold=[]),   # a judge -> nothing

dict(feed="nbr", guid="prc_vhn_20260620_rimtorim", pub="2026-06-20T08:00:00-07:00",
title="Cottonwood woman, 83, completes Grand Canyon rim-to-rim hike",
body="""Phyllis Dunnigan of Cottonwood did not let a hip replacement or her 83 years stop her: on June 11 she hiked the 24 miles from the North Kaibab trailhead to the South Rim in two days, with her grandson, Evan, beside her.

"I promised my late husband we'd do it together," Dunnigan said. "So I brought his hat." """,
gold=[("PRC021", "subject")]),

dict(feed="nbr", guid="prc_vhn_20260711_volunteers", pub="2026-07-11T08:00:00-07:00",
title="Prescott Valley names Lola Ybarra Volunteer of the Year",
body="""At 85, Dolores "Lola" Ybarra still shows up at the Prescott Valley Public Library every Tuesday and Thursday to teach English to adults, as she has since 2004.

The Town Council named her its 2026 Volunteer of the Year on Thursday. "She has taught more than 600 people to read a lease, a prescription and a ballot," library director Ann Sheehy said.""",
gold=[("PRC003", "subject")]),
]
