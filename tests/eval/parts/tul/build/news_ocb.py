"""Oil Capital Energy Brief (invented Tulsa oil-and-gas business newsletter): terse briefs, plain text.
Hand-labelled."""

ITEMS = [
dict(guid="tul_ocb_2026_0203", pub="2026-02-03T06:30:00-06:00",
title="Osage Bend Midstream names Fourkiller VP of pipeline integrity",
body="""TULSA - Osage Bend Midstream LLC has promoted Dr. Anita Fourkiller to vice president of pipeline integrity, effective Feb. 1. Fourkiller, a corrosion engineer with a Ph.D. from the University of Tulsa, joined the company in 2011 and most recently directed its Cushing-to-Tulsa inspection program. She succeeds Walt Brennaman, who retired. Osage Bend operates 2,300 miles of crude and NGL gathering lines in Oklahoma and Kansas.""",
gold=[("TUL014", "subject")]),

dict(guid="tul_ocb_2026_0317", pub="2026-03-17T06:30:00-05:00",
title="Permian operator adds Sixkiller to board; Tulsa rig count flat",
body="""MIDLAND, Texas - Caprock Basin Resources said Monday it has appointed Raymond Sixkiller, its Midland-based chief geologist, to its board of directors. Sixkiller, 44, has worked in the Delaware Basin since 2008.

In Tulsa, Baker Hughes data showed the Oklahoma rig count unchanged at 41 for the week. Analysts quoted by the brief, including Darla Sixkiller of Red Fork Energy Analytics, expect flat activity through midyear.""",
gold=[]),

dict(guid="tul_ocb_2026_0428", pub="2026-04-28T06:30:00-05:00",
title="Blackfox opens pipe-and-valve supply yard in Broken Arrow",
body="""BROKEN ARROW - Curt Blackfox, a 22-year veteran of oilfield supply sales, has opened Blackfox Pipe & Valve Supply on a six-acre yard off State Highway 51. The Cherokee-owned business stocks line pipe, valves and fittings for midstream and water-disposal customers and employs eight. Blackfox said the April 14 hailstorm delayed the opening by two weeks after it damaged the yard's office roof.""",
gold=[("TUL019", "subject")]),

dict(guid="tul_ocb_2026_0609", pub="2026-06-09T06:30:00-05:00",
title="Okmulgee refinery veteran retires; Sixkiller Jr. joins Cimarron Gas Gathering",
body="""OKMULGEE - Tommy Bemo retired June 1 after 36 years at the Okmulgee products terminal, most recently as terminal superintendent. Bemo, who also pastors a Creek Indian Baptist congregation, was honored at a luncheon by coworkers.

TULSA - Cimarron Gas Gathering has hired Ray Sixkiller Jr. as director of land and right-of-way. Sixkiller was previously with Osage Bend Midstream for 19 years.""",
gold=[("TUL010", "subject"), ("TUL004", "subject")]),
]
