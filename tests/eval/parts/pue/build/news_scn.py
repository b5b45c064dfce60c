"""Steel City Neighbors (community newsletter of Bessemer, the East Side and the parishes and lodges of south
Pueblo): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "scn"
ITEMS = [
dict(guid="pue_scn-2026-02-deacon", pub="2026-02-09T09:00:00-07:00", title="Deacon Romero receives the Bishop's Medal",
body="""Deacon Leonard Romero of St. Anne's has received the Bishop's Medal for Distinguished Service, the highest honor the Diocese of Pueblo gives to a member of the clergy or laity.

Bishop Garza presented the medal at the Cathedral on Sunday, citing Romero's twenty-six years of jail ministry, his Spanish-language grief groups and the Tuesday breakfast for the homeless that he and his wife, Angie, have served since 2003. Romero was ordained a permanent deacon in 1999 after thirty years as a CF&I electrician.""",
gold=[("PUE015", "subject")]),

dict(guid="pue_scn-2026-04-bocce", pub="2026-04-27T09:00:00-06:00", title="Sons of Italy bocce league opens with a familiar champion",
body="""The Sons of Italy spring bocce league opened Sunday at the Northern Avenue courts, and Tony Pagliasotti picked up right where he left off, winning the opening-day singles for the fourth year in a row.

Pagliasotti, 72, dedicated the win to his mother, Josie, who died in March at 95. The league plays Sunday afternoons through September; newcomers are welcome.""",
gold=[]),

dict(guid="pue_scn-2026-05-retire", pub="2026-05-18T09:00:00-06:00", title="After 42 years at the rail mill, Adrian Montoya punches out",
body="""Adrian Montoya walked out of the rail mill for the last time on Friday, forty-two years after he walked in as a twenty-seven-year-old laborer.

Montoya, 69, of Pueblo West, retired as a senior roll-shop technician, the last of his hiring class still working at the plant. His coworkers sent him off with a cake shaped like a length of rail. He and his wife, Gloria, plan to spend more time with their grandchildren and, he says, "finally see the Grand Canyon." """,
gold=[("PUE021", "subject")]),

dict(guid="pue_scn-2026-06-anniv", pub="2026-06-15T09:00:00-06:00", title="Bessemer's Mihelichs mark 55 years",
body="""Bernie and Fran Mihelich of Bessemer celebrated their 55th wedding anniversary on June 12 with a dinner for family and friends at the Slovenian Hall.

Bernard Mihelich and Frances Zupancic were married at St. Mary Help of Christians on June 12, 1971. Bernie worked thirty-six years at CF&I; Fran taught third grade at Bessemer Elementary. Fran's mother, Angela Zupancic, who died in January at 97, had sewn her wedding veil. The couple have three children and seven grandchildren.""",
gold=[("PUE001", "subject"), ("PUE002", "subject")]),

dict(guid="pue_scn-2026-07-eagle", pub="2026-07-13T09:00:00-06:00", title="Troop 21 welcomes its newest Eagle Scout",
body="""Lucas Zupancic of Troop 21, chartered by St. Mary Help of Christians, earned the rank of Eagle Scout at a court of honor on July 11. For his project Lucas built and installed twelve cedar benches along the Bessemer Ditch trail.

Lucas, 17, a senior at Central High School, is the son of Stan and Marlene Zupancic of Pueblo.""",
gold=[("PUE014", "parent_of_subject")]),

dict(guid="pue_scn-2026-07-births", pub="2026-07-27T09:00:00-06:00", title="New arrivals on the East Side",
body="""Welcome to the newest members of our parish families.

A daughter, Aurelia Rose Jaramillo, was born July 19 at Parkview to Celeste and Marco Jaramillo of Pueblo. She weighed 7 pounds, 4 ounces, and is wrapped, her parents report, in a blanket knitted by her late great-grandmother, Tina.""",
gold=[("PUE023", "subject")]),

dict(guid="pue_scn-2026-08-pantry", pub="2026-08-24T09:00:00-06:00", title="Corrine Trujillo honored for 40 years at the St. Anne's food pantry",
body="""The East Side Neighborhood Association has given its Corazón del Barrio award to Corrine Trujillo, who has run the St. Anne's food pantry on Wednesdays and Saturdays since 1986.

Trujillo, 80, accepted the award at the association's fiesta in Bradford Park on Saturday. "My late husband, Eloy, carried every sack of beans in here for forty years," she said. "This belongs to him, too." """,
gold=[("PUE004", "subject")]),
]
