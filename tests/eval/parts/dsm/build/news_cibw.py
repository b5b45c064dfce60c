"""Central Iowa Business Weekly: business weekly, plain text. Hand-labelled (gold=[...])."""

FEED = "cibw"
ITEMS = [
dict(guid="dsm_cibw_2026_0127", pub="2026-01-27T06:00:00-06:00", title="Sehic Freight Lines opens $9 million terminal in Grimes",
body="""GRIMES - Sehic Freight Lines, the trucking company Nermin Sehic started in 2004 with one used Freightliner and a cell phone, opened a $9 million cross-dock terminal off Iowa 141 on Monday, its first building it did not rent.

The 48-door terminal will let the company, which now runs 140 trucks, handle less-than-truckload freight for the first time. Sehic, who came to Des Moines from Bosnia as a teenager in 1994, said he plans to add 35 drivers and dock workers by the end of the year.

"My father drove a truck in Prijedor before the war," Sehic said at the ribbon cutting. "I think he would laugh that I ended up doing the same thing, only with more paperwork."

Grimes Mayor Scott Mikkelsen said the terminal was the largest commercial project in the city since 2021.""",
gold=[("D020", "subject")]),

dict(guid="dsm_cibw_2026_0310", pub="2026-03-10T06:00:00-05:00", title="Capitol Mutual names Sorensen chief financial officer",
body="""DES MOINES - Capitol Mutual Insurance Co. has promoted Brad Sorensen to chief financial officer, effective April 1.

Sorensen, who joined the property and casualty insurer in 2009 as a financial analyst, has been its treasurer since 2020. He succeeds Diane Kowalczyk, who is retiring after 27 years. Sorensen holds an MBA from Drake University and lives in Urbandale.

"Brad has been the person in the room who knew what every number meant," chief executive Lorraine Abbott said.""",
gold=[("D019", "subject")]),

dict(guid="dsm_cibw_2026_0421", pub="2026-04-21T06:00:00-05:00", title="Panadería La Reina adds West Des Moines bakery, wholesale line",
body="""WEST DES MOINES - Panadería La Reina, the Southeast 14th Street bakery known for its conchas and tres leches cakes, will open a second shop in Valley Junction this summer and begin supplying pan dulce to Hy-Vee stores in the metro.

Owner Rosa Navarro, who opened the original bakery in 2011 with her mother's recipes and a secondhand oven, said the expansion is financed by a $480,000 loan through the Iowa Economic Development Authority and will add 14 jobs.

"My mother told me nobody would drive across town for bread," Navarro said. "Now they drive from Ankeny.\"""",
gold=[("D007", "subject")]),

dict(guid="dsm_cibw_2026_0602", pub="2026-06-02T06:00:00-05:00", title="Graziano's Italian Sausage marks 70 years on the South Side",
body="""DES MOINES - Graziano's Italian Sausage, which has made fennel sausage in the same brick building on Southwest 9th Street since 1956, celebrated its 70th anniversary on Saturday with a block party that drew more than 2,000 people.

Tony Graziano Jr., who has run the business since his father retired in 1998, said the company now sells to 60 restaurants and ships to 11 states, but still uses his grandfather's spice blend. "Three people know it," he said. "One of them is my accountant, and he doesn't know he knows it."

Longtime customer Dominic Bruno, who said he has bought sausage there every Saturday since 1971, called the shop "the last real thing on the South Side.\"""",
gold=[("D008", "subject")]),

dict(guid="dsm_cibw_2026_0818", pub="2026-08-18T06:00:00-05:00", title="Downtown office vacancy dips for the first time since 2019",
body="""DES MOINES - Downtown Des Moines' office vacancy rate fell to 23.4% in the second quarter, the first decline since 2019, according to a report from commercial real estate firm Hawkeye Realty Partners.

The firm attributed the dip to conversions of older towers into apartments rather than new leasing. "We did not get more tenants; we got fewer offices," said analyst Chris Ebersole.

The Greater Des Moines Partnership said 1,100 apartments are under construction downtown, most of them in former office buildings along Walnut and Locust streets.""",
gold=[]),
]
