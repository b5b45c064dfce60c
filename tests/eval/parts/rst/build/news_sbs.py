"""Stewartville-Byron Star (invented community weekly for Stewartville, Byron, Pine Island and Chatfield): teaser
in description, HTML in content:encoded. Hand-labelled."""

FEED = "sbs"
ITEMS = [
dict(guid="rst_sbs_2026_0528_eagle", pub="2026-05-28T08:00:00-05:00", title="Byron Scout's trail bridge earns him Eagle rank",
body="""BYRON - Hikers on the Oxbow Park trail can now cross Salem Creek without wading, thanks to Owen Ruesink.

Ruesink, 17, the son of Toby and Kara Ruesink of Byron, earned the rank of Eagle Scout this month for designing and building a 24-foot timber footbridge with Troop 82. He raised $6,400 for materials, much of it selling root beer from his parents' brewery at the county fair. He will be a senior at Byron High School in the fall.""",
gold=[("RST022", "parent_of_subject")]),

dict(guid="rst_sbs_2026_0618_anniv", pub="2026-06-18T08:00:00-05:00", title="Oftedahls mark 50 years",
body="""PINE ISLAND - Lavern and Joyce (Pahl) Oftedahl of Pine Island will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 21, at Pine Island Lutheran Church.

The couple were married June 19, 1976, at St. Paul's Catholic Church in Zumbrota. Lavern farmed and drove for the Pine Island Co-op; Joyce was the school nurse at Pine Island Elementary for 28 years. Their children, Brent (Amy) Oftedahl and Kristi (Joel) Lexvold, are hosting. No gifts, please; cards may be sent to 310 Main St. S.""",
gold=[("RST011", "subject"), ("RST012", "subject")]),

dict(guid="rst_sbs_2026_0806_quilts", pub="2026-08-06T08:00:00-05:00", title="Chatfield quilter's 1,000th quilt heads overseas",
body="""CHATFIELD - When MaryJo Hvinden tied the last knot on a blue-and-yellow log-cabin quilt last week, she finished the 1,000th quilt she has made for Lutheran World Relief since 1974.

Hvinden, 78, works in the basement of Chatfield Lutheran Church every Tuesday with a group that has shrunk from 30 women to seven. "I'm not stopping at a thousand," she said. "That's just a number somebody wrote on a calendar." The church will hold a quilt blessing in her honor on Sept. 13.""",
gold=[("RST014", "subject")]),  # roster Mary Jo

dict(guid="rst_sbs_2026_0903_lions", pub="2026-09-03T08:00:00-05:00", title="Byron Lions thank sweet-corn feed sponsors",
body="""BYRON - The Byron Lions Club served 4,200 ears of sweet corn at its annual feed on Aug. 22 and raised $11,300 for the Byron food shelf and scholarships.

The club thanks its sponsors: Byron Hardware Hank, Ruesink Brewing Co., Kasson State Bank, Dag and Roz Skjervheim, the Eyota Feed Mill, Ambrose Yetzer, and Hallsten-Kjos Funeral Home. Volunteers from the Byron High School football team shucked corn all afternoon.""",
gold=[]),  # sponsor list: nothing

dict(guid="rst_sbs_2026_1008_retire", pub="2026-10-08T08:00:00-05:00", title="Stewartville kindergarten teacher retires after 34 years",
body="""STEWARTVILLE - After 34 years and, by her count, 816 kindergartners, Billie Gravdahl taught her last class at Bear Cave Intermediate School on Friday.

Gravdahl, a Stewartville native and the daughter of the late implement dealer Bart Vandekamp Sr., started teaching in 1992. Former students lined the hallway to cheer her out of the building on her last day. "Some of them are parents of my current students," she said. "A few are grandparents. I don't want to talk about it."

She and her husband, Neil, plan to spend the winter in Mesa, Ariz.""",
gold=[("RST021", "subject")]),  # roster Wilhelmina "Billie", maiden Vandekamp
]
