"""Central Ohio Business Record (weekly business journal), plain text. Hand-labelled."""

FEED = "cobr"
ITEMS = [
dict(guid="cmh_cobr-2026-0514", pub="2026-05-14T06:00:00-04:00", title="Galindo Landscaping opens second yard in Delaware County, adds 20 jobs",
body="""DUBLIN, Ohio - Galindo Landscaping, the Dublin commercial landscaping contractor that started with one pickup truck in 2004, is opening a second equipment yard off U.S. 23 north of Powell and will hire about 20 people this season.

Founder Jesus "Chuy" Galindo said the company now maintains grounds for 140 office parks, HOAs and school campuses across Franklin and Delaware counties. "Half my crew leaders started with me mowing," Galindo said. "This yard is for them."

The company expects revenue of about $11 million this year.""",
gold=[("CMH017", "subject")]),

dict(guid="cmh_cobr-2026-0604", pub="2026-06-04T06:00:00-04:00", title="Bridgepoint Health Analytics names Kowalczyk vice president of engineering",
body="""DUBLIN, Ohio - Bridgepoint Health Analytics, the Metro Place software company that processes claims data for 60 regional insurers, has promoted Samantha Kowalczyk to vice president of engineering.

Kowalczyk, who joined the company as a junior developer in 2012, will lead a team of 85 engineers in Dublin and Pittsburgh. She is a graduate of Ohio State's computer science program.

Chief executive Roderick Ames said the promotion was "overdue by about a year." Kowalczyk succeeds Priya Raman, who left to start her own company.""",
gold=[("CMH019", "subject")]),

dict(guid="cmh_cobr-2026-0709", pub="2026-07-09T06:00:00-04:00", title="German Village's Von Gunten Backstube marks 40 years on Kossuth Street",
body="""COLUMBUS - Von Gunten Backstube, the German Village bakery known for its Bienenstich and its Saturday-morning line down Kossuth Street, turns 40 this month, and owner Gretchen Von Gunten says she has no plans to change the recipes her father brought from Bern.

Von Gunten took over the bakery in 1999 and expanded into the storefront next door in 2019. The bakery now employs 16 people and sells to nine restaurants.

"I have been buying the rye bread since the day they opened," said longtime customer Walt Brenneman, who lives around the corner on Third Street. "Gretchen hasn't changed it, thank God."

An anniversary Kaffeeklatsch is planned for July 18.""",
gold=[("CMH010", "subject")]),  # CMH009 Walt Brenneman quoted customer: nothing

dict(guid="cmh_cobr-2026-0820", pub="2026-08-20T06:00:00-04:00", title="San Antonio grocer taps Hector Villalobos as CFO",
body="""SAN ANTONIO - Tienda Sol Markets, the 42-store Texas grocery chain, has named Hector Villalobos, 38, its chief financial officer. Villalobos, a San Antonio native, was previously treasurer of a Houston convenience-store operator.

The appointment was reported to the Record because Tienda Sol is weighing a distribution center in the Columbus region, according to an economic development filing with JobsOhio.""",
gold=[]),  # namesake far away (CMH016 of Westerville, b. 1965): nothing
]
