"""Red River Business Weekly (invented business weekly for Fargo-Moorhead): plain text. Hand-labelled."""

FEED = "rrbw"
ITEMS = [
dict(guid="far_rrbw_2026_0211", pub="2026-02-11T06:00:00-06:00", title="Prairie Rose Credit Union names Lindemoen vice president of lending",
body="""FARGO - Prairie Rose Credit Union has promoted Shawna Lindemoen to vice president of consumer and small-business lending, the credit union announced Tuesday.

Lindemoen, 37, joined Prairie Rose as a teller while studying at North Dakota State University and most recently managed its downtown Fargo branch. She will oversee a lending team of 22 across the credit union's five branches in Fargo, West Fargo and Moorhead.

"Shawna knows half our members by their first names," said chief executive Tom Rasmusson.""",
gold=[("FAR020", "subject")]),

dict(guid="far_rrbw_2026_0318", pub="2026-03-18T06:00:00-05:00", title="After 45 years, Skjervheim Hardware's owner hangs up his apron",
body="""FARGO - Arnie Skjervheim has sold his last snow shovel. The owner of Skjervheim Hardware on South University Drive retires at the end of the month after 45 years behind the counter, and the store, founded by his father in 1958, will be run by longtime manager Todd Ellefson, who is buying the business.

Skjervheim, 79, started sweeping floors at the store when he was ten. He says the secret of a neighborhood hardware store is simple: "You sell a man one washer, not a bag of fifty, and you show him how to put it in."

Customers lined up Saturday for a farewell coffee and krumkake. "I've bought every bolt I own from Arnie," said Wendell Brakke, who drove in from Glyndon for the occasion. "I don't know where I'll go now." """,
gold=[("FAR001", "subject")]),

dict(guid="far_rrbw_2026_0415", pub="2026-04-15T06:00:00-05:00", title="Himalayan market opens on 32nd Avenue South",
body="""FARGO - A Bhutanese-Nepali couple who came to Fargo as refugees in 2010 have opened the city's largest South Asian grocery.

Hari Prasad Kharel and his wife, Dil Maya Kharel, opened Kharel Himalayan Market in a former video store on 32nd Avenue South last week. The 6,000-square-foot store carries 40 kinds of rice and lentils, fresh goat meat from a farm near Casselton, and a counter selling momos and sel roti on weekends.

"When we came, we drove to Minneapolis for spices," Hari Prasad Kharel said. "Now Minneapolis can come to us." The couple employs eight people.""",
gold=[("FAR015", "subject"), ("FAR014", "subject")]),

dict(guid="far_rrbw_2026_0506", pub="2026-05-06T06:00:00-05:00", title="Dickinson rancher Fettig to lead North Dakota Stockmen's Association",
body="""BISMARCK - Ray Fettig, who runs cow-calf pairs on the family ranch south of Dickinson, has been elected president of the North Dakota Stockmen's Association.

Fettig, 54, a fourth-generation Stark County rancher, said his priorities are brand inspection funding and drought insurance. He succeeds Lance Wetzel of Bowman.""",
gold=[]),  # namesake in western North Dakota, not FAR003 of West Fargo

dict(guid="far_rrbw_2026_0527", pub="2026-05-27T06:00:00-05:00", title="Moorhead taqueria owners open second location in Dilworth",
body="""DILWORTH - The owners of Taquería Zamarripa, a Moorhead favorite since 2009, opened a second restaurant on Center Avenue in Dilworth on Friday.

Efrain Zamarripa and his wife, Rosie Zamarripa, started the business from a food truck parked outside the American Crystal Sugar plant, where both of their families once worked the beet campaign. The new location seats 80 and adds a bakery counter for pan dulce and tres leches cake.

"My mother-in-law made the first tamales we ever sold," Efrain Zamarripa said. "We are still using her recipe." """,
gold=[("FAR006", "subject"), ("FAR007", "subject")]),

dict(guid="far_rrbw_2026_0610", pub="2026-06-10T06:00:00-05:00", title="Community foundation awards $1.2 million in spring grants",
body="""FARGO - The Fargo-Moorhead Area Community Foundation awarded $1.2 million to 41 nonprofits in its spring grant round, including $150,000 to a New American employment program and $90,000 to rural food pantries in Clay and Cass counties.

The grants were recommended by a volunteer committee of Kristin Aasheim, Denise D'Amours, Hari Prasad Kharel, Duane Sorteberg, Paula Wendt and Luis Cárdenas. The fall round opens August 1.""",
gold=[]),  # committee list: nobody is the subject
]
