"""Gulfshore Business Ledger (weekly business paper, Fort Myers): plain text. Hand-labelled."""

ITEMS = [
dict(guid="ftm_gbl_260122_101", pub="2026-01-22T07:00:00-05:00",
title="Fennimore Marine Canvas marks 25 years on Old 41",
body="""BONITA SPRINGS - Fennimore Marine Canvas, the boat-upholstery shop on Old 41 Road, turns 25 this month.

Owner Rod Fennimore opened the shop in 2001 with one industrial sewing machine and a used van. It now employs 14 people and makes biminis, cushions and enclosures for boats from Naples to Punta Gorda.

After Hurricane Ian, Fennimore said, the shop had an 18-month backlog. "We still have customers on a waiting list," he said. The company plans a second location in Cape Coral next year.""",
gold=[("FTM012", "subject")]),

dict(guid="ftm_gbl_260205_104", pub="2026-02-05T07:00:00-05:00",
title="Lee Health names chief nursing officer at Lehigh Regional",
body="""FORT MYERS - Lee Health has promoted Nadège Desravines to chief nursing officer of Lehigh Regional Medical Center.

Desravines, who joined Lehigh Regional as a bedside nurse in 2006, has been its director of critical care since 2019. She holds a doctorate in nursing practice from Florida Gulf Coast University and is fluent in Haitian Creole, French and Spanish.

She succeeds Patricia Lindqvist-Moore, who is retiring.""",
gold=[("FTM010", "subject")]),

dict(guid="ftm_gbl_260312_109", pub="2026-03-12T07:00:00-04:00",
title="Caloosa Engineering names Wojcik managing partner",
body="""FORT MYERS - Caloosa Engineering Group has named Thaddeus "Tad" Wojcik Jr. managing partner, effective April 1.

Wojcik, a civil engineer, joined the firm in 1996 and led its stormwater design for the Cape Coral utilities expansion. He succeeds founding partner Harold Bettencourt, who will remain as a consultant.""",
gold=[("FTM007", "subject")]),

dict(guid="ftm_gbl_260326_112", pub="2026-03-26T07:00:00-04:00",
title="Estero library foundation tops $2 million for new wing",
body="""ESTERO - The Friends of the Estero Library have raised $2.1 million for a children's wing, the foundation said.

Lead gifts came from the Hertz Arena Community Fund and the Bonita Bay Club Charities. Other donors listed on the foundation's wall include Kenneth and Diane Osterhout, Rod Fennimore, the Coconut Point Rotary and dozens of families.

Construction is to begin in the fall.""",
gold=[]),

dict(guid="ftm_gbl_260604_121", pub="2026-06-04T07:00:00-04:00",
title="Ablamsky's Bait & Tackle reopens on Estero Boulevard, 40 years after first opening",
body="""FORT MYERS BEACH - The last bait shop on the south end of Estero Boulevard is back.

Frannie and Walter Ablamsky reopened Ablamsky's Bait & Tackle on Monday in a rebuilt shop on pilings, three and a half years after Hurricane Ian's surge took the old building down to its slab. The couple first opened the shop in 1986.

"People kept stopping by the empty lot asking when," Frannie Ablamsky said. "Now we can tell them."

The shop also rents kayaks and sells the only live shrimp south of Lynn Hall Park.""",
gold=[("FTM019", "subject")]),
]
