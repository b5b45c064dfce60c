"""Kings County Courier (Hanford) obituaries: newspaper, legacy-style titles, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hnf_kcc_obit_20260214_machado", pub="2026-02-14T05:30:00-08:00",
title="Maria da Conceicao Machado Obituary (1934 - 2026) - Hanford, CA - Kings County Courier",
body="""HANFORD - Maria da Conceição Machado, 91, of Hanford, passed away peacefully on February 10, 2026, surrounded by her family.

Maria was born on the island of Terceira, Azores, and came to the Valley in 1962 with her husband, José, who milked cows for the Avila dairy south of town before they bought their own place on Houston Avenue. She never missed the Festa do Espírito Santo at the Hanford P.F.S.A. hall and made the sopas for it for more than thirty years.

She is survived by her daughter, Fatima (Manuel) Silveira of Hanford; her son, José Machado Jr. and his wife Lídia of Tracy; her sister, Conceição Borges of Angra do Heroísmo; seven grandchildren and eleven great-grandchildren. She was preceded in death by her husband, José, in 2004.

Rosary will be recited Thursday at 7 p.m. at Whitmore-Bettencourt Funeral Chapel, Hanford. Funeral Mass will be Friday at 10 a.m. at St. Brigid Church, with Fr. Paulo Nunes presiding. Burial at Grangeville Cemetery.""",
gold=[("HNF002", "survivor"), ("HNF001", "survivor")]),

dict(guid="hnf_kcc_obit_20260309_boersma", pub="2026-03-09T05:30:00-08:00",
title="Hendrika Boersma Obituary (1937 - 2026) - Hanford, CA - Kings County Courier",
body="""HANFORD - Hendrika "Rika" Boersma, 88, a dairywoman who could still back a hay trailer into the barn at eighty, died March 5, 2026, at Hanford Adventist Medical Center.

Rika was born in Friesland, the Netherlands, and emigrated with her parents to Artesia in 1951. She married Sjoerd Boersma in 1956 and together they moved the dairy to Kings County in 1968. She was a faithful member of the Hanford Christian Reformed Church, where she taught catechism and ran the Dutch bake sale for decades.

Rika is survived by her son, Arnie Boersma of Hanford; her daughter, Trudy Van Beek and her husband, Gerrit, of Hanford; nine grandchildren and six great-grandchildren. She was preceded in death by Sjoerd in 2011 and by her son, Pieter.

A memorial service will be held Saturday at 2 p.m. at Hanford Christian Reformed Church, Pastor Wim de Jager officiating. Pallbearers are her grandsons and family friends Cody Brasil and Dirk Veenstra.""",
gold=[("HNF020", "survivor"), ("HNF004", "survivor"), ("HNF003", "survivor")]),

dict(guid="hnf_kcc_obit_20260402_brasil", pub="2026-04-02T05:30:00-07:00",
title="Cody Brasil Obituary (1954 - 2026) - Fallon, NV - Kings County Courier",
body="""FALLON, Nev. - Cody Manuel Brasil, 71, of Fallon, Nevada, a former Hanford resident, passed away March 28, 2026, at Banner Churchill Community Hospital.

Cody grew up on a dairy on Flint Avenue and graduated from Hanford High in 1972 before moving to Nevada, where he spent 40 years raising alfalfa in the Lahontan Valley. He was a team roper and a past president of the Fallon Portuguese Holy Ghost society.

He is survived by his wife of 48 years, Darlene Brasil; his sons, Travis of Reno and Shane of Fallon; and his brother, Leonard Brasil of Fernley. Services will be held in Fallon.""",
gold=[]),

dict(guid="hnf_kcc_obit_20260420_lemos", pub="2026-04-20T05:30:00-07:00",
title="Everett Lemos Obituary (2003 - 2026) - Hanford, CA - Kings County Courier",
body="""HANFORD - Everett James Lemos, 22, of Hanford, died April 15, 2026, in a motorcycle accident on Highway 198.

