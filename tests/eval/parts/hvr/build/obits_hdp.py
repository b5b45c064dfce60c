"""The Havre Daily Plainsman (invented): the daily paper's obituaries and death notices, plain text in
`description`, title "Name" or "Death notice: Name". Hand-labelled."""

FEED = "hdp"
ITEMS = [
dict(guid="hvr_hdp_obit_20260109_0112", pub="2026-01-09T05:30:00-07:00", title="Augustin P. 'Gus' Vandersloot Sr.",
body="""Augustin Pieter "Gus" Vandersloot Sr., 93, of Havre, died Monday, Jan. 5, 2026, at Northern Montana Hospital.

Gus was born Oct. 2, 1932, in Lynden, Washington, to Dutch immigrant parents, and came to the Hi-Line in 1953 to work on a threshing crew. He stayed, married Johanna Dykstra in 1955, and farmed wheat and barley north of Havre along the Wild Horse road for forty years. He served on the Hill County Electric Co-op board and never missed a Havre Festival Days parade.

He is survived by his son, Augustin "Gus" Vandersloot Jr. (Marlys) of Havre; his daughter, Wilhelmina "Willie" Harstad of Kalispell; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Johanna, in 2011, and by a brother, Kees.

A funeral service will be held at 11 a.m. Saturday at Faith Reformed Church in Havre, with burial at Highland Cemetery. Holland & Sons Funeral Chapel is in charge of arrangements.""",
gold=[("HVR005", "survivor"), ("HVR006", "survivor")]),

dict(guid="hvr_hdp_obit_20260212_0241", pub="2026-02-12T05:30:00-07:00", title="Ferdinand O. 'Ferd' Ackerlund",
body="""Ferdinand Oskar "Ferd" Ackerlund, 85, of Rudyard, died Sunday, Feb. 8, 2026, at the Hi-Line Retirement Center in Havre.

Ferd was born May 9, 1940, on the home place eleven miles north of Rudyard, the youngest of five children of Oskar and Hilda Ackerlund. He graduated from Rudyard High School in 1958 and married Gladys Tvedt on June 16, 1962, at Bethany Lutheran Church. Together they farmed the home place until 2004. Ferd was a Rudyard volunteer fireman for 31 years and kept the "Hi-Line's Biggest Little Museum" open on summer Saturdays well into his eighties.

Survivors include his wife of 63 years, Gladys, of Rudyard; sons Dwight (Pam) Ackerlund of Rudyard and Kent Ackerlund of Billings; a daughter, Lisa (Brent) Hagen of Great Falls; eight grandchildren; and a sister-in-law, Solveig Brusven of Hingham. He was preceded in death by his parents and by his brothers Arvid, Nels and Harold and sister Edith.

Funeral services will be at 2 p.m. Friday at Bethany Lutheran Church in Rudyard. Pallbearers are his grandsons. Lunch will follow in the church basement.""",
gold=[("HVR007", "deceased_client"), ("HVR008", "spouse_of_deceased_client")]),

dict(guid="hvr_hdp_obit_20260306_0318", pub="2026-03-06T05:30:00-07:00", title="Leopold J. Grzybowski",
body="""Leopold James Grzybowski, 61, of Malta, died unexpectedly Tuesday, March 3, 2026, at his home.

Leopold was born Aug. 14, 1964, in Glasgow, and grew up in Saco. He worked 34 years for BNSF Railway as a section foreman between Malta and Glasgow and spent every free weekend at Nelson Reservoir with a walleye rod.

He is survived by his wife, Trudy, of Malta; his sons Ryan (Kacey) Grzybowski of Williston, N.D., and Travis Grzybowski of Malta; his mother, Irene Grzybowski of Glasgow; and three grandchildren.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at St. Mary's Catholic Church in Malta. Rosary will be prayed Sunday at 7 p.m. at the church.""",
gold=[]),

dict(guid="hvr_hdp_obit_20260417_0455", pub="2026-04-17T05:30:00-06:00", title="Harvey Kolstad",
body="""Harvey Arnold Kolstad, 76, of Chester, died April 13, 2026, at the Liberty Medical Center.

Harvey was born in Chester on Jan. 21, 1950, the son of Arnold and Myrtle Kolstad. He farmed southeast of Chester all his life, raised registered Angus cattle and served on the Liberty County Fair board for 22 years. He was proud of his 1956 Massey-Harris and prouder of his grandchildren.

He is survived by his wife, Bonnie, of Chester; his sons Travis Kolstad of Chester and Jay Kolstad of Bozeman; his sister, Darla (Wendell) Stroeher of Chester; his brother, Glen Kolstad of Shelby; and five grandchildren.

Services will be held at 10:30 a.m. Tuesday at Chester Lutheran Church. Burial will be at Chester Cemetery.""",
gold=[("HVR010", "survivor"), ("HVR009", "survivor")]),

dict(guid="hvr_hdp_obit_20260522_0611", pub="2026-05-22T05:30:00-06:00", title="Eldon R. Liebelt",
body="""Eldon Reinhold Liebelt, 91, of Zurich, passed away May 18, 2026, at Sweet Memorial Nursing Home in Chinook.

Eldon was born in 1934 on a homestead northeast of Zurich, the son of German-Russian immigrants from the Volga. He farmed and ran cattle along the Milk River for sixty years, was a charter member of the Zurich Volunteer Fire Department and served as a Blaine County commissioner from 1979 to 1990.

Survivors include his daughters, Mary Jo (Curt) Pfenninger of Chinook and Renee Liebelt of Great Falls; his grandchildren, Cody Pfenninger and Shelby Pfenninger, both of Chinook; and a brother, Erwin Liebelt of Lodi, Calif. His wife, Hildegard, died in 2019.

Funeral services will be held at 11 a.m. Wednesday at St. John's Lutheran Church in Chinook, with the Rev. Tad Skogstad officiating. Interment will follow at the Chinook Cemetery.""",
gold=[("HVR011", "survivor"), ("HVR012", "survivor")]),

dict(guid="hvr_hdp_obit_20260626_0788", pub="2026-06-26T05:30:00-06:00", title="Curtis Wade 'C.W.' Pfenninger",
body="""Curtis Wade "C.W." Pfenninger, 24, of Chinook, died Monday, June 22, 2026, in a haying accident on the family ranch south of Chinook.

C.W. was born Feb. 3, 2002, in Havre to Gary and Lynn Pfenninger. He graduated from Chinook High School in 2020, where he wrestled at 170 pounds, and studied diesel technology at MSU-Northern. He could fix anything with an engine in it and most things without one.

He is survived by his parents, Gary and Lynn Pfenninger of Chinook; his sister, Brooke Pfenninger of Missoula; his grandmother, Dorothy Pfenninger of Chinook; his uncle and namesake, Curt Pfenninger, and aunt, Mary Jo Pfenninger, of Chinook; and his cousins Cody and Shelby.

A celebration of life will be held at 2 p.m. Saturday at the Chinook High School gym.""",
gold=[("HVR012", "survivor"), ("HVR011", "survivor")]),

dict(guid="hvr_hdp_obit_20260814_0934", pub="2026-08-14T05:30:00-06:00", title="Sigurd Solvang",
body="""Sigurd Magnus Solvang, 81, of Kremlin, died Aug. 10, 2026, at Northern Montana Hospital in Havre.

Sigurd was born in 1945 in Kremlin, where his grandfather had homesteaded in 1911. After two years in the Army in Germany he came home to farm, and he did so until the combine was taken from him, by his children, at 78. He sang bass in the Trinity Lutheran choir for fifty years.

He is survived by his wife, Arlys; his children, Erik Solvang of Kremlin and Kristin (Todd) Ness of Helena; his sister, Ingeborg "Inga" Brekkestad and her husband, Tory, of Havre; and four grandchildren.

Funeral services will be at 11 a.m. Monday at Trinity Lutheran Church, Hingham. Burial at Kremlin Cemetery.""",
gold=[("HVR002", "survivor"), ("HVR001", "survivor")]),

dict(guid="hvr_hdp_notice_20260918_1002", pub="2026-09-18T05:30:00-06:00", title="Death notice: Casimir Wojtaszek",
body="""Casimir Wojtaszek, Big Sandy, died Sept. 15, 2026. Arrangements are pending with Bear Paw Chapel, Chinook.""",
gold=[("HVR014", "possible_deceased_client")]),
]
