"""Beehive Business Weekly (Salt Lake City business weekly): plain text. Hand-labelled."""

FEED = "bbw"
ITEMS = [
dict(guid="slc_bbw-2026-0211", pub="2026-02-11T06:00:00-07:00", title="West Valley concrete contractor lands $9.8M UDOT interchange job",
body="""WEST VALLEY CITY - Zamora Reyes Concrete, a family-owned flatwork and structures contractor on Redwood Road, has been awarded a $9.8 million Utah Department of Transportation contract for the retaining walls and ramps of the rebuilt Bangerter Highway interchange at 4100 South.

It is the largest contract in the company's 24-year history. Founder Luis Alberto Zamora Reyes, who poured his first driveway in Glendale in 2002 with a borrowed mixer, said the firm will add 30 workers for the job and buy its first slipform paver. "My father laid block in Chihuahua," Zamora said. "He would not believe the size of these forms."

UDOT said the award followed a best-value selection that weighed schedule and safety record as well as price.""",
# Owner of the named business = SLC014 Luis Alberto Zamora Reyes, West Valley City.
gold=[("SLC014", "subject")]),

dict(guid="slc_bbw-2026-0304", pub="2026-03-04T06:00:00-07:00", title="Sandy orthodontist retires after 34 years, sells practice to former associate",
body="""SANDY - Dr. Brad Ashworth, who has straightened an estimated 21,000 smiles from his office at the mouth of Little Cottonwood Canyon, will retire at the end of the month and has sold Ashworth Orthodontics to his associate of eight years, Dr. Priya Menon.

Ashworth opened the practice in 1992 with one chair and a receptionist who was also his mother-in-law. It now has two locations, in Sandy and Draper, and 26 employees. The practice will keep its name through the end of the year.

"I plan to ski on weekdays and feel guilty about nothing," Ashworth said.""",
# SLC019 Bradley "Brad" Ashworth, Sandy: retirement, his business.
gold=[("SLC019", "subject")]),

dict(guid="slc_bbw-2026-0415", pub="2026-04-15T06:00:00-06:00", title="Fa'alogo's Island Grill opens second location in Kearns",
body="""KEARNS - The line at Fa'alogo's Island Grill, the Samoan barbecue spot that started as a weekend food truck outside a Taylorsville church, now has a second place to form.

Owner Tavita Fa'alogo opened the restaurant's second location this week in a former pizza parlor on 5400 South, with seating for 80 and a kitchen big enough for the umu-style pit he has wanted since the truck days. The first location, in Taylorsville, opened in 2021.

Fa'alogo said the oka and the palusami sell out first, but the secret to the business is simpler: "My mom's rule. Nobody leaves hungry." He plans to hire 15 people, most of them from the neighborhood.""",
# SLC010 Tavita Faalogo of Kearns (roster drops the apostrophe): owner of the named business.
gold=[("SLC010", "subject")]),

dict(guid="slc_bbw-2026-0520", pub="2026-05-20T06:00:00-06:00", title="Sugar House mixed-use tower clears planning commission",
body="""SALT LAKE CITY - A 14-story apartment and retail tower on the former Sugar House furniture store site cleared the Salt Lake City Planning Commission on Tuesday by a 6-2 vote, after three hearings and more than 400 public comments.

Developer Granite Peak Partners plans 310 apartments, 30 of them affordable, over a grocery store and a public plaza linking to the S-Line streetcar.

Neighbors remain divided. "I'm not against housing. I'm against a wall of glass blocking the only sunset I get," said Jen Ostler, who lives two blocks east and spoke at all three hearings. Commissioner Dan Reyes said the city "cannot keep saying yes to housing in theory and no to it in every actual place." """,
# Jen Ostler (SLC020) quoted neighbor: nothing.
gold=[]),

dict(guid="slc_bbw-2026-0617", pub="2026-06-17T06:00:00-06:00", title="Ogden aerospace supplier adds 200 jobs at Business Depot Ogden",
body="""OGDEN - Wasatch Composite Structures will add 200 jobs over two years at its Business Depot Ogden plant after winning a contract to build fuselage panels for a business jet.

The company, which employs 640 people in Ogden, will receive up to $3.1 million in post-performance tax credits from the state. Chief executive Darren Loveless said recruiting would focus on graduates of Ogden-Weber Technical College and Weber State University.""",
gold=[]),
]
