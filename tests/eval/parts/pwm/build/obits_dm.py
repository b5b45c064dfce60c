"""Desjardins & Maheux Funeral Home (Lewiston and Auburn): funeral-home site, HTML in content:encoded, a one-line
plain description, permalink guids. Franco-American Catholic house style. Hand-labelled (gold=[...])."""

FEED = "dm"
ITEMS = [
dict(guid="pwm_dm_2026_rita-lachance-boisvert", pub="2026-01-19T10:00:00-05:00",
title="Rita Marie (Lachance) Boisvert",
body="""LEWISTON - Rita Marie (Lachance) Boisvert, 82, of Lewiston, passed away peacefully on January 16, 2026, at St. Marguerite d'Youville Pavilion, surrounded by her family. She was born in Lewiston on April 2, 1943, the daughter of Omer and Marie Rose (Lachance dit Lapierre) Lachance, and attended St. Peter's School and Lewiston High School.

Rita worked for 31 years as a stitcher at the Bates Mill and later at Geiger. She was a lifelong communicant of Ss. Peter and Paul Basilica, a member of the Dames de Sainte-Anne, and the Memere everyone wanted at the table on Christmas Eve, when her tourtiere and her stories of "le vieux Petit Canada" were both served hot.

She is survived by her son, Marc Boisvert and his wife Julie of Greene; her daughter, Lise Boisvert of Portland; her sisters, Jeannine (Normand) Cloutier of Lewiston and Yvonne Rancourt and her husband Gilles of Auburn; five grandchildren and two great-grandchildren, who called her Memere Rita.

She was predeceased by her husband of 49 years, Roland Boisvert, and by her brother, Fernand Lachance.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday, January 24, at Ss. Peter and Paul Basilica, Lewiston. Interment will be in the spring at Mount Hope Cemetery. Arrangements are by Desjardins & Maheux Funeral Home, Lewiston.""",
gold=[("PWM001", "survivor"), ("PWM002", "survivor"), ("PWM021", "survivor")]),

dict(guid="pwm_dm_2026_armand-joseph-carrier", pub="2026-03-09T09:30:00-05:00",
title="Armand Joseph Carrier",
body="""LEWISTON - Armand Joseph Carrier, 81, died Thursday, March 5, 2026, at his home on College Street with his family at his side. He was born in Lewiston on August 3, 1944, the son of Joseph Arthur and Marie Blanche (Gosselin) Carrier.

Armand served in the U.S. Navy aboard the USS Independence and then spent 38 years as a loom fixer and later supervisor at the Bates Manufacturing Company. He sang bass in the choir at Holy Cross Church for more than fifty years and never missed a Franco-American Festival.

He leaves his wife of 58 years, Therese (Dube) Carrier; his sons, Daniel Carrier of Minot and Michel Carrier and his wife Nicole of Lewiston; his sister, Pauline Drouin of Rumford; seven grandchildren, who knew him as Pepere; and many nieces and nephews.

Deacon Maurice Vachon will preside at a Mass of Christian Burial at 11 a.m. Monday, March 16, at Holy Cross Church, Lewiston. Bearers will be his grandsons and his friends Ross Poulin and Lucien Giguere. Memorial donations may be made to St. Mary's Hospice, Lewiston.""",
gold=[("PWM005", "deceased_client"), ("PWM006", "spouse_of_deceased_client")]),

dict(guid="pwm_dm_2026_lucienne-dionne", pub="2026-04-02T11:00:00-04:00",
title="Lucienne Marie (Berube) Dionne",
body="""SABATTUS - Lucienne Marie (Bérubé) Dionne, 87, of Sabattus, died March 30, 2026, at Central Maine Medical Center. Born February 14, 1939, in Lewiston, she was the daughter of Adelard and Yvette (Roy) Bérubé.

A Valentine's baby who "came with her own party," Lucienne worked at the Peppermint shoe shop in Auburn and, for twenty years, in the cafeteria at Sabattus Primary School, where she knew every child's name and every child's allergy. She was a faithful member of Prince of Peace Parish.

She was predeceased by her husband, Lionel Dionne, in 2011, and by her brother, Rene Berube.

Survivors include her daughter, Claudette Fournier and her husband Alain of Sabattus; her son, Gaetan Dionne of Auburn; her niece, Nadine St. Pierre of Westbrook, whom she raised as her own for several years; six grandchildren and four great-grandchildren.

Visiting hours will be held from 4 to 7 p.m. Monday at Desjardins & Maheux Funeral Home, Lewiston. A funeral Mass will be celebrated at 10 a.m. Tuesday at St. Philip's Church, Auburn.""",
gold=[("PWM004", "deceased_client"), ("PWM015", "survivor")]),

dict(guid="pwm_dm_2026_rosaire-poulin-sr", pub="2026-04-21T10:15:00-04:00",
title="Joseph Rosaire Poulin Sr.",
body="""AUBURN - Joseph Rosaire Poulin Sr., 88, a proud Auburn native and "Pepere Ro" to a small army of grandchildren, died April 18, 2026, at Clover Manor. He was born in Auburn on July 12, 1937, the son of Joseph and Marie Anna (Pelchat) Poulin.

Rosaire owned and ran Poulin's Shoe Repair on Minot Avenue for 44 years. He played the fiddle at every wedding and every soiree at the Club Montagnard, and he was a charter member of the Auburn Knights of Columbus council.

He is survived by his son, Joseph Rosaire "Ross" Poulin Jr. and his wife Denise of Auburn; his daughters, Suzanne Poulin of Turner and Carole Lemieux and her husband Guy of Lisbon; nine grandchildren and five great-grandchildren.

He was predeceased by his wife, Jeanne d'Arc (Levasseur) Poulin, and by his sister, Sr. Cecile Poulin, S.S.A.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Philip's Church, Auburn, with a reception to follow at the Club Montagnard.""",
gold=[("PWM003", "survivor")]),

dict(guid="pwm_dm_2026_maurice-j-vachon", pub="2026-05-11T09:00:00-04:00",
title="Maurice J. Vachon",
body="""BIDDEFORD - Maurice "Mo" J. Vachon, 34, of Biddeford, died unexpectedly on May 7, 2026. He was born in Biddeford on October 3, 1991, the son of Roger and Claire (Lessard) Vachon.

Mo was a line cook at restaurants from Kennebunkport to Portland and a devoted Red Sox fan. He was a gentle uncle and the best-dressed groomsman at every wedding.

He is survived by his parents, Roger and Claire Vachon of Biddeford; his sister, Amelie Vachon of Saco; his grandmother, Therese Lessard of Biddeford; and his nephews, Theo and Felix.

A funeral service will be held at 2 p.m. Friday at the Lewiston chapel of Desjardins & Maheux, where his grandparents were married. Burial will follow at St. Peter's Cemetery.""",
gold=[]),

dict(guid="pwm_dm_2026_maman-veronique-kabamba", pub="2026-06-08T12:00:00-04:00",
title="Maman Veronique Kabamba",
body="""LEWISTON - Maman Véronique Kabamba Ntumba, 71, of Lewiston, went home to the Lord on June 4, 2026. She was born in Mbuji-Mayi, in the Kasai region of what is now the Democratic Republic of the Congo, and came to Maine in 2014 after years in a refugee camp in Zambia.

Maman Véronique was a seamstress who sewed the choir robes for the Lewiston Congolese Christian Fellowship and taught half the young women of Pine Street to cook fufu and pondu. She spoke Tshiluba, Lingala, French and, as she liked to say, "enough English."

She is survived by her daughter, Espérance Mukendi and her husband Jean-Pierre of Lewiston; her sons, Patrice Kabamba of Portland and Didier Kabamba of Kinshasa; and eleven grandchildren.

A wake (matanga) will be held at the family home Friday evening. The funeral service will be held at 1 p.m. Saturday at the Lewiston Congolese Christian Fellowship, followed by burial at Riverside Cemetery. Arrangements by Desjardins & Maheux.""",
gold=[("PWM010", "survivor"), ("PWM009", "survivor")]),
]
