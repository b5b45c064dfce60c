"""South Bay Business Ledger: a business weekly (people on the move, openings, deals), plain text. Hand-labelled."""

FEED = "sbl"
ITEMS = [
dict(guid="sjc_sbl_2026_0126_people", pub="2026-01-26T06:00:00-08:00", title="Cupertino chip startup Lumora names Priya Krishnamurthy CFO",
body="""Lumora Semiconductor, the Cupertino maker of optical interconnect chips that raised $140 million last fall, has named Priya Krishnamurthy its chief financial officer.

Krishnamurthy, who spent eleven years in finance roles at a Santa Clara networking company, most recently as vice president of FP&A, starts Feb. 9. She holds an MBA from Santa Clara University's Leavey School of Business.

"Priya has taken two companies through the quarterly grind of being public," said Lumora chief executive Daniel Heng. "We wanted someone who has done it before we have to."
""",
gold=[("SJC014", "subject")]),

dict(guid="sjc_sbl_2026_0302_pho", pub="2026-03-02T06:00:00-08:00", title="Pho Ngoc opens second location, in Milpitas' Great Mall district",
body="""Pho Ngoc, the Story Road noodle house known for its 24-hour bone broth and its lines on Sunday mornings, will open a second restaurant this month at McCarthy Ranch in Milpitas.

Owner Ngoc Vo, who opened the original Pho Ngoc in 2009 with a loan from her father's tailoring shop, said the 3,800-square-foot space will seat 120 and add a banh mi counter. "My customers from Milpitas have been driving to Story Road for fifteen years," Vo said. "Now I drive to them."

The expansion was financed with an SBA 504 loan through a San Jose community lender.""",
gold=[("SJC003", "subject")]),

dict(guid="sjc_sbl_2026_0413_freight", pub="2026-04-13T06:00:00-07:00", title="Sandhu Freight Lines buys Salinas refrigerated carrier",
body="""Sandhu Freight Lines of Morgan Hill has acquired Coastal Cold Chain, a Salinas refrigerated trucking company with 60 tractors, the companies said Thursday. Terms were not disclosed.

Harpreet "Harry" Sandhu founded the company in 1998 with one used truck hauling garlic and onions out of Gilroy; it now runs 210 trucks from yards in Morgan Hill and Stockton. The purchase gives Sandhu Freight a foothold in the Salinas Valley lettuce trade.

"We have been hauling for Salinas growers for twenty years as a subcontractor," Sandhu said. "Now they call us first." """,
gold=[("SJC015", "subject")]),

dict(guid="sjc_sbl_2026_0518_japantown", pub="2026-05-18T06:00:00-07:00", title="Japantown housing project clears planning commission",
body="""A 180-unit affordable senior housing project on the former city corporation yard in San Jose's Japantown cleared the planning commission 6-1 on Wednesday.

Longtime Japantown merchants spoke on both sides. "We need the neighbors, and our elders need a place to live near the temple," said Ken Nakamura, whose family has made tofu on Jackson Street since 1946. Others worried about parking during the Obon festival.

The project goes to the City Council in July.""",
gold=[]),  # SJC016 quoted as a bystander about someone else's project -> nothing

dict(guid="sjc_sbl_2026_0608_gala", pub="2026-06-08T06:00:00-07:00", title="Valley health foundation gala raises $3.1 million",
body="""The Valley Community Health Foundation's annual gala at the San Jose McEnery Convention Center raised $3.1 million for a new pediatric mental-health clinic in East San Jose.

Presenting sponsors included Lumora Semiconductor and Santa Teresa Valley Medical Center. Table hosts included Lionel and Sheila D'Souza, Manny and Fatima Avila, Dr. Anita Rao, and the Vietnamese American Business Association.

The clinic is scheduled to open in 2028.""",
gold=[]),  # donor / table-host list -> nothing

dict(guid="sjc_sbl_2026_0622_people", pub="2026-06-22T06:00:00-07:00", title="People on the move: Santa Teresa Valley Medical Center names nursing chief",
body="""Santa Teresa Valley Medical Center has promoted Maria Teresa Macaraeg, R.N., to chief nursing officer, the first Filipino American to hold the post at the 400-bed San Jose hospital.

Macaraeg, who goes by Tess, joined the hospital as a night-shift ICU nurse in 1996 and has been director of critical care since 2017. She led the hospital's nurse residency program, which has trained more than 600 new graduates.

Also at the hospital: Dr. Samuel Okonjo was named chief medical information officer.""",
gold=[("SJC012", "subject")]),
]
