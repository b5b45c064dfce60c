"""Local news for part bkx: a TV station site, a weekly paper, a community newsletter. Hand labels in gold=[...]."""

# 1. Dakota 7 News (KDKS, Sioux Falls / Watertown bureau): TV station site, HTML descriptions
TV = [
dict(guid="bkx_kdks_20260211_madison_fire", pub="2026-02-11T18:20:00-06:00",
title="Madison couple escapes farmhouse fire",
body="""MADISON, S.D. (KDKS) - A rural Madison couple is safe after fire destroyed their farmhouse early Wednesday.

Gary and Phyllis Wieczorek woke to smoke alarms just after 2 a.m. and got out with their two dogs, the Madison Volunteer Fire Department said. Crews from Madison and Chester fought the fire in 15-below wind chills.

"Everything we had was in there, but we have each other," Phyllis Wieczorek said. The fire is believed to have started near a wood stove. Neighbors have set up a fund at First Bank & Trust in Madison.""",
gold=[("BKX010", "subject"), ("BKX011", "subject")]),

dict(guid="bkx_kdks_20260404_ffa", pub="2026-04-04T17:45:00-05:00",
title="Sioux Valley sophomore wins state FFA speaking contest",
body="""BROOKINGS, S.D. (KDKS) - A Volga teenager is headed to the national FFA convention after winning the state extemporaneous speaking contest at the South Dakota FFA Convention in Brookings this week.

Bennett Tvedt, a sophomore at Sioux Valley High School and the son of Marcus and Annika Tvedt of Volga, spoke on drought resilience in soybean rotations. "I had four minutes to prepare and I just thought about Dad's fields," Bennett said.""",
gold=[("BKX014", "parent_of_subject"), ("BKX013", "parent_of_subject")]),

dict(guid="bkx_kdks_20260716_storm_cleanup", pub="2026-07-16T12:10:00-05:00",
title="Brookings cleans up after hail and 70 mph winds",
body="""BROOKINGS, S.D. (KDKS) - Crews spent Thursday clearing downed branches across Brookings after a severe thunderstorm brought golf ball-size hail and winds near 70 mph Wednesday evening.

City forestry crews said more than 200 trees were damaged, most of them near Pioneer Park and along Medary Avenue. No injuries were reported.

"It sounded like somebody was throwing rocks at the house for ten minutes," said Trent Stoltenburg, who was picking up shingles in his yard. Brookings Municipal Utilities restored power to about 1,800 customers overnight.""",
gold=[]),

dict(guid="bkx_kdks_20260820_prairie_led", pub="2026-08-20T16:30:00-05:00",
title="Prairie LED Systems names Stoltenburg vice president of engineering",
body="""BROOKINGS, S.D. (KDKS) - Brookings display maker Prairie LED Systems has promoted a homegrown engineer to lead its engineering division.

Trent Stoltenburg, 38, a Brookings native and SDSU electrical engineering graduate, was named vice president of engineering on Monday. Stoltenburg joined the company as an intern in 2009 and led the design of its stadium scoreboard line.""",
gold=[("BKX019", "subject")]),

dict(guid="bkx_kdks_20261002_fargo_coach", pub="2026-10-02T21:05:00-05:00",
title="Fargo coach with South Dakota roots earns national honor",
body="""FARGO, N.D. (KDKS) - Fargo Davies girls basketball coach Marcus Tvedt has been named National Coach of the Year by the National High School Athletic Coaches Association.

Tvedt, 34, who grew up in Fargo and played at Minnesota State Moorhead, led the Eagles to back-to-back North Dakota Class A titles.""",
gold=[]),
]

