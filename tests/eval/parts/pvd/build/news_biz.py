"""Ocean State & SouthCoast Business Brief: openings, promotions and deals, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="pvd_osbb_2026_0224", pub="2026-02-24T06:30:00-05:00",
title="DiMaiolo's Pasticceria opens second shop, in Cranston",
body="""CRANSTON - DiMaiolo's Pasticceria, the Atwells Avenue bakery known for its sfogliatelle and zeppole, opened a second location Saturday at Garden City Center.

Owner Vincenzo "Vinny" DiMaiolo, who took over the Federal Hill shop from his father in 1998, said the Cranston store will employ fourteen people and bake on site. "Half my Sunday customers drive in from Cranston anyway," he said. "Now they can park."

The expansion was financed in part by a $250,000 loan from the Rhode Island Small Business Loan Fund.""",
gold=[("PVD010", "subject")]),

dict(guid="pvd_osbb_2026_0421", pub="2026-04-21T06:30:00-04:00",
title="Blackstone Mill Health names D'Ercole chief operating officer",
body="""PAWTUCKET - Blackstone Mill Health, the community health center network with clinics in Pawtucket, Central Falls and Providence, has promoted Nicholas D'Ercole to chief operating officer, effective May 1.

D'Ercole, 46, of Providence, joined the network in 2015 as a practice manager and has been its vice president for operations since 2021. He succeeds Maureen Kealey, who is retiring after twenty-two years.

Separately, the network named Dr. Priya Venkataraman medical director of its new clinic on Broad Street in Central Falls.""",
gold=[("PVD018", "subject")]),

dict(guid="pvd_osbb_2026_0630", pub="2026-06-30T06:30:00-04:00",
title="Sousa Rebelo Marine Electric opens waterfront shop in Fall River",
body="""FALL RIVER - Sousa Rebelo Marine Electric, a boat wiring and electronics business, has opened a 3,200-square-foot shop on Davol Street, next to the Borden Flats marina.

Owner Paulo Rebelo, 46, a former electrician at the Brayton Point power station, started the business out of his pickup truck in 2019. He now employs six technicians and services recreational and commercial boats from Westport to Newport.

"The fishing fleet was my first customer," Rebelo said. "They still call me at two in the morning." """,
gold=[("PVD022", "subject")]),

dict(guid="pvd_osbb_2026_0901", pub="2026-09-01T06:30:00-04:00",
title="Fall River Gas foreman Ray Cabeceiras retires after 38 years",
body="""FALL RIVER - Raymond "Ray" Cabeceiras, the longest-serving field foreman at Fall River Gas, retired Friday after thirty-eight years with the utility.

Cabeceiras, 65, started as a meter reader in 1988 and led the crews that replaced more than forty miles of cast-iron gas main under the city's streets. Co-workers presented him with a brass valve wheel mounted on a plaque at a lunch at the White's of Westport.

He and his wife, Debbie, plan to spend the winter in Florida "and the summer right here on Eastern Avenue," he said.""",
gold=[("PVD013", "subject")]),
]
