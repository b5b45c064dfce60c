"""Acadiana Business Weekly: business news, plain text. Hand-labelled."""

FEED = "abw"
ITEMS = [
dict(guid="lft_abw_4001", pub="2026-02-16T06:00:00-06:00", title="Melançon's Boudin & Cracklin opens second store in Youngsville",
body="""SCOTT - The boudin that built a following at the Interstate 10 exit in Scott is heading south. Melançon's Boudin & Cracklin will open a second store on Chemin Metairie Parkway in Youngsville next month, owner Octave "Trey" Melançon III said.

Melançon, who took over the business his father started as a meat market in 1979, said the new store will add 22 jobs and a drive-through window for boudin balls. "Half of Youngsville already drives to Scott on Saturday mornings," he said. "We figured we'd save them the gas."

Customer Lamar Verret of Breaux Bridge, in line with two links and a pound of cracklin, said he would keep coming to Scott anyway. "It's tradition," Verret said.""",
gold=[("LFT016", "subject")]),

dict(guid="lft_abw_4002", pub="2026-03-09T06:00:00-05:00", title="Stelly Boat & Trailer sold to Texas dealer group after 41 years",
body="""NEW IBERIA - Stelly Boat & Trailer, the Admiral Doyle Drive dealership that has sold bass boats and mud motors to three generations of Teche fishermen, has been acquired by Gulf Coast Marine Group of Beaumont.

Founder Clovis Stelly, 68, said he will stay on as a consultant through the end of the year before retiring. "My wife Jeanette has been waiting for me to take her fishing instead of selling somebody else a boat," Stelly said. Terms were not disclosed. All 14 employees will be retained.""",
gold=[("LFT004", "subject")]),

dict(guid="lft_abw_4003", pub="2026-04-06T06:00:00-05:00", title="Internist opens independent practice in Youngsville",
body="""YOUNGSVILLE - Dr. Naveen Kothapalli, an internal medicine physician who spent twelve years with a hospital-owned practice in Lafayette, has opened Sugar Mill Internal Medicine on Iberia Street in Youngsville.

Kothapalli said the practice will take Medicare and most commercial plans and will offer same-day sick visits. "Youngsville has doubled in size and the doctors didn't follow," he said. The clinic employs two nurse practitioners and six staff.""",
gold=[("LFT009", "subject")]),

dict(guid="lft_abw_4004", pub="2026-05-11T06:00:00-05:00", title="Arsement's Bakery marks 30 years on Broussard's Main Street",
body="""BROUSSARD - J.B. and Mona Arsement opened their bakery in a former shoe repair shop in 1996 with one oven and a borrowed mixer. Thirty years later, Arsement's Bakery bakes 600 dozen kolaches on a football Saturday and ships king cakes to 40 states.

"We still come in at 3 in the morning," Mona Arsement said. Her husband handles the ovens; she handles everything else, he said. The couple plan to add a second location in 2027.""",
gold=[("LFT019", "subject"), ("LFT020", "subject")]),

dict(guid="lft_abw_4005", pub="2026-06-01T06:00:00-05:00", title="Lafayette engineering firm names first woman partner",
body="""LAFAYETTE - Coulee Engineering Group has named Ximena Arriaga Villaseñor a partner, the first woman to hold the title in the firm's 38-year history.

Arriaga, a structural engineer and a native of Monterrey, Mexico, joined the firm in 2011 and led the design of the new Vermilion River pedestrian bridge. She holds degrees from Tecnológico de Monterrey and the University of Louisiana at Lafayette.""",
gold=[("LFT005", "subject")]),

dict(guid="lft_abw_4006", pub="2026-03-30T06:00:00-05:00", title="Crawfish Festival sponsors return as crowds expected to top 2025",
body="""BREAUX BRIDGE - Organizers of the Breaux Bridge Crawfish Festival expect another record crowd in May, and most of last year's sponsors are back, festival chair Gail Verret said.

Returning sponsors include Arsement's Bakery, Melançon's Boudin & Cracklin, Stelly Boat & Trailer and Sugar Mill Internal Medicine. New this year is a cooking pavilion sponsored by Teche Federal Credit Union.""",
gold=[]),  # business names and a non-client chair only
]
