"""West Alabama Business Ledger (invented business weekly): plain text. Hand-labelled."""

FEED = "wabl"
ITEMS = [
dict(guid="tcl_wabl_2026_01_28_panaderia", pub="2026-01-28T06:00:00-06:00",
title="Panadería La Tuscalusa opens second bakery on Skyland Boulevard",
body="""The husband-and-wife owners of Panadería La Tuscalusa have opened a second location in the Skyland Boulevard shopping center, six years after starting the bakery in a former laundromat on 15th Street.

Jesús Arriaga Villalobos and his wife, Maricela Ocampo, bake conchas, tres leches cakes and bolillos every morning starting at 3 a.m. The new store adds a coffee counter and seating for 24. "Half of our customers now are students who found us on their phones," Ocampo said.

The couple employs 14 people at the two stores.""",
gold=[("TCL010", "subject"), ("TCL011", "subject")]),

dict(guid="tcl_wabl_2026_03_05_mbusi", pub="2026-03-05T06:00:00-06:00",
title="Mercedes plant in Vance names new vice president of assembly",
body="""Mercedes-Benz U.S. International has a new vice president of assembly at its Vance plant.

Jörg Brüggemann, who came to Tuscaloosa County from the Sindelfingen plant in 2005 as a paint-shop engineer, was promoted this week. He succeeds Thomas Reiner, who returns to Germany. Brüggemann led the retooling of the body shop for the plant's electric SUVs.

"Alabama has been home for twenty years," Brüggemann said. "My children are Alabamians, and they will tell you so." """,
gold=[("TCL017", "subject")]),

dict(guid="tcl_wabl_2026_04_16_lollar", pub="2026-04-16T06:00:00-05:00",
title="Lollar Family Dentistry to open Northport office",
body="""Lollar Family Dentistry will open a second office this summer in the new medical building on Highway 43 in Northport.

Dr. Everett Lollar, who opened his practice on Hargrove Road in 1998, said the Northport office will have six chairs and two hygienists, and will take patients on Saturdays. "A lot of our families moved north of the river, and they have been driving back across the bridge to see us," Lollar said.

The practice is hiring a dentist, two hygienists and front-office staff.""",
gold=[("TCL008", "subject")]),

dict(guid="tcl_wabl_2026_05_21_paddle", pub="2026-05-21T06:00:00-05:00",
title="Black Warrior Paddle Co. opens kayak rentals on the Riverwalk",
body="""A Duncanville outfitter has opened a kayak and paddleboard rental stand on the Tuscaloosa Riverwalk, near the amphitheater.

Black Warrior Paddle Co. owner Marlowe Cornelison started the business from a trailer in 2022, running guided trips on the Sipsey and the Locust Fork. The Riverwalk stand, leased from the city, rents 30 boats by the hour.

"I've been out with him on the Sipsey a dozen times; he knows every rock," said Trey Gilliland of Cottondale, one of the first customers on Saturday.""",
gold=[("TCL022", "subject")]),

dict(guid="tcl_wabl_2026_06_10_jobs", pub="2026-06-10T06:00:00-05:00",
title="Tuscaloosa County unemployment falls to 2.4 percent",
body="""Tuscaloosa County's unemployment rate fell to 2.4 percent in April, the lowest since the state began keeping county figures, according to the Alabama Department of Labor.

Automotive suppliers and the University of Alabama added the most jobs. "Employers are competing for every welder and every nurse," said Dr. Ahmad Rashid, an economist at the University of Alabama's Culverhouse College of Business.""",
gold=[]),

dict(guid="tcl_wabl_2026_07_09_shirah", pub="2026-07-09T06:00:00-05:00",
title="Shirah Hardware to close after 52 years as owner retires",
body="""Shirah Hardware on Main Avenue in Northport will close at the end of August after 52 years, and its owner says he is finally going fishing.

Wendell Shirah, 80, bought the store from his father-in-law in 1974. He and his wife, Imogene, ran it together, and for most of those years they knew what size bolt a customer needed before the customer did. The building has been sold to a Northport restaurant group.

"I had a good run," Shirah said. "Imogene says I have a boat that hasn't been wet since the Bicentennial." """,
gold=[("TCL012", "subject")]),
]
