"""Laurel Highlands Business Weekly: a regional business weekly (Johnstown, Altoona, Somerset), plain text.
Hand-labelled."""

ITEMS = [
dict(guid="jst_lhbw_2026_02_02_abbruzzino", pub="2026-02-02T06:00:00-05:00",
title="Abbruzzino's Bakery turns 75, adds wholesale line for area groceries",
body="""Abbruzzino's Bakery, the Bedford Street shop whose hard-crusted Italian loaves have been a Johnstown staple since 1951, marks its 75th year with an expansion.

Owner Vince Abbruzzino, who took over from his father in 1994, said the bakery has bought a second deck oven and signed a deal to supply bread and pepperoni rolls to eleven independent groceries in Cambria and Somerset counties. The $380,000 project adds six jobs. "My grandfather baked 200 loaves a day in a coal oven," Abbruzzino said. "We'll bake 4,000 now."

The bakery received a low-interest loan through JARI, the Johnstown Area Regional Industries economic development group.""",
gold=[("JST006", "subject")]),

dict(guid="jst_lhbw_2026_04_27_fabricator", pub="2026-04-27T06:00:00-04:00",
title="Franklin fabricator lands $14 million railcar-parts contract",
body="""Conemaugh Valley Fabricating, which occupies part of the former Bethlehem Steel Franklin works, has won a $14 million, three-year contract to supply underframes to a railcar builder in Illinois, company president Gregory Hafer said.

The work will add 35 welders and fitters to the plant's 120 employees. Hafer said the company is working with Pennsylvania Highlands Community College on a 12-week welding certificate to fill the jobs. "This valley still knows how to make heavy things," Hafer said.""",
gold=[]),

dict(guid="jst_lhbw_2026_05_11_stonycreek", pub="2026-05-11T06:00:00-04:00",
title="Stonycreek Outfitters opens second shop at Seven Springs",
body="""A Johnstown whitewater outfitter is going up the mountain.

Stonycreek Outfitters, which rents kayaks and rafts and runs guided trips on the Stonycreek River's Class III rapids, will open a second location at Seven Springs Mountain Resort in June, owner Marissa Kocjancic said. The Seven Springs shop will rent mountain bikes and paddleboards and run shuttles to the Youghiogheny.

Kocjancic, 34, a former Richland High School swim coach, started the business in 2019 with two used rafts and a borrowed trailer. It now employs 22 seasonal guides. "The river brought this town down once," she said. "Now it brings people in." """,
gold=[("JST019", "subject")]),

dict(guid="jst_lhbw_2026_07_13_cmo", pub="2026-07-13T06:00:00-04:00",
title="Conemaugh Valley Health names new chief medical officer",
body="""Conemaugh Valley Health has named Dr. Catrin Bowen, a pulmonologist who has practiced in Cambria County for 16 years, its chief medical officer, effective Aug. 1.

Bowen, who lives in Ebensburg, has led the health system's lung-cancer screening program since 2015, when it became the first in the region to offer low-dose CT screening to retired miners at no cost. She succeeds Dr. Harold Vinton, who is retiring after 12 years as CMO. A native of Swansea, Wales, Bowen trained at Cardiff University and completed her fellowship at the University of Pittsburgh.""",
gold=[("JST007", "subject")]),   # roster Catrin Treharne-Bowen: the story uses one part of the compound surname

dict(guid="jst_lhbw_2026_09_08_foundation", pub="2026-09-08T06:00:00-04:00",
title="Community foundation's campaign passes $5 million",
body="""The Community Foundation for the Alleghenies said its Rising Valley campaign has raised $5.2 million for scholarships, downtown façade grants and a new riverfront trail segment.

Leadership donors announced at the foundation's annual luncheon on Thursday included the Crown American Foundation, the 1889 Foundation, the Kollipara family, Bernadine Czajkowski, Conemaugh Valley Fabricating and the estate of Joseph Dzurko. Foundation president Mike Ondrejko said the trail segment, connecting the Stone Bridge to Cambria City, should open next summer.""",
gold=[]),  # donor list: the Kolliparas and Bernadine Czajkowski are not the subject
]
