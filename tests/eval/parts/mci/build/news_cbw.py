"""Kansas City Crossroads Business Weekly: business weekly, plain text. Hand-labelled."""

FEED = "cbw"
ITEMS = [
dict(guid="mci_cbw_2026_01_22_pfannenstiel", pub="2026-01-22T06:00:00-06:00", title="Pfannenstiel Heating & Cooling opens second shop in Lenexa",
body="""Pfannenstiel Heating & Cooling, the Overland Park contractor known for its cartoon-furnace vans, is opening a second location in Lenexa and adding 14 technicians this spring.

Owner Wendell Pfannenstiel, who started the business out of his garage in 1993 with one truck and a borrowed brazing torch, said the Lenexa shop at 95th and Renner will handle commercial rooftop units. "We were turning away work on the west side," he said. The company now employs 46 people.""",
gold=[("MCI007", "subject")]),

dict(guid="mci_cbw_2026_02_05_semaans", pub="2026-02-05T06:00:00-06:00", title="Semaan's Lebanese Bakery marks 30 years on Wornall Road",
body="""Thirty years, four ovens and an estimated two million spinach pies later, Semaan's Lebanese Bakery is celebrating its anniversary with a block party on Saturday.

Tony and Nadia Semaan opened the bakery in a former shoe repair shop in 1996. Nadia still makes the ma'amoul by hand every morning; Tony runs the wholesale side, which supplies 40 grocery stores across the metro. "People come for the bread and stay to argue about the Chiefs," Tony Semaan said.""",
gold=[("MCI012", "subject"), ("MCI013", "subject")]),

dict(guid="mci_cbw_2026_03_12_cardiology", pub="2026-03-12T06:00:00-05:00", title="Johnson County health system names new chief of cardiology",
body="""Prairie Heart & Vascular, the Overland Park-based cardiology group affiliated with Olathe Medical Center, has named Dr. Priya Venkataraghavan its chief of cardiology, effective April 1.

Venkataraghavan, an interventional cardiologist who joined the group in 2014, led its structural heart program and the Women's Heart Clinic. She succeeds Dr. Howard Lisowski, who is retiring after 31 years.""",
gold=[("MCI011", "subject")]),

dict(guid="mci_cbw_2026_04_16_square", pub="2026-04-16T06:00:00-05:00", title="Independence Square merchants welcome end of streetscape work",
body="""After 14 months of torn-up sidewalks, the $9 million Independence Square streetscape project wrapped up this week, and merchants say foot traffic is already back.

"Last summer you had to be a mountain goat to get into the bookstore," said Casey Wojtaszek, who walks the Square most mornings and stopped to watch crews pull the last barricades. Owners of the Square's antique stores and cafes say April sales are up about a fifth over last year.""",
gold=[]),

dict(guid="mci_cbw_2026_05_21_stl", pub="2026-05-21T06:00:00-05:00", title="St. Louis accounting firm names new managing partner",
body="""Bellerive Keogh LLP, the St. Louis accounting firm, has named Rosaleen O'Dwyer managing partner. O'Dwyer, a tax partner who lives in Kirkwood, joined the firm in 2003 and leads its not-for-profit practice. She succeeds James Keogh, who remains of counsel. The firm has 210 employees in St. Louis and Clayton.""",
gold=[]),
]
