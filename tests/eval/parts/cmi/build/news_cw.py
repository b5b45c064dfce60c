"""C-U Commerce Weekly (Champaign-Urbana business weekly), plain text. Hand-labelled (`gold=` beside each)."""

FEED = "cw"
ITEMS = [
dict(guid="cmi_cw_2026_0203_kolam", pub="2026-02-03T06:00:00-06:00",
title="Savoy's newest bakery brings South Indian flavors to Prairie Pointe",
body="""SAVOY - Kolam Bakehouse, a bakery that sells cardamom buns, curry-leaf focaccia and Mysore pak alongside sourdough loaves, opened Saturday in the Prairie Pointe shopping center on U.S. 45.

Owner Anusha Thiruvengadam, a former food scientist at the university's Agricultural Research Service lab, spent two years baking from a rented commercial kitchen and selling at the Urbana Market at the Square before signing a lease. "The line at the market told me this could work," Thiruvengadam said. "The first Saturday I sold out by 9:30."

The bakery employs six people and plans to add a weekday lunch counter in the spring.""",
gold=[("CMI022", "subject")]),

dict(guid="cmi_cw_2026_0303_brockschmidt", pub="2026-03-03T06:00:00-06:00",
title="Mahomet seed dealer Brockschmidt retires after 41 years",
body="""MAHOMET - Gerry Brockschmidt, who has sold seed corn and soybeans to Champaign and Piatt county farmers from the same Route 47 warehouse since 1985, retired on Friday and handed Brockschmidt Seed Service to his longtime agronomist, Kyle Reifsteck.

Brockschmidt, 73, started the dealership with a pickup truck and a borrowed forklift. He said he plans to spend more time fishing Lake of the Woods with his wife, Janice, and "to finally see a planting season from the passenger seat."

Customers filled the warehouse Friday for a retirement lunch of pork chops from the Mahomet Lions Club grill.""",
gold=[("CMI006", "subject")]),

dict(guid="cmi_cw_2026_0407_okonjo", pub="2026-04-07T06:00:00-05:00",
title="University names Okonjo associate dean for research in engineering",
body="""URBANA - Dr. Babatunde Okonjo, a professor of civil and environmental engineering, has been named associate dean for research in the University of Illinois Grainger College of Engineering, effective July 1.

Okonjo, who joined the faculty in 2009, leads the university's water infrastructure resilience lab and has brought in more than $30 million in federal research grants. He earned his doctorate at Purdue after undergraduate studies at the University of Ibadan.

"Tunde has a gift for getting engineers, economists and city managers to sit at the same table," the dean said in a statement.""",
gold=[("CMI008", "subject")]),

dict(guid="cmi_cw_2026_0505_oshaughnessy", pub="2026-05-05T06:00:00-05:00",
title="Naperville logistics firm taps O'Shaughnessy as finance chief",
body="""NAPERVILLE - Fox River Freight Systems, a 600-employee trucking and warehousing company, has named Patrick O'Shaughnessy its chief financial officer.

O'Shaughnessy, 41, of Naperville, was previously treasurer of a Chicago food distributor. He is a graduate of the Gies College of Business at the University of Illinois, one of several Illinois alumni in the company's leadership.

Fox River Freight operates a cross-dock in Champaign that employs 45 people.""",
gold=[]),   # namesake of CMI015 (Savoy, b. 1957) in Naperville

dict(guid="cmi_cw_2026_0811_parking", pub="2026-08-11T06:00:00-05:00",
title="Downtown Urbana merchants split over Main Street parking meters",
body="""URBANA - A city plan to put paid parking meters on Main Street and Race Street has divided downtown merchants, with some saying paid spaces would keep them open for customers and others saying they would drive shoppers to the malls.

"I come downtown three times a week for the bookstore and the bakery," said Mary Beth Oberkfell, a retired Urbana school librarian who lives a few blocks away. "If I have to feed a meter, I'll come twice."

Maurice Van Hoorebeke, who has repaired clocks in the same storefront on Main Street since 1979, said he could live with the meters if the first thirty minutes were free. The city council will take up the plan on August 24.""",
gold=[]),   # quoted residents and a merchant: not a life event
]
