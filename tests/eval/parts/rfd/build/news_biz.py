"""Rock River Valley Business Journal: business paper, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="rfd_rrvbj_2026_0212", pub="2026-02-12T06:00:00-06:00",
title="Swedish Historical Society passes halfway mark on Erlander Home campaign",
body="""The Swedish Historical Society of Rockford has raised $1.4 million of the $2.6 million it needs to restore the carriage house behind the Erlander Home Museum on Third Street, executive director Karin Lundgren said this week.

Leadership gifts came from the Lundgren Family Foundation, Woodward, and individual donors including Hal and Marlys Engstrom, Betsy Marchetti, Dr. Robert Lindvall and the late Evert Nyberg's estate.

Construction is expected to start in the fall, with the carriage house reopening as an event space in 2028.""",
gold=[]),

dict(guid="rfd_rrvbj_2026_0318", pub="2026-03-18T06:00:00-05:00",
title="Blackhawk Gear Works names Whitfield vice president of operations",
body="""BELOIT - Blackhawk Gear Works, the Beloit maker of industrial gearboxes, has promoted Darnell Whitfield to vice president of operations.

Whitfield, who joined the company in 2003 as a machinist apprentice, most recently ran its South Beloit plant, where he led a retooling that cut delivery times by a third. He will oversee both plants and about 480 employees.

Whitfield is a graduate of Beloit Memorial High School and Blackhawk Technical College and earned an MBA from UW-Whitewater in 2017.""",
gold=[("RFD009", "subject")]),

dict(guid="rfd_rrvbj_2026_0505", pub="2026-05-05T06:00:00-05:00",
title="Panadería Zamora celebrates 15 years on South Main",
body="""ROCKFORD - When Araceli Zamora opened Panadería Zamora in a former shoe repair shop on South Main Street in 2011, she had two ovens, a borrowed display case and her mother's recipes.

Fifteen years later the bakery employs fourteen people, ships conchas and tres leches cakes to restaurants across the Stateline, and opened a second location in Belvidere last fall. Zamora marked the anniversary this weekend with free pan dulce for the first 500 customers.

"My mother baked for this neighborhood before there was a bakery," Zamora said. "Every morning I am just keeping her promise." """,
gold=[("RFD008", "subject")]),

dict(guid="rfd_rrvbj_2026_0602", pub="2026-06-02T06:00:00-05:00",
title="Rock Valley Health names oncologist Raghunathan chief medical officer",
body="""ROCKFORD - Rock Valley Health has named Dr. Priya Raghunathan its chief medical officer, effective July 1.

Raghunathan, a medical oncologist, came to Rockford in 2015 and has led the system's cancer center since 2021, overseeing the opening of its Belvidere infusion clinic. She succeeds Dr. Alan Whitcomb, who is retiring after 31 years.

"Priya has the trust of every physician in this building," said chief executive Marcus Ortega.""",
gold=[("RFD021", "subject")]),

dict(guid="rfd_rrvbj_2026_0624", pub="2026-06-24T06:00:00-05:00",
title="Beloit manufacturer opens training center with Blackhawk Tech",
body="""BELOIT - Blackhawk Gear Works and Blackhawk Technical College opened a $3 million machining training center on the company's Gateway Boulevard campus Tuesday.

The center will train 60 apprentices a year. Vice president of operations Darnell Whitfield, who started at the company as an apprentice himself, led the tour for state and local officials.

"Nobody handed me a career here; somebody taught me one," Whitfield said.""",
gold=[]),
]
