"""North Iowa Business Ledger (weekly business paper): plain-text stories. Hand-labelled."""

FEED = "nibl"
ITEMS = [
dict(guid="mcw_nibl_2026_0112_solheimer", pub="2026-01-12T06:00:00-06:00",
title="Solheimer Agronomy buys Hanlontown elevator site, plans second location",
body="""Solheimer Agronomy of Rockwell has bought the former cooperative elevator site in Hanlontown and will open a second seed and crop-input location there in time for spring planting.

Owner Kris Solheimer started the business in a machine shed on her family's farm in 2004 and now sells seed, fertilizer and custom application to about 300 farms in Cerro Gordo, Worth and Winnebago counties. The Hanlontown site adds a 40,000-bushel bin and a rail spur.

"Farmers up there were driving forty minutes to us," Solheimer said. "Now we'll come to them." The company expects to hire four people.""",
gold=[("MCW011", "subject")]),

dict(guid="mcw_nibl_2026_0302_lakeview_coney", pub="2026-03-02T06:00:00-06:00",
title="Lakeview Coney & Grill marks 40 years on Main Avenue",
body="""Clear Lake's Lakeview Coney & Grill turns 40 this month, and it still makes its coney sauce from the recipe Gus Stathakis brought from Mason City's old Candy Kitchen in 1986.

His son, Van Stathakis, has owned the restaurant since 1998 and runs it with his wife, Niki. The couple plans an anniversary weekend March 20-22 with 1986 prices on coneys and malts.

"My dad said if you keep the grill hot and the coffee fresh, Clear Lake will take care of you," Van Stathakis said. "Forty years later, he was right." """,
gold=[("MCW020", "subject")]),

dict(guid="mcw_nibl_2026_0420_credit_union", pub="2026-04-20T06:00:00-05:00",
title="Cerro Gordo Community Credit Union names Quintanar vice president",
body="""Cerro Gordo Community Credit Union has promoted Linda Quintanar to vice president of member services, the credit union announced.

Quintanar joined the credit union as a teller in 1997 and has managed its south Mason City branch since 2012, where she started the region's first Spanish-language first-time homebuyer classes. She will oversee the credit union's five branches.

"Linda knows our members by name, and in two languages," said CEO Mark Hubka.""",
gold=[("MCW008", "subject")]),

dict(guid="mcw_nibl_2026_0601_ag_lender_retires", pub="2026-06-01T06:00:00-05:00",
title="Longtime ag lender Roger Tjaden retires from Winnebago River Bank",
body="""Roger Tjaden, who made his first farm loan in 1984, retired Friday after 42 years with Winnebago River Bank in Mason City.

Tjaden financed three generations of North Iowa farm families and helped the bank through the farm crisis of the 1980s. "Roger never said no to a young farmer without first sitting at their kitchen table," said the bank's president, Tad Wrolstad.

Tjaden and his wife, Deb, plan to spend more time at their cabin near Lake Mills.""",
gold=[]),

dict(guid="mcw_nibl_2026_0715_omaha_restaurateur", pub="2026-07-15T06:00:00-05:00",
title="Omaha restaurateur to open Greek diner in West Des Moines",
body="""Omaha restaurateur Demetrios "Jim" Kallergis, whose family has run the Parthenon Diner near Omaha's Old Market since 1972, will open a second location in West Des Moines this fall.

Kallergis, 58, said the Jordan Creek location will seat 140 and keep the Omaha menu, including the lamb shank and his mother's galaktoboureko. He has signed a ten-year lease.

The expansion is the first outside Nebraska for the family business.""",
gold=[]),
]