Everett was a 2021 graduate of Sierra Pacific High School and was finishing his lineman apprenticeship. He loved dirt bikes, his nephews and the Hanford Bullpups' Friday nights.

He is survived by his parents, Victor and Dalia Lemos of Hanford; his sister, Alexis; his grandparents, Frank and Irene Lemos of Laton; and his girlfriend, Makayla. A celebration of life will be held at the Hanford Civic Auditorium on Saturday.""",
gold=[]),

dict(guid="hnf_kcc_obit_20260611_pettaway", pub="2026-06-11T05:30:00-07:00",
title="Dwayne Pettaway Obituary (1967 - 2026) - Corcoran, CA - Kings County Courier",
body="""CORCORAN - Dwayne Lamont Pettaway, 58, of Corcoran, went home to be with the Lord on June 6, 2026.

Dwayne was born in Shreveport, Louisiana, and came to Corcoran as a boy when his father took work in the cotton gins. He drove truck for J.G. Boswell Co. for 31 years and coached Little League at Father Wallace Park.

He leaves to cherish his memory his mother, Mrs. Ernestine Pettaway; his brother, Darnell Pettaway of Corcoran; his daughters, Keisha and Brianna; four grandchildren; and a host of nieces, nephews and friends. He was preceded in death by his father, Rev. Otis Pettaway.

Homegoing services will be held Saturday at 11 a.m. at Greater New Hope Missionary Baptist Church, Corcoran.""",
gold=[("HNF015", "survivor")]),

dict(guid="hnf_kcc_obit_20260708_vanbeek", pub="2026-07-08T05:30:00-07:00",
title="Gerrit Van Beek Obituary (1941 - 2026) - Lynden, WA - Kings County Courier",
body="""LYNDEN, Wash. - Gerrit Van Beek, 84, of Lynden, Washington, passed into glory on July 2, 2026.

Gerrit was born in Drenthe, the Netherlands, and milked cows in Chino and later in Whatcom County. Friends in Kings County will remember him from the years he hauled heifers up and down Highway 99.

He is survived by his wife, Alida; his children, Jan Van Beek of Lynden and Marijke Hoekstra of Sunnyside; and twelve grandchildren. Services were held at Second Christian Reformed Church, Lynden.""",
gold=[]),

dict(guid="hnf_kcc_obit_20260923_silveira", pub="2026-09-23T05:30:00-07:00",
title="Manuel \"Manny\" Silveira Obituary (1941 - 2026) - Hanford, CA - Kings County Courier",
body="""HANFORD - Manuel José "Manny" Silveira, 85, of Hanford, passed away on September 19, 2026, at home, with his rosary in his hand.

Manny was born May 14, 1941, in Praia da Vitória, Terceira, Azores, and came to Hanford in 1959 with twelve dollars and a cousin's address. He milked cows, then hauled milk, then built Silveira Feed & Hay on 10th Avenue, which he ran for 40 years. He was a past president of the Hanford P.F.S.A. and crowned queens at more festas than anyone can count.

He is survived by his wife of 61 years, Fatima (Machado) Silveira; his son, Paul Silveira and wife Teresa of Lemoore; his daughter, Connie Mendes of Tulare; his sister, Loretta Quaresma of Hanford; eight grandchildren and five great-grandchildren. He was preceded in death by his brothers, Tony and Joe.

Rosary will be Tuesday at 7 p.m. at Whitmore-Bettencourt Funeral Chapel. Funeral Mass will be celebrated Wednesday at 10 a.m. at St. Brigid Church, Fr. Paulo Nunes celebrant. Pallbearers: Everett Lemos, Frank Avila, Joe Borges, Mark Mendes, Danny Silveira and Nick Silveira.""",
gold=[("HNF001", "deceased_client"), ("HNF002", "spouse_of_deceased_client")]),
]
