"""Sweetgrass & Pine Funeral Home (Rapid City and Pine Ridge chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="rap_sgp_obit_2026_0112", pub="2026-03-11T10:15:00-06:00", title="Delbert Joseph \"Del\" Iron Hawk (1947 - 2026)",
body="""Delbert Joseph "Del" Iron Hawk, 78, of Wanblee, began his journey to the spirit world on Sunday, March 8, 2026, at Monument Health Rapid City Hospital, surrounded by his family.

Del was born June 3, 1947, in Pine Ridge to the late Joseph and Agnes (Bear Robe) Iron Hawk. He served with the U.S. Army in Vietnam, came home to the reservation and drove a school bus for the Wanblee day school for thirty-one years. He sang with the Wanblee Singers at every powwow from Kyle to Rosebud and never missed an honoring for a veteran.

He is survived by his wife of 54 years, Verna (Standing Elk) Iron Hawk; his sons, Delbert Jr. and Curtis Iron Hawk, both of Wanblee; his daughter, Rayna Iron Hawk of Rapid City; fourteen grandchildren and many great-grandchildren, takojas all. He was preceded in death by his parents and his brother, Lawrence.

A wake will begin at 4 p.m. Thursday at the Wanblee Community Center, with honor songs by the Wanblee Singers at 7 p.m. Funeral services will be held at 10 a.m. Friday at the center, Rev. Thomas Gallego officiating. Pallbearers: Delbert Iron Hawk Jr., Curtis Iron Hawk, Marvin Kills Brave Jr., Ronnie Bear Robe, Shane Tobacco and Duane Kills Enemy. Burial with military honors will follow at the Wanblee Catholic Cemetery. A meal will follow at the center.""",
gold=[("RAP001", "deceased_client"), ("RAP002", "spouse_of_deceased_client")]),

dict(guid="rap_sgp_obit_2026_0047", pub="2026-01-27T09:40:00-07:00", title="Wilma Runs Above (1937 - 2026)",
body="""Wilma Runs Above, 88, of Manderson, passed away peacefully on January 24, 2026, at the Pine Ridge IHS Hospital.

Wilma was born on White Horse Creek and lived her whole life within sight of it. She was a beader whose star quilts and beaded moccasins went to honorings in four states, and she taught Lakota language at Little Wound School for many years.

She is survived by her daughter, Charlene (Marvin) Kills Brave of Manderson; her sons, Vernon Runs Above of Kyle and Lyle Runs Above of Denver; twelve grandchildren; and many relatives who called her Unci. She was preceded in death by her husband, Amos Runs Above.

Wake services begin Wednesday evening at the Manderson Community Hall. Funeral Mass will be at 11 a.m. Thursday at Sacred Heart Church, Manderson, followed by burial in the family cemetery.""",
gold=[("RAP005", "survivor"), ("RAP004", "survivor")]),

dict(guid="rap_sgp_obit_2026_0081", pub="2026-02-16T14:05:00-07:00", title="Everett Pfeifle (1935 - 2026)",
body="""Everett Pfeifle, 90, of Hermosa, died February 13, 2026, at the family ranch on Battle Creek, where he had lived since 1961.

Everett ran Hereford cattle and put up hay on Battle Creek for more than six decades. He served on the Custer County Farm Bureau board and judged 4-H beef at the Central States Fair until he was 85.

He is survived by his daughter, Janelle (Hap) Ostrander of Custer; his son, Dwight Pfeifle of Hermosa; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Lorraine, and a grandson, Tanner.

Funeral services will be held at 10:30 a.m. Saturday at Hermosa Community Church, Pastor Jim Roemmich officiating. Burial will follow in the Hermosa Cemetery. Memorials may be directed to Custer County 4-H.""",
gold=[("RAP008", "survivor"), ("RAP007", "survivor")]),

dict(guid="rap_sgp_obit_2026_0095", pub="2026-02-24T11:20:00-07:00", title="Harold \"Hal\" Schaefbauer (1941 - 2026)",
body="""Harold "Hal" Schaefbauer, 84, of Wall, died February 20, 2026, at the Philip Nursing Home.

Hal ranched south of Wall for fifty years and drove the county snowplow every winter besides. He was a longtime member of Wall American Legion Post 173 and the best pitch player at the Wall Drug coffee table.

Survivors include his daughter, Deb (Curt) Lindahl of Box Elder; his son, Roger Schaefbauer of Wall; seven grandchildren; and his sister, Irma Fischbach of Sturgis. He was preceded in death by his wife, Bernadine, in 2019, and by his brother-in-law, Dale Fischbach.

Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Patrick's Catholic Church, Wall. Interment will be in the Wall Cemetery.""",
gold=[("RAP010", "survivor"), ("RAP009", "survivor")]),

dict(guid="rap_sgp_obit_2026_0140", pub="2026-04-02T16:30:00-06:00", title="Georgia Kjerstad (1955 - 2026)",
body="""Georgia Kjerstad, 70, of Rapid City, died March 30, 2026, at Monument Health Hospice House after a long illness borne with patience and humor.

Georgia taught third grade at Horace Mann Elementary for thirty-two years and afterward volunteered at the Journey Museum front desk.

She is survived by her husband, Lowell Kjerstad; her sons, Brent (Amy) Kjerstad of Sioux Falls and Eric Kjerstad of Rapid City; and four grandchildren. She was preceded in death by her parents, Elmer and Ruth Sandvig.

The family thanks Dr. Naomi Crow Feather and the staff of Monument Health Hospice for their tender care.

Funeral services will be at 11 a.m. Tuesday at Trinity Lutheran Church, Rapid City. Pallbearers will be Curt Lindahl, Gary Weisbeck, Neil Sandvig and Tom Eckrich.""",
gold=[]),

dict(guid="rap_sgp_obit_2026_0166", pub="2026-04-21T10:05:00-06:00", title="Doris Brandvold (1934 - 2026)",
body="""Doris Brandvold, 91, of Hill City, died April 18, 2026, at the Custer Regional Senior Care.

Doris and her husband ran the Brandvold sawmill outside Hill City for forty years, and she kept the books for it on a manual adding machine until the day they sold it. She played organ at Hill City Lutheran for half a century.

She is survived by her son, Gary Brandvold of Gillette, Wyo.; her grandson, Kyle Brandvold of Hill City; and her granddaughter, Anneliese Brandvold of Minneapolis. She was preceded in death by her husband, Arvid Brandvold.

Services will be held at 2 p.m. Saturday at Hill City Lutheran Church. Burial will be in the Hill City Cemetery.""",
gold=[("RAP022", "survivor")]),
]
