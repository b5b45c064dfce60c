"""Boise Valley Business Review (invented business weekly), plain text. Hand-labelled."""

FEED = "bvb"
ITEMS = [
dict(guid="boi_bvb-2026-0114", pub="2026-01-14T06:00:00-07:00", title="Nampa's Panadería La Rosa to open second bakery in Caldwell",
body="""NAMPA - Panadería La Rosa, the 1st Street South bakery known across Canyon County for its conchas and tres leches cakes, will open a second location in downtown Caldwell this spring.

Rosa Elena "Rosie" Zamora founded the bakery in 1994 with her husband, Ernesto Zamora, in a former shoe-repair shop with one oven. It now employs 22 people and supplies pan dulce to four grocery chains. The couple signed a lease on a 3,200-square-foot storefront on Arthur Street last week.

"My mother made bread for the whole labor camp in Wilder," Rosie Zamora said. "We are still doing the same thing, only with a bigger oven." The Caldwell shop is scheduled to open in April.""",
gold=[("BOI013", "subject"), ("BOI014", "subject")]),

dict(guid="boi_bvb-2026-0211", pub="2026-02-11T06:00:00-07:00", title="Sagebrush Federal Credit Union names O'Keefe chief executive",
body="""EAGLE - Sagebrush Federal Credit Union, the $1.4 billion lender headquartered in Eagle, has named Colleen O'Keefe its president and chief executive officer, effective March 1.

O'Keefe, 58, has been the credit union's chief operating officer since 2019 and joined it as a teller in 1990. She succeeds Gary Lindstrom, who is retiring after 18 years.

"Colleen knows every branch manager by name and most of the tellers' kids," said board chair Renee Achabal.""",
gold=[("BOI021", "subject")]),

dict(guid="boi_bvb-2026-0304", pub="2026-03-04T06:00:00-07:00", title="Txoko on the Basque Block named James Beard semifinalist",
body="""BOISE - Txoko, the 40-seat Basque restaurant on Grove Street, has been named a semifinalist for the James Beard Foundation's Best Chef: Mountain award, the first Boise kitchen on the list in six years.

Chef and owner Iñaki Aguirre, who opened Txoko in 2017 after a decade cooking in San Sebastián and San Francisco, said the nod belonged to his staff and "to the grandmothers of Grove Street who taught me what bacalao should taste like."

Regulars were delighted but not surprised. "I have been eating here since the week it opened," said Pete Aldecoa, who drives in from Mountain Home for lunch most Fridays. "It tastes like my mother's kitchen, only nobody yells at you."

Finalists will be announced in April.""",
gold=[("BOI025", "subject")]),

dict(guid="boi_bvb-2026-0325", pub="2026-03-25T06:00:00-07:00", title="Meridian industrial park sells for $61 million",
body="""MERIDIAN - A 410,000-square-foot industrial park at Ten Mile Road and Interstate 84 has sold for $61 million to a Denver real estate fund, according to Ada County records.

The buyer, Front Range Logistics Partners, said the six buildings are 96% leased, mostly to distribution and light-manufacturing tenants. The seller, a partnership led by Boise developer Chad Whitcomb, built the park between 2018 and 2023.

Brokers said industrial vacancy in the Treasure Valley has risen to 7.8% as new buildings outpace demand.""",
gold=[]),

dict(guid="boi_bvb-2026-0520", pub="2026-05-20T06:00:00-07:00", title="Idaho State Dental Association honors Boise pediatric dentist",
body="""BOISE - The Idaho State Dental Association has named Dr. Naomi Fujikawa its 2026 Dentist of the Year for her work founding a free Saturday clinic for uninsured children in Ada and Canyon counties.

Fujikawa, who has practiced pediatric dentistry in west Boise since 2006, started the clinic in 2015 with two donated chairs. It has since treated more than 9,000 children. She will receive the award at the association's annual meeting in Sun Valley in June.""",
gold=[("BOI019", "subject")]),
]
