"""Michiana Business Weekly: business news, plain text. Hand-labelled."""

ITEMS = [
dict(guid="sbn_mbw_2026_0211", pub="2026-02-11T06:30:00-05:00",
title="Goshen panadería opens second shop in downtown Elkhart",
body="""Panadería La Esperanza, the Goshen bakery known for its conchas and tres leches cakes, will open a second location at 415 S. Main St. in downtown Elkhart on March 1.

Owners Reinaldo Cuevas Mondragón and his wife, Yesenia Cuevas, started the business in a 600-square-foot storefront on Goshen's Main Street in 2009. The Elkhart shop will have seating for 30 and a catering kitchen.

"We have customers who drive from Elkhart every Saturday morning," Reinaldo Cuevas said. "Now we are going to them."

The couple financed the expansion with a loan from the Elkhart County Community Development Fund. They expect to hire eight people.""",
gold=[("SBN004", "subject"), ("SBN005", "subject")]),

dict(guid="sbn_mbw_2026_0506", pub="2026-05-06T06:30:00-04:00",
title="Schrock Heritage Furniture marks 40 years on County Road 16",
body="""Menno and Ruth Ann Schrock opened a two-bench woodworking shop behind their Middlebury farmhouse in 1986. Forty years later, Schrock Heritage Furniture employs 34 people and ships solid-cherry dining sets to 41 states.

The couple still runs the business together: Menno in the shop, Ruth Ann on the books and the showroom floor. Their son-in-law, Wilbur Miller, became plant manager last year.

The company will hold an anniversary open house May 16 with wagon rides and a pie auction benefiting the Middlebury Township Fire Department.""",
gold=[("SBN006", "subject"), ("SBN007", "subject")]),

dict(guid="sbn_mbw_2026_0916", pub="2026-09-16T06:30:00-04:00",
title="A century of nuts and bolts: Lemmens Hardware turns 100",
body="""Lemmens Hardware on Lincolnway West in Mishawaka, founded in 1926 by Belgian immigrant Jules Lemmens, celebrates its 100th anniversary this month, making it one of the oldest family-owned retailers in St. Joseph County.

Third-generation owner Gus Lemmens has run the store since 1998, when he took over from his father, Henri, who died in June at 90. The store still sells nails by the pound and sharpens skates in winter.

"I've been buying my screws here since 1979, and Gus still knows exactly which drawer they're in," said longtime customer Odell Pettaway of South Bend.

Lemmens said the store will hold a customer appreciation weekend Sept. 26-27.""",
gold=[("SBN017", "subject")]),   # Odell Pettaway (SBN008) quoted customer: nothing

dict(guid="sbn_mbw_2026_0708", pub="2026-07-08T06:30:00-04:00",
title="Elkhart RV supplier adds 120 jobs, names new plant manager",
body="""Northland Coach Components will add 120 jobs at its Elkhart plant on County Road 6 by the end of the year as RV shipments recover, the company said Tuesday.

The plant's new general manager, Tobias Kleinschmidt, 34, comes from the company's Lakeland, Florida, facility, where he led a move to automated laminating lines.

"Elkhart is still the RV capital of the world, and we want to be part of its next chapter," Kleinschmidt said. The Elkhart County Redevelopment Commission approved a seven-year tax abatement for the $18 million expansion.""",
gold=[]),   # namesake of SBN021 (Toby Kleinschmidt, Niles, b. 1960): different age, from Florida: nothing

dict(guid="sbn_mbw_2026_0819", pub="2026-08-19T06:30:00-04:00",
title="Memorial names Dr. Imogen Sadowsky chief medical officer",
body="""Memorial Hospital of South Bend has named Dr. Imogen Sadowsky its chief medical officer, effective Sept. 1.

Sadowsky, a palliative-care physician, has been medical director of the Center for Hospice Care's inpatient unit since 2014. She succeeds Dr. Raymond Ochs, who is retiring after 31 years.

"Imogen has spent her career at the bedsides of our most vulnerable patients," said hospital president Karen Villalobos.""",
gold=[("SBN018", "subject")]),
]
