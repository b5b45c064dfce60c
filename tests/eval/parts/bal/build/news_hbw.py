"""Baltimore Harbor Business Weekly: business journal, plain text. Hand-labelled."""

FEED = "hbw"
ITEMS = [
dict(guid="bal_hbw_2026-01-20-rosenthal-partner", pub="2026-01-20T06:00:00-05:00", title="Whitcomb & Lyle names six new partners",
body="""Baltimore law firm Whitcomb & Lyle LLP has elected six attorneys to its partnership, effective Jan. 1, the firm said Monday.

Among them is Ilana Rosenthal, a commercial real estate lawyer in the firm's Harbor East office who led the financing work on two of the largest apartment projects in Port Covington last year. Rosenthal, a Pikesville resident, joined the firm in 2014 after clerking on the Maryland Supreme Court.

The other new partners are Marcus Greer, Hannah Liu, Brian Okonkwo, Stephanie Vail and Robert Tran.""",
gold=[("BAL020", "subject")]),

dict(guid="bal_hbw_2026-02-10-athena-pastry", pub="2026-02-10T06:00:00-05:00", title="Highlandtown's Athena Pastry Shop opens second location in Towson",
body="""A Highlandtown bakery that has sold galaktoboureko and koulourakia on Eastern Avenue since 1974 is opening a second shop on York Road in Towson this week.

Athena Pastry Shop is owned by Gus and Eleni Raftopoulos, who bought it from Eleni's parents in 1981. Their son, Nick Raftopoulos, will run the Towson store.

"We have customers who drove in from the county every Saturday for forty years," Eleni Raftopoulos said. "It was time we drove to them."

Oksana Hrytsenko, a Towson resident who came to the soft opening, said she had been buying the shop's spanakopita since college.""",
gold=[("BAL015", "subject"), ("BAL016", "subject")]),   # Oksana Hrytsenko quoted customer: nothing

dict(guid="bal_hbw_2026-03-03-olympia-diner-40", pub="2026-03-03T06:00:00-05:00", title="Towson's Olympia Diner marks 40 years under one family",
body="""The Olympia Diner on York Road turns 40 this month, and its owner is celebrating the way she does everything: with free rice pudding.

Teddie Marinos took over the diner from her parents, who opened it in 1986, and has run it for 22 years. She has kept the rotating dessert case, the 24-hour Friday hours and, she says, "the same three waitresses, who are now running the place more than I am."

The diner will mark the anniversary March 14 with 1986 prices on coffee and a visit from the Towson High School marching band.""",
gold=[("BAL017", "subject")]),

dict(guid="bal_hbw_2026-04-21-choi-retires", pub="2026-04-21T06:00:00-04:00", title="Chesapeake Aerosystems engineering chief retires after 36 years",
body="""Steve Choi, vice president of engineering at Linthicum-based Chesapeake Aerosystems, will retire at the end of the month after 36 years with the radar maker.

Choi, of Ellicott City, joined the company as a junior antenna engineer in 1990 and led the design team for its airport surveillance radar, now installed at more than 200 airports. He will be succeeded by Priya Raman, currently director of systems engineering.

"Steve taught half this building how to design a phased array," chief executive Alan Fenwick said.""",
gold=[("BAL012", "subject")]),

dict(guid="bal_hbw_2026-05-12-port-volumes", pub="2026-05-12T06:00:00-04:00", title="Port of Baltimore container volumes up 9% in first quarter",
body="""The Port of Baltimore handled 9% more containers in the first three months of 2026 than a year earlier, the Maryland Port Administration said Monday, as the Seagirt terminal's new berth came into full use.

Roll-on/roll-off cargo, the port's specialty, was flat. Port officials credited the increase to two new Asia services calling weekly.""",
gold=[]),

dict(guid="bal_hbw_2026-06-09-douglass-hall", pub="2026-06-09T06:00:00-04:00", title="Frederick Douglass High inducts five into alumni hall of fame",
body="""Frederick Douglass High School inducted five graduates into its alumni hall of fame Saturday, including a former city schools chief financial officer who still does the books for half the churches on Druid Hill Avenue.

Bernice Pettaway Whitlock, class of 1974, spent 30 years in the Baltimore City Public Schools budget office and retired as its chief financial officer in 2016. She now chairs the finance committee of the Druid Heights Community Development Corp.

The other inductees were jazz bassist Lonnie Sayles, Judge Angela Mercer, surgeon Dr. Walter Ruffin and track coach Delores Banks.""",
gold=[("BAL002", "subject")]),
]
