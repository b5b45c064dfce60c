"""Coastal Bend Business Ledger (weekly business paper): openings, retirements, appointments. Plain text.
Hand-labelled."""

FEED = "cbl"
ITEMS = [
dict(guid="crp_cbl_2026_0114_kolache", pub="2026-01-14T06:00:00-06:00",
title="Ingleside bakery brings Hill Country kolaches to the bay",
body="""INGLESIDE - A new bakery on Main Street is betting that refinery shift workers want a sausage kolache at 4:30 in the morning.

Billie Jo Heinsohn opened Salt Grass Kolache Co. last week in the former Ingleside Feed & Seed building, with recipes she learned from her husband's Fredericksburg grandmother. The shop employs six and opens at 4:15 a.m. to catch the early shifts at the Ingleside terminals.

"We sold out by 6:10 the first morning," Heinsohn said. "I have not slept since." """,
gold=[("CRP012", "subject")]),

dict(guid="crp_cbl_2026_0211_laredo_cfo", pub="2026-02-11T06:00:00-06:00",
title="Laredo customs broker names new chief financial officer",
body="""LAREDO - Rio Bravo Customs Brokerage, one of the largest border freight brokers on the I-35 corridor, has named Ysidro Barrientos its chief financial officer.

Barrientos, 44, of Laredo, was previously controller at a Laredo trucking firm and is a graduate of Texas A&M International University. The company, which opened a Corpus Christi office last year to handle port traffic, employs 240 people.""",
gold=[]),  # namesake of CRP022 (Corpus Christi/Calallen) in Laredo

dict(guid="crp_cbl_2026_0318_diep_dock", pub="2026-03-18T06:00:00-05:00",
title="Aransas Pass seafood dock marks 30 years on Conn Brown Harbor",
body="""ARANSAS PASS - Diep Seafood Dock, which buys shrimp and bait from more than 40 boats a season on Conn Brown Harbor, turned 30 this month.

Owners Peter and Kim Loan Diep opened the dock in 1996 with one ice machine and a borrowed scale. Today it ships Gulf brown shrimp to restaurants as far as Dallas and Atlanta and employs 18 people in the peak of the season.

"My father-in-law told me: buy honest, weigh honest," Peter Diep said. "That is still the whole business plan." """,
gold=[("CRP006", "subject"), ("CRP007", "subject")]),

dict(guid="crp_cbl_2026_0506_refinery_retire", pub="2026-05-06T06:00:00-05:00",
title="Portland man retires after 38 years at the Ship Channel refinery",
body="""PORTLAND - When Dwayne Kallenbach started at the refinery on the north side of the Ship Channel in 1988, the control room still ran on paper charts.

Kallenbach, 65, of Portland, retired last Friday as operations superintendent after 38 years, the last twelve running the crude unit. Co-workers lined the road to the main gate for his last drive out.

"He trained half the operators on this site," said Todd Virnau, the plant manager. "The other half he scared straight." Kallenbach said he plans to fish, and to learn what his wife, Mary Beth, does all day.""",
gold=[("CRP005", "subject")]),  # Mary Beth only mentioned as his wife: not the subject

dict(guid="crp_cbl_2026_0708_tortilleria", pub="2026-07-08T06:00:00-05:00",
title="Robstown tortillería honored as city's oldest family business",
body="""ROBSTOWN - The City of Robstown has named Tortillería La Esperanza, on Main Avenue since 1961, its first "Legacy Business."

Rosalinda Villafranca Olguin, who has run the shop since 1998, accepted the plaque at Tuesday's council meeting. Her mother, the late Eustolia Villafranca, started it with a single comal and a hand-cranked mill.

"We still use her recipe, and we still open at five," Villafranca said.""",
gold=[("CRP008", "subject")]),
]
