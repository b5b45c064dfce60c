"""First State Business Weekly: business journal, plain text. Hand-labelled."""

FEED = "fsbw"
ITEMS = [
dict(guid="ilg_fsbw_2026_0211", pub="2026-02-11T06:30:00-05:00",
title="Little Italy bakery Ferrante's Pastry to open second shop in Hockessin",
body="""WILMINGTON - Ferrante's Pastry, the Union Street bakery known for its sfogliatelle and its line out the door the week before Easter, will open a second location in Hockessin this spring.

Owners Tommy and Gina Ferrante signed a lease for 2,400 square feet in the Lantana Square shopping center and expect to hire 14 people. The couple bought the bakery from Tommy's uncle in 2015 and have doubled its wholesale business, supplying cannoli shells to restaurants from Newark to West Chester.

"Half our Saturday customers already drive in from Hockessin and Greenville," Tommy Ferrante said. "We figured we'd save them the gas." The Hockessin shop is scheduled to open in May.""",
gold=[("ILG021", "subject"), ("ILG022", "subject")]),

dict(guid="ilg_fsbw_2026_0304", pub="2026-03-04T06:30:00-05:00",
title="Hockessin hotelier buys Dover Downtown Inn",
body="""DOVER - A Hockessin-based hospitality company has bought the 96-room Dover Downtown Inn on Loockerman Street for $7.8 million, according to Kent County property records.

Patel Hospitality Group, led by founder and president Raj Patel, owns seven limited-service hotels in Delaware and Maryland. Patel, who started with a 22-room motel on the DuPont Highway in 1994, said the company will spend another $2 million renovating the property and rebranding it by the fall.

The seller, a Virginia real estate fund, was represented by Coastal Commercial Advisors. The sale was brokered by Nilesh Shah of First State Hospitality Brokers in Newark.""",
gold=[("ILG017", "subject")]),

dict(guid="ilg_fsbw_2026_0415", pub="2026-04-15T06:30:00-04:00",
title="People on the move: Brandywine Valley Health names vice president of patient access",
body="""WILMINGTON - Brandywine Valley Health has promoted Luz Marina Ortiz to vice president of patient access and community health, the hospital system announced Tuesday.

Ortiz, of New Castle, joined the system in 1998 as a bilingual registration clerk at its Wilmington campus and has led its patient access department since 2017. She will oversee registration, interpreter services and the mobile health vans serving Latino neighborhoods in New Castle County.

Also promoted: Daniel Okafor, to director of pharmacy, and Sarah Whitlock, to nurse manager of the cardiac step-down unit.""",
gold=[("ILG020", "subject")]),

dict(guid="ilg_fsbw_2026_0520", pub="2026-05-20T06:30:00-04:00",
title="New Jersey hotel group names Raj Patel chief executive",
body="""EDISON, N.J. - Garden State Lodging Partners has named Raj Patel, 44, its chief executive officer, effective June 1. Patel, of Edison, has been the company's chief financial officer since 2019 and succeeds his father-in-law, Jayant Mehta, who becomes chairman.

The company owns 23 hotels in New Jersey and eastern Pennsylvania, including two near the Philadelphia airport. Patel said the company has no plans to expand into Delaware this year.""",
gold=[]),

dict(guid="ilg_fsbw_2026_0708", pub="2026-07-08T06:30:00-04:00",
title="Newark hotel broker makes partner",
body="""NEWARK - First State Hospitality Brokers has named Nilesh Shah a partner. Shah, who joined the firm in 2012, has brokered more than 60 hotel sales on the Delmarva Peninsula, including the Dover Downtown Inn deal earlier this year.

"Nilesh knows every motel owner between Claymont and Cape Charles," said founding partner Daniel Moore.""",
gold=[]),
]
