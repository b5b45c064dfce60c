"""Lakeshore Business Weekly (Sheboygan and Manitowoc Counties): business weekly, plain text. Hand-labelled."""

FEED = "lbw"
ITEMS = [
dict(guid="sbm_lbw_2026_0126_pomplun", pub="2026-01-26T06:00:00-06:00",
title="Pomplun Cheese & Sausage to double Plymouth plant, add 30 jobs",
body="""PLYMOUTH - Pomplun Cheese & Sausage, the family-owned smokehouse on County Road O that supplies cheese curds and summer sausage to more than 400 Wisconsin grocery stores, will double the size of its Plymouth plant this year.

Owners Thad and Lorraine Pomplun said the $6.8 million expansion will add a second smokehouse, a packaging line and about 30 jobs. The company was founded by Thad's father, Roman Pomplun, in 1962.

"We have been turning down orders for two years," Lorraine Pomplun said. Construction is to begin in April; the Sheboygan County Economic Development Corp. helped arrange a state tax credit.""",
gold=[("SBM011", "subject"), ("SBM012", "subject")]),

dict(guid="sbm_lbw_2026_0317_thielke", pub="2026-03-17T06:00:00-05:00",
title="Kiel's Thielke Precision Machining sold to Fox Valley group",
body="""KIEL - Thielke Precision Machining, a 45-employee job shop that makes hydraulic fittings for agricultural equipment, has been sold to Fox River Industrial Holdings of Appleton. Terms were not disclosed.

Founder Ansgar Thielke, who started the company in his garage in 1991, will stay on as an adviser for a year. "Everybody keeps their job. That was my one condition," Thielke said.

Fox River Industrial said it plans to keep the plant in Kiel and add a second shift.""",
gold=[]),

dict(guid="sbm_lbw_2026_0520_panaderia", pub="2026-05-20T06:00:00-05:00",
title="Panadería Villaseñor opens second bakery on Sheboygan's north side",
body="""SHEBOYGAN - Panadería Villaseñor, the Michigan Avenue bakery known for its conchas and tres leches cakes, will open a second location on North 8th Street on June 1.

Owner Araceli Villaseñor opened the original bakery in 2014 with recipes from her mother, Socorro, who died in April. The new shop will add a small café and a tortilla press and employ twelve people.

"My mother cooked for every celebration on the south side," Villaseñor said. "Now the north side gets her bolillos too." A grand opening is planned for the June 6 weekend.""",
gold=[("SBM014", "subject")]),

dict(guid="sbm_lbw_2026_0608_foundry", pub="2026-06-08T06:00:00-05:00",
title="Lakeside Foundry to cut 85 jobs as tractor orders slump",
body="""SHEBOYGAN - Lakeside Foundry Co. will lay off 85 of its 410 workers at its Sheboygan gray-iron foundry by August, the company said in a notice filed with the state Department of Workforce Development.

The company blamed a slump in orders for agricultural tractor castings. Union president Darnell Ruhland of Steelworkers Local 2-21 said the union is negotiating recall rights.""",
gold=[]),
]
