"""Local news for the pln part, three sources (feed key): tv = Northern 8 WNMB (TV station site, HTML description),
biz = Northern Michigan Business Review (plain text), cn = Tip of the Mitt Community Notes (teaser + HTML in
content:encoded). Hand-labelled (`gold`)."""

ITEMS = [
# ------------------------------------------------ Northern 8 (TV)
dict(feed="tv", guid="pln_wnmb_20260303_kuebler_fire", pub="2026-03-03T18:20:00-05:00",
title="Boyne City couple escapes early-morning house fire",
body="""BOYNE CITY, Mich. (WNMB) - A Boyne City couple made it out of their burning home early Tuesday morning with only their coats and their cat.

Norb and Ginny Kuebler said a smoke detector woke them just after 4 a.m. at their home on Boyne Avenue. By the time Boyne City firefighters arrived, flames had spread from the attached garage into the kitchen. Crews from Boyne Valley Township and East Jordan helped fight the fire in 8-degree weather.

"You don't think about anything but getting out," Ginny Kuebler said. The house is a total loss. Neighbors have set up a collection at the Boyne City Eagles hall.""",
gold=[("PLN021", "subject"), ("PLN022", "subject")]),

dict(feed="tv", guid="pln_wnmb_20260318_solanki_award", pub="2026-03-18T17:45:00-04:00",
title="Petoskey doctor named Michigan's rural family physician of the year",
body="""PETOSKEY, Mich. (WNMB) - A Petoskey family doctor who still makes house calls on Beaver Island has been named Michigan's Rural Family Physician of the Year.

Dr. Amrita Solanki, who has practiced in Petoskey since 2006, received the award from the Michigan Academy of Family Physicians in Lansing on Tuesday. Colleagues nominated her for starting a mobile clinic that visits Harbor Springs, Alanson and Pellston twice a month.

"Northern Michigan gave me a home," Solanki said. "This is the least I can do." """,
gold=[("PLN013", "subject")]),

dict(feed="tv", guid="pln_wnmb_20260715_storm_cleanup", pub="2026-07-15T12:30:00-04:00",
title="Storm cleanup continues in Charlevoix and Boyne City",
body="""CHARLEVOIX, Mich. (WNMB) - Crews worked through the night to clear downed trees after Tuesday evening's severe thunderstorm knocked out power to about 9,000 customers in Charlevoix County.

The worst damage was along Lake Shore Drive and Belvedere Avenue, where a century-old maple fell across the road. Lineman crews from Great Lakes Energy expect to restore power by Thursday.

Howie Pelletier, who drove over from Indian River with a chainsaw to help his cousin, said it reminded him of the 1998 storm. "I've seen worse," he said, "but not by much." """,
gold=[]),

dict(feed="tv", guid="pln_wnmb_20260602_stonge_retires", pub="2026-06-02T18:05:00-04:00",
title="Cheboygan's 'school mom' retires after 34 years",
body="""CHEBOYGAN, Mich. (WNMB) - For 34 years, nobody got into Cheboygan Area High School without passing Mary Jo St. Onge.

The longtime front-office secretary retired Friday, and students lined the hallway to applaud her out of the building for the last time. St. Onge started at the school in 1992 and has, by her own estimate, handed out 20,000 tardy slips and 40,000 band-aids.

She said she plans to spend more time with her grandchildren and on the Black Lake shore.""",
gold=[("PLN006", "subject")]),

dict(feed="tv", guid="pln_wnmb_20260821_fettig_chili", pub="2026-08-21T19:10:00-04:00",
title="Grand Rapids cook takes state chili title",
body="""GRAND RAPIDS, Mich. (WNMB) - A Grand Rapids line cook won the Michigan State Chili Championship on Saturday with a venison-and-cherry recipe.

Brandon Fettig, 29, of Grand Rapids, beat 64 other cooks at the event at Rosa Parks Circle. He said the cherries came from his grandmother's farm near Traverse City.""",
gold=[]),

# ------------------------------------------------ Northern Michigan Business Review
dict(feed="biz", guid="pln_nmbr_20260224_baase_cfo", pub="2026-02-24T07:00:00-05:00",
title="Boyne Valley Credit Union names new chief financial officer",
body="""BOYNE CITY - Boyne Valley Credit Union has promoted Kristin Baase to chief financial officer, effective March 1.

Baase, a Boyne City native and certified public accountant, joined the credit union as controller in 2014. She succeeds Gary Lindholm, who retires after 22 years. CEO Rachel Amsden said Baase led the credit union through its 2023 merger with Jordan Valley Federal.""",
gold=[("PLN008", "subject")]),

dict(feed="biz", guid="pln_nmbr_20260505_tippett_gallery", pub="2026-05-05T07:00:00-04:00",
title="Tippett Gallery marks 25 years on Main Street",
body="""HARBOR SPRINGS - Tippett Gallery will celebrate its 25th anniversary this month with a show of work by the 25 northern Michigan artists it has represented longest.

Owner Roz Tippett opened the gallery in a former barber shop at 146 E. Main St. in 2001 with borrowed money and eleven paintings. It now represents 60 artists and ships to collectors in 30 states. "Harbor Springs was a summer town when I started," Tippett said. "Now I'm open in February, and people come." """,
gold=[("PLN016", "subject")]),

dict(feed="biz", guid="pln_nmbr_20260610_vanderwall_marine", pub="2026-06-10T07:00:00-04:00",
title="Vanderwall Marine turns 50 on Round Lake",
body="""CHARLEVOIX - Vanderwall Marine, the boat repair and storage yard on Round Lake, marks its 50th anniversary this summer.

The business was founded in 1976 by the late Duane Vanderwall Sr. and is owned today by his son, Butch Vanderwall, and Butch's wife, Patti, who runs the office. The yard now stores 400 boats a winter and employs 14 people. A third generation, grandson Cole, joined the shop last year.""",
gold=[("PLN004", "subject"), ("PLN005", "subject")]),

dict(feed="biz", guid="pln_nmbr_20260915_hospital_donors", pub="2026-09-15T07:00:00-04:00",
title="Hospital foundation campaign reaches $12 million goal",
body="""PETOSKEY - The McLaren Northern Michigan Foundation has reached the $12 million goal of its cancer center campaign, a year ahead of schedule.

Leadership donors recognized at Thursday's celebration included the Petoskey Rotary Club, Darlene Kowalske in memory of her husband Gerry, Patti and Butch Vanderwall, Bay Harbor Company and the estate of Eleanor Thibault. Campaign chair Dr. Amrita Solanki thanked "every family who gave $5 or $500,000." """,
gold=[]),

# ------------------------------------------------ Tip of the Mitt Community Notes
dict(feed="cn", guid="pln_tmcn_20260310_spelling_bee", pub="2026-03-10T09:00:00-04:00",
title="Petoskey fifth-grader wins regional spelling bee",
body="""Emma Fettig, a fifth-grader at Central Elementary in Petoskey, won the Northern Michigan Regional Spelling Bee on Saturday by correctly spelling "bouillabaisse."

Emma, 10, the daughter of Brandon and Kayla Fettig of Petoskey, will represent the region at the state bee in Lansing next month. She outlasted 38 spellers from Emmet, Charlevoix and Cheboygan counties.""",
gold=[("PLN014", "parent_of_subject"), ("PLN015", "parent_of_subject")]),

dict(feed="cn", guid="pln_tmcn_20260414_oberlin_birth", pub="2026-04-14T09:00:00-04:00",
title="Births at McLaren Northern Michigan",
body="""Tamsin and Jared Oberlin of Petoskey welcomed a daughter, Willa Jean, on April 6. She weighed 7 pounds, 9 ounces. Grandparents are Tom and Susan Oberlin of Bay View and Carl and Dena Whitcomb of Kalamazoo.""",
gold=[("PLN020", "subject")]),

dict(feed="cn", guid="pln_tmcn_20260519_pelletier_50th", pub="2026-05-19T09:00:00-04:00",
title="Pelletiers celebrate 50 years",
body="""Howard "Howie" and Jeanette (LaHaie) Pelletier of Indian River celebrated their 50th wedding anniversary on May 15. They were married May 15, 1976, at St. Mary Church in Cheboygan. Their children, Renee and Marc, hosted an open house at the Indian River Sportsman's Club. Cards may be sent to the couple at 4420 S. Straits Hwy.""",
gold=[("PLN009", "subject"), ("PLN010", "subject")]),

dict(feed="cn", guid="pln_tmcn_20260623_kewaykabo_elder", pub="2026-06-23T09:00:00-04:00",
title="Harbor Springs elder honored for language work",
body="""The Little Traverse Bay Bands of Odawa Indians honored Lorraine "Rainy" Kewaykabo of Harbor Springs with its Elders' Lifetime Achievement Award at the Odawa Homecoming Pow Wow on Saturday.

Kewaykabo, 84, has recorded more than 300 hours of Anishinaabemowin stories for the tribe's language archive and taught beading to children at the community center for four decades.""",
gold=[("PLN003", "subject")]),

dict(feed="cn", guid="pln_tmcn_20260804_venetian_judges", pub="2026-08-04T09:00:00-04:00",
title="Venetian Festival boat parade winners announced",
body="""The Lakeshore family of Charlevoix took first place in the Venetian Festival boat parade on Saturday night with a lighted replica of the Mackinac Bridge. Second place went to the crew of the Miss Round Lake.

This year's judges were Signe Koivisto, retired Charlevoix art teacher; Mayor Luther Craig; and Dale Hemmer of the Charlevoix Area Chamber of Commerce.""",
gold=[]),

dict(feed="cn", guid="pln_tmcn_20260818_cheboygan_fair", pub="2026-08-18T09:00:00-04:00",
title="Cheboygan County Fair ribbons: pies and preserves",
body="""Wendell Gurzick of East Jordan took best of show in the open-class pie competition at the Cheboygan County Fair with a tart cherry lattice. Second place went to Marlene Sobczak of Onaway.

Ted Wojtaszek of Cheboygan, a fair volunteer for 40 years, said the pie tent drew its biggest crowd since 2019. "People will stand in line an hour for pie," he said.""",
gold=[]),
]
