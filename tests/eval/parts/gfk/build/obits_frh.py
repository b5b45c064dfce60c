"""The Forks Herald (Grand Forks daily): obituaries with legacy-style titles
("Name Obituary (1928 - 2026) - Town, ND - The Forks Herald"), plain-text descriptions. Hand-labelled."""

ITEMS = [
dict(guid="gfk_frh_obit_2026_0305", pub="2026-03-05T05:30:00-06:00",
title="Gunhild Tveit Obituary (1928 - 2026) - Northwood, ND - The Forks Herald",
body="""Gunhild Tveit, 97, Northwood, died Monday, March 2, 2026, at Northwood Deaconess Health Center.

Gunhild Oline Rosvold was born April 30, 1928, on the family farm near Aneta, N.D., to Ole and Sigrid (Kvale) Rosvold. She was confirmed at Aneta Lutheran Church and graduated from Aneta High School in 1946. On June 18, 1949, she married Einar Tveit, and the couple farmed north of Northwood for 41 years. Gunhild's lefse was sold by the dozen at the Northwood Lutheran bazaar every November, and she kept a Hardanger embroidery frame set up in the front room until she was 94.

She is survived by her daughters, Marit (Hal) Ostbye of Grand Forks and Liv (Gary) Brenden of Bemidji, Minn.; her son, Anders Tveit of Northwood; eight grandchildren; and 14 great-grandchildren. She was preceded in death by her husband, Einar, in 1991; a son, Nils, in infancy; and her brothers, Olaf and Peder Rosvold.

Funeral: 11 a.m. Saturday at Northwood Lutheran Church, with visitation one hour before. Burial will be in Northwood Cemetery in the spring. Arrangements by Sondreal-Bakken Funeral Chapel, Grand Forks.""",
gold=[("GFK002", "survivor"), ("GFK001", "survivor")]),

dict(guid="gfk_frh_obit_2026_0317", pub="2026-03-17T05:30:00-05:00",
title="Thorvald \"Tor\" Haugrud Obituary (1939 - 2026) - Grand Forks, ND - The Forks Herald",
body="""Thorvald Magnus "Tor" Haugrud, 87, Grand Forks, died Saturday, March 14, 2026, at Altru Hospital, Grand Forks.

Tor was born January 17, 1939, in Inkster, N.D., the youngest of six children of Magnus and Hilda (Sem) Haugrud. He served in the U.S. Army in Germany, then came home to study civil engineering at the University of North Dakota. For 33 years he worked for the City of Grand Forks, and in the spring of 1997 he was one of the engineers who stayed on the dikes until the river came over them. He married Eunice Lindgren in 1963; she died in 2011.

Tor sang bass in the Vinland Lutheran choir for fifty years, never missed a Fighting Hawks home hockey game if he could help it, and could recite the crest of every Red River flood since 1882.

He is survived by his son, Daniel (Kristi) Haugrud of Fargo; his daughter, Karen Sorum of Minot; five grandchildren; and his sister, Clara Bjerke of Park River. He was preceded in death by his wife, Eunice; his parents; and four brothers.

The family thanks Dr. Priyanka Venkataraman and the nurses of Altru's fourth floor for their care. Funeral: 2 p.m. Friday at Vinland Lutheran Church, Grand Forks, with Pastor Sigrid Aamodt officiating. Pallbearers will be Kenny Skjerven, Roald Sem, Eric Haugrud and Tyler Sorum. Arrangements by Sondreal-Bakken Funeral Chapel.""",
gold=[("GFK008", "deceased_client")]),

dict(guid="gfk_frh_obit_2026_0409", pub="2026-04-09T05:30:00-05:00",
title="Halvard Ostbye Obituary (1947 - 2026) - Stoughton, WI - The Forks Herald",
body="""Halvard Ostbye, 78, Stoughton, Wis., formerly of Grand Forks, died Sunday, April 5, 2026, at his home in Stoughton.

Halvard was born June 2, 1947, in Grand Forks, to Sverre and Anna Ostbye, and graduated from Central High School in 1965. He left for Madison to study dairy science and never came back except for Christmas, which he said was the only sensible time to visit North Dakota. He spent 35 years with the University of Wisconsin extension service and played the Hardanger fiddle at every Syttende Mai in Stoughton from 1974 on.

He is survived by his wife of 52 years, Judith (Lunde) Ostbye of Stoughton; his sons, Erik Ostbye of Madison and Jon Ostbye of Minneapolis; and four grandchildren. He was preceded in death by his parents and his sister, Ragnhild.

A memorial service will be held May 2 at Christ Lutheran Church, Stoughton. Memorials to the Stoughton Norwegian Dancers.""",
gold=[]),

dict(guid="gfk_frh_obit_2026_0603", pub="2026-06-03T05:30:00-05:00",
title="Gerald \"Jerry\" Tollefsrud Jr. Obituary (1972 - 2026) - Grand Forks, ND - The Forks Herald",
body="""Gerald Allen "Jerry" Tollefsrud Jr., 54, Grand Forks, died unexpectedly Friday, May 29, 2026, at his home.

Jerry was born March 3, 1972, in Grand Forks, and graduated from Red River High School in 1990. He drove truck for Forx Freight for 28 years and knew every grain elevator between Pembina and Wahpeton by its coffee. He coached Grand Forks Park District youth baseball for a decade.

He is survived by his parents, Gerry and Darlene Tollefsrud of Grand Forks; his sons, Tanner and Cole Tollefsrud, both of Grand Forks; his sister, Tracy (Mark) Hoiland of Thompson; and his former wife, Berit Fjeldahl of Grand Forks.

Visitation will be 5 to 7 p.m. Thursday at Sondreal-Bakken Funeral Chapel, Grand Forks. Funeral: 10:30 a.m. Friday at Vinland Lutheran Church.""",
gold=[("GFK018", "survivor")]),

dict(guid="gfk_frh_obit_2026_0714", pub="2026-07-14T05:30:00-05:00",
title="Ardys Nelson Obituary (1939 - 2026) - Reynolds, ND - The Forks Herald",
body="""Ardys Marie Nelson, 86, Reynolds, died Friday, July 10, 2026, at Valley Senior Living on Columbia, Grand Forks.

Ardys was born December 9, 1939, in Thompson, N.D., the daughter of Oscar and Thea Stromsodt. She married Harvey Nelson in 1960 and the two farmed east of Reynolds, where she raised four children, 2,000 turkeys a year and, according to the family, the best rhubarb in Grand Forks County. She was a member of the Reynolds United Methodist Women for 60 years.

Left to cherish her memory are her children, Dale (Julie) Nelson of Reynolds, Sharon Thorson of Hillsboro, Linda (Paul) Wick of Moorhead, Minn., and Brian Nelson of Bismarck; 11 grandchildren; 9 great-grandchildren; and her brother, LaVerne "Vernie" (Delores) Stromsodt of Grand Forks. She was preceded in death by her husband, Harvey, in 2014; and her brothers, Orville and Melvin Stromsodt.

Funeral: 11 a.m. Tuesday at Reynolds United Methodist Church. Burial in Reynolds Cemetery.""",
gold=[("GFK013", "survivor")]),

dict(guid="gfk_frh_obit_2026_0825", pub="2026-08-25T05:30:00-05:00",
title="Kenneth Skjerven Obituary (1944 - 2026) - Hatton, ND - The Forks Herald",
body="""Kenneth Oliver Skjerven, 81, Hatton, died Saturday, August 22, 2026, at Sanford Medical Center, Fargo.

Ken was born October 30, 1944, in Hatton, and farmed the home place in Traill County all his life. He served on the Hatton school board for 18 years and the board of the Hatton Farmers Elevator for 25. He was proud of his Hatton Eielson connections and never let anyone forget that Carl Ben Eielson learned to fly in the next field over.

He is survived by his wife of 58 years, Marlys; his son, Kenny (Jolene) Skjerven of Mayville; his daughter, Renee (Scott) Aaker of Hatton; and six grandchildren.

Funeral: 10:30 a.m. Friday at Hatton Lutheran Church. Arrangements by Hatton Funeral Home.""",
gold=[]),
]
