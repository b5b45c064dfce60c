"""Platte River Memorial Chapel (invented funeral home, Casper and Evansville): web obituaries, HTML in
content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "prm"
BASE = "https://www.platterivermemorial.example/obituaries/"
ITEMS = [
dict(guid="cpr_prm_halvard-brekkenfeld-2026", pub="2026-01-27T15:10:00-07:00", title="Halvard Olaf Brekkenfeld (1933 - 2026)",
body="""Halvard Olaf Brekkenfeld, 92, of Bismarck, N.D., passed from this life on January 23, 2026, surrounded by his family at CHI St. Alexius.

Halvard was born on a wheat farm near Minot in 1933, the eldest of four boys. He served with the Army in Germany and came home to teach industrial arts in Bismarck for 33 years. Generations of students remember the birdhouses.

He is survived by his wife of 66 years, Ruth; his daughters, Karen Voss and Janice Brekkenfeld; his brother, Thorvald "Tor" Brekkenfeld (Marit) of Casper, Wyo.; seven grandchildren and four great-grandchildren. He was preceded in death by his brothers, Ingvald and Nils.

Funeral services will be held at 10:30 a.m. Friday at Trinity Lutheran Church, Bismarck. Arrangements are entrusted to Platte River Memorial Chapel in cooperation with Eastgate Funeral Service.""",
gold=[("CPR001", "survivor"), ("CPR002", "survivor")]),

dict(guid="cpr_prm_hollis-vandermeer-iii-2026", pub="2026-02-11T16:40:00-07:00", title="Hollis James Vandermeer III (2006 - 2026)",
body="""Hollis James "Hollie" Vandermeer III, 19, of Casper, died February 7, 2026, in a single-vehicle accident on Wyoming Highway 220 near Alcova.

Hollie graduated from Natrona County High School in 2024, where he roped for the rodeo team, and was a second-year student in the welding program at Casper College. He had already been promised a job on a pipeline crew this summer.

He is survived by his parents, Hollis Jr. and Janelle Vandermeer of Casper; his sister, Brynn; his grandparents, Hollis Vandermeer Sr. of Gillette and Doris and Al Keppler of Riverton; and more cousins than he could count.

A celebration of Hollie's life will be held at 2 p.m. Saturday at the Casper Events Center. The Rev. Obadiah Fenstermacher will officiate.""",
gold=[("CPR007", "survivor")]),  # the deceased is III, 19, survived by parents: CPR007 (Jr., b. 1968) is the father; Fenstermacher officiates: nothing

dict(guid="cpr_prm_cyrus-halvorsrud-2026", pub="2026-03-12T11:25:00-06:00", title="Cyrus Edvin Halvorsrud (1940 - 2026)",
body="""Cyrus Edvin Halvorsrud, 85, of Casper, went to be with his Lord on March 9, 2026, at Central Wyoming Hospice.

Cyrus was born November 19, 1940, in Story City, Iowa, to Edvin and Clara Halvorsrud. After the Navy he earned a geology degree at Iowa State and followed the oil patch to Casper in 1967, where he spent 31 years with Amoco and then consulted until he was 75. He married Ingeborg "Inga" Lunde in 1964 in Decorah.

He is survived by his wife of 61 years, Inga Halvorsrud of Casper; his son, Paul Halvorsrud of Lakewood, Colo.; his daughter, Ellen Reisch of Sheridan; and five grandchildren.

Funeral services will be 11 a.m. Monday at Trinity Prairie Lutheran Church, with the Rev. Obadiah Fenstermacher officiating. Pallbearers will be his grandsons and Lachlan Farquharson. Memorials may be made to Central Wyoming Hospice.""",
gold=[("CPR014", "deceased_client"), ("CPR015", "spouse_of_deceased_client")]),  # born Nov 19, 1940 = roster; wife Inga = roster spouse

dict(guid="cpr_prm_florence-old-elk-2026", pub="2026-03-26T09:50:00-06:00", title="Florence Pretty Shield Old Elk (1946 - 2026)",
body="""Florence Pretty Shield Old Elk, 79, of Lodge Grass, Mont., began her journey home on March 21, 2026.

Florence was a fluent Crow speaker, a beadworker whose cradleboards are in two museums, and a teacher's aide at Lodge Grass School for 28 years. She was a member of the Whistling Water clan.

She is survived by her daughter, Celestine "Cece" Old Elk of Casper, Wyo.; her sons, Vernon Old Elk of Lodge Grass and Marcus Old Elk of Billings; her sister, Agnes Takes The Gun of Crow Agency; and many grandchildren.

A wake will be held at the family home in Lodge Grass, with funeral services Thursday at the Lodge Grass Baptist Church. Platte River Memorial Chapel is assisting the family in Casper.""",
gold=[("CPR023", "survivor")]),

dict(guid="cpr_prm_adriana-van-der-schaaf-2026", pub="2026-04-15T10:05:00-06:00", title="Adriana Van der Schaaf (1928 - 2026)",
body="""Adriana "Jaantje" Van der Schaaf, 97, of Sheridan, died peacefully April 12, 2026, at the Sheridan Manor.

Born in Friesland, the Netherlands, Adriana came to Wyoming in 1952 with her husband, Pieter, and two suitcases. They ran a dairy outside Sheridan for forty years. She never stopped saying "lekker" about anything she liked.

She is survived by her son, Rutger Van der Schaaf (Lois) of Mills; her daughter, Anneke Hill of Sheridan; six grandchildren and three great-grandchildren. Pieter preceded her in death in 1999.

A service of remembrance will be held at 11 a.m. Friday at Sheridan Christian Reformed Church.""",
gold=[("CPR022", "survivor")]),  # "of Mills" (5 km from Casper, roster city); roster spouse Lois named

dict(guid="cpr_prm_maria-elena-arreguin-2026", pub="2026-05-06T14:20:00-06:00", title="María Elena Arreguín (1948 - 2026)",
body="""María Elena Arreguín, 77, of Evansville, passed away May 2, 2026, at her home, surrounded by her family.

She was born in Jerez, Zacatecas, and came to Wyoming in 1971. For 25 years she cooked at the Casper College cafeteria, where students called her "Mamá Elena." Her tamales at Christmas were a neighborhood event.

She is survived by her sons, Gustavo "Gus" Arreguín (Yesenia) of Evansville and Rogelio Arreguín of Cheyenne; her daughter, Lupe Sandoval of Casper; eleven grandchildren; and her sister, Rosa Ortiz, in Jerez. Her husband, Refugio, preceded her in death.

Rosary will be prayed at 7 p.m. Thursday at Platte River Memorial Chapel, Evansville. Mass of Christian Burial at 10 a.m. Friday at Our Lady of Fatima Catholic Church, Casper.""",
gold=[("CPR020", "survivor")]),

dict(guid="cpr_prm_jerome-pruett-2026", pub="2026-06-03T13:00:00-06:00", title="Jerome Dale Pruett (1957 - 2026)",
body="""Jerome Dale Pruett, 68, of Mills, died May 30, 2026, at Banner Wyoming Medical Center.

Jerry was a millwright at the Sinclair refinery for 40 years and an enthusiastic if unsuccessful elk hunter. He is survived by his wife, Donna; his children, Travis Pruett and Kayla Mendenhall, both of Mills; and his mother, Irma Pruett of Torrington.

Services will be held at 10 a.m. Wednesday at Platte River Memorial Chapel. The Rev. Obadiah Fenstermacher will officiate. Pallbearers are Gus Arreguin, Travis Pruett, Cody Mendenhall and Rutger Van der Schaaf.""",
gold=[]),  # officiant and pallbearers who are clients: nothing
]
