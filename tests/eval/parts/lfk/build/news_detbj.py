"""Deep East Texas Business Journal (monthly/online): business news, plain text. Hand-labelled."""

FEED = "detbj"
ITEMS = [
dict(guid="lfk_detbj_2026_0130_sessions", pub="2026-01-30T08:00:00-06:00", title="Sessions retires after 38 years at Houston County Electric Co-op",
body="""CROCKETT - Jimmie Don Sessions, operations manager of Houston County Electric Cooperative, retired Friday after 38 years with the co-op.

Sessions started as a groundman in 1988 and led the co-op's crews through Hurricane Rita and the 2021 winter storm. "Jimmie Don is the reason half this county got its lights back in three days instead of three weeks," general manager Paul Dailey said.

Sessions said he and his wife, Kathy, plan to spend more time at Lake Livingston and with their grandchildren.""",
gold=[("LFK006", "subject")]),   # Kathy named only as his wife: nothing (judgement call, see README)

dict(guid="lfk_detbj_2026_0202_eldridge", pub="2026-02-02T08:00:00-06:00", title="Angelina Forest Products names Eldridge plant manager in Diboll",
body="""DIBOLL - Angelina Forest Products has named Curtis Eldridge manager of its Diboll sawmill and planer complex, the company's largest, with 410 employees.

Eldridge, of Lufkin, has been with the company for 22 years, most recently as production superintendent. He succeeds Wayne Pate, who is retiring. Eldridge holds a forestry degree from Stephen F. Austin State University.""",
gold=[("LFK018", "subject")]),

dict(guid="lfk_detbj_2026_0408_stubblefield", pub="2026-04-08T08:00:00-05:00", title="Stubblefield Feed & Hardware marks 50 years on South Chestnut",
body="""LUFKIN - Stubblefield Feed & Hardware will celebrate its 50th anniversary with a customer appreciation barbecue on Saturday.

Garland "Cotton" Stubblefield opened the store in 1976 with a $6,000 loan and a borrowed forklift. He and his wife, Brenda, who has kept the books since the first day, still open the doors at 6:30 every morning.

"We sell the same things we did in '76, feed, fencing and advice," Stubblefield said. "The advice is still free." """,
gold=[("LFK012", "subject"), ("LFK013", "subject")]),

dict(guid="lfk_detbj_2026_0715_drought", pub="2026-07-15T08:00:00-05:00", title="Hay prices climb as drought tightens grip on East Texas",
body="""LUFKIN - Round bales of coastal Bermuda that sold for $45 last summer are bringing $80 and more at Angelina and Nacogdoches county sales, as a dry June left many pastures brown.

"I've got ranchers coming in from Crockett and Center asking if I know anybody with hay," said Cotton Stubblefield of Stubblefield Feed & Hardware in Lufkin. "I don't."

AgriLife Extension agents are urging producers to test stored hay and cull early.""",
gold=[]),   # quoted source

dict(guid="lfk_detbj_2026_1020_pitch", pub="2026-10-20T08:00:00-05:00", title="Nacogdoches food truck wins Hispanic Chamber pitch contest",
body="""LUFKIN - Las Comadres, a Nacogdoches food truck known for its brisket tamales, won the $10,000 first prize in the Angelina County Hispanic Chamber of Commerce's annual pitch competition Thursday.

Owners Yesenia and Carla Mendoza plan to buy a second truck. Judges were Lupe Ocampo Rangel of the Angelina College Small Business Development Center, banker Steve Hollis and restaurateur Dan Nguyen.""",
gold=[]),   # a judge
]
