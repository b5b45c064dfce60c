"""Willamette Grove Funeral Chapel (Eugene) and its Row River Chapel (Cottage Grove): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold beside each text)."""

ITEMS = [
dict(guid="eug_wgfc_oskar-tollefsrud", pub="2026-02-03T10:15:00-08:00", title="Oskar Tollefsrud (1931 - 2026)",
body="""Oskar Tollefsrud, 94, of Eugene, died peacefully on Friday, January 30, 2026, at Sacred Heart Medical Center at RiverBend.

Oskar was born in Stoughton, Wisconsin, to Norwegian immigrant parents and came west in 1956 to set chokers for the Weyerhaeuser camps above the McKenzie. He later ran the planer at the Springfield mill for 27 years and never once missed a Sons of Norway lutefisk dinner.

He is survived by his daughter, Annika (Lucius) Brandvold of Springfield; his son, Erling Tollefsrud of Spokane, Wash.; five grandchildren; and three great-grandchildren. He was preceded in death by his wife of 61 years, Solveig.

A memorial service will be held at 11 a.m. Saturday, February 7, at Central Lutheran Church, Eugene. In lieu of flowers, the family suggests gifts to Food for Lane County.""",
gold=[("EUG013", "survivor"), ("EUG012", "survivor")]),

dict(guid="eug_wgfc_thaddeus-wescombe", pub="2026-03-10T09:40:00-08:00", title="Thaddeus Ray \"Tad\" Wescombe (1948 - 2026)",
body="""Thaddeus Ray "Tad" Wescombe, 78, of Eugene, passed away on Thursday, March 5, 2026, at home in the south hills, with the Ducks game on the radio and his wife holding his hand.

Tad was born February 11, 1948, in Roseburg, the son of Ray and Opal Wescombe. He graduated from South Eugene High School in 1966, served with the U.S. Army in Vietnam, and spent 34 years as a lineman and then a crew foreman for the Eugene Water & Electric Board. He knew every pole between Friendly Street and the Coburg Bridge by its number.

He is survived by his wife of 52 years, Loretta (Pruett) Wescombe; his son, Garrett Wescombe of Bend; his daughter, Shawna Likens of Veneta; and four grandchildren. He was preceded in death by his brother, Dale.

A celebration of life will be held at 2 p.m. Saturday, March 21, at the Willamette Grove chapel, with the Rev. Bartholomew Kjelstad officiating. Pallbearers will be Garrett Wescombe, Cody Likens, Lucius Brandvold, Ron Pitchford, Ed Marrs and Denny Ashworth.""",
gold=[("EUG001", "deceased_client"), ("EUG002", "spouse_of_deceased_client")]),

dict(guid="eug_rrc_vernon-ostergaard", pub="2026-04-14T13:05:00-07:00", title="Vernon Arne Ostergaard (1937 - 2026)",
body="""Vernon Arne Ostergaard, 88, a lifelong resident of Cottage Grove, died April 10, 2026, at Cottage Grove Community Medical Center.

Vern grew up on the family's dairy on Row River Road, logged with his father in the Dorena country, and in 1971 opened Ostergaard Saw & Small Engine on Main Street, which he ran until he was 80. He judged the lawnmower races at the Bohemia Mining Days for thirty summers.

He is survived by his son, Leland "Lee" Ostergaard and his wife Mary Beth of Cottage Grove; his daughter, Karen Fiske of Sutherlin; six grandchildren; and nine great-grandchildren. His wife, Irene, died in 2019.

Services will be held at 1 p.m. Saturday at First Presbyterian Church of Cottage Grove. Scripture will be read by Jo Ann Threlkeld. Arrangements by Row River Chapel.""",
gold=[("EUG005", "survivor"), ("EUG004", "survivor")]),

dict(guid="eug_wgfc_consuelo-quintanar-villasenor", pub="2026-05-19T15:30:00-07:00", title="Consuelo Quintanar Villaseñor (1946 - 2026)",
body="""Consuelo Quintanar Villaseñor, 79, of Eugene, went home to the Lord on May 15, 2026, surrounded by her family.

Born in Zamora, Michoacán, Consuelo came to the Willamette Valley in 1982 and worked for twenty years in the packing sheds of the Junction City orchards and later in the kitchen of St. Paul Parish. Her tamales at Christmas fed half of Bethel.

She is survived by her daughters, Rosalba Arredondo (Ezequiel) of Eugene and Marisol Quintanar of Salinas, Calif.; her son, Tomás Quintanar of Guadalajara; eight grandchildren, among them Xiomara; and her sister, Eulalia, in Zamora. She was preceded in death by her husband, Jesús Quintanar.

El rosario será el jueves a las 7 p.m. en la capilla Willamette Grove. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Paul Catholic Church, Eugene.""",
gold=[("EUG016", "survivor"), ("EUG015", "survivor")]),

dict(guid="eug_rrc_doris-hallgarth", pub="2026-06-02T11:20:00-07:00", title="Doris Ellen Hallgarth (1935 - 2026)",
body="""Doris Ellen Hallgarth, 90, of Cottage Grove, passed away May 28, 2026, at Riverside Assisted Living.

Doris was born in Drain, married Walt Hallgarth in 1954, and kept the books for Hallgarth Trucking for forty years while raising three boys. She was a charter member of the Cottage Grove Garden Club and a fixture at the Saturday market.

Survivors include her sons, Thurston Hallgarth of Springfield and Neal Hallgarth of Medford; her sister-in-law, Jo Ann Threlkeld of Cottage Grove; seven grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Walt, and her son, Kenneth.

Graveside services will be held at 10 a.m. Friday at Fir Crest Cemetery. Arrangements by Row River Chapel.""",
gold=[("EUG014", "survivor")]),
]
