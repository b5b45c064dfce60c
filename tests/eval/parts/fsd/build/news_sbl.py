"""Sioux Falls Business Ledger: business weekly, plain text. Hand-labelled."""

FEED = "sbl"
ITEMS = [
dict(guid="fsd_sbl_2026_0113_vanderwal", pub="2026-01-13T06:00:00-06:00",
title="After 41 years, Vander Wal hands the wrenches to the next generation",
body="""Gary Vander Wal has retired from Vander Wal Heating & Cooling, the Sioux Falls company he started out of a pickup truck in 1985, and his son Nathan has taken over as owner and president.

Vander Wal, 69, said the timing was right. "I've crawled through enough attics in July," he said. The company now employs 38 people and runs 24 service vans from its shop on West 60th Street North.

His wife, Mary Beth, who kept the books for the first twenty years, said she has already hidden his tool belt. "He'll be in the shop on Monday anyway," she said.""",
gold=[("FSD005", "subject")]),

dict(guid="fsd_sbl_2026_0317_lalibela", pub="2026-03-17T06:00:00-05:00",
title="Lalibela Kitchen brings Ethiopian cooking to West 41st Street",
body="""Tigist Hailemariam has opened Lalibela Kitchen, an Ethiopian restaurant and coffee house, in the former Dakota Sub Shop space at 4100 W 41st St.

Hailemariam, who came to Sioux Falls in 2009 and spent twelve years as a nurse's aide at Good Samaritan, said she had catered weddings and graduation parties for the city's Ethiopian and Eritrean families for years before deciding to open a storefront. The menu centers on injera made in-house, doro wat and a traditional coffee ceremony on Saturday afternoons.

"I've eaten here three times this week," said Jerry Hofmeyer, who lives a few blocks away. "My wife wants to know if I still live at home." """,
gold=[("FSD015", "subject")]),

dict(guid="fsd_sbl_2026_0421_schlenker", pub="2026-04-21T06:00:00-05:00",
title="Brandon engineering firm names new principal",
body="""Big Sioux Civil Engineering of Brandon has promoted Carla Schlenker, PE, to principal, the firm announced. Schlenker, who has led the firm's water and wastewater group since 2017, becomes the first woman to be named a principal in the firm's 33-year history.

Schlenker is a graduate of South Dakota State University and lives in Brandon with her family.""",
gold=[]),

dict(guid="fsd_sbl_2026_0602_odwyer_omaha", pub="2026-06-02T06:00:00-05:00",
title="Omaha insurer taps O'Dwyer as finance chief",
body="""Heartland Mutual Insurance of Omaha has named Kristin O'Dwyer its chief financial officer, effective July 1. O'Dwyer, 52, has been the company's treasurer since 2019 and previously worked in audit at a Big Four firm in Chicago.

O'Dwyer, an Omaha native, lives in the Dundee neighborhood with her husband, Patrick. Heartland Mutual has an agency office in Sioux Falls.""",
gold=[]),

dict(guid="fsd_sbl_2026_0728_kusler", pub="2026-07-28T06:00:00-05:00",
title="Tea meat market takes grand champion at state sausage contest",
body="""Kusler Custom Meats of Tea won grand champion honors for its German-Russian style smoked sausage at the South Dakota Association of Meat Processors convention in Pierre.

Owners Reuben and LaVonne Kusler use a recipe Reuben's grandfather brought from the Black Sea colonies, adjusted, LaVonne says, "only slightly, and only after he stopped watching." The shop, opened in 1979, also took first place in the jerky and ring bologna categories.

"People drive from Sioux Falls for the ring bologna," said Rube Kusler. "We don't tell them it's the same as what's in the grocery store. Because it isn't." """,
gold=[("FSD008", "subject"), ("FSD007", "subject")]),

dict(guid="fsd_sbl_2026_0915_panaderia", pub="2026-09-15T06:00:00-05:00",
title="Panadería Rosales opens second bakery, on the east side",
body="""Panadería Rosales, the Mexican bakery on East 8th Street known for its conchas and tres leches cakes, has opened a second location at 2600 E 10th St.

Owner Rosie Villanueva started the bakery in 2014 with recipes from her mother, María Elena Rosales, and named it for her mother's family. Villanueva said the new shop had been her late father's idea. "He used to stand in line at the first one just to tell people it was his daughter's," she said.

The bakery employs 14 people and supplies pan dulce to three grocery stores in Sioux Falls.""",
gold=[("FSD006", "subject")]),
]
