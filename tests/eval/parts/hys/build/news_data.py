"""Local news for the hys part, three sources. Every person and business is invented. Hand labels in `gold=`.

TV = KHPK NewsChannel 9 (Hays TV station site, HTML description)
WK = Trego-Ellis Weekly Courier (weekly, plain text)
BIZ = High Plains Business Roundup (business/community newsletter, teaser + HTML content:encoded)
"""

ITEMS = [
dict(feed="TV", guid="hys_khpk_20260114_0211", pub="2026-01-14T17:20:00-06:00",
title="Hays native named vice president at Smoky Hill Community Bank",
body="""HAYS, Kan. (KHPK) - Smoky Hill Community Bank has promoted Tristan Kuhn to vice president of agricultural lending.

Kuhn, a Hays native and Fort Hays State University graduate, joined the bank in 2012 as a teller and has led its farm and ranch loan team since 2021. He will oversee lending at the bank's Hays, Ellis and WaKeeney branches.

"Tristan knows every section road between here and Oakley," bank president Rhonda Schumacher said.""",
gold=[("HYS009", "subject")]),

dict(feed="WK", guid="hys_tewc_2026-02-05_anniversary-windholz", pub="2026-02-05T06:00:00-06:00",
title="Windholzes mark 50 years",
body="""Gene and Mary Lou (Basgall) Windholz of Victoria will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 15, in the St. Fidelis parish hall.

Eugene Windholz and Mary Lou Basgall were married Feb. 14, 1976, at St. Fidelis Church. They have farmed north of Victoria since their wedding. They have three children and seven grandchildren. The couple requests no gifts; cards may be sent to 620 Cathedral Ave., Victoria.""",
gold=[("HYS011", "subject"), ("HYS012", "subject")]),

dict(feed="BIZ", guid="hys_hpbr_2026-03-02_basgall-implement-50", pub="2026-03-02T07:00:00-06:00",
title="Basgall Implement turns 50",
body="""Basgall Implement, the farm equipment dealer on East 8th Street in Hays, marks 50 years in business this month.

Owner Jerome Basgall took over the dealership from his father, Alvin, in 1989 and added a second store in WaKeeney in 2008. The company now employs 34 people. An anniversary customer appreciation lunch is set for noon March 20.

"I bought my first swather here and my last one," said customer Lucas Sander of Plainville. "Jerome will still answer the phone on a Sunday in harvest."

Basgall said his daughter, Megan, will become general manager next year.""",
gold=[("HYS015", "subject")]),  # Lucas Sander quoted as a customer: nothing

dict(feed="TV", guid="hys_khpk_20260318_0347", pub="2026-03-18T21:10:00-05:00",
title="Grass fire destroys machine shed, equipment on Rooks County farm",
body="""PLAINVILLE, Kan. (KHPK) - A wind-driven grass fire destroyed a machine shed, a tractor and a pickup on a farm south of Plainville on Wednesday afternoon.

The farm belongs to Lucas and Brianna Sander. Rooks County Fire Chief Wade Roth said the fire started in a ditch along K-18 and jumped into the farmstead with gusts near 50 mph. The Sanders' house and cattle were not harmed.

"We got the kids and the dog and watched it go," Brianna Sander said. Neighbors have set up a fund at the Plainville State Bank.""",
gold=[("HYS017", "subject"), ("HYS018", "subject")]),

dict(feed="WK", guid="hys_tewc_2026-04-09_county-fair-judges", pub="2026-04-09T06:00:00-05:00",
title="Trego County Fair board names 2026 judges",
body="""The Trego County Fair board has announced judges for this summer's fair, July 21-25 in WaKeeney.

Returning judges include Leonard Befort of WaKeeney (open class woodworking), Marla Riedel of Collyer (foods) and Brent Stecklein of Ogallah (swine). New this year is Haley Kuhn of Hays, who will judge the photography entries.

Entry books are available at the extension office.""",
gold=[]),  # Leonard Befort as a judge: nothing

dict(feed="TV", guid="hys_khpk_20260422_0419", pub="2026-04-22T18:00:00-05:00",
title="Hays High senior named Presidential Scholar candidate",
body="""HAYS, Kan. (KHPK) - A Hays High School senior is one of two Kansans named candidates for the U.S. Presidential Scholars Program.

Ava Gottschalk, the daughter of Derek and Marisa Gottschalk of Hays, has a 4.0 grade point average, plays first-chair violin in the Salina Youth Symphony and plans to study biochemistry.

"She has been reading our textbooks since seventh grade," said her chemistry teacher, Dana Wolf.""",
gold=[("HYS010", "parent_of_subject")]),  # roster Marisa Werth-Gottschalk, spouse Derek

dict(feed="WK", guid="hys_tewc_2026-05-14_pfeifer-retires", pub="2026-05-14T06:00:00-05:00",
title="After 34 years, Mrs. Pfeifer closes the classroom door",
body="""Russell fourth-grade teacher Tess Pfeifer retires this month after 34 years at Simpson Elementary.

Theresa Pfeifer began teaching in Russell in 1992 and has taught close to 800 children to do long division, many of them the children of former students. A reception in her honor is planned for 3:30 p.m. May 20 in the school gym.

She and her husband, Dale, plan to spend more time with their grandchildren in Lawrence.""",
gold=[("HYS019", "subject")]),

dict(feed="BIZ", guid="hys_hpbr_2026-05-18_hammerschmidt-award", pub="2026-05-18T07:00:00-05:00",
title="Hays physician receives state rural medicine award",
body="""Dr. Anneliese Hammerschmidt, a family physician at High Plains Family Medicine in Hays, has received the Kansas Academy of Family Physicians' Rural Physician of the Year award.

Hammerschmidt has practiced in Hays since 2004 and runs weekly clinics in Ellis and WaKeeney. She also serves as medical director of three area nursing homes.

"She drives two hundred miles a week so our residents don't have to," said Trego Manor administrator Pat Dinges.""",
gold=[("HYS016", "subject")]),

dict(feed="BIZ", guid="hys_hpbr_2026-05-26_foundation-donors", pub="2026-05-26T07:00:00-05:00",
title="HaysMed Foundation gala raises $410,000 for cancer center",
body="""The hospital foundation's spring gala raised $410,000 for the expansion of the cancer center in Hays, organizers said.

Platinum sponsors included Smoky Hill Community Bank, Basgall Implement and Midwest Energy. Individual gifts of $5,000 or more came from Marvin and Darlene Schmidtberger, Jerome and Karen Basgall, and the Rev. Thomas Werth.

Foundation director Kristi Rohr thanked the 60 volunteers, led by Cheyenne Werth.""",
gold=[]),  # donors and a volunteer: nothing

dict(feed="WK", guid="hys_tewc_2026-06-04_births", pub="2026-06-04T06:00:00-05:00",
title="Births",
body="""Tyler and Cheyenne Werth of Hays announce the birth of a son, Bennett Tyler, born May 27, 2026, at Hays Medical Center. He weighed 8 pounds, 3 ounces. Grandparents are Randy and Lisa Werth of Hays and Doug and Kim Ruder of Oakley.

Ethan and Mallory Stecklein of Ogallah announce the birth of a daughter, Nora Jean, born May 30, 2026.""",
gold=[("HYS021", "parent_of_subject")]),

dict(feed="TV", guid="hys_khpk_20260612_0502", pub="2026-06-12T08:15:00-05:00",
title="Hail, 80 mph winds batter Hays and Victoria overnight",
body="""HAYS, Kan. (KHPK) - Residents of Hays and Victoria spent Friday morning sweeping up glass and tree limbs after a severe thunderstorm brought golf ball size hail and winds near 80 mph late Thursday.

Westar crews said about 4,200 customers lost power at the peak. On Canterbury Drive, Cheyenne Werth was holding her two-week-old son when the storm blew out the nursery window. "We were in the basement in about ten seconds," she said. No injuries were reported.

The city will pick up limbs left at the curb through June 26.""",
gold=[]),  # quoted storm witness (her home is in the storm area: weather outreach, not news)

dict(feed="WK", guid="hys_tewc_2026-06-25_ellis-citizen", pub="2026-06-25T06:00:00-05:00",
title="Rose Ann Leiker named Ellis Citizen of the Year",
body="""The Ellis Chamber of Commerce has named Rose Ann Leiker its 2026 Citizen of the Year.

Leiker, 87, has volunteered at the Ellis Senior Center lunch for 24 years and sewn more than 600 quilts for the Ellis County Crisis Pregnancy Center. She will ride in the Ellis Fourth of July parade and be honored at the chamber banquet July 10.

"I just keep my hands busy," she said.""",
gold=[("HYS005", "subject")]),

dict(feed="BIZ", guid="hys_hpbr_2026-07-06_karlin-hardware-sold", pub="2026-07-06T07:00:00-05:00",
title="Karlin Hardware in WaKeeney sold after 61 years in one family",
body="""Karlin Hardware, a fixture on Main Street in WaKeeney since 1965, has been sold to Brent and Ashley Riedel of Collyer.

Windy and Joyce Karlin have run the store since Wendelin Karlin's father, Valentin, retired in 1979. The Karlins will stay on through the fall to help with the transition and then retire.

"We sold nails by the pound and we still do," Joyce Karlin said.""",
gold=[("HYS007", "subject"), ("HYS008", "subject")]),

dict(feed="TV", guid="hys_khpk_20260714_0561", pub="2026-07-14T17:45:00-05:00",
title="Topeka science teacher Marvin Schmidtberger named Kansas Teacher of the Year",
body="""TOPEKA, Kan. (KHPK) - Marvin Schmidtberger, a 31-year-old chemistry teacher at Topeka West High School, has been named the 2027 Kansas Teacher of the Year.

Schmidtberger, who grew up in Garden City, built a mobile chemistry lab in a retired school bus that visits rural schools across eastern Kansas.""",
gold=[]),  # namesake far away and young (HYS003 is Marvin "Butch" Schmidtberger Jr. of Hays, b. 1952)
]
