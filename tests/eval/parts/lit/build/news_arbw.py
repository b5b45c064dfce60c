"""Arkansas River Business Weekly (Central Arkansas business weekly), plain text. Hand-labelled."""

FEED = "arbw"
ITEMS = [
dict(guid="lit_arbw-2026-0308", pub="2026-03-09T06:00:00-05:00", title="Southwest Little Rock diesel shop opens second location in Jacksonville",
body="""LITTLE ROCK - Cárdenas Auto & Diesel, the truck-repair shop on Geyer Springs Road that started as a two-bay garage in 2004, will open a second location on Main Street in Jacksonville next month, near Little Rock Air Force Base.

Owner José Luis Cárdenas said the new shop will focus on fleet work for delivery companies and contractors and will hire six mechanics. "Half my customers were driving forty minutes to get to us," Cárdenas said. "So we are going to them."

The company bought the former Jacksonville Tire building for $610,000, according to Pulaski County property records.""",
gold=[("LIT014", "subject")]),

dict(guid="lit_arbw-2026-0420", pub="2026-04-20T06:00:00-05:00", title="D'Alessandro Tile & Stone named Faulkner County Small Business of the Year",
body="""CONWAY - The Conway Area Chamber of Commerce has named D'Alessandro Tile & Stone its 2026 Small Business of the Year.

Vinnie and Carla D'Alessandro opened the shop on Oak Street in 1991 with one truck and a wet saw borrowed from Carla's father, a grape grower in Tontitown. It now employs 24 people and installs floors, counters and showers across Faulkner, Pulaski and White counties.

"We did our first job for a Sunday school teacher who paid us half in cash and half in casseroles," Carla D'Alessandro said. The couple will be honored at the chamber's annual banquet May 8.""",
gold=[("LIT006", "subject"), ("LIT007", "subject")]),

dict(guid="lit_arbw-2026-0601", pub="2026-06-01T06:00:00-05:00", title="Saline County Teachers Credit Union names Hollowell CEO",
body="""BRYANT - Saline County Teachers Credit Union has named Becky Hollowell its president and chief executive, effective July 1.

Hollowell, who joined the credit union as a teller in 1992 and has been its chief operating officer since 2018, succeeds Gary Vance, who is retiring after 21 years. The credit union has $410 million in assets and branches in Bryant, Benton, Alexander and Haskell.

"Becky knows every branch and half the members by name," board chair Lynn Odom said.""",
gold=[("LIT020", "subject")]),

dict(guid="lit_arbw-2026-0713", pub="2026-07-13T06:00:00-05:00", title="San Antonio logistics firm buys Port of Little Rock warehouse",
body="""LITTLE ROCK - Lone Star Cold Chain of San Antonio has bought a 240,000-square-foot refrigerated warehouse at the Port of Little Rock for $31 million, the company said Thursday.

Chief executive Rogelio Hernández said the Texas company, which moves produce from the border to grocery distribution centers, wants a hub on Interstate 40 between Dallas and Memphis. It expects to employ 85 people at the site by next year.

"Industrial space at the port has been the tightest in the region for two years," said Marcus Pettaway, a commercial broker with Rock City Realty Partners who was not involved in the sale. "This building was never going to sit empty." """,
gold=[]),

dict(guid="lit_arbw-2026-1019", pub="2026-10-19T06:00:00-05:00", title="Pulaski Tech foundation tops $2 million goal",
body="""NORTH LITTLE ROCK - The foundation of the Pulaski Technical College campus has raised $2.3 million for scholarships in aviation maintenance, welding and nursing, passing its two-year goal early.

Major gifts came from the Arkansas Aviation Fund, Windstream, the estate of Mildred Harkins, and a number of individual donors, among them Willie Mae Starks, Clarence and Bernice Tolbert, and Dr. Ravi Menon. Foundation director Carmen Lee said the money will cover tuition for 140 students next year.""",
gold=[]),
]
