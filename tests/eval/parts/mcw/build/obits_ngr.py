"""North Iowa Globe-Register (Mason City daily): full obituaries with legacy-style titles
("Name Obituary (1938 - 2026) - Clear Lake, IA - North Iowa Globe-Register"), plain text. Hand-labelled."""

FEED = "ngr_obits"
ITEMS = [
dict(guid="mcw_ngr_obit_2026_0114_0417", pub="2026-01-14T05:30:00-06:00",
title="Halvard Erik Brekkestad Obituary (2002 - 2026) - Mason City, IA - North Iowa Globe-Register",
body="""Halvard Erik "Hal" Brekkestad, 23, of Mason City, died Saturday, January 10, 2026, in a snowmobile accident north of Fertile.

Hal was born April 2, 2002, in Mason City, the son of Erik and Tonya (Brandvold) Brekkestad. He was named for his grandfather and spent every summer of his boyhood at his grandparents' place on the Winnebago River. He graduated from Mason City High School in 2020 and from the lineworker program at North Iowa Area Community College, and worked as an apprentice lineman for Cerro Gordo Rural Electric. He loved ice fishing on Clear Lake, his Chevy, and his nieces.

He is survived by his parents, Erik and Tonya Brekkestad of Mason City; his sister, Sigrid (Jordan) Paulsrud of Ames; his grandparents, Hal and Ingrid Brekkestad of Mason City and Gary and Renee Brandvold of Lake Mills; his girlfriend, Kaylee Rusk; and many aunts, uncles and cousins. He was preceded in death by his great-grandparents.

Funeral services will be 10:30 a.m. Friday, January 16, at Bethany Lutheran Church, Mason City, with the Rev. Gunnar Tveitbakk officiating. Visitation will be 4 to 7 p.m. Thursday at Prairie Lakes Funeral Chapels, Mason City.""",
gold=[("MCW001", "survivor"), ("MCW002", "survivor")]),

dict(guid="mcw_ngr_obit_2026_0203_0522", pub="2026-02-03T05:30:00-06:00",
title="Wendell Oberhauser Sr. Obituary (1937 - 2026) - Clear Lake, IA - North Iowa Globe-Register",
body="""Wendell August Oberhauser Sr., 88, of Clear Lake, died Saturday, January 31, 2026, at MercyOne North Iowa Medical Center in Mason City.

Wendell was born August 3, 1937, on a farm near Ventura, the son of August and Frieda (Lau) Oberhauser. He married Lucille Damm on June 6, 1959, at St. Paul Lutheran Church in Garner. The couple farmed west of Clear Lake for forty years before moving into town in 1999. He served on the Ventura school board and the Cerro Gordo County Farm Bureau board, and he never missed a Lions Club pancake breakfast.

Survivors include his son, Wendell "Butch" Oberhauser Jr. (Marcy) of Clear Lake; his daughter, Karen (Steve) Pals of Forest City; five grandchildren and seven great-grandchildren; and his sister-in-law, Doris Damm of Britt. He was preceded in death by his wife, Lucille, in 2019; his brother, Harvey; and his sister, Elaine Schmidt.

Funeral services will be held at 11 a.m. Saturday at Zion Lutheran Church, Clear Lake. Burial will be in Clear Lake Cemetery. Lakeshore Family Funeral Home, Clear Lake, is assisting the family.""",
gold=[("MCW006", "survivor"), ("MCW007", "survivor")]),

dict(guid="mcw_ngr_obit_2026_0317_0611", pub="2026-03-17T05:30:00-05:00",
title="Lorraine Mae Vandersnick Obituary (1938 - 2026) - Clear Lake, IA - North Iowa Globe-Register",
body="""Lorraine Mae Vandersnick, 87, of Clear Lake, passed away peacefully Saturday, March 14, 2026, at Oakwood Care Center, Clear Lake.

Lorraine was born June 21, 1938, in Lake Township, Cerro Gordo County, the daughter of Herman and Edna (Meyer) Kuhlers. She graduated from Clear Lake High School in 1956 and married Donald Vandersnick on October 11, 1958. Lorraine worked 31 years at the Clear Lake Public Library, where two generations of children knew her as "the story-time lady." She was a member of Zion Lutheran Church and its quilting circle.

She is survived by her son, Kurt Vandersnick of Rochester, Minnesota; her daughter, Gail (Ron) Pederson of Clear Lake; six grandchildren; and her brother, Dale Kuhlers of Ventura. She was preceded in death by her husband, Donald, in 2011, and her sister, Marian Heitland.

A memorial service will be held at 2 p.m. Saturday, March 21, at Zion Lutheran Church, Clear Lake, with Pastor Gunnar Tveitbakk officiating. Memorials may be directed to the Clear Lake Public Library.""",
gold=[("MCW005", "deceased_client")]),

dict(guid="mcw_ngr_obit_2026_0409_0704", pub="2026-04-09T05:30:00-05:00",
title="Merle Dean Dusenbery Obituary (1944 - 2026) - Plymouth, IA - North Iowa Globe-Register",
body="""Merle Dean Dusenbery, 82, of Plymouth, died Monday, April 6, 2026, at his home, surrounded by his family.

Merle was born February 9, 1944, on the family farm north of Plymouth, the son of Clarence and Hazel (Trettin) Dusenbery. He served in the U.S. Army in Germany from 1964 to 1966. On June 17, 1967, he married Arlene Hjelmeland at Bethany Lutheran Church in Mason City. Merle farmed the home place for more than fifty years and drove a school bus for the Mason City district for twenty. He could fix anything with baling wire and patience.

Merle is survived by his wife of 58 years, Arlene; his sons, Brent (Jill) Dusenbery of Plymouth and Curtis Dusenbery of Cedar Falls; his daughter, Janelle (Mike) Stroh of Rockford; eight grandchildren; and his brother, Glen Dusenbery of Osage. He was preceded in death by his parents and his sister, Phyllis.

The family thanks Dr. Anselm Vogelsang and the staff of Hospice of North Iowa for their kindness. Funeral services will be 10:30 a.m. Saturday at Bethany Lutheran Church, Mason City. Burial with military honors at Plymouth Cemetery.""",
gold=[("MCW009", "deceased_client"), ("MCW010", "spouse_of_deceased_client")]),

dict(guid="mcw_ngr_obit_2026_0522_0813", pub="2026-05-22T05:30:00-05:00",
title="Beverly Ann Tjaden Obituary (1931 - 2026) - Mason City, IA - North Iowa Globe-Register",
body="""Beverly Ann Tjaden, 94, of Mason City, died Tuesday, May 19, 2026, at Good Shepherd Health Center.

Bev was born March 2, 1931, in Thornton, the daughter of Fred and Anna (Harms) Eilers. She married Raymond Tjaden in 1950; they ran Tjaden's Cafe on South Federal Avenue for 27 years. She bowled in the Tuesday league until she was 88 and made the best rhubarb pie in Cerro Gordo County.

She is survived by her sons, Roger (Deb) Tjaden of Mason City and Lyle Tjaden of Mesa, Arizona; her daughter, Pamela Eilers Tjaden of Minneapolis; her longtime friend and neighbor, Ingrid Brekke of Mason City; nine grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Raymond, and her son, Gary.

Services will be 11 a.m. Tuesday at Central Lutheran Church, Mason City.""",
gold=[]),

dict(guid="mcw_ngr_obit_2026_0611_0902", pub="2026-06-11T05:30:00-05:00",
title="Agnes L. Nemec Obituary (1936 - 2026) - Mason City, IA - North Iowa Globe-Register",
body="""Agnes Ludmila Nemec, 89, of Mason City, died Monday, June 8, 2026, at Mason City.

Agnes was born September 14, 1936, in Spillville, the daughter of Frank and Rose (Sindelar) Kubicek. She moved to Mason City in 1955 to work at the Decker packing plant, where she met Joseph Nemec; they married in 1957 at St. Joseph Catholic Church. She was a devoted member of the Altar and Rosary Society, sang in the Czech choir at every Spillville polka mass she could get to, and kept a kolache recipe she would not share.

Survivors include her sister, Mrs. Louis Hrubes of Mason City; her nephews, Daniel Hrubes of Waterloo and Mark Hrubes of Mason City; and her godchildren. She was preceded in death by her husband, Joseph, in 2014; her brothers, Frank Jr. and Anton Kubicek; and her sister, Rose Marie Pecinovsky.

Mass of Christian Burial will be 10 a.m. Friday at Holy Family Catholic Church, Mason City. Pallbearers will be Mark Hrubes, Daniel Hrubes, Tad Wrolstad, Jerome Pecinovsky, Gary Sindelar and Paul Nemec.""",
gold=[("MCW019", "survivor")]),
]
