"""The Tri-State Ledger (Joplin daily): newspaper obituaries, titles "Name Obituary (1947 - 2026) - Town, ST",
plain-text descriptions. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="jln_tsl_obit_260120_aldridge", pub="2026-01-20T05:30:00-06:00",
title="Lorene Fenske Aldridge Obituary (1935 - 2026) - Seneca, MO",
body="""Lorene Fenske Aldridge, 90, of Seneca, Mo., passed away Saturday, January 17, 2026, at Medicalodge of Neosho.

Lorene was born October 2, 1935, on the family dairy west of Seneca to Otto and Frieda Fenske. She graduated from Seneca High School in 1953 and married Merle Aldridge that fall at Trinity Lutheran Church. She kept the books for Aldridge Feed & Seed for forty years and never once, her family says, let a customer leave without a sack of tomatoes in season.

Survivors include two sons, Gary Aldridge and wife Peggy of Seneca and Dennis Aldridge of Fayetteville, Ark.; a sister, Wilma Tharp of Neosho; six grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Merle, in 2011; her parents; and two brothers, Dale and Harvey Fenske.

Funeral services will be 10 a.m. Thursday at Trinity Lutheran Church, Seneca, with the Rev. Paul Obermann officiating. Burial will follow in Seneca Cemetery under the direction of Campbell-Biddlecome Funeral Home.""",
gold=[("JLN009", "survivor")]),

dict(guid="jln_tsl_obit_260211_ackerly", pub="2026-02-11T05:30:00-06:00",
title="Trenton L. Ackerly Obituary (1932 - 2026) - Joplin, MO",
body="""Trenton Lee Ackerly, 93, of Joplin, died Sunday, February 8, 2026, at Freeman Hospital West.

Trenton was born July 30, 1932, in Oronogo, Mo., the son of a lead miner, and went down into the Eagle-Picher mines himself at sixteen. After service in Korea with the 45th Infantry Division he came home, married Doris Kemm, and spent 31 years as a lineman for Empire District Electric. He could name every mine shaft between Oronogo and Picher and would, if you gave him the chance.

He is survived by his son, Lee Ackerly and wife Carol of Joplin; a daughter, Janice Sheets of Tulsa, Okla.; five grandchildren, including his grandson and namesake, Trent Ackerly (Megan) of Joplin; and eight great-grandchildren.

He was preceded in death by his wife of 58 years, Doris, in 2013, and by a brother, Gene Ackerly.

Services will be 2 p.m. Saturday at Parkview-Bethel Funeral Chapel, Joplin, with Bro. Jim Cantrell officiating. Military honors by the VFW Post 534 honor guard. Burial at Mount Hope Cemetery, Webb City.""",
gold=[("JLN011", "survivor")]),

dict(guid="jln_tsl_obit_260309_hathcock", pub="2026-03-09T05:30:00-05:00",
title="Delbert Ray 'Del' Hathcock Obituary (1947 - 2026) - Joplin, MO",
body="""Delbert Ray "Del" Hathcock, 79, of Joplin, passed away Friday, March 6, 2026, at Mercy Hospital Joplin after a short illness.

Del was born February 14, 1947, in Galena, Kan., to Ray and Velma Hathcock. He graduated from Galena High School in 1965, served two years in the U.S. Army, and married Wanda Ruark on June 6, 1970, at Central Christian Church in Joplin. He drove a truck for Tamko Building Products for 33 years and, in retirement, could be found most mornings at the Route 66 diner on Main Street solving the problems of the world with the same six men.

He is survived by his wife of 55 years, Wanda (Ruark) Hathcock, of the home; a son, Rick Hathcock and wife Lisa of Broken Arrow, Okla.; a daughter, Tammy Brewer of Joplin; four grandchildren; and a sister, Faye Goodnight of Baxter Springs, Kan.

He was preceded in death by his parents and a brother, Jerry Hathcock.

