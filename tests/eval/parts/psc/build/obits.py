"""Obituaries for eval part psc, three house styles, hand-labelled (`gold=` beside each text).

CSFH: Columbia Sunset Funeral Home & Crematory (Kennewick): funeral-home RSS, HTML in content:encoded.
TCC:  Tri-County Courier paid death notices: surname-first headings, terse plain text.
CBM:  Columbia Basin Community Messenger: church / community paper (Spanish, Slavic, Basque notices), plain text.
"""

CSFH = [
dict(guid="psc_csfh_2026_0114", pub="2026-01-14T16:20:00-08:00", title="Harlan Edward Quisenberry Sr.",
body="""Harlan Edward Quisenberry Sr., 92, of Kennewick, went home to be with the Lord on Saturday, January 10, 2026, at Life Care Center of Kennewick.

Harlan was born May 2, 1933, in Pomeroy, Washington, to Elmer and Opal Quisenberry. He farmed wheat in Garfield County before moving to Kennewick in 1961, where he worked thirty years as a lineman for Benton PUD.

He was preceded in death by his wife of 64 years, Velma, in 2019. He is survived by his son, Hal (Darlene) Quisenberry Jr. of Kennewick; his daughter, Connie (Rick) Lamberton of Walla Walla; five grandchildren and nine great-grandchildren.

Funeral services will be held at 11 a.m. Tuesday, January 20, at Kennewick First Baptist Church, with Pastor Lucius Wetherbee officiating. Pallbearers will be Garrick Mothershead, Jesse Lamberton, Kyle Lamberton and Brent Quisenberry. Interment will follow at Desert Lawn Memorial Park.""",
gold=[("PSC005", "survivor")]),
# PSC016 officiant -> nothing; PSC019 pallbearer -> nothing.

dict(guid="psc_csfh_2026_0312", pub="2026-03-12T10:05:00-08:00", title="Clement Arthur \"Clem\" Van Tassel",
body="""Clement Arthur "Clem" Van Tassel, 82, of West Richland, passed away peacefully at home on March 9, 2026, surrounded by his family.

Clem was born February 3, 1944, in Walla Walla to Arthur and Hazel Van Tassel. He graduated from Columbia High School in 1962 and served in the U.S. Navy aboard the USS Ranger. In 1967 he married Ruth Ann Fenske, and the couple settled in West Richland, where Clem spent 34 years as a pipefitter at the Hanford Site.

Clem is survived by his wife of 58 years, Ruth Ann; his daughter, Jo Lynn (Merle) Tenneson of Prosser; his son, Curtis Van Tassel of Boise, Idaho; and four grandchildren.

A celebration of life will be held at 2 p.m. Saturday, March 21, at the West Richland Senior Center. Casket bearers will be his grandsons and Torsten Brandvold. In lieu of flowers, memorials may be made to Tri-Cities Chaplaincy Hospice.""",
gold=[("PSC010", "deceased_client"), ("PSC012", "survivor"), ("PSC013", "survivor")]),
# Birth date = roster; wife Ruth Ann = roster spouse (not a client). PSC018 bearer -> nothing.

dict(guid="psc_csfh_2026_0402", pub="2026-04-02T09:40:00-07:00", title="Carmela Ruggiero Dunphy",
body="""Carmela Ruggiero Dunphy, 90, of Walla Walla, died March 29, 2026, at Providence St. Mary Medical Center.

Carmela was born in Pasco to Italian immigrants Salvatore and Rosina Ruggiero, who farmed asparagus near Road 68. She married the late Francis Dunphy in 1957 and taught second grade in Walla Walla for 31 years.

She is survived by her sister, Philomena "Mena" Castellucci (the former Philomena Ruggiero) of Pasco; her daughter, Rosemary Dunphy of Portland, Oregon; and many nieces and nephews. She was preceded in death by her husband, her brothers Angelo and Vincent Ruggiero, and her son, Michael.

Mass of Christian Burial will be celebrated at 10 a.m. Monday, April 6, at St. Patrick Catholic Church, Pasco. Rosary will be prayed Sunday at 6 p.m. at Columbia Sunset's Pasco chapel.""",
gold=[("PSC020", "survivor")]),

dict(guid="psc_csfh_2026_0421", pub="2026-04-21T15:15:00-07:00", title="Ingrid Solveig Oberholtzer",
body="""Ingrid Solveig Oberholtzer, 97, a longtime resident of Kennewick, passed away April 17, 2026.

Born in Stoughton, Wisconsin, Ingrid came west with her husband Harold in 1952 when he took a job at Hanford. She was a charter member of Bethlehem Lutheran Church and volunteered at the Kennewick General Hospital gift shop for 25 years.

Ingrid was preceded in death by her husband, Harold, and by her son, Warren. She is survived by her daughter-in-law, MaryBeth Oberholtzer of Kennewick; her son, Gary (Linda) Oberholtzer of Lacey; six grandchildren and eleven great-grandchildren.

The family thanks Dr. Sunita Raghunathan and the nurses of the fourth floor for their kindness. A memorial service will be held at 1 p.m. Saturday, May 2, at Bethlehem Lutheran Church.""",
gold=[("PSC006", "survivor")]),
# PSC011 doctor thanked -> nothing.

dict(guid="psc_csfh_2026_0507", pub="2026-05-07T11:30:00-07:00", title="Lavern D. Hochstetler",
body="""Lavern D. Hochstetler of Burbank passed from this life on May 4, 2026, at Kadlec Regional Medical Center in Richland.

Lavern was raised on a dairy near Kalona, Iowa, and came to the Walla Walla Valley in 1964 to farm. He was a founding member of the Burbank Volunteer Fire Department and served on the Columbia School District board.

He is survived by his wife of 61 years, Edna; his sons, Dale (Carol) Hochstetler of Touchet and Roger Hochstetler of Kennewick; his daughter, Marlene Yoder of Hutchinson, Kansas; and eight grandchildren.

Services will be held at 10:30 a.m. Friday, May 8, at Burbank Community Church.""",
gold=[("PSC023", "deceased_client")]),
# No age, but the roster spouse Edna named as wife corroborates. Edna is not a client.

dict(guid="psc_csfh_2026_0603", pub="2026-06-03T14:00:00-07:00", title="Verna Mae Pogue",
body="""Verna Mae Pogue, 85, of Benton City, died June 1, 2026, at her home on Red Mountain.

Verna was born in Prosser to Clarence and Ada Mothershead. She married Ernest Pogue in 1960; together they grew alfalfa and later Cabernet grapes above the Yakima River.

She is survived by her husband, Ernest; her nephew, Garrick Mothershead of Kiona, who farmed alongside her for twenty years; and her goddaughter, Tessa Lund of Moses Lake. Her brothers, Dale and Clifford Mothershead, preceded her in death.

Graveside services will be held at 11 a.m. Thursday at Kiona Cemetery.""",
gold=[("PSC019", "survivor")]),
# Kiona is next to Benton City (same ZIP area).

dict(guid="psc_csfh_2026_0716", pub="2026-07-16T09:10:00-07:00", title="Stanislawa \"Stella\" Kowalczyk",
body="""Stanislawa "Stella" Kowalczyk, 96, of Richland, died peacefully July 13, 2026, at Guardian Angel Homes.

Stella was born in Hamtramck, Michigan, and married Joseph Kowalczyk, an instrument technician, in 1948; they came to Richland in 1950 and raised their family in an alphabet house on Cottonwood Drive.

She is survived by her daughter, Loretta (Ted) Vanderzwaag of Richland; her son, Edmund Kowalczyk of Spokane; four grandchildren and seven great-grandchildren. She was preceded in death by Joseph and by her daughter, Irene.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at Christ the King Catholic Church, Richland.""",
gold=[("PSC002", "survivor"), ("PSC001", "survivor")]),
]

