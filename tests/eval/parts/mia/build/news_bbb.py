"""Biscayne Business Brief (invented): South Florida business news in brief, plain text. Hand-labelled."""

FEED = "bbb"
ITEMS = [
dict(guid="mia_bbb_2026_031", pub="2026-03-12T06:30:00-04:00", title="Westchester gets a new ventanita: Dulcería Cabrisas opens on Bird Road",
body="""Ileana Cabrisas has opened Dulcería Cabrisas, a Cuban bakery and coffee window, at 9200 Bird Road in Westchester. The 1,800-square-foot shop employs eleven and bakes pastelitos, cangrejitos and tres leches on site from 4 a.m.

Cabrisas, a pastry chef who trained at Johnson & Wales in North Miami and spent a decade at Coral Gables hotels, financed the shop with an SBA loan and her savings. The name honors her grandmother's bakery in Matanzas.

"First day I had a line around the corner at 6 a.m.," said customer Osvaldo "Ozzy" Carmenate, who drives from Little Havana for the croquetas. "That never happens in Westchester." """,
gold=[("MIA020", "subject")]),  # MIA003 quoted customer: nothing

dict(guid="mia_bbb_2026_058", pub="2026-05-05T06:30:00-04:00", title="Doral logistics firm names Arencibia chief financial officer",
body="""Caribe Gateway Logistics, a Doral freight forwarder with 340 employees and warehouses in Doral and San Juan, has promoted María de los Ángeles Arencibia to chief financial officer.

Arencibia, who goes by Maggie, joined the company as controller in 2015. She succeeds Roberto Ledesma, who is retiring. She is a CPA and a graduate of Florida International University.""",
gold=[("MIA012", "subject")]),

dict(guid="mia_bbb_2026_074", pub="2026-06-09T06:30:00-04:00", title="Feigenblatt retires after 40 years at Lincoln Road accounting firm",
body="""Aaron Feigenblatt is retiring as managing partner of Feigenblatt Roth & Weiss, the Miami Beach accounting firm his father co-founded above a Lincoln Road shoe store in 1962. He will remain of counsel through the end of the year.

Feigenblatt, who joined the firm in 1985, grew it from six people to forty-five and opened offices in Aventura and Brickell. Partner Dana Weiss succeeds him.

A retirement reception is planned for June 20 at the Colony Theatre; the host committee includes Michael Stern, Shoshana Gutkowicz, Carlos Ybarra and Dana Weiss.""",
gold=[("MIA021", "subject")]),  # MIA008 on a reception host-committee list: nothing

dict(guid="mia_bbb_2026_081", pub="2026-06-26T06:30:00-04:00", title="People on the Move: FIU graduate joins Brickell private bank",
body="""Daniela Arencibia has joined Bayfront Private Bank in Brickell as a wealth management analyst. Arencibia, 23, graduated summa cum laude from Florida International University's College of Business in May.

She is the daughter of Maggie Arencibia, chief financial officer of Caribe Gateway Logistics in Doral.""",
gold=[("MIA012", "parent_of_subject")]),
]
