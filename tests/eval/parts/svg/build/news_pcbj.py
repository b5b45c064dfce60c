"""Port City Business Journal: port, logistics and small-business news from Savannah and the Lowcountry, plain
text. Hand-labelled: `gold` lists (client_id, role) beside each text."""

FEED = "pcbj"
ITEMS = [
dict(guid="svg_pcbj_2026_0114_deloach", pub="2026-01-14T06:30:00-05:00", cat="People on the Move",
title="Coastal Stevedoring names Richmond Hill veteran to run Ocean Terminal operations",
body="""SAVANNAH - Coastal Stevedoring Co. has promoted Wade DeLoach Jr. to vice president of terminal operations, putting him in charge of the company's breakbulk and roll-on/roll-off work at Ocean Terminal.

DeLoach, who lives in Richmond Hill, started with the company in 1985 as a checker on the Garden City docks and has spent the last nine years as general superintendent. He succeeds Ray Pittman, who retired in December after 41 years.

"Wade has loaded just about every kind of cargo that has ever crossed that wharf, from Mack trucks to wind-turbine blades," said company president Lorna Whitcomb. "Nobody knows the river and the gangs better."

Ocean Terminal handled a record 412,000 tons of breakbulk cargo last year, driven by steel, forest products and project cargo for the new battery plants along Interstate 16.""",
gold=[("SVG014", "subject")]),

dict(guid="svg_pcbj_2026_0225_koulouri", pub="2026-02-25T06:30:00-05:00", cat="Small Business",
title="Grandmother's recipes go commercial: Koulouri Bakehouse opens in Pooler",
body="""POOLER - Anastasia Mavromatis learned to braid tsoureki standing on a milk crate in her grandmother's bakery on Abercorn Street. On Saturday she opens her own.

Koulouri Bakehouse, at 104 Canal Street in Pooler's town center, will sell Greek breads, koulourakia, spanakopita and baklava alongside American breakfast pastries and coffee. Mavromatis, 40, spent twelve years as a pastry chef at hotels on River Street before signing a lease on the 2,400-square-foot former insurance office last fall. She financed the $310,000 build-out with an SBA loan through a Savannah credit union and her own savings, and she has hired nine employees.

"Pooler has 30,000 people and every one of them drives past here to get to I-95," she said. "I want them to stop."

The bakery will supply baklava to the Savannah Greek Festival in October, which draws about 25,000 visitors to St. Paul Greek Orthodox Church.""",
gold=[("SVG008", "subject")]),

dict(guid="svg_pcbj_2026_0408_chamber", pub="2026-04-08T06:30:00-04:00", cat="Economic Development",
title="Harbor chamber seats new board, vows to push for second harbor-deepening study",
body="""SAVANNAH - The Savannah Harbor Chamber of Commerce seated its 2026-27 board of directors at its annual luncheon Tuesday at the Convention Center, and its new chair used the occasion to call for a federal study of deepening the river channel again.

"Ships are not getting smaller," said chair Renee Oglesby, chief executive of Marsh Hen Logistics. "We deepened to 47 feet and the carriers are already asking about 50."

New directors elected to three-year terms are Gus Xanthakos, retired owner of Xanthakos Seafood; Sean Gallogly, of Gallogly & Reyes CPAs; Marcus Whitlock of the International Longshoremen's Association Local 1414; Priya Raman of Memorial Health; and Cheryl Banks-Lyle of the Savannah College of Art and Design. Outgoing chair Thomas Ferrell received the chamber's Oglethorpe Cup for service.

The chamber also reported that membership reached 2,140 businesses, its highest number since 2008.""",
gold=[]),   # a board list: directors elected in a list are not the story's subject (committee-list rule)

dict(guid="svg_pcbj_2026_0716_gallogly", pub="2026-07-16T06:30:00-04:00", cat="Logistics",
title="Boston freight-tech firm picks Savannah for its Southeast hub",
body="""SAVANNAH - Harborline Freight, a Boston company whose software matches truckers with containers leaving the ports, will open its Southeast hub in a renovated warehouse on West River Street and hire 85 people over three years.

The company's chief financial officer, Sean Gallogly, said Savannah won out over Charleston and Jacksonville because of the size of the Garden City terminal and the number of trucking companies within a day's drive. Gallogly, who lives in Hingham, Mass., said he expects to spend "a week a month, at least" in Savannah while the office is built out.

"We looked at the numbers and Savannah was not close," he said. "Also, my grandfather was from Cork, so I've been told I'm obligated to come to the parade."

The Savannah Economic Development Authority said the company will receive a $400,000 job-tax-credit package from the state.""",
gold=[]),   # a namesake from Hingham, Mass. (SVG012 is a Wilmington Island CPA): nothing

dict(guid="svg_pcbj_2026_0930_wigfall", pub="2026-09-30T06:30:00-04:00", cat="Small Business",
title="Bluffton oysterman lands contract to supply Hilton Head resorts",
body="""BLUFFTON, S.C. - A May River oyster farm started four years ago with a johnboat and 20 cages will supply single oysters to three Hilton Head Island resorts beginning this month.

Darnell Wigfall, owner of Buckingham Landing Oyster Co., signed the two-year contract with the resorts' food-service group last week. He expects to sell about 400,000 oysters a year, triple his current output, and has hired four new employees and leased a second two-acre plot in the river.

Wigfall, 44, learned the work from his grandmother, who packed oysters at the old Bluffton Oyster Company for forty years. "She'd be happy and she'd tell me I'm doing it wrong," he said.

Oyster farming in South Carolina has grown from a handful of permits a decade ago to more than 60 today, according to the state Department of Natural Resources.""",
gold=[("SVG023", "subject")]),
]
