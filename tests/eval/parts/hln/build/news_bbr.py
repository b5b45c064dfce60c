"""The Big Belt Reporter: community weekly for Townsend, White Sulphur Springs, Boulder and Deer Lodge; teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "bbr"
ITEMS = [
dict(guid="hln_bbr_2026_03_12_library", pub="2026-03-12T06:00:00-06:00", title="Library addition fund reaches its goal",
body="""TOWNSEND - The Broadwater School and Community Library's building fund has passed its $400,000 goal, the library board announced at its March meeting.

The new children's wing will break ground in May. Major donors include the Broadwater Community Foundation, Bank of Townsend, Cliff and Dee Brekke of Helena, Jens Amundgaard, Duane Stoltenberg, the Trinity Lutheran quilters and the Townsend Lions Club.

"Every dollar came from somebody who grew up with this library or whose kids did," board chair Nancy Yedlicka said.""",
gold=[]),

dict(guid="hln_bbr_2026_05_28_anniversary", pub="2026-05-28T06:00:00-06:00", title="Ostranders to mark 60 years of marriage",
body="""DEER LODGE - Wendell "Bud" and Ione (Rasmussen) Ostrander of Deer Lodge will celebrate their 60th wedding anniversary on June 4.

They were married June 4, 1966, at St. Mary's Catholic Church in Deer Lodge. Bud ranched in the Little Blackfoot valley and drove truck for the county; Ione taught second grade at Myrtle Lowney Elementary for 32 years.

Their children invite friends to an open house from 2 to 5 p.m. Sunday, June 7, at the Deer Lodge Community Center. No gifts, please; cards may be sent to 415 Missouri Ave., Deer Lodge.""",
gold=[("HLN006", "subject"), ("HLN007", "subject")]),

dict(guid="hln_bbr_2026_06_04_retire", pub="2026-06-04T06:00:00-06:00", title="Boulder Elementary bids farewell to Mrs. Koenig after 33 years",
body="""BOULDER - When the last bell rang at Boulder Elementary on Friday, it rang for Trish Koenig too.

Koenig retires after 33 years of teaching third grade in Boulder, long enough to have taught the children of her first students. Colleagues surprised her with a hallway lined with letters from former pupils, one of them now the school's principal.

Koenig said she plans to garden, visit her grandchildren in Whitehall and spend more time at the river. Her husband, Rudy, has already bought her a new fly rod.""",
gold=[("HLN009", "subject")]),

dict(guid="hln_bbr_2026_08_20_fair", pub="2026-08-20T06:00:00-06:00", title="Meagher County Fair open class results",
body="""WHITE SULPHUR SPRINGS - Hazel Ruebke has done it again. The 89-year-old White Sulphur Springs baker won her 40th blue ribbon for rhubarb pie at the Meagher County Fair on Saturday, a record the fair board believes no one will break.

"I use my mother's crust and I don't tell anybody what's in the filling," Ruebke said.

Other open-class results: quilts, Darla Voss; canned vegetables, Amy Hoiland; bread, Coleen Birkeland. Pies were judged by the Rev. Ingrid Bjornstad of Boulder and Meagher County extension agent Sam Trask. Ellie Saukko placed second in jams and jellies.""",
gold=[("HLN016", "subject")]),

dict(guid="hln_bbr_2026_09_10_centenarian", pub="2026-09-10T06:00:00-06:00", title="Butte woman turns 100 with a polka",
body="""BUTTE - Mary Lou Kovacich celebrated her 100th birthday on Sunday at the Croatian Hall in Butte with a polka band, a sheet cake and about 150 friends.

Born in Walkerville in 1926, she worked at the Hennessy's department store for 38 years. She still lives on her own on the Butte hill and says her secret is "povitica and minding your own business." """,
gold=[]),
]
