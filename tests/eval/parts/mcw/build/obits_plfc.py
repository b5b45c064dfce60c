"""Prairie Lakes Funeral Chapels (Mason City, Clear Lake and Rockwell chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "plfc"
BASE = "https://www.prairielakeschapels.example/obituaries/"
ITEMS = [
dict(guid="mcw_plfc_teodoro-ybarra-salinas", pub="2026-02-12T16:20:00-06:00",
title="Teodoro Ybarra Salinas",
body="""Teodoro Ybarra Salinas, 78, of Mason City, went to be with the Lord on Monday, February 9, 2026, at MercyOne North Iowa Medical Center, surrounded by his family.

Teodoro was born November 9, 1947, in Sabinas Hidalgo, Nuevo León, México, the son of Ramón Ybarra and Petra Salinas. He came to North Iowa in 1978 to work in the packing plant, later worked twenty-two years at the Mason City cement plant, and brought his wife, Josefina, and their daughters north in 1981. Don Teo coached youth soccer at East Park for decades and never let anyone leave his house hungry.

Teodoro is survived by his wife of 55 years, Josefina; his daughters, Rosalinda "Linda" Quintanar (Efraín) of Mason City and Marisela Ybarra of Austin, Texas; his grandchildren, Yesenia and Mateo Quintanar; his brothers, Arturo and Javier Ybarra of Monterrey; and many nieces and nephews in Iowa, Texas and Nuevo León. He was preceded in death by his parents and his brother, Ramón Jr.

A rosary will be prayed at 6 p.m. Thursday at the Mason City chapel. Misa de cuerpo presente will be celebrated at 10 a.m. Friday at Holy Family Catholic Church, with burial in Calvary Cemetery.""",
gold=[("MCW008", "survivor")]),

dict(guid="mcw_plfc_solveig-ruth-amundsrud", pub="2026-03-03T11:05:00-06:00",
title="Solveig Ruth Amundsrud",
body="""Solveig Ruth Amundsrud, 94, of Rockwell, died Saturday, February 28, 2026, at her home on Main Street, where she had lived since 1961.

Solveig was born July 2, 1931, in Rockwell, the daughter of Nils and Bergit (Hovland) Amundsrud. She taught first grade in Rockwell and Sheffield for 38 years, never married, and considered every one of her students her own. She was a charter member of the Rockwell Historical Society.

She is survived by her nieces and nephews, including Kris Solheimer of Rockwell, who cared for her in her last years, Erik Amundsrud of Mankato, Minnesota, and Anne Lokensgard of Decorah. She was preceded in death by her parents; her brother, Olaf Amundsrud; and her sister, Kjersti (Arvid) Solheimer.

Funeral services will be 1:30 p.m. Friday at First Lutheran Church, Rockwell. Burial in Rockwell Cemetery. Memorials to the Rockwell Community School library.""",
gold=[("MCW011", "survivor")]),

dict(guid="mcw_plfc_raymond-luverne-stueck", pub="2026-03-26T09:40:00-05:00",
title="Raymond Luverne Stueck",
body="""Raymond Luverne Stueck, 71, of Mason City, died Monday, March 23, 2026, at his home.

Ray was born May 5, 1954, in Mason City, the son of Luverne and Doris (Brandt) Stueck. He worked 35 years as a machinist at the Mason City foundry and was a Cub Scout leader, a Legion baseball umpire, and a fixture at the Thursday night bowling league at North Iowa Bowl.

He is survived by his wife, Carol; his daughters, Amy (Joel) Harnack of Clear Lake and Beth Stueck of Des Moines; his cousin, Orrin Kittelsrud of Spirit Lake; and four grandchildren. He was preceded in death by his parents.

Funeral services will be 11 a.m. Monday at the Mason City chapel. Military rites by the Mason City Honor Guard.""",
gold=[]),

dict(guid="mcw_plfc_marlys-jean-fjelstul", pub="2026-04-22T14:15:00-05:00",
title="Marlys Jean Fjelstul",
body="""Marlys Jean Fjelstul, 79, of Mason City, died Sunday, April 19, 2026, at Good Shepherd Health Center.

Marlys was born January 8, 1947, in Joice, the daughter of Orville and Helga (Rye) Nordaune. She married Leland Fjelstul in 1966. She was a cook at Roosevelt Elementary for 28 years and a Red Hat Society queen.

She is survived by her son, Todd (Kari) Fjelstul of Clear Lake; her sister-in-law, Bernie Fjelstul of Mason City; her brother, Curtis Nordaune of Joice; and three grandchildren. She was preceded in death by her husband, Leland, in 2020.

Funeral services will be 10:30 a.m. Saturday at Our Savior's Lutheran Church, Mason City. Casket bearers will be her grandsons and Orrin Kittelsrud.""",
gold=[]),

dict(guid="mcw_plfc_hildegard-vogelsang", pub="2026-05-13T10:30:00-05:00",
title="Hildegard Vogelsang",
body="""Hildegard Vogelsang, 90, of Charles City, formerly of New Hampton, died Sunday, May 10, 2026, at the Charles City care center where she had lived for three years.

Hildegard was born December 1, 1935, in Bremen, Germany, and came to Iowa in 1957 as the bride of Werner Vogelsang, a veterinarian she met while he was stationed in Germany. She was a seamstress, a gardener and an organist at Immaculate Conception Church in Charles City for 45 years.

She is survived by her son, Dr. Anselm (Claire) Vogelsang of Mason City; her daughter, Gretchen (Paul) Brinkman of Dubuque; and five grandchildren. She was preceded in death by her husband, Werner, in 2008.

Mass of Christian Burial will be 10 a.m. Saturday at Immaculate Conception Church, Charles City. Prairie Lakes Funeral Chapels of Mason City is assisting the family.""",
gold=[("MCW017", "survivor")]),

dict(guid="mcw_plfc_gordon-gordy-lindemeier", pub="2026-07-08T15:00:00-05:00",
title="Gordon \"Gordy\" Lindemeier",
body="""Gordon "Gordy" Lindemeier, 67, of Mason City, died Saturday, July 4, 2026, at the University of Iowa Hospitals in Iowa City after a long fight with leukemia.

Gordy was born March 30, 1959, in Nora Springs, the son of Walter and Irene (Boeckholt) Lindemeier. He drove truck for 40 years and logged more than three million accident-free miles. He loved the Hawkeyes, his Harley and his grandkids, in the other order.

He is survived by his wife, Sandra; his sons, Travis and Cody; his brother, Duane (Jo Ann) Lindemeier of Nora Springs; and five grandchildren. He was preceded in death by his parents.

A celebration of life will be held from 4 to 7 p.m. Friday at the Mason City chapel.""",
gold=[("MCW014", "survivor")]),
]
