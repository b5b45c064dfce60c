"""Sun Belt & Lakes Business Journal, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="sblbj-2026-0140", pub="2026-01-28T06:00:00-06:00", title="Ortega Tire opens third Dalton location",
body="""DALTON, Ga. - Ortega Tire & Alignment will open its third store next month on Walnut Avenue, owner Ruben Ortega said Tuesday. The family business, started in a two-bay garage in 1998, now employs 41 people.

"Carpet built this town, but everybody still needs tires," said Chamber of Commerce president Lydia Haskins.""",
gold=[("P021", "subject")]),
dict(guid="sblbj-2026-0188", pub="2026-02-19T06:00:00-06:00", title="Appleton engineering firm names new president",
body="""APPLETON, Wis. - Fox River Controls has promoted Mark Brandvold to president, effective March 1. Brandvold, who joined the firm as a draftsman in 1995, succeeds founder Gerald Timm, who is retiring.

The company makes control panels for paper mills.""",
gold=[("P007", "subject")]),
dict(guid="sblbj-2026-0231", pub="2026-03-12T06:00:00-05:00", title="Norfolk pho restaurant wins regional award",
body="""NORFOLK, Va. - A Granby Street restaurant has been named the best family-owned restaurant in Hampton Roads by the Virginia Restaurant Association. Pho Saigon Granby, opened in 2004 by Thanh and Linh Nguyen, was cited for its broth and for training dozens of young cooks.

"Every morning at 4 a.m. the bones go in," Linh Nguyen said.""",
gold=[("P023", "subject"), ("P024", "subject")]),
dict(guid="sblbj-2026-0290", pub="2026-04-08T06:00:00-05:00", title="Oshkosh credit union completes merger",
body="""OSHKOSH, Wis. - Lakeshore Community Credit Union completed its merger with Winnebago Teachers CU on Monday, creating a $900 million lender. Board chair Tom Gehrke thanked the merger committee: Rachel Kuehn, Dennis Pollnow, Ingrid Solberg and Wayne Rusch.""",
gold=[]),
dict(guid="sblbj-2026-0333", pub="2026-05-06T06:00:00-05:00", title="McAllen panadería marks 40 years",
body="""McALLEN, Texas - Panadería La Estrella celebrated 40 years on 10th Street this week with free conchas for anyone who asked. The shop is now run by the founders' grandson, Diego Salinas.

Longtime customer Hector Garza of McAllen said he has bought pan dulce there every Sunday since 1986. "My wife sends me with a list," he said.""",
gold=[]),
]
