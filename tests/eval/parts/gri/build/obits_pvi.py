"""Platte Valley Independent (Grand Island daily newspaper): obituaries, plain text, titles "Name, age, Town".
Hand-labelled."""

ITEMS = [
dict(guid="gri_pvi-obit-20260214-1101", pub="2026-02-14T05:30:00-06:00", title="Irene M. Stoltenberg, 96, Grand Island",
body="""Irene M. Stoltenberg, 96, of Grand Island died Wednesday, Feb. 11, 2026, at Tiffany Square Care Center.

Irene was born Aug. 3, 1929, on a farm near Cairo to Henry and Emma (Dierks) Voss. She married Walter Stoltenberg on June 12, 1949, at Trinity Lutheran Church in Grand Island. Irene worked 22 years in the cafeteria at Walnut School and never missed a Husker game on the radio. She was a member of Trinity Lutheran Church and its Ladies Aid.

Survivors include her daughter, Marlene (Dale) Brabander of Grand Island; son, Gary (Joyce) Stoltenberg of Kearney; five grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Walter, in 2008; her parents; and a brother, Harold Voss.

Funeral services will be at 10:30 a.m. Tuesday at Trinity Lutheran Church, with the Rev. Paul Ehlers officiating. Burial will be in the Grand Island Cemetery. Memorials are suggested to Trinity Lutheran School.""",
gold=[("GRI002", "survivor"), ("GRI001", "survivor")]),

dict(guid="gri_pvi-obit-20260307-1188", pub="2026-03-07T05:30:00-06:00", title="Vernon \"Vern\" Kucera, 86, Aurora",
body="""Vernon J. "Vern" Kucera, 86, of Aurora died Wednesday, March 4, 2026, at Memorial Community Care in Aurora.

Vern was born Feb. 9, 1940, in Hordville to Joseph and Anna (Sobotka) Kucera. He graduated from Aurora High School in 1958 and farmed north of Aurora for more than 45 years. On Sept. 1, 1962, he married LaVonne Hinrichs at St. Mary's Catholic Church in Aurora. Vern served on the Hamilton County Fair board, was a 4th degree Knight of Columbus and could tell you the price of corn on any day since 1970.

He is survived by his wife of 63 years, LaVonne Kucera of Aurora; sons Mark (Deb) Kucera of Lincoln and Steven Kucera of Aurora; a daughter, Carla (Tom) Vavricek of Hastings; eight grandchildren; and four great-grandchildren.

He was preceded in death by his parents and a sister, Lorraine Sladek.

Mass of Christian Burial will be 10:30 a.m. Monday at St. Mary's Catholic Church, Aurora, with the Rev. Ted Wojtalewicz celebrant. Pallbearers will be Lyle Bohlken, Gene Sladek, Roger Vavricek and Dean Hinrichs. Burial in Aurora Cemetery. Higby-McQuiston Mortuary is in charge of arrangements.""",
gold=[("GRI003", "deceased_client"), ("GRI004", "spouse_of_deceased_client")]),

dict(guid="gri_pvi-obit-20260321-1240", pub="2026-03-21T05:30:00-05:00", title="Arvid Gangwish, 90, Shelton",
body="""Arvid Gangwish, 90, of Shelton died Thursday, March 19, 2026, at his home.

Arvid was born Jan. 30, 1936, at Shelton to Albert and Frieda (Schultz) Gangwish. He farmed south of Shelton along the Platte River his entire life and was a longtime member of St. Paul Lutheran Church. He loved watching the sandhill cranes come in every March, and he died during the crane season, which his family believes he arranged.

Survivors include his sister, Arlene Wiese and her husband, LeRoy, of Hastings; a brother, Wilbert Gangwish of Gibbon; and many nieces and nephews.

He was preceded in death by his wife, Norma, in 2019, and by his parents.

Services will be 2 p.m. Tuesday at St. Paul Lutheran Church, Shelton. O'Connor Funeral Home of Gibbon is in charge.""",
gold=[("GRI011", "survivor"), ("GRI010", "survivor")]),

dict(guid="gri_pvi-obit-20260409-1302", pub="2026-04-09T05:30:00-05:00", title="Lyle J. Bohlken, 19, Aurora",
body="""Lyle James Bohlken, 19, of Aurora died Sunday, April 5, 2026, as the result of a car accident near Marquette.

Lyle was born Nov. 14, 2006, in Grand Island to Craig and Shelly (Nuss) Bohlken. He graduated from Aurora High School in 2025, where he played football and showed cattle for the Hamilton County 4-H, and was a freshman studying agronomy at Central Community College in Hastings.

He is survived by his parents, Craig and Shelly Bohlken of Aurora; a sister, Kaitlyn Bohlken; grandparents Ervin and Joan Bohlken of Phillips; and his uncle and namesake, Lyle (Denise) Bohlken of Aurora.

Funeral services will be 10 a.m. Saturday at the Aurora High School gymnasium, with Pastor Ryan Oehlerking officiating. Burial in Aurora Cemetery.""",
gold=[("GRI020", "survivor")]),

dict(guid="gri_pvi-obit-20260502-1377", pub="2026-05-02T05:30:00-05:00", title="Travis E. Wolfgram, 86, Kearney",
body="""Travis Eugene Wolfgram, 86, of Kearney died Wednesday, April 29, 2026, at Mount Carmel Home.

He was born June 2, 1939, at Elm Creek and farmed there until 1988, when he and his wife moved to Kearney and he went to work at the Buffalo County Fairgrounds, where he became known as the man who could back a livestock trailer into anything.

Survivors include his sons, Jeff (Lori) Wolfgram of Elm Creek and Doug Wolfgram of Denver; four grandchildren, including Travis (Kelsey) Wolfgram of Kearney, who was named for him; and two great-grandchildren.

He was preceded in death by his wife, Darlene, in 2021.

Services will be 11 a.m. Tuesday at First United Methodist Church, Kearney. Horner Lieske McBride & Kuhl Funeral Home is in charge.""",
gold=[("GRI021", "survivor")]),

dict(guid="gri_pvi-obit-20260516-1419", pub="2026-05-16T05:30:00-05:00", title="Dorothy Schimmer, 87, Yankton, S.D.",
body="""Dorothy "Dottie" Schimmer, 87, of Yankton, S.D., formerly of Grand Island, died May 11, 2026, at the Avera Sister James Care Center in Yankton.

She was born Dorothy Vavra on Jan. 4, 1939, in Ravenna and graduated from Grand Island Senior High in 1957 before moving to South Dakota with her husband, Ralph Schimmer. She taught piano in Yankton for forty years.

Survivors include her son, Kevin Schimmer of Sioux Falls, S.D.; a daughter, Renee Larsen of Yankton; and five grandchildren. She was preceded in death by her husband, Ralph.

Services were held in Yankton. The Independent publishes this notice at the request of her classmates in Grand Island.""",
gold=[]),

dict(guid="gri_pvi-obit-20260611-1488", pub="2026-06-11T05:30:00-05:00", title="Rosalind Janulewicz, 79, Loup City",
body="""Rosalind "Roz" Janulewicz, 79, of Loup City died Monday, June 8, 2026, at the Sherman County hospital.

Roz was born in Loup City to Stanley and Helen (Kowalski) Janulewicz and never saw a reason to live anywhere else. She worked 35 years at the Sherman County courthouse, baked kolaches for every funeral lunch at St. Josaphat's, and polkaed at the Polish Days street dance well past her 75th birthday.

Survivors include her sisters, Gertrude "Trudy" Hoagland of Kearney and Irene Jablonski of Ashton; and nieces and nephews. She was preceded in death by her parents and her brother, Edmund Janulewicz.

Mass of Christian Burial will be 10 a.m. Friday at St. Josaphat Catholic Church, Loup City, with Father Thaddeus Wojtalewicz of Grand Island celebrant, assisted by the Rev. Jan Kozak.""",
gold=[("GRI019", "survivor")]),
]
