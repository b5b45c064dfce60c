"""Enid Prairie Courier: daily newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="wdg_epc_obit_20260114_hladik", pub="2026-01-14T05:30:00-06:00", title="Agnes Marie Hladik",
body="""Agnes Marie Hladik, 94, of Enid, passed away Sunday, Jan. 11, 2026, at Greenbrier Village.

Agnes was born Aug. 3, 1931, on the family farm near Bison to Joseph and Rose (Kolar) Sebek. She married Frank Hladik on May 5, 1951, at St. Francis Xavier Catholic Church, and together they farmed west of Bison before moving into Enid in 1978. She kept a kolache recipe no one ever got out of her.

She is survived by her daughter, Sharon (Ray) Pribil of Enid; son, Leonard Hladik and wife Cathy of Bison; five grandchildren and nine great-grandchildren.

She was preceded in death by her husband, Frank, in 2004; and her brothers, Anton and Emil Sebek.

Rosary will be 6 p.m. Thursday and Mass of Christian Burial 10 a.m. Friday at St. Francis Xavier Catholic Church, with Father Thomas Nguyen as celebrant. Pallbearers will be Garrett Leck, Matt Hladik, Joe Hladik, Trent Pribil, Dylan Sebek and Cody Kolar. Arrangements by Brown-Prairie Funeral Service.""",
gold=[("WDG006", "survivor"), ("WDG005", "survivor")]),

dict(guid="wdg_epc_obit_20260205_wedel", pub="2026-02-05T05:30:00-06:00", title="Claude Everett Wedel Sr.",
body="""Claude Everett Wedel Sr., 88, longtime Enid businessman, died Monday, Feb. 2, 2026, at St. Mary's Regional Medical Center.

Claude was born Oct. 14, 1937, in Meno to Jacob and Helena (Harms) Wedel. He served in the U.S. Air Force at Vance and in 1962 opened Wedel Radiator & Welding on East Market Street, which he ran for 41 years.

Survivors include his wife of 64 years, Lorene, of the home; son, Claude Wedel Jr. and wife Pam of Enid; daughter, Karen Dirksen and husband Ron of Ponca City; six grandchildren; and a brother, Harvey Wedel of Meno.

Funeral will be 2 p.m. Saturday at Grace Mennonite Brethren Church, Enid, with Pastor Curtis Buller officiating. Burial will follow in Memorial Park Cemetery.""",
gold=[("WDG009", "survivor"), ("WDG010", "survivor")]),

dict(guid="wdg_epc_obit_20260310_kroeker", pub="2026-03-10T05:30:00-05:00", title="Delbert Wayne \"D.W.\" Kroeker",
body="""Delbert Wayne "D.W." Kroeker, 22, of Enid, died Friday, March 6, 2026, in a vehicle accident on U.S. 412 east of Enid.

D.W. was born Jan. 19, 2004, in Enid to Mark and Renee (Scheffler) Kroeker. He graduated from Chisholm High School in 2022 and was an apprentice lineman with Oklahoma Electric Cooperative. He was named for his grandfather and followed him everywhere from the time he could walk.

He is survived by his parents, Mark and Renee Kroeker of Enid; his sister, Kaylee Kroeker of Stillwater; his grandparents, Del and Ione Kroeker of Enid, and Wilma Scheffler of Waukomis; and many aunts, uncles and cousins.

A celebration of life will be held at 10 a.m. Thursday at Emmanuel Enid.""",
gold=[("WDG018", "survivor")]),

dict(guid="wdg_epc_obit_20260402_strecker", pub="2026-04-02T05:30:00-05:00", title="Thaddeus J. Strecker",
body="""Thaddeus Joseph Strecker, 91, of Hutchinson, Kansas, died March 29, 2026, at Wesley Towers. He was born June 1, 1934, in Ellinwood, Kansas, and farmed in Reno County for fifty years.

Survivors include his sons, Dale Strecker of Hutchinson and Gary Strecker of Wichita; and eight grandchildren. He was preceded in death by his wife, Irene.

Services will be held at Our Lady of Perpetual Help Catholic Church, Hutchinson. The notice is published at the request of a niece in Enid.""",
gold=[]),

dict(guid="wdg_epc_obit_20260421_hadwiger", pub="2026-04-21T05:30:00-05:00", title="Marvin Lee Hadwiger",
body="""Marvin Lee Hadwiger, 80, of Enid, passed away April 18, 2026.

Marvin was born Feb. 27, 1946, in Enid, the son of Otto and Frieda Hadwiger. He worked 38 years at the Koch fertilizer plant and was a member of the Enid Gem and Mineral Society.

He married Donna Kapfer of Kingfisher in 1968; she preceded him in death in 2019.

Survivors include his brother, Merle Hadwiger of Enid; his sister-in-law, Bobbie Jo Schroeder of Kingfisher; and nephews Travis and Cole Schroeder.

Graveside services will be held 11 a.m. Friday at Enid Cemetery, with Rev. Alan Prather officiating.""",
gold=[("WDG011", "survivor")]),

dict(guid="wdg_epc_obit_20260512_anjain", pub="2026-05-12T05:30:00-05:00", title="Lijon Anjain",
body="""Lijon Anjain, 67, of Enid, formerly of Majuro, Marshall Islands, went home to be with the Lord on May 8, 2026.

Lijon was born Nov. 2, 1958, on Ebeye, Kwajalein Atoll. She came to Enid in 2001 to be near her son and worked for many years at the Tyson plant. She sang in the choir of the Marshallese Assembly of God and was known to everyone as Mama Lijon.

She is survived by her son, Jelton Anjain of Enid; her daughters, Neimaro Lang of Springdale, Arkansas, and Tamar Anjain of Majuro; 14 grandchildren; and a large family in the islands.

A gurl (wake) will be held nightly at the family home through Friday. Funeral service 1 p.m. Saturday at the Marshallese Assembly of God, Enid.""",
gold=[("WDG007", "survivor")]),
]
