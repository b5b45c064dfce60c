"""Sourdough Creek Funeral Chapel (Bozeman, Belgrade and Livingston chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled; every person invented."""

FEED = "fh"
ITEMS = [
dict(guid="bzn_scfc_clayton-rudeen-sr", pub="2026-01-22T11:05:00-07:00", title="Clayton Wayne Rudeen Sr. (1937 - 2026)",
body="""Clayton Wayne Rudeen Sr., 88, of Three Forks, passed away peacefully on Monday, January 19, 2026, at Bozeman Health Deaconess Hospital, with his son at his side and a Bobcats game on the radio.

Clayton was born on a dryland wheat farm near Willow Creek to Arvid and Ella (Nystrom) Rudeen. He served with the Army Corps of Engineers in Germany, came home to run the Three Forks grain elevator for thirty-one years, and never missed a Saturday breakfast at the Sacajawea Hotel. He could tell you the bushels-per-acre of every field between Logan and Toston.

He is survived by his son, Clay Rudeen Jr. (Sherri) of Three Forks; his daughter, Lynnette Kuhr of Townsend; five grandchildren and three great-grandchildren. He was preceded in death by his wife of 58 years, Dorothy, and by his brother, Marvin.

A funeral service will be held at 11 a.m. Saturday at Three Forks Community Church. Pallbearers will be his grandsons and Wade Halvorsrud, Gary Pfister and Dean Moline. Burial will follow in Three Forks Cemetery.""",
gold=[("BZN010", "survivor")]),

dict(guid="bzn_scfc_solveig-brekke", pub="2026-02-10T09:40:00-07:00", title="Solveig Marie Brekke (1935 - 2026)",
body="""Solveig Marie Brekke, 90, of Big Timber, died February 6, 2026, at Pioneer Medical Center, where she had volunteered at the front desk for nearly twenty years.

Solveig was born in Big Timber to Norwegian homesteaders, Ole and Signe (Haugen) Lunde, and married Knut Brekke in 1956 at Our Savior's Lutheran Church. Together they ran sheep on Otter Creek until 1994. She was a lifelong member of Our Savior's, where her lefse was the first thing gone at every lutefisk dinner, and a proud member of the Sons of Norway Solglyt Lodge.

Solveig is survived by her daughter, Ingrid (Tor) Mathisrud of Livingston; her son, Arne Brekke of Fargo, N.D.; six grandchildren; and four great-grandchildren. She was preceded in death by her husband, Knut, in 2009.

Services will be at 2 p.m. Thursday at Our Savior's Lutheran Church, Big Timber. Memorials may be made to the Sweet Grass County Council on Aging. Arrangements are by our Livingston chapel.""",
gold=[("BZN021", "survivor")]),

dict(guid="bzn_scfc_russell-james-kittelmann", pub="2026-03-04T15:20:00-07:00", title="Russell James Kittelmann (2001 - 2026)",
body="""Russell James Kittelmann, 24, of Bozeman, died unexpectedly on Saturday, February 28, 2026, while skiing in the backcountry of the Bridger Range, a place he loved more than anywhere on earth.

Rusty, as everyone knew him, was born in Bozeman on July 2, 2001, and graduated from Bozeman High School, where he ran cross-country, and from Montana State University with a degree in mechanical engineering. He had just started his dream job designing bicycle components in Belgrade.

He is survived by his parents, Mark and Dana Kittelmann of Bozeman; his sister, Lainey; his grandparents, Russ and Colleen Kittelmann of Bozeman, for whom he was named, and Jim and Barb Ostrander of Great Falls; and his dog, Banjo.

A celebration of Rusty's life will be held at 3 p.m. Sunday at the Emerson Center ballroom. In lieu of flowers, the family asks that donations be made to the Gallatin National Forest Avalanche Center.""",
gold=[("BZN018", "survivor")]),

dict(guid="bzn_scfc_harold-aasheim", pub="2026-03-12T10:15:00-07:00", title="Harold Peder Aasheim (1941 - 2026)",
body="""Harold Peder Aasheim, 84, of Manhattan, went home to be with the Lord on March 9, 2026, at his home on the Amsterdam Road.

Harold was born in Bozeman to Peder and Klara Aasheim and grew up on the family's seed-potato farm, which he ran with his brother for over fifty years. Manhattan's seed potatoes went to growers in twelve states, and Harold liked to say he had fed half the country's French fries.

He is survived by his wife, Lois; his sons, Kurt (Marla) Aasheim of Manhattan and Erik Aasheim of Missoula; his sister, Wilhelmina "Billie" Pettengill of Bozeman; and seven grandchildren. He was preceded in death by his parents and his brother, Leif.

Funeral services will be held at 10:30 a.m. Monday at Bethel Lutheran Church, Manhattan, with Pastor Rolf Engebretson officiating. Interment will be in Meadow View Cemetery.""",
gold=[("BZN011", "survivor")]),

dict(guid="bzn_scfc_vernon-strachota", pub="2026-03-26T13:00:00-06:00", title="Vernon \"Vern\" Strachota (1948 - 2026)",
body="""Vernon "Vern" Strachota, 77, of Three Forks, died March 23, 2026, at his home, with his wife holding his hand.

Vern was born October 15, 1948, in Harlowton, the son of Frank and Agnes (Sedlak) Strachota. He worked thirty-four years for the Milwaukee Road and then Montana Rail Link, retiring as a roadmaster, and spent every September of his retirement elk hunting in the Tobacco Roots with the same three friends.

He is survived by his wife of 54 years, Jo Ann; his sons, Craig (Renee) Strachota of Helena and Todd Strachota of Billings; and four grandchildren. He was preceded in death by his parents and his sister, Rosemary.

A Mass of Christian Burial will be celebrated at 11 a.m. Tuesday at Holy Family Catholic Church, Three Forks. Arrangements are by our Belgrade chapel.""",
gold=[("BZN013", "deceased_client"), ("BZN012", "spouse_of_deceased_client")]),

dict(guid="bzn_scfc_maureen-fenwick", pub="2026-04-15T08:50:00-06:00", title="Maureen Teresa Fenwick (1955 - 2026)",
body="""Maureen Teresa Fenwick, 70, of Butte, died April 11, 2026, at St. James Healthcare, surrounded by her family and a great many rosaries.

Maureen was born in Butte to Patrick and Nora (Sullivan) O'Shaughnessy and grew up on the East Ridge within sight of the Anselmo headframe. She taught third grade at Margaret Leary School for thirty-three years and never missed a St. Patrick's Day parade on Uptown's Park Street.

She is survived by her husband, Gerald Fenwick; her daughters, Kathleen and Bridget; her brother, Dec O'Shaughnessy of Livingston; and her sister, Eileen Tierney of Anaconda. She was preceded in death by her parents and her brother, Michael.

A funeral Mass will be celebrated at 10 a.m. Saturday at St. Patrick's Church, Butte. Arrangements are by our Livingston chapel in cooperation with Duggan Dolan Mortuary.""",
gold=[("BZN007", "survivor")]),

dict(guid="bzn_scfc_eleanor-bickerstaff", pub="2026-05-06T10:30:00-06:00", title="Eleanor Ruth Bickerstaff (1930 - 2026)",
body="""Eleanor Ruth Bickerstaff, 95, of Bozeman, died May 2, 2026, at Hillcrest Senior Living.

Eleanor was born in Miles City and came to Bozeman in 1952, when her husband took a job teaching agronomy at Montana State College. She was a docent at the Museum of the Rockies for thirty years and could explain the growth series of Triceratops to a six-year-old better than anyone.

She is survived by her son, Lorne Bickerstaff (Jean) of Bozeman; her daughter, Carol Ames of Spokane; and five grandchildren. She was preceded in death by her husband, Dr. Warren Bickerstaff.

A memorial service will be held at 2 p.m. Friday at First Presbyterian Church, Bozeman.""",
gold=[]),   # Lorne Bickerstaff is do_not_contact

dict(guid="bzn_scfc_ingeborg-brandvold", pub="2026-06-02T09:10:00-06:00", title="Ingeborg \"Inky\" Brandvold (1942 - 2026)",
body="""Ingeborg "Inky" Brandvold, 83, of Livingston, died May 29, 2026, at Livingston HealthCare.

Inky was born in Tromsø, Norway, and came to Montana in 1965 as a ski instructor at Bridger Bowl, where she met her husband, Tore. For twenty-five years she ran the Yellowstone Knit Shop on Callender Street, and half of Park County wore her sweaters.

She is survived by her son, Oskar Brandvold of Four Corners; her daughter, Liv Saunders of Billings; and three grandchildren. She was preceded in death by her husband, Tore, in 2015.

A memorial service will be held at 1 p.m. Saturday at Trinity Lutheran Church, Livingston.""",
gold=[("BZN022", "survivor")]),   # Four Corners is the roster's 59718, ~10 km from Bozeman
]