TCC = [
dict(guid="psc_tcc_2026_00211", pub="2026-02-11T05:00:00-08:00", title="ESTERBROOK, Dwight Allen",
body="""ESTERBROOK, Dwight Allen, 34, of Spokane Valley, died Feb. 6, 2026. Survived by his parents, Ron and Patty Esterbrook of Spokane Valley; sister Kelsey. Services Feb. 14, Heritage Funeral Home, Spokane.""",
gold=[]),
# Namesake of PSC021 (Kennewick, b. 1955): different town and age -> nothing.

dict(guid="psc_tcc_2026_00305", pub="2026-03-05T05:00:00-08:00", title="BRANDVOLD, Solveig E.",
body="""BRANDVOLD, Solveig E., 94, of Fargo, N.D., formerly of Kennewick, died Feb. 27, 2026. Survived by sons Arne (Karen) Brandvold of Fargo and Nils Brandvold of Bismarck; grandson Torsten (Liesl) Brandvold of Richland; three great-grandchildren. Preceded in death by husband, Olaf. Services were held in Fargo.""",
gold=[("PSC018", "survivor"), ("PSC017", "survivor")]),

dict(guid="psc_tcc_2026_00319", pub="2026-03-19T05:00:00-07:00", title="BAUTISTA, Rigoberto",
body="""BAUTISTA, Rigoberto, 41, of Sunnyside, died March 15, 2026, in Yakima. Survived by his wife, Yesenia, and three children. Rosary Thursday 7 p.m., Funeral Mass Friday 10 a.m., St. Joseph Catholic Church, Sunnyside.""",
gold=[]),
# Namesake of PSC003 (Pasco, b. 1960, wife Araceli): other town, other age, other wife -> nothing.

dict(guid="psc_tcc_2026_00423", pub="2026-04-23T05:00:00-07:00", title="HAUGLAND, Lorraine (Esterbrook)",
body="""HAUGLAND, Lorraine (Esterbrook), 79, Kennewick, died April 19, 2026. Survived by husband, Orrin; brother, Dwight Esterbrook of Finley; sons Todd and Brian Haugland. Memorial 2 p.m. May 1, Einan's at Sunset.""",
gold=[("PSC021", "survivor")]),
# Finley is ~10 km from Kennewick; the deceased's maiden family name is Esterbrook.

dict(guid="psc_tcc_2026_00514", pub="2026-05-14T05:00:00-07:00", title="ARREGUIN, Fidencio",
body="""ARREGUIN, Fidencio, Pasco. Died May 11, 2026. Arrangements pending with Columbia Sunset Funeral Home, Pasco chapel.""",
gold=[("PSC014", "possible_deceased_client")]),
# Name + town only: no age, no spouse -> possible only.

dict(guid="psc_tcc_2026_00602", pub="2026-06-02T05:00:00-07:00", title="TILLINGHAST, Gerald R.",
body="""TILLINGHAST, Gerald R., 88, Kennewick, died May 29, 2026. Retired Kennewick School District bus mechanic. Survived by daughter Ramona Tillinghast of Kennewick; son Dean (Patty) Tillinghast of Hermiston, Ore. Graveside 10 a.m. June 5, Riverview Heights Cemetery.""",
gold=[]),
# PSC015 Ramona Tillinghast is do_not_contact -> nothing.

dict(guid="psc_tcc_2026_00628", pub="2026-06-28T05:00:00-07:00", title="O'SHAUGHNESSY, Cormac James",
body="""O'SHAUGHNESSY, Cormac James, 19, of Richland, died June 24, 2026, as the result of a vehicle accident near Plymouth. A 2025 graduate of Hanford High School. Survived by his parents, Brendan and Siobhan O'Shaughnessy; sisters Aoife and Niamh; grandparents. Services July 2, Christ the King Catholic Church.""",
gold=[]),
# Young namesake of PSC007 (b. 1972, wife Tamsin): survived by parents, aged 19 -> nothing.

dict(guid="psc_tcc_2026_00709", pub="2026-07-09T05:00:00-07:00", title="PELLETIER, Armand J.",
body="""PELLETIER, Armand J., 83, Richland, died July 5, 2026. Retired Battelle machinist. Survived by wife, Joyce; daughters Lisa Mendel of Kennewick and Anne Pelletier of Seattle. Services 1 p.m. July 11, Richland Baptist Church.""",
gold=[]),
]

