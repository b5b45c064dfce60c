"""Cumberland Valley Business Ledger: regional business weekly, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="hgr_cvbl_2026_0114", pub="2026-01-14T06:00:00-05:00", title="Antietam Regional names Venkataraman chief medical officer",
body="""Antietam Regional Health has named Dr. Priya Venkataraman its chief medical officer, effective Feb. 1.

Venkataraman, a hospitalist who came to Hagerstown in 2009 and has led the hospital's hospital-medicine group since 2018, succeeds Dr. Alan Troxell, who is retiring. She will oversee quality, patient safety and the medical staff of about 400 physicians.

"Priya has been the person we call when something has to be fixed by Monday," President and CEO Martin Geiser said in a statement.""",
gold=[("HGR015", "subject")]),

dict(guid="hgr_cvbl_2026_0318", pub="2026-03-18T06:00:00-04:00", title="Kretzer's Orchard Market marks 75 years on Route 66",
body="""BOONSBORO - Kretzer's Orchard Market, the roadside stand that grew into one of Washington County's best-known farm markets, is marking its 75th season this spring.

Owners Tad and Lorrie Kretzer, the third generation to run it, plan a weekend celebration April 25-26 with wagon rides, a pie auction and apple-cider doughnuts at 1951 prices. The market now employs 40 people in season and ships peaches to grocers in three states.

"My grandfather sold apples off a plank on two barrels," Tad Kretzer said. "We still have the plank."

The Kretzers added a bakery and a cider house in 2014 and a pick-your-own pumpkin patch in 2020.""",
gold=[("HGR006", "subject"), ("HGR007", "subject")]),

dict(guid="hgr_cvbl_2026_0422", pub="2026-04-22T06:00:00-04:00", title="Hagerstown panadería opens second shop, in Chambersburg",
body="""A Jonathan Street bakery that started in a rented church kitchen is expanding across the state line.

Panadería La Guerrerense, owned by Maricela Ocampo, will open its second location May 2 on Lincoln Way East in Chambersburg, Pa. Ocampo, who started the business in 2015 selling conchas and bolillos at the Hagerstown City Farmers Market, said the new shop will add eight jobs.

"Half my Saturday customers drive down from Chambersburg," she said. "So I'm driving up to them." """,
gold=[("HGR009", "subject")]),

dict(guid="hgr_cvbl_2026_0506", pub="2026-05-06T06:00:00-04:00", title="Antietam Regional Foundation passes $12 million mark for cancer center",
body="""The Antietam Regional Health Foundation said this week that its campaign for a new outpatient cancer center has passed $12 million of its $15 million goal.

Leadership gifts of $100,000 or more have come from the Fulton Family Fund, Hagerstown Trust, the estate of Ira Gossard, Del and Arlene Ridenour, and Mary Lou Snavely in memory of her husband, Jim. The foundation also credited more than 2,300 smaller donors.

Construction on Robinwood Drive is scheduled to begin in the fall.""",
gold=[]),  # donor list

dict(guid="hgr_cvbl_2026_0610", pub="2026-06-10T06:00:00-04:00", title="Ephrata dairyman named state's outstanding young farmer",
body="""EPHRATA, Pa. - Lancaster County dairyman Eldon Strite, 38, has been named Pennsylvania's Outstanding Young Farmer for 2026 by the state Jaycees' agricultural foundation.

Strite and his wife, Joanna, milk 240 cows near Ephrata and installed one of the county's first methane digesters in 2022. He will represent Pennsylvania at the national program in February.""",
gold=[]),  # namesake far away (HGR008 is 73 and lives in Williamsport, Md.)
]
