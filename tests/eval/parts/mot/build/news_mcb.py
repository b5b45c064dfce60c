"""Magic City Business Weekly (Minot, invented): business journal, plain text. Hand-labelled (`gold`)."""

FEED = "mcb"
ITEMS = [
dict(guid="mot_mcb_2026_0203", pub="2026-02-03T06:00:00-06:00", title="Fettig Plumbing & Heating buys former implement building for second shop",
body="""Fettig Plumbing & Heating, the Minot contractor founded in 1988, has bought the former Dakota Farm Equipment building on U.S. Highway 2 East and will open a second shop there in June.

Owner Ludwig "Lud" Fettig said the 18,000-square-foot building will house the company's growing geothermal and commercial boiler divisions and add 12 jobs to the 34 the company already has. "We outgrew the old place about three winters ago," Fettig said.

The purchase price was not disclosed. The building was listed at $1.4 million by Brekke Commercial Realty.""",
gold=[("MOT018", "subject")]),

dict(guid="mot_mcb_2026_0317", pub="2026-03-17T06:00:00-05:00", title="Nordlys Coffee brings Nordic-style coffee bar to downtown Minot",
body="""Downtown Minot has a new coffee bar, and it serves its cardamom buns on birch boards.

Annika Thorsgaard, a Minot native who spent six years as a barista in Oslo, opened Nordlys Coffee at 15 Main St. S. on Saturday. Thorsgaard renovated the ground floor of the 1911 Lyric building herself over the winter and lives in the apartment upstairs.

"Annika's is the fourth new storefront on Main this year," said Kirsten Rudnick-Ostgaard, executive director of the Minot Downtown Business Association. "Two years ago that block was empty." """,
gold=[("MOT019", "subject")]),

dict(guid="mot_mcb_2026_0421", pub="2026-04-21T06:00:00-05:00", title="Souris Valley Regional names Vogelsang chief medical officer",
body="""Souris Valley Regional Medical Center has named Dr. Anneliese Vogelsang its chief medical officer, effective May 1.

Vogelsang, a general surgeon, has practiced in Minot since 2004 and has chaired the hospital's department of surgery since 2017. She succeeds Dr. Richard Amundson, who is retiring after 14 years in the post.

"She knows every nurse on every floor by name," said hospital president Lisa Hovde.""",
gold=[("MOT007", "subject")]),

dict(guid="mot_mcb_2026_0512", pub="2026-05-12T06:00:00-05:00", title="Sorteberg Implement sold to Red River Equipment after 65 years in the family",
body="""Sorteberg Implement in Burlington, one of the last family-owned farm equipment dealerships in Ward County, has been sold to Fargo-based Red River Equipment.

Dwayne Sorteberg Jr., who has owned the dealership with his wife, Lorna, since his father retired in 2001, said the couple will stay on through harvest to help with the transition. His father, Dwayne Sr., who opened the business in 1961, died last month.

"Dad always said you sell when there's somebody better to sell to," Sorteberg said. Red River will keep all 16 employees and the Sorteberg name on the building for at least two years.""",
gold=[("MOT005", "subject"), ("MOT006", "subject")]),

dict(guid="mot_mcb_2026_0609", pub="2026-06-09T06:00:00-05:00", title="Hostfest announces 2026 sponsors; First Western names new Minot market president",
body="""Norsk Hostfest organizers announced this year's title sponsors on Monday: Dakota Prairie Credit Union, Brekke Commercial Realty and the Reuben and Vangie Malsam family, who have sponsored the festival's Heritage Stage since 2009.

In other business news, First Western Bank & Trust has promoted Travis Nygaard to Minot market president. Nygaard, 39, has been with the bank since 2010.""",
gold=[]),
]