# 2. The Lake Area Leader (weekly, Madison / Arlington / Watertown), plain text
WEEKLY = [
dict(guid="bkx_leader_260319_retire", pub="2026-03-19T08:00:00-05:00",
title="Schlimgen retires after 38 years at Watertown Municipal Utilities",
body="""After 38 years of keeping the lights on in Watertown, line superintendent Duane Schlimgen retired March 13.

Schlimgen started at Watertown Municipal Utilities as a groundman in 1988 and led the crews through the 1997 ice storm. A retirement open house will be held 2-4 p.m. Sunday at the Watertown Event Center.

He and his wife, Kathy, plan to spend more time at their cabin on Lake Kampeska.""",
gold=[("BKX012", "subject")]),

dict(guid="bkx_leader_260507_feterl", pub="2026-05-07T08:00:00-05:00",
title="Feterl Implement marks 50 years on Madison's east side",
body="""Feterl Implement will celebrate 50 years in business with a customer appreciation day on Saturday.

The dealership was founded in 1976 by the late Dwayne Feterl Sr. and has been owned since 2005 by his son, Dwayne Feterl Jr., who grew it from four employees to 22. "Dad would have loved to see this day," Feterl Jr. said. "He'd have been out front grilling."

The day includes a free lunch, a kids' pedal-tractor pull and equipment demonstrations.""",
gold=[("BKX006", "subject")]),

dict(guid="bkx_leader_260611_anniv", pub="2026-06-11T08:00:00-05:00",
title="Vander Wals to celebrate 50th anniversary",
body="""Kerm and JoAnn Vander Wal of Watertown will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 21, at First Reformed Church, Watertown.

Kermit Vander Wal and JoAnn Thorson were married June 19, 1976, at Our Savior's Lutheran Church in Clear Lake. Their children request a card shower; no gifts, please.""",
gold=[("BKX004", "subject"), ("BKX005", "subject")]),

dict(guid="bkx_leader_260730_4h", pub="2026-07-30T08:00:00-05:00",
title="Lake County 4-H Achievement Days results",
body="""Lake County 4-H members showed 312 exhibits at Achievement Days last week at the Lake County Fairgrounds.

Purple ribbons in beef went to Kaden Ott, Madison, and Brynn Schaefer, Chester. Leland Hofer of Watertown judged the beef show, and Wendell Kopecky of Madison judged static exhibits in woodworking.

Grand champion foods exhibit went to Ellie Kappel of Chester for her kuchen.""",
gold=[]),

dict(guid="bkx_leader_260910_kopecky", pub="2026-09-10T08:00:00-05:00",
title="Kopecky named Lake County Volunteer of the Year",
body="""Wendell Kopecky of Madison has been named the 2026 Lake County Volunteer of the Year by the Madison Area Chamber of Commerce.

Kopecky, a retired Dakota State University carpenter, has built more than 40 wheelchair ramps for elderly and disabled neighbors since 2015, most of them with lumber he bought himself. He will be honored at the chamber banquet Oct. 3.""",
gold=[("BKX017", "subject")]),

dict(guid="bkx_leader_261015_organist", pub="2026-10-15T08:00:00-05:00",
title="Arlington organist honored for 60 years at the keyboard",
body="""Trinity Lutheran Church in Arlington honored Marvie Jorgenson on Sunday for 60 years as the congregation's organist.

Jorgenson, 82, first played for a service in October 1966, as a young bride. She has played for more than 3,000 Sunday services, 400 weddings and "more funerals than I want to count," she said with a laugh.""",
gold=[("BKX018", "subject")]),
]

# 3. Brookings Area Neighbors (community newsletter: schools, SDSU, churches, library), teaser + content:encoded
NEWSLETTER = [
dict(guid="bkx_ban_2026_03_teaching", pub="2026-03-25T09:00:00-05:00",
title="SDSU's Moe-Halvorson wins statewide teaching award",
body="""Dr. Kristin Moe-Halvorson, professor of nursing at South Dakota State University, has received the Board of Regents Award for Teaching Excellence.

Moe-Halvorson has taught at SDSU since 2003 and started the college's rural simulation lab, which takes nursing students to critical-access hospitals in De Smet, Arlington and Clear Lake.""",
gold=[("BKX009", "subject")]),

dict(guid="bkx_ban_2026_05_birth", pub="2026-05-05T09:00:00-05:00",
title="New arrivals at Brookings Health System",
body="""Born to Tollef and Kayla Oyen of Brookings, a daughter, Solveig Ruth, April 28, 2026, 7 lb. 4 oz. Grandparents are Dale and Connie Oyen of Sioux Falls.

Born to Derek and Mia Nguyen of Brookings, a son, Elias, April 30, 2026.""",
gold=[("BKX008", "subject")]),

dict(guid="bkx_ban_2026_06_library", pub="2026-06-18T09:00:00-05:00",
title="Volga library expansion reaches its goal",
body="""The Volga Public Library's children's wing campaign has reached its $240,000 goal, the library board announced.

Gifts of $1,000 or more came from the Volga Community Foundation, Sioux Valley Co-op, Bev Gullickson, LaVonne Rudebusch, the Tvedt family and the estate of Helen Ness. Construction begins in September.""",
gold=[]),

dict(guid="bkx_ban_2026_09_pastor", pub="2026-09-06T09:00:00-05:00",
title="Pastor Tor Ekstrand to retire after 30 years at First Lutheran",
body="""After 30 years as senior pastor of First Lutheran Church in Brookings, the Rev. Torvald "Tor" Ekstrand will retire at the end of November.

Ekstrand came to Brookings from a rural parish near Bemidji, Minn., in 1996. He and his wife, Ingrid, plan to stay in Brookings. A farewell potluck is planned for Nov. 29.""",
gold=[("BKX016", "subject")]),

dict(guid="bkx_ban_2026_08_quilt", pub="2026-08-12T09:00:00-05:00",
title="Brookings quilter takes best of show at state fair",
body="""Marcy Kranz of Brookings won best of show in quilting at the South Dakota State Fair in Huron with "Prairie Star," a hand-quilted queen-size quilt that took her two winters to finish.""",
gold=[]),  # BKX007 is do_not_contact
]

FEEDS = {"tv": TV, "weekly": WEEKLY, "newsletter": NEWSLETTER}
