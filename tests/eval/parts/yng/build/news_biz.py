"""Steel Valley Business Journal (Youngstown-Warren business weekly): plain-text stories. Hand-labelled."""

FEED = "svbj"
ITEMS = [
dict(guid="yng_svbj_2026_02_05_abounader", pub="2026-02-05T06:00:00-05:00", title="Abounader's Market to open second store in Canfield",
body="""AUSTINTOWN, Ohio - Abounader's Market, the Lebanese grocery and bakery that has sold pita, za'atar and kibbeh from the same Mahoning Avenue storefront since 1979, will open a second location this spring in the former Canfield Hardware building on East Main Street.

Owner Ray Abounader, who took over the store from his father in 1988, said the Canfield shop will carry the full bakery line and a hot counter. "Half of our customers drive in from Canfield already," he said. "We decided to save them the gas."

The $1.2 million project will add 14 jobs. Abounader said his nephew, Michel Abounader, will manage the new store.""",
gold=[("YNG006", "subject")]),

dict(guid="yng_svbj_2026_03_05_kapolka", pub="2026-03-05T06:00:00-05:00", title="Kapolka Tool & Die lands $8 million aerospace contract",
body="""NORTH JACKSON, Ohio - Kapolka Tool & Die has won an $8 million, five-year contract to machine landing-gear components for a Tier 1 aerospace supplier, the largest order in the North Jackson shop's 58-year history.

President Dennis Kapolka said the company will add 22 machinists and a second shift and has ordered two five-axis machining centers. "My dad started this business in a pole barn with a lathe he bought at an auction," Kapolka said. "He still comes in on Fridays to tell us what we're doing wrong."

The company, which employs 61, received a $400,000 JobsOhio grant toward the equipment.""",
gold=[("YNG016", "subject")]),

dict(guid="yng_svbj_2026_04_16_chamber", pub="2026-04-16T06:00:00-04:00", title="Niles business owners split over RG Steel site redevelopment plan",
body="""NILES, Ohio - A proposal to turn the idle former RG Steel site into a logistics park drew a packed room at Niles City Council on Wednesday, with business owners split on the tax abatement the developer is seeking.

"We need the jobs, and we need them on that land and not in a cornfield in Lordstown," said Raymond Trbovich Jr., president of the Niles Area Chamber of Commerce. "But the abatement has to be tied to hiring people who live here."

Restaurant owner Gina Savastano said she worries about truck traffic on Route 46. Council is expected to vote on the abatement in May.""",
gold=[]),

dict(guid="yng_svbj_2026_05_07_pavlicek", pub="2026-05-07T06:00:00-04:00", title="Brant, Kessick & Pavlicek names first woman managing partner",
body="""GIRARD, Ohio - The accounting firm Brant, Kessick & Pavlicek has named Mary Jo Pavlicek its managing partner, the first woman to lead the 70-year-old firm.

Pavlicek, a certified public accountant who joined the firm as a staff accountant in 1989 and became a partner in 2003, succeeds Donald Kessick, who is retiring after 44 years. She leads the firm's tax practice and has served as treasurer of the Girard Free Library board for a decade.

The firm, with offices in Girard and Boardman, employs 38 people.""",
gold=[("YNG012", "subject")]),

dict(guid="yng_svbj_2026_06_11_foundry", pub="2026-06-11T06:00:00-04:00", title="Struthers foundry reopens under new owners, hiring 60",
body="""STRUTHERS, Ohio - The Yellow Creek Foundry, idle since 2023, reopened Monday under new owners, a Pittsburgh investment group that plans to pour specialty castings for the rail and mining industries.

General manager Kevin Orlosky said the foundry has hired 41 of the 60 workers it needs. The city of Struthers approved a ten-year, 75 percent tax abatement in March.""",
gold=[]),
]
