"""Pine Tree Business Ledger (Tyler-Longview business paper), plain text. Hand-labelled."""

ITEMS = [
dict(guid="tyr_ptbl_26-0112", pub="2026-01-12T06:00:00-06:00",
title="Ashworth named chief nursing officer at Azalea Regional Medical Center",
body="""Azalea Regional Medical Center in Tyler has named Kendra Ashworth, DNP, RN, its chief nursing officer, effective Feb. 1.

Ashworth, a Tyler native and graduate of the University of Texas at Tyler nursing program, has spent 18 years at the hospital, most recently as director of critical care. She succeeds Janet Orr, who is retiring.

"Kendra knows every unit in this building and every nurse by name," said hospital president Grant Hebert.""",
gold=[("TYR009", "subject")]),

dict(guid="tyr_ptbl_26-0209", pub="2026-02-09T06:00:00-06:00",
title="Panadería La Rosita marks 25 years on Jackson Street",
body="""Panadería La Rosita, the Jacksonville bakery known for its conchas and tres leches cakes, celebrates its 25th anniversary this month.

Owner Rosalinda "Rosie" Cárdenas Mireles opened the shop in 2001 with a secondhand oven and recipes from her mother. Today the bakery employs 14 people and supplies pan dulce to grocery stores from Rusk to Bullard.

"We started with two tables and my father washing dishes," Mireles said. An anniversary celebration with mariachi music is planned for Feb. 21.""",
gold=[("TYR017", "subject")]),

dict(guid="tyr_ptbl_26-0316", pub="2026-03-16T06:00:00-05:00",
title="Tyler Area Chamber names Small Business of the Year finalists",
body="""The Tyler Area Chamber of Commerce has named five finalists for its 2026 Small Business of the Year award: Brick Street Coffee, Loblolly Landscaping, Rose City Dental, Tadlock Tire & Auto and Yancy Print Shop.

A panel of judges - retired banker Bill Pruitt, UT Tyler business professor Dr. Renee Okoro and Smith County Judge Neal Franklin - will announce the winner at the chamber's annual banquet on April 23.""",
gold=[]),

dict(guid="tyr_ptbl_26-0406", pub="2026-04-06T06:00:00-05:00",
title="Cheatwood retires after 38 years at Sabine Oilfield Supply",
body="""Marvin "Bubba" Cheatwood, the Kilgore branch manager of Sabine Oilfield Supply, retired March 31 after 38 years with the company.

Cheatwood started at the parts counter in 1988, during the bust, and ran the Kilgore branch for the last 22 years. Co-workers hosted a fish fry in his honor at the Kilgore branch yard. He and his wife, Sue, plan to spend more time at Lake Cherokee.""",
gold=[("TYR018", "subject")]),

dict(guid="tyr_ptbl_26-0518", pub="2026-05-18T06:00:00-05:00",
title="Houston pipeline firm names Wyatt chief financial officer",
body="""Gulfward Midstream of Houston has named Demetrius Wyatt chief financial officer. Wyatt, 44, a Houston resident, joins from an investment bank in New York, where he led energy coverage. He holds degrees from Rice University and the Wharton School.""",
gold=[]),
]