CBM = [
dict(guid="psc_cbm_2026_0127", pub="2026-01-27T12:00:00-08:00", title="Pray for the departed: Nadia Prokopchuk",
body="""Our sister in Christ Nadia Prokopchuk, 88, of Pasco, went to be with the Lord on January 23, 2026. Born in the village of Kryvyi Rih region, Ukraine, she came to the Tri-Cities in 1994 with her late husband, Petro, and sang in the church choir for nearly thirty years.

She leaves behind her son Vasyl and his wife Yevgenia (Jenny) of Pasco, her daughter Lyudmila Kravets of Sacramento, eleven grandchildren and six great-grandchildren.

Funeral service Saturday at 11 a.m. at Slavic Bethel Baptist Church, Pasco, Presbyter Mykola Hrytsenko officiating. Dinner to follow in the fellowship hall.""",
gold=[("PSC009", "survivor"), ("PSC008", "survivor")]),

dict(guid="psc_cbm_2026_0225", pub="2026-02-25T12:00:00-08:00", title="Esquela: Doña Herminia Quintanilla Ruelas",
body="""Con profundo dolor anunciamos el fallecimiento de Doña Herminia Quintanilla Ruelas, de 84 años, vecina de Pasco, el 21 de febrero de 2026. Nació en Tepatitlán, Jalisco.

Le sobreviven sus hijos Araceli Bautista y su esposo Rigoberto, de Pasco; Javier Quintanilla, de Othello; y Socorro Quintanilla, de Moses Lake; 14 nietos y 9 bisnietos.

Mrs. Herminia Quintanilla Ruelas, 84, of Pasco, died Feb. 21. She is survived by her daughter Araceli Bautista and son-in-law Rigoberto of Pasco and by her sons Javier and Socorro.

Rosario el jueves a las 7 p.m. y Misa de cuerpo presente el viernes a las 10 a.m. en la Iglesia de San Patricio, Pasco.""",
gold=[("PSC004", "survivor"), ("PSC003", "survivor")]),

dict(guid="psc_cbm_2026_0610", pub="2026-06-10T12:00:00-07:00", title="In memoriam: Kontxi Etxeberria Arrieta",
body="""Kontxi Etxeberria Arrieta, 93, of Boise, Idaho, died June 4, 2026. Born in Lekeitio, Bizkaia, she came to Idaho in 1956 to cook for a sheep outfit near Mountain Home, and for decades kept the boarding house on Grove Street.

Survivors include her son, Joxe Etxeberria of Boise; her granddaughter, Marisol Etxeberria of Richland; and a large family in the Basque Country. Funeral Mass was celebrated at St. John's Cathedral, Boise, with an agurra by the Oinkari Basque Dancers.""",
gold=[("PSC022", "survivor")]),

dict(guid="psc_cbm_2026_0819", pub="2026-08-19T12:00:00-07:00", title="Church family news: Brother Tomas Villalobos",
body="""Brother Tomas Villalobos, 77, of Kennewick, longtime usher at Kennewick First Baptist Church, died August 15. He is survived by his wife, Esperanza, and their children Ruben and Lidia. Pastor Lucius Wetherbee will lead a service of remembrance on Sunday at 3 p.m.; the Women's Fellowship, led by Coralee Wetherbee, will serve a meal afterward.""",
gold=[]),
# PSC016 officiant -> nothing (Coralee is his roster spouse, not a client).
]
