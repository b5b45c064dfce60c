"""The Lakeshore Ledger (Sheboygan daily): legacy-style titles ("Name Obituary (1934 - 2026) - Town, WI -
Lakeshore Ledger"), plain-text descriptions, town-first datelines as Sheboygan papers print them. Hand-labelled."""

FEED = "ll"
ITEMS = [
dict(guid="sbm_ll_obit_260112_zupancic", pub="2026-01-12T05:30:00-06:00",
title="Anton Zupancic Sr. Obituary (1934 - 2026) - Sheboygan, WI - Lakeshore Ledger",
body="""SHEBOYGAN - Anton "Tone" Zupancic Sr., 91, of Sheboygan, died Friday, January 9, 2026, at Rocky Knoll Health Care Center in Plymouth.

He was born October 2, 1934, in Sheboygan to Frank and Alojzija (Kos) Zupancic, Slovenian immigrants who settled on the south side near St. Cyril and Methodius Church. He married Frances Hrovat there on June 18, 1960; she preceded him in death in 2017. Tone worked 41 years in the enamel shop at the Kohler Co., sang second tenor with the Slovenian choir "Zarja" and never missed a Fish Fry Friday at the Slovenian Hall.

Survivors include his son, Anton "Tony" Zupancic Jr. (Renata) of Sheboygan; his daughter, Marija (Dennis) Ebert of Manitowoc; five grandchildren; three great-grandchildren; and his sister, Angela Kostelic of Cleveland, Ohio.

He was preceded in death by his wife, Frances; his parents; and his brothers, Frank and Joseph.

A Mass of Christian Burial will be held at 11 a.m. Thursday at St. Cyril and Methodius Catholic Church, Sheboygan. Visitation will be at the church from 9 a.m. until the time of Mass. Burial in Calvary Cemetery.""",
gold=[("SBM008", "survivor"), ("SBM009", "survivor")]),

dict(guid="sbm_ll_obit_260210_fenske", pub="2026-02-10T05:30:00-06:00",
title="Bernadine Fenske Obituary (1941 - 2026) - Random Lake, WI - Lakeshore Ledger",
body="""RANDOM LAKE - Bernadine A. Fenske, 84, of Random Lake, passed away peacefully on Saturday, February 7, 2026, at Aurora Medical Center in Grafton, surrounded by her family.

Bernie was born on July 11, 1941, in the Town of Sherman, daughter of the late Alvin and Leona (Bartelt) Rammer. She married Harvey Fenske on September 24, 1960, at St. John Lutheran Church in Adell. The couple farmed north of Random Lake for thirty-eight years, and Bernie drove the school bus for the Random Lake district for twenty-two of them.

She is survived by her daughters, Colleen (Emmo) Lautenschlager of Howards Grove and Denise (Mark) Huebner of Fredonia; her son, Keith (Tammy) Fenske of Random Lake; eight grandchildren, including Greta, who ran beside her at every Random Lake Fourth of July fun run; and her brother, Elroy Rammer of Waldo.

She was preceded in death by her husband, Harvey, in 2019.

Funeral services will be held Friday at 11 a.m. at St. John Lutheran Church, Adell, with the Rev. Paul Mielke officiating. Burial will follow at the church cemetery. Memorials may be directed to the Random Lake Area Ambulance.""",
gold=[("SBM024", "survivor"), ("SBM023", "survivor")]),

dict(guid="sbm_ll_obit_260309_rademacher", pub="2026-03-09T05:30:00-05:00",
title="Ottilie \"Tillie\" Rademacher Obituary (1933 - 2026) - Elkhart Lake, WI - Lakeshore Ledger",
body="""ELKHART LAKE - Ottilie M. "Tillie" Rademacher (nee Schwertfeger), 92, of Elkhart Lake, died Thursday, March 5, 2026, at her home overlooking the lake she swam in every summer until she was 85.

Tillie was born April 2, 1933, in the Town of Rhine to Emil and Martha (Puls) Schwertfeger. She married Lester Rademacher in 1954; he preceded her in death in 2009. For thirty years she ran the front desk of the Barefoot Bay Resort and knew by name every family that came up from Chicago for the race weekends at Road America.

Survivors include her nieces and nephews, Karen Voigt of Plymouth, Steven Schwertfeger of Green Bay and Lisa Rademacher-Pike of Madison; her sister-in-law, Dorothea "Dottie" Schwertfeger of Sheboygan Falls; and her bridge club, who have asked that a fourth chair be left empty at Tuesday's game.

She was preceded in death by her husband, Lester; her brother, Walter Schwertfeger; and her sister, Lorna.

Visitation will be 4 to 7 p.m. Wednesday at the Stoelting-Haack Funeral Home, Elkhart Lake. A funeral service will be held at 10 a.m. Thursday at St. Thomas Ev. Lutheran Church, Elkhart Lake.""",
gold=[("SBM015", "deceased_client"), ("SBM007", "survivor")]),

dict(guid="sbm_ll_obit_260322_pomplun", pub="2026-03-22T05:30:00-05:00",
title="Thaddeus \"Teddy\" Pomplun Obituary (1997 - 2026) - Plymouth, WI - Lakeshore Ledger",
body="""PLYMOUTH - Thaddeus G. "Teddy" Pomplun, 29, of Plymouth, died unexpectedly on Wednesday, March 18, 2026, as the result of an automobile accident on State Highway 57 near Waldo.

Teddy was born March 3, 1997, in Sheboygan, the son of Gary and Susan (Hintz) Pomplun, and was named for his uncle. He graduated from Plymouth High School in 2015, where he was the Panthers' goalkeeper, and was a journeyman electrician with IBEW Local 494. He coached the Plymouth U10 soccer team and could fix anything with a motor.

Teddy is survived by his parents, Gary and Sue Pomplun of Plymouth; his fiancee, Brianna Koenig of Sheboygan Falls; his sister, Kayla Pomplun of Milwaukee; his grandmother, Arlene Pomplun of Plymouth; his uncle and aunt, Thad and Lorraine Pomplun of Plymouth, for whom he worked summers at the cheese counter; and many cousins.

He was preceded in death by his grandfather, Roman Pomplun.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. John the Baptist Catholic Church, Plymouth. Visitation at the church from 8:30 a.m. until Mass.""",
gold=[("SBM011", "survivor"), ("SBM012", "survivor")]),

dict(guid="sbm_ll_obit_260414_voskuil", pub="2026-04-14T05:30:00-05:00",
title="Harlan J. Voskuil Obituary (1978 - 2026) - Holland, MI - Lakeshore Ledger",
body="""HOLLAND, Mich. - Harlan Jay Voskuil, 47, of Holland, Michigan, formerly of Oostburg, went to be with his Lord on Friday, April 10, 2026, at Holland Hospital after a two-year battle with cancer.

Harlan was born May 19, 1978, in Sheboygan to Marvin and Gezina (Prinsen) Voskuil and grew up on the family dairy farm east of Oostburg. He graduated from Sheboygan County Christian High School and Calvin University, and taught mathematics at Holland Christian High School for twenty-two years.

He is survived by his wife of 23 years, Janelle (Bosma) Voskuil; their children, Levi, Anneke and Ruth, all at home; his parents, Marvin and Gezina Voskuil of Oostburg; and his brothers, Dale (Tricia) Voskuil of Cedar Grove and Nathan Voskuil of Grand Rapids.

A service of witness to the resurrection will be held Saturday at Harderwyk Ministries, Holland, Michigan. A memorial gathering will also be held at Oostburg Christian Reformed Church on April 25.""",
gold=[]),

dict(guid="sbm_ll_obit_260505_gruenewald", pub="2026-05-05T05:30:00-05:00",
title="Leopold Gruenewald Obituary - Sheboygan, WI - Lakeshore Ledger",
body="""SHEBOYGAN - Leopold "Leo" Gruenewald of Sheboygan died Monday, May 4, 2026. Arrangements are pending with the Wittkopf-Reinholt Funeral Home, Sheboygan. A complete obituary will follow.""",
gold=[("SBM017", "possible_deceased_client")]),

dict(guid="sbm_ll_obit_260518_plautz", pub="2026-05-18T05:30:00-05:00",
title="Irmgard Plautz Obituary (1937 - 2026) - Sheboygan, WI - Lakeshore Ledger",
body="""SHEBOYGAN - Irmgard E. Plautz, 89, of Sheboygan, died Thursday, May 14, 2026, at Lakeshore Memorial Health, with her daughters at her side.

Irmgard was born in Bremen, Germany, on January 30, 1937, and came to Sheboygan in 1956 to marry Erwin Plautz, a pen pal of four years whom she had met only once. She worked in the sewing room at Vollrath and later as a seamstress from her home on Geele Avenue, where half of Sheboygan's brides were fitted.

She is survived by her daughters, Heidi (Jerome) Kraemer of Sheboygan and Ursula Plautz of Kohler; four grandchildren; and a sister, Gisela Runge, in Bremen.

She was preceded in death by her husband, Erwin, and her son, Peter.

The family wishes to thank Dr. Ingeborg Hjelmstad and the nurses of the fourth floor at Lakeshore Memorial for their kindness.

A funeral service will be held at 10 a.m. Saturday at Trinity Lutheran Church, Sheboygan.""",
gold=[]),

dict(guid="sbm_ll_obit_260526_verhulst", pub="2026-05-26T05:30:00-05:00",
title="Willem \"Bill\" Verhulst Obituary (1946 - 2026) - Sheboygan Falls, WI - Lakeshore Ledger",
body="""SHEBOYGAN FALLS - Willem "Bill" Verhulst, 79, of Sheboygan Falls, passed away on Saturday, May 23, 2026, at Sharon S. Richardson Hospice in Sheboygan Falls.

Bill was born August 8, 1946, in the Town of Holland to Cornelius and Jennie (De Smidt) Verhulst. He served in the U.S. Army in Germany from 1966 to 1968 and then spent 35 years as a millwright at Bemis Manufacturing. He never met a garage sale he could drive past.

Survivors include his wife of 54 years, Arlys (Brandt) Verhulst; his sons, Craig (Lori) Verhulst of Sheboygan Falls and Todd Verhulst of Oshkosh; five grandchildren; and his sister, Marlys (Del) Kuehnhold of Sheboygan.

He was preceded in death by his parents and a brother, Cornelius Jr.

Funeral services will be held at 11 a.m. Friday at First Reformed Church, Sheboygan Falls. Military honors will follow.""",
gold=[("SBM002", "survivor"), ("SBM001", "survivor")]),

dict(guid="sbm_ll_obit_260622_kessen", pub="2026-06-22T05:30:00-05:00",
title="Rudolph Kessen Obituary (1947 - 2026) - Sheboygan, WI - Lakeshore Ledger",
body="""SHEBOYGAN - Rudolph "Rudy" Kessen, 78, of Sheboygan, died Friday, June 19, 2026, at his home.

Rudy was born in Sheboygan on November 4, 1947. He served with the 1st Cavalry Division in Vietnam and afterward drove for Sheboygan Transit for thirty years. He was a life member of VFW Post 1000 and a fixture at the Sheboygan Brat Days every August.

He is survived by his wife, Judith; his son, Brian (Amy) Kessen of De Pere; and three grandchildren.

A memorial service will be held at 2 p.m. Thursday at the Wittkopf-Reinholt Funeral Home, Sheboygan. Pallbearers will be Brian Kessen, Tony Zupancic, Gerald Meinnert, Dale Scheibl, Ron Ebert and Mike Loehr. Military honors by VFW Post 1000.""",
gold=[]),
]
