"""Gateway City Business Weekly (invented Laredo business weekly): plain text. Hand-labelled."""

FEED = "gcbw"
ITEMS = [
dict(guid="lrd_gcbw_2026_0210_espiga", pub="2026-02-10T07:30:00-06:00",
title="Panadería La Espiga de Oro opens second bakery on the south side",
body="""Panadería La Espiga de Oro, the McPherson Road bakery known for its conchas and its line out the door on Sunday mornings, is opening a second location on Cielito Lindo Boulevard.

Owner Xóchitl Ybáñez, who opened the original bakery in 2014 with two ovens and a loan from her uncle, said the new 3,200-square-foot store will employ fourteen people and open March 1.

"I've been coming here every Sunday since she opened," said customer Lolo Barrientos. "Now my daughter-in-law on the south side won't have to steal mine." """,
gold=[("LRD005", "subject")]),

dict(guid="lrd_gcbw_2026_0324_pruneda", pub="2026-03-24T07:30:00-05:00",
title="Hebbronville's Pruneda Feed & Ranch Supply marks 50 years",
body="""Pruneda Feed & Ranch Supply, the Hebbronville store that has sold cattle cubes, deer corn and fence staples to three generations of Jim Hogg County ranchers, turns 50 this month.

Yolanda "Yoli" Pruneda, who took over the business from her late father, Amado Pruneda, in 1998, is marking the anniversary with a customer barbecue on Saturday. She has added a veterinary supply counter and online ordering for ranchers as far away as Alice and Freer.

"My father sold on credit and a handshake," Pruneda said. "I still do, mostly." """,
gold=[("LRD017", "subject")]),

dict(guid="lrd_gcbw_2026_0505_brokers", pub="2026-05-05T07:30:00-05:00",
title="Sciaraffa elected president of Laredo customs brokers' association",
body="""Teodoro "Teo" Sciaraffa, owner of Sciaraffa Customs Brokerage on Santa Ursula Avenue, has been elected president of the Laredo Licensed Customs Brokers Association for a two-year term.

Sciaraffa, a third-generation broker whose grandfather opened the firm in 1949, said his priority is pressing for more CBP officers at the World Trade Bridge. The association represents 180 brokerages that clear most of the trade crossing at Laredo.

Outgoing president Adela Ríos said Sciaraffa "knows every rule in the tariff schedule and every officer at the bridge by name." """,
gold=[("LRD006", "subject")]),

dict(guid="lrd_gcbw_2026_0616_warehouses", pub="2026-06-16T07:30:00-05:00",
title="North Laredo warehouse vacancy falls below 3 percent",
body="""Industrial vacancy in north Laredo fell to 2.8 percent in the second quarter, the lowest in six years, according to a report released Monday by a regional commercial real estate firm.

Three new cross-dock buildings along Mines Road were fully leased before completion. "Nearshoring is not a forecast anymore, it's the rent roll," said Ramón Ugarte, a vice president at a Houston logistics developer that owns two of the buildings.

Brokers expect another 1.2 million square feet to break ground by the end of the year.""",
gold=[]),
]
