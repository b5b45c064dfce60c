"""Uintah Basin Energy & Business Journal: plain text. Hand-labelled."""

ITEMS = [
dict(guid="vel_bej_0501", pub="2026-03-02T07:00:00-07:00", title="Maxfield retires after 38 years in the Bluebell field",
body="""ROOSEVELT - Rulon Maxfield started as a roustabout in the Bluebell-Altamont field in 1988, when a barrel of oil sold for $15. On Friday he retired as field superintendent for Strawberry Ridge Operating, having run the company's Duchesne County production for the last fourteen years.

Coworkers held a lunch for Maxfield at the company's Roosevelt yard. He says he and his wife, Deanna, plan to spend the summer at their cabin at Moon Lake "and not answer the phone." """,
gold=[("VEL014", "subject")]),

dict(guid="vel_bej_0502", pub="2026-05-04T07:00:00-06:00", title="Green River Outfitters marks ten years in Jensen",
body="""JENSEN - Green River Outfitters, the Jensen shop that rents rafts, runs shuttles and sells more sunscreen than anyone east of Vernal, celebrates its tenth season this month.

Owner Jeri Lambson started the business with two used rafts and her grandfather's stock trailer. It now employs eleven guides each summer and runs day trips through Split Mountain Canyon in Dinosaur National Monument. "Grandpa said you can't make a living on the river," Lambson said. "I'm still working on proving him wrong." """,
gold=[("VEL020", "subject")]),

dict(guid="vel_bej_0503", pub="2026-06-08T07:00:00-06:00", title="Basin Water Haulers names Ybarra operations manager",
body="""ROOSEVELT - Basin Water Haulers has promoted Alex Ybarra to operations manager, overseeing a fleet of 64 trucks serving produced-water disposal sites across Duchesne and Uintah counties.

Ybarra joined the company as a driver in 2008 and has been dispatch supervisor since 2017. He lives in Roosevelt with his wife, Marisol, and their three children.""",
gold=[("VEL010", "subject")]),

dict(guid="vel_bej_0504", pub="2026-06-22T07:00:00-06:00", title="Chamber's Main Street fund passes $250,000",
body="""VERNAL - The Vernal Area Chamber of Commerce says its Main Street facade fund has raised $252,400 since January, enough for matching grants to fourteen storefronts.

Major donors include Ashley Valley Bank, Strawberry Ridge Operating, Thayne and Kolleen Murdock, the Uintah Basin Cattlemen, and Dee and Verla Sowby. Grants will be awarded in August.""",
gold=[]),
]
