"""Macon County Ledger-Tribune (Decatur) obituaries: daily-newspaper style of central Illinois ("passed away
4:12 a.m. Tuesday (Sept. 8, 2026)", "He married ... She survives.", "Surviving are", "Memorials:"), plain text.
Hand-labelled: `gold` is what a careful assistant would propose."""

FEED = "mclt"
ITEMS = [
dict(guid="dec_mclt_obit_20260128_5512", pub="2026-01-28T04:30:00-06:00",
title="Harold E. Brummett, 90, Moweaqua",
body="""MOWEAQUA - Harold E. Brummett, 90, of Moweaqua, passed away 9:50 p.m. Monday (Jan. 26, 2026) at Moweaqua Rehab and Health Care Center.

Services will be 11 a.m. Friday at Moweaqua Christian Church, with the Rev. Doug Pflum officiating. Visitation will be 4 to 7 p.m. Thursday at Stroud-Kessel Funeral Home, Moweaqua. Burial will be in Moweaqua Cemetery. Memorials: Moweaqua Coal Mine Museum.

Harold was born Oct. 3, 1935, in Macon, the son of Elmer and Hazel (Tice) Brummett. He married Betty Lou Sperry on Aug. 28, 1955. She preceded him in death in 2018. Harold farmed south of Moweaqua for 52 years and drove a school bus for the Central A&M district for 30 of them. He never missed a Farm Progress Show and never bought a green tractor.

Surviving are his sons, Gary (Connie) Brummett of Moweaqua and Steven Brummett of Assumption; his sister, Lorraine Sefton of Mount Zion; six grandchildren; and eleven great-grandchildren.

He was preceded in death by his parents; his wife; his brother, Wendell Brummett; and his brothers-in-law, Chester Sefton and Delbert Sperry.""",
gold=[("DEC003", "survivor")]),

dict(guid="dec_mclt_obit_20260211_5588", pub="2026-02-11T04:30:00-06:00",
title="Marvin E. Schroeder Sr., 87, Forsyth",
body="""FORSYTH - Marvin E. Schroeder Sr., 87, of Forsyth, passed away 6:15 a.m. Sunday (Feb. 8, 2026) at his home, with his family at his side.

A funeral Mass will be celebrated at 10:30 a.m. Thursday at Holy Family Catholic Church, Decatur. Visitation will be 4 to 7 p.m. Wednesday at Hartwig-Lindell Funeral Chapel, Decatur. Burial will be in Calvary Cemetery. Memorials: Forsyth Fire Protection District or the Macon County 4-H Foundation.

Marvin was born May 17, 1938, on the family farm north of Forsyth, the son of Otto and Frieda (Kranz) Schroeder. He married Irma Luedke on April 25, 1959. She preceded him in death in 2015. In 1966 he opened Schroeder Implement on Route 51 with one used combine and a borrowed tow truck; he was still stopping by the parts counter most mornings at 85. He served 24 years on the Forsyth Fire Protection District board.

Surviving are his son, Marvin "Butch" Schroeder Jr. (Patty) of Forsyth; his daughter, Linda (Ron) Hesse of Maroa; grandchildren, Kyle (Amanda) Schroeder, Jenna Schroeder and Nicholas Hesse; and three great-grandchildren.

He was preceded in death by his parents, his wife and his sister, Adeline Kranz.""",
gold=[("DEC004", "survivor"), ("DEC005", "survivor")]),

dict(guid="dec_mclt_obit_20260221_5630", pub="2026-02-21T04:30:00-06:00",
title="Menno D. Herschberger, 91, Arthur",
body="""ARTHUR - Menno D. Herschberger, 91, of rural Arthur, died at 3:40 a.m. Thursday (Feb. 19, 2026) at his home.

Funeral services will be at 9 a.m. Saturday at the Ervin Herschberger residence, 3 miles south of Arthur. Burial will be in Otto Cemetery. Visitation will be after 4 p.m. Friday at the residence. Arrangements are by Shrock Family Funeral Service, Arthur.

He was born Jan. 7, 1935, in Douglas County, the son of Daniel J. and Lydia (Yoder) Herschberger. He married Sarah Miller on Nov. 22, 1956. She died Dec. 3, 2011. He was a member of the Old Order Amish Church. He was a harness maker for more than sixty years and sold his work at the Arthur sale barn every spring.

Surviving are sons and daughters, Daniel M. (Ruth) Herschberger, Wilma (Levi) Stutzman and Ervin (Katie) Herschberger, all of Arthur, and Lydia (Menno) Kauffman of Jamesport, Mo.; 31 grandchildren; 74 great-grandchildren; a brother, Joni D. Herschberger of Arcola; and a sister, Fannie (Eli) Otto of Arthur.

He was preceded in death by his parents, his wife, a son, Jonas, in infancy, and two brothers.""",
gold=[("DEC013", "survivor")]),

dict(guid="dec_mclt_obit_20260317_5741", pub="2026-03-17T04:30:00-05:00",
title="Andrew F. 'Andy' Kappes, 91, Decatur",
body="""DECATUR - Andrew F. "Andy" Kappes, 91, of Decatur, passed away 2:05 p.m. Saturday (March 14, 2026) at Fair Havens Christian Home.

Mass of Christian Burial will be 10 a.m. Friday at St. Patrick Catholic Church, Decatur. Visitation will be 4 to 7 p.m. Thursday at Hartwig-Lindell Funeral Chapel, with a rosary at 3:30 p.m. Burial will be in Calvary Cemetery with military rites. Memorials: St. Teresa High School.

Andy was born June 30, 1934, in Decatur, the son of Frank and Rose (Heinzel) Kappes. He served in the U.S. Army in Korea and worked 36 years at the A.E. Staley plant, retiring as a shift supervisor. He married Jeanette Boehm on Sept. 6, 1958, at St. Patrick. She preceded him in death in 2020. He bowled in the Staley league until he was 88 and held the Thursday-night high series for eleven years.

Surviving are his son, Frank (Julie) Kappes of Decatur; his daughter, Denise (Tom) Wagoner of Mount Zion; his grandchildren, Drew Kappes of Decatur, who was named for his grandfather, Megan (Tyler) Brandt of Macon and Luke Wagoner of Champaign; and two great-grandchildren.

He was preceded in death by his parents, his wife and a brother, Paul.""",
gold=[("DEC014", "survivor")]),

dict(guid="dec_mclt_obit_20260408_5803", pub="2026-04-08T04:30:00-05:00",
title="Dwight L. Eberhardt, 86, formerly of Peoria",
body="""SUN CITY WEST, Ariz. - Dwight L. Eberhardt, 86, of Sun City West, Ariz., formerly of Peoria, passed away Thursday (April 2, 2026) at Banner Del E. Webb Medical Center.

A memorial service will be 2 p.m. May 16 at Grace Presbyterian Church, Peoria. Memorials: Peoria Riverfront Museum.

Dwight was born Dec. 1, 1939, in Peoria, the son of Louis and Martha (Graff) Eberhardt. He was a design engineer at Caterpillar for 33 years and holds two patents on track-type tractor drives. He married Marilyn Kraus on June 20, 1964; she survives.

Also surviving are his sons, Brian (Nancy) Eberhardt of Dunlap and Kurt Eberhardt of Scottsdale, Ariz.; and four grandchildren. He was preceded in death by his parents and a sister, Joan Wittenberg.""",
gold=[]),

dict(guid="dec_mclt_obit_20260430_5866", pub="2026-04-30T04:30:00-05:00",
title="Leon Pettiford, 74, Decatur",
body="""DECATUR - Leon Pettiford, 74, of Decatur, passed away 11:20 p.m. Sunday (April 26, 2026) at Decatur Memorial Hospital.

Homegoing services will be 11 a.m. Saturday at Antioch Missionary Baptist Church, with visitation one hour prior. Burial will be in Greenwood Cemetery. Arrangements by Walton & Sons Memorial Chapel.

Leon was born Feb. 2, 1952, in Decatur, the son of Otis and Mattie (Reed) Pettiford. He graduated from Eisenhower High School in 1970, served in the U.S. Navy, and retired from Firestone after 29 years. He coached Little League at Garfield Park for two decades.

Surviving are his daughter, Tanya Pettiford of Decatur; his brothers, the Rev. Alfonso (Gloria) Pettiford of Decatur and Curtis Pettiford of Memphis, Tenn.; and a host of nieces, nephews and friends. He was preceded in death by his parents and his wife, Evelyn.""",
gold=[("DEC009", "survivor")]),

dict(guid="dec_mclt_obit_20260612_5940", pub="2026-06-12T04:30:00-05:00",
title="Samuel Anaya Ortiz, 80, Rantoul",
body="""RANTOUL - Samuel Anaya Ortiz, 80, of Rantoul, died Tuesday (June 9, 2026) at Carle Foundation Hospital, Urbana.

A Mass of Christian Burial will be at 10 a.m. Monday at St. Malachy Catholic Church, Rantoul, with a rosary at 9:30 a.m. Burial will be in Maplewood Cemetery.

Samuel was born Sept. 12, 1945, in Rio Bravo, Tamaulipas, Mexico, and came to Rantoul in 1968 to work at Chanute Air Force Base, where he stayed on as a civilian mechanic until the base closed in 1993. He then worked for the Rantoul Park District until he retired. He married Esperanza Villegas in 1967; she preceded him in death in 2022.

Survivors include his daughters, Lupe Anaya of Champaign and Rosa (Miguel) Trevino of Rantoul; his son, Samuel Anaya Jr. of Houston; nine grandchildren; and his brother, Ruben Anaya of Brownsville, Texas.""",
gold=[("DEC010", "survivor")]),

dict(guid="dec_mclt_obit_20260910_6127", pub="2026-09-10T04:30:00-05:00",
title="Gerald L. 'Jerry' Wetzel, 80, Decatur",
body="""DECATUR - Gerald L. "Jerry" Wetzel, 80, of Decatur, passed away 4:12 a.m. Tuesday (Sept. 8, 2026) at Decatur Memorial Hospital.

A celebration of Jerry's life will be 10 a.m. Saturday at First United Methodist Church, Decatur, with visitation one hour prior. Burial will be in Graceland Cemetery. Memorials: Macon County Honor Flight or the Salvation Army of Decatur. Pallbearers will be Butch Schroeder, Drew Kappes, Dennis Kuhle, Scott Wetzel, Brian Wetzel and Ron Hesse.

Jerry was born April 12, 1946, in Decatur, the son of Lloyd and Wilma (Bauer) Wetzel. He graduated from MacArthur High School in 1964 and served in the U.S. Army in Vietnam. He married Darlene Kuhle on June 3, 1967, at St. Paul's Lutheran Church. She survives. Jerry retired from Caterpillar's Decatur plant in 2004 after 34 years as a machinist, and spent the years since fishing Lake Decatur and finding reasons to be at the Forsyth implement dealer.

Also surviving are his sons, Scott (Lisa) Wetzel of Mount Zion and Brian Wetzel of Normal; four grandchildren; and his brother, Roger Wetzel of Clinton.

He was preceded in death by his parents and his sister, Carol Ann.""",
gold=[("DEC001", "deceased_client"), ("DEC002", "spouse_of_deceased_client")]),
]