Funeral services will be 11 a.m. Wednesday at Central Christian Church. Pallbearers will be Trent Ackerly, Chad Brewer, Kyle Hathcock, Ronnie Goodnight, Travis Ruark and Dean Mitchell. Burial will follow at Forest Park Cemetery. Memorials may be made to Joplin Area Habitat for Humanity.""",
gold=[("JLN001", "deceased_client"), ("JLN002", "spouse_of_deceased_client")]),

dict(guid="jln_tsl_obit_260414_hollenbeck", pub="2026-04-14T05:30:00-05:00",
title="Jace Tyler Hollenbeck Obituary (2005 - 2026) - Carl Junction, MO",
body="""Jace Tyler Hollenbeck, 20, of Carl Junction, died Saturday, April 11, 2026, from injuries suffered in a motorcycle accident on Missouri Route 43.

Jace was born August 19, 2005, in Joplin, to Travis and Kim Hollenbeck. He graduated from Carl Junction High School in 2023, where he played baseball for the Bulldogs, and was an apprentice electrician with IBEW Local 95. He loved the Spring River, his Yamaha and his grandmother's chicken and noodles.

He is survived by his parents, Travis and Kim Hollenbeck of Carl Junction; a sister, Madison Hollenbeck of Springfield; his grandparents, Larry and Dee Hollenbeck of Oronogo; and his girlfriend, Kaylee Stamps.

A celebration of life will be held 2 p.m. Friday at Carl Junction First Baptist Church. Arrangements are under the direction of Mason-Woodard Mortuary.""",
gold=[]),

dict(guid="jln_tsl_obit_260527_supernaw", pub="2026-05-27T05:30:00-05:00",
title="Clarence Supernaw Obituary (1949 - 2026) - Miami, OK",
body="""Clarence Wayne Supernaw, 77, of Miami, Okla., went home to be with the Lord on Sunday, May 24, 2026, at Integris Miami Hospital.

Clarence was born March 9, 1949, in Quapaw, Okla., to Wilson and Ida Supernaw, and was a proud citizen of the Quapaw Nation. He worked at the B.F. Goodrich plant in Miami until it closed and then drove a school bus for Miami Public Schools for 22 years, where generations of children knew him as "Mr. Clarence." He never missed a Quapaw powwow in July.

He is survived by his wife of 51 years, Betty; two daughters, Tonya Supernaw of Miami and Renee Whitetree of Wyandotte; his sister, Darlene Greenfeather of Miami; eleven grandchildren; and many nieces and nephews.

He was preceded in death by his parents and a brother, Wilson Supernaw Jr.

Services will be 10 a.m. Friday at the Quapaw Nation Community Building with Bro. Wes Tolbert officiating. Interment will follow at the Quapaw Tribal Cemetery under the direction of Paul Thomas Funeral Home.""",
gold=[("JLN010", "survivor")]),

dict(guid="jln_tsl_obit_261013_dobbs", pub="2026-10-13T05:30:00-05:00",
title="Evelyn Ruark Dobbs Obituary (1940 - 2026) - Joplin, MO",
body="""Evelyn Ruark Dobbs, 86, of Joplin, passed away peacefully Saturday, October 10, 2026, at Spring River Christian Village.

Evelyn was born June 1, 1940, in Duenweg, Mo., the eldest of five children of Homer and Pauline Ruark. She taught second grade at Irving Elementary in Joplin for 34 years. After the 2011 tornado took the school and her own house on the same evening, she spent the next two years helping teachers rebuild their classrooms one donated box at a time.

She is survived by a son, Mark Dobbs of Lee's Summit; a sister, Wanda Hathcock of Joplin; a brother, Travis Ruark Sr. of Duenweg; three grandchildren; and a host of former pupils.

She was preceded in death by her husband, Carl Dobbs; a brother, Homer Ruark Jr.; and a brother-in-law, Del Hathcock.

A memorial service will be 1 p.m. Saturday at St. Paul's United Methodist Church, Joplin.""",
gold=[("JLN002", "survivor")]),
]
