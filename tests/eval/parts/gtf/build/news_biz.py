"""Central Montana Business Journal (weekly): business news, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="gtf_cmbj_2026_03_12_bakery", pub="2026-03-12T06:00:00-06:00",
title="Strobel's Backhaus to open second bakery in Black Eagle",
body="""Strobel's Backhaus, the German bakery on Great Falls' west side known for its Saturday-morning line for pretzels and bee-sting cake, will open a second location in Black Eagle this spring.

Owner Annaliese Ferrante said the bakery has signed a lease on the former Black Eagle Mercantile building on Smelter Avenue and will hire eight people. Ferrante, who founded the bakery in 2009 with her late mother, Gisela Strobel, said the new shop will add a lunch counter and a small Croatian pastry case "because Black Eagle deserves its povitica fresh."

The expansion was financed in part through a $250,000 loan from the Great Falls Development Alliance. "Annaliese has grown this business every single year without ever cutting a corner," said Alliance loan officer Brent Kuehn.""",
gold=[("GTF009", "subject")]),

dict(guid="gtf_cmbj_2026_04_08_foodbank", pub="2026-04-08T06:00:00-06:00",
title="Food bank campaign tops $2 million for new Great Falls warehouse",
body="""The Great Falls Community Food Bank's capital campaign has passed $2 million, enough to break ground this summer on a 24,000-square-foot warehouse near the airport.

"Three years ago we were storing pallets in a borrowed semi-trailer," said board chair Torvald Ekstrand. "Today we have a building fund and a contractor."

Lead gifts came from NorthWestern Energy, the D.A. Davidson Foundation and Malmstrom Federal Credit Union. Individual donors recognized at Tuesday's announcement included Orrin Fairweather Jr., Roy and Trixie Gallimore, Marcel and Evangeline D'Amour, the Ruffatto family and Dr. Priyanka Venkataraman.

Construction is expected to take about ten months.""",
gold=[]),

dict(guid="gtf_cmbj_2026_05_27_cardiology", pub="2026-05-27T06:00:00-06:00",
title="Missouri Valley Medical Center names Venkataraman chief of cardiology",
body="""Missouri Valley Medical Center has named Dr. Priyanka Venkataraman chief of cardiology, the hospital announced Tuesday.

Venkataraman, who joined the Great Falls hospital in 2014, led the launch of its structural-heart program and its rural telecardiology clinics in Choteau, Conrad and Fort Benton. She trained at the University of Washington and completed her fellowship at the Mayo Clinic.

She succeeds Dr. Howard Linwood, who is retiring after 27 years. "Dr. Venkataraman has built the kind of rural heart care people used to drive to Seattle for," said the center's chief executive, Marlys Oberg.""",
gold=[("GTF010", "subject")]),

dict(guid="gtf_cmbj_2026_08_19_colony", pub="2026-08-19T06:00:00-06:00",
title="Sun River colony opens 600,000-bushel grain terminal",
body="""The Sun River Hutterite Colony has opened a 600,000-bushel shuttle-loading grain terminal on the BNSF line west of Vaughn, giving farmers in western Cascade and Teton counties a closer place to deliver wheat and barley.

"Our neighbors were hauling forty miles each way," said colony manager Jakob Wipf. "Now they can be home for dinner." The terminal can load a 110-car train in under fifteen hours and will employ six people outside the colony.

The project cost about $18 million and was built by a Billings contractor over two summers.""",
gold=[]),
]
