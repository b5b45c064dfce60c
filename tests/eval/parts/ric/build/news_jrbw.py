"""James River Business Weekly (Richmond business weekly): plain-text stories. Hand-labelled."""

FEED = "jrbw"
ITEMS = [
dict(guid="ric_jrbw_2026_0108", pub="2026-01-16T06:00:00-05:00", title="Pho Saigon Garden to open second restaurant in Chester",
body="""Thuy Pham is doubling down on pho.

The owner of Pho Saigon Garden, the 60-seat restaurant on Iron Bridge Road in Chesterfield that has drawn lines at lunch since 2014, has signed a lease for a 3,200-square-foot space in the Chester Village Green shopping center, where she plans to open a second location in the spring.

Pham said the new restaurant would keep the same menu, built on her mother's recipes, and add a banh mi counter. "People drive twenty minutes from Chester for lunch," she said. "I thought, why not save them the drive."

The lease was brokered by Chris Whitlow of Fall Line Commercial.""",
gold=[("RIC012", "subject")]),

dict(guid="ric_jrbw_2026_0219", pub="2026-02-27T06:00:00-05:00", title="Fall Line Federal names Mechanicsville banker chief lending officer",
body="""Fall Line Federal Credit Union has promoted Darnell O'Neal to executive vice president and chief lending officer, the Henrico-based credit union said this week.

O'Neal, who lives in Mechanicsville, joined Fall Line in 2009 as a branch loan officer and has run its small-business lending group since 2019. He succeeds Patricia Goode, who is retiring after 27 years.

"Darnell built our small-business book from almost nothing," chief executive Harold Vance said.""",
gold=[("RIC020", "subject")]),

dict(guid="ric_jrbw_2026_0312", pub="2026-03-20T06:00:00-04:00", title="Hull Street corridor sees new wave of small-business openings",
body="""Seven years after the city rebuilt the sidewalks and added bus shelters along Hull Street Road, storefronts between Chippenham Parkway and the city line are filling up.

A count by the Southside Business Alliance found 23 businesses opened on the corridor in 2025, most of them restaurants, bakeries and tax-preparation offices owned by Salvadoran, Honduran and Guatemalan families.

"Five years ago you could park anywhere on a Saturday," said Carlos Ayala, who has run Pupusería La Ceiba near Warwick Road since 2012. "Now I have to tell my customers to come before noon."

The alliance is asking the city to add a second crosswalk near Southside Plaza.""",
gold=[]),

dict(guid="ric_jrbw_2026_0409", pub="2026-04-17T06:00:00-04:00", title="Rand Byrd to retire from Tabb, Byrd & Lightfoot after four decades",
body="""Randolph C. "Rand" Byrd IV, the managing partner of the downtown law firm Tabb, Byrd & Lightfoot, will retire at the end of June after 41 years with the firm his great-grandfather helped found.

Byrd, 71, has spent most of his career advising family-owned companies and trusts. He led the firm through its 2015 merger with a Norfolk practice and a move from Main Street to the riverfront.

He will be succeeded as managing partner by Catherine Lightfoot Ames. Byrd said he plans to spend more time on the river and with his grandchildren, and to finish a history of the firm.""",
gold=[("RIC001", "subject")]),

dict(guid="ric_jrbw_2026_0521", pub="2026-05-29T06:00:00-04:00", title="Henrico approves rezoning for White Oak data center campus",
body="""The Henrico County Board of Supervisors on Tuesday approved the rezoning of 310 acres near White Oak Technology Park for a data center campus planned by an Ashburn developer.

The project could bring $2.1 billion in investment. Supervisors added conditions on noise and on the height of the substation walls after residents of the Varina district raised concerns.""",
gold=[]),

dict(guid="ric_jrbw_2026_0702", pub="2026-07-10T06:00:00-04:00", title="Hernandez Masonry wins Chesterfield schools contract",
body="""Hernández Masonry, a south Richmond contractor, has won a $4.6 million contract to build the brick envelope of Chesterfield County's new Matoaca-area elementary school.

Owner José Roberto "Beto" Hernández, who started the company in 2003 with one truck and a cement mixer, said the job is the largest in the firm's history and will add 18 masons to its crew of 40.

The company also laid the brick of the new Southside library branch in 2024.""",
gold=[("RIC016", "subject")]),

dict(guid="ric_jrbw_2026_0820", pub="2026-08-28T06:00:00-04:00", title="Houston nail-salon chain eyes Richmond market",
body="""Lotus Nail Lounge, a chain of 40 salons in Texas and Louisiana, plans to open five locations in the Richmond area over the next two years, starting in Short Pump.

Founder Minh Nguyen of Houston said the company chose Richmond for its growing suburbs and its Vietnamese-American community, which he said would supply both customers and managers.""",
gold=[]),
]
