"""Corridor Business Weekly (Cedar Rapids / Iowa City business news): plain text. Hand-labelled."""

ITEMS = [
dict(guid="cid_cbw-2026-0211", pub="2026-02-12T06:00:00-06:00", title="Coralville grocer to open second store in Marion",
body="""Bhandarkar Spice & Grocery, the Coralville shop that has sold basmati rice, curry leaves and Diwali sweets to the Corridor since 2009, will open a second, larger store in Marion this summer.

Owner Harshad "Harry" Bhandarkar signed a lease last week for 6,200 square feet in the former pharmacy at Marion Boulevard and 7th Avenue. He expects to hire twelve people.

"Half my Saturday customers drive down from Marion and Hiawatha," Bhandarkar said. "It was time to go to them."

"I come for the mango pickle and stay for the gossip," said Des O'Flaherty, a Coralville customer since 2011.""",
gold=[("CID015", "subject")]),

dict(guid="cid_cbw-2026-0318", pub="2026-03-19T06:00:00-05:00", title="Iowa City brewery takes gold at national competition",
body="""Leinbaugh Brewing Co. of Iowa City won a gold medal for its Czech-style pale lager at the national Craft Beer Cup in Denver last weekend, besting 143 entries in its category.

Co-founder and head brewer Toby Leinbaugh, 35, opened the taproom on Gilbert Street in 2021 with his college roommate, Ravi Menon. Leinbaugh said the winning recipe took four years and "about three hundred ruined batches" to get right. The brewery plans to add canning this fall.""",
gold=[("CID022", "subject")]),

dict(guid="cid_cbw-2026-0415", pub="2026-04-16T06:00:00-05:00", title="Ontiveros Landscaping marks 25 years, adds snow-removal division",
body="""When Rigoberto and Graciela Ontiveros started Ontiveros Landscaping in 2001, the company was one truck, one mower and a hand-painted sign.

Twenty-five years later the Iowa City firm has 40 employees in season, a contract with the Iowa City Community School District and, starting this winter, a snow-removal division. Beto Ontiveros runs the crews; Chela Ontiveros runs everything else. "He does the grass," she said. "I do the money." """,
gold=[("CID006", "subject"), ("CID005", "subject")]),

dict(guid="cid_cbw-2026-0520", pub="2026-05-21T06:00:00-05:00", title="Hiawatha heating firm sold after 41 years; founders retire",
body="""Kenny and Darla Wubbena, who founded Wubbena Heating & Cooling in a Hiawatha garage in 1985, have sold the company to Corridor Mechanical Group of Cedar Rapids. Terms were not disclosed.

The Wubbenas will retire at the end of June. All 22 employees will keep their jobs, and the Wubbena name will stay on the trucks for at least five years. "Darla kept the books and I kept the furnaces running," Kenny Wubbena said. "Now we keep the grandkids." """,
gold=[("CID011", "subject"), ("CID012", "subject")]),

dict(guid="cid_cbw-2026-0624", pub="2026-06-25T06:00:00-05:00", title="Community foundation's spring grants top $1.2 million",
body="""The Greater Corridor Community Foundation awarded $1.24 million in spring grants to 61 nonprofits, including $90,000 for the Czech Village flood-wall mural and $65,000 for a mobile food pantry in Johnson County.

The foundation thanked its Legacy Circle donors, among them Lorraine Hoskovec, Bernie and Francine Klostermann, Dr. Babatunde Fashola, the Mulhearn family and Corridor Mechanical Group, whose gifts endowed the mural fund.""",
gold=[]),
]
