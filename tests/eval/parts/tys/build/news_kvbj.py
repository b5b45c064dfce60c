"""Knox Valley Business Journal: weekly business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="tys_kvbj_2026_0210_outfitters", pub="2026-02-10T06:00:00-05:00", title="Little Pigeon Outfitters opens second store in Pigeon Forge",
body="""SEVIERVILLE - Little Pigeon Outfitters, the fly shop and kayak rental that Marcus and Kendra Delozier opened in a former feed store in 2014, will open a second location on the Parkway in Pigeon Forge next month.

The Sevierville couple signed a lease on a 6,000-square-foot storefront and plan to hire twelve people. "Half our rental customers were driving in from Pigeon Forge anyway," Kendra Delozier said.

Travis Headrick, a Pigeon Forge fishing guide who books trips through the shop, said the new store will be "a lot closer to the water I fish." """,
gold=[("TYS014", "subject"), ("TYS015", "subject")]),

dict(guid="tys_kvbj_2026_0303_cardiology", pub="2026-03-03T06:00:00-05:00", title="Tennessee Valley Heart Institute names new chief of cardiology",
body="""KNOXVILLE - Tennessee Valley Heart Institute has named Dr. Priyanka Venkataraghavan chief of cardiology, effective April 1.

Venkataraghavan, an interventional cardiologist, joined the institute in 2013 after a fellowship at Vanderbilt and has led its structural-heart program since 2020. She succeeds Dr. Alan Morrow, who is retiring after 31 years.""",
gold=[("TYS011", "subject")]),

dict(guid="tys_kvbj_2026_0407_smallbiz", pub="2026-04-07T06:00:00-04:00", title="Taquería owner is Hispanic chamber's Small Business of the Year",
body="""KNOXVILLE - Rodolfo "Rudy" Quintanilla, who opened Taquería Los Altos on Broadway in a former tire shop in 2009, was named Small Business Person of the Year by the East Tennessee Hispanic Chamber of Commerce at its gala Thursday.

The restaurant now employs 22 people and sells its salsas in eleven grocery stores across Knox and Blount counties. Quintanilla started as a dishwasher at a Cedar Bluff steakhouse in 1991.

This year's judges were Roz D'Arcangelo of Roz's Cannoli Co., banker Hector Villalobos and Pellissippi State professor Ann Murrell.""",
gold=[("TYS007", "subject")]),

dict(guid="tys_kvbj_2026_0512_cannoli", pub="2026-05-12T06:00:00-04:00", title="Roz's Cannoli Co. moves into former Farragut bank branch",
body="""FARRAGUT - Roz's Cannoli Co. will triple its space this summer when it moves into a former bank branch on Kingston Pike.

Owner Rosalind "Roz" D'Arcangelo, who started the bakery in her kitchen in 2016 and opened a storefront in 2019, said the vault will become a walk-in cooler. "Finally a safe place for the ricotta," she said. The move adds eight jobs.""",
gold=[("TYS008", "subject")]),
]
