"""Obituaries for part sdy, four house styles. Hand labels in `gold=[(client_id, role)]` beside each text."""

# 1. newspaper: Lower Yellowstone Herald (Sidney), plain text, "Name, age" titles
HERALD = [
dict(guid="sdy_lyh_obit_2026_0112", pub="2026-01-20T06:00:00-07:00", title="Marlin Rasmussen, 88",
body="""Marlin Eugene Rasmussen, 88, of Savage, died Thursday, Jan. 15, 2026, at the Sidney Health Center Extended Care with his family at his side.

Marlin was born Oct. 4, 1937, on the home place north of Savage to Henning and Olga (Fjeld) Rasmussen. He attended country school at Crane and graduated from Savage High School in 1955. He farmed sugar beets and small grains on the Lower Yellowstone Project for more than fifty years and served on the Savage school board and the Lower Yellowstone Irrigation District board.

He married Doris Lee at Zion Lutheran Church in Savage on June 9, 1962. She preceded him in death in 2019.

Survivors include his sons, Dale (Sherri) Rasmussen of Savage and Curtis Rasmussen of Billings; his sister, Marlys (Arlen) Haugland of Sidney; six grandchildren and four great-grandchildren.

He was preceded in death by his parents, his wife, and his brother, Lyle.

Funeral services will be 10 a.m. Saturday, Jan. 24, at Zion Lutheran Church, Savage, with Pastor Nels Ingebretsen officiating. Pallbearers will be Gene Voeller, Troy Rasmussen, Jace Rasmussen, Brent Hoffer, Wade Lee and Colby Rasmussen. Burial will be in the spring at Savage Cemetery. Fulkerson-Prairie Funeral Home of Sidney is in charge of arrangements.""",
gold=[("SDY002", "survivor"), ("SDY001", "survivor")]),

dict(guid="sdy_lyh_obit_2026_0147", pub="2026-02-03T06:00:00-07:00", title="Vera Lindvig, 84",
body="""Vera Ann Lindvig, 84, of Sidney, passed away Jan. 29, 2026, at home.

Vera was born in Lambert to Gottlieb and Emma Oberlander. She cooked at the Sidney Middle School for 31 years and never missed a Sunday pie sale at First Lutheran.

She is survived by her daughter, Pam Lindvig of Bismarck, N.D.; a niece, Kelli Dschaak of Sidney; and many cousins.

Vera was preceded in death by her husband, Norman; her parents; and her brother, Duane Oberlander.

Services will be 2 p.m. Friday at First Lutheran Church in Sidney, Pastor Tyler Brusven officiating. Interment at Sunset Memorial Gardens.""",
gold=[]),

dict(guid="sdy_lyh_obit_2026_0233", pub="2026-03-10T06:00:00-06:00", title="Orvin Mattfeldt, 85",
body="""Orvin Walter Mattfeldt, 85, of Glendive, died Friday, March 6, 2026, at Glendive Medical Center.

Orvin was born Sept. 14, 1940, in Glendive to August and Lydia (Grenz) Mattfeldt, and grew up on the family place on Deer Creek. After serving in the Army in Germany, he came home and went to work for the Northern Pacific, later the Burlington Northern, retiring as a roadmaster in 1998. He was a lifelong member of Zion Lutheran Church and of the Glendive Elks.

He married Delores Zimmerman on Oct. 1, 1964, at Zion Lutheran.

Orvin is survived by his wife of 61 years, Delores (Zimmerman); his sons, Randy (Trish) Mattfeldt of Glendive and Scott Mattfeldt of Gillette, Wyo.; his daughter, Lisa (Craig) Pospisil of Miles City; nine grandchildren and two great-grandchildren.

He was preceded in death by his parents and his sisters, Irene and Velma.

Funeral services will be 11 a.m. Thursday, March 12, at Zion Lutheran Church with the Rev. Mark Sorensen officiating. Pallbearers are his grandsons. Honorary pallbearers are Kurt Zeiler and the retired BN section crews. Interment will be at Dawson County Cemetery. Memorials may be made to the Glendive Volunteer Fire Department.""",
gold=[("SDY008", "deceased_client"), ("SDY009", "spouse_of_deceased_client")]),

dict(guid="sdy_lyh_obit_2026_0290", pub="2026-03-31T06:00:00-06:00", title="Leroy Weinreis Jr., 55",
body="""Leroy Joseph Weinreis Jr., 55, of Miles City, died unexpectedly March 26, 2026, while calving at his ranch on Sunday Creek.

Leroy was born Nov. 2, 1970, in Miles City to Leroy and Gloria (Bauer) Weinreis. He graduated from Custer County District High School in 1989 and ranched with his dad his whole life. He roped at every Jaycee rodeo he could get to.

He is survived by his parents, Leroy Sr. and Gloria Weinreis of Miles City; his children, Tanner and Shaylee; and his sister, Amy (Chad) Klempel of Ismay.

Mass of Christian Burial will be 10 a.m. Thursday at Sacred Heart Catholic Church, Miles City. Rosary at 7 p.m. Wednesday at Stevenson & Sons Funeral Home.""",
gold=[("SDY019", "survivor")]),

dict(guid="sdy_lyh_obit_2026_0318", pub="2026-04-14T06:00:00-06:00", title="Edwin Sundby, 90",
body="""Edwin "Ed" Sundby, 90, of Glendive, died April 9, 2026, at the Eastern Montana Veterans Home.

Ed was born on a homestead near Lindsay in 1935. He taught vocational agriculture at Dawson County High School for 33 years and judged FFA livestock contests across the state.

Survivors include his daughter, Karla Sundby-Gilbertson of Glendive; his son, Peter Sundby of Sheridan, Wyo.; his brother-in-law, Reinhold "Ron" Fritzler of Glendive; and five grandchildren.

He was preceded in death by his wife, Ardella (Fritzler), in 2020.

Services will be 1 p.m. Saturday at First Lutheran Church, Glendive. Dahl Memorial Chapel is assisting the family.""",
gold=[("SDY013", "survivor")]),
]

# 2. funeral home site: Prairie Rose Funeral Chapels (Sidney, Glendive, Miles City), HTML in content:encoded
PRAIRIE = [
dict(guid="sdy_prfc_2026_ida-kessner", pub="2026-02-09T15:30:00-07:00", title="Ida Marie Kessner",
body="""Ida Marie Kessner, 94, of Sidney, went home to her Lord on Feb. 6, 2026, at The Lodge assisted living.

Ida was born March 22, 1931, near Fairview to Jacob and Katharina (Reiswig) Heinle, a German-Russian family that came to Richland County by way of the Dakotas. She married Emil Kessner in 1950 and together they raised beets, wheat and five children on the farm west of Sidney.

She is survived by her daughters, Connie (Bud) Oberlander of Sidney and Elaine Kessner of Spokane, Wash.; her sons, Roger (Deb) Kessner of Culbertson and Larry Kessner of Sidney; her granddaughter, Mary Jo Kittelson of Fairview; 14 other grandchildren and 21 great-grandchildren.

She was preceded in death by her husband, Emil, in 2005, and her son, Dennis.

Funeral services will be at 10:30 a.m. Friday, Feb. 13, at St. John Lutheran Church, Sidney. Visitation will be Thursday evening at the Prairie Rose Chapel in Sidney.""",
gold=[("SDY004", "survivor"), ("SDY003", "survivor"), ("SDY006", "survivor")]),

dict(guid="sdy_prfc_2026_tyler-brusven", pub="2026-02-24T12:10:00-07:00", title="Tyler James Brusven",
body="""Tyler James Brusven, 21, of Williston, N.D., died Feb. 19, 2026, in a vehicle accident on Highway 85 south of Watford City.

Tyler was born Aug. 3, 2004, in Williston to Dale and Renee Brusven. He graduated from Williston High School, where he wrestled, and was working as a roustabout while saving for lineman school.

He is survived by his parents, Dale and Renee Brusven of Williston; his sister, Addison; and his grandparents, Marv and Jean Brusven of Ray, N.D.

A celebration of Tyler's life will be held at 2 p.m. Saturday at the Williston ARC.""",
gold=[]),

dict(guid="sdy_prfc_2026_clifford-nordahl", pub="2026-03-02T10:00:00-07:00", title="Clifford A. Nordahl",
body="""Clifford Allen Nordahl, 76, of Mesa, Ariz., formerly of Bismarck, N.D., died Feb. 25, 2026, in Mesa.

Cliff was born in Mandan, N.D., and spent 35 years with Montana-Dakota Utilities. He and his wife wintered in Arizona for twenty years before moving there full time.

He is survived by his wife of 52 years, Janice; his daughters, Kari (Steve) Olheiser of Bismarck and Tracy Nordahl of Phoenix; and four grandchildren.

A memorial service will be held in Bismarck this summer. The Prairie Rose Chapel in Miles City is assisting with arrangements for the family's relatives in Montana.""",
gold=[]),

dict(guid="sdy_prfc_2026_harlan-pfau", pub="2026-04-21T09:45:00-06:00", title="Harlan Pfau",
body="""Harlan Pfau, 87, of Terry, died April 17, 2026, at Holy Rosary Healthcare in Miles City.

Harlan was born March 8, 1939, on the family ranch on Cherry Creek north of Terry, the youngest of seven children of Otto and Frieda Pfau. He ran Herefords on that same ground for sixty years, never married, and was the fellow everyone in Prairie County called when a windmill quit.

Survivors include his nephews, Dwight Pfau of Terry and Allen Pfau of Glendive; his niece, Carol Ketterling of Forsyth; and many great-nieces and great-nephews.

He was preceded in death by his parents and all six of his brothers and sisters.

Funeral services will be at 11 a.m. Saturday at the Terry Community Church, with burial at Terry Cemetery.""",
gold=[("SDY021", "deceased_client")]),

dict(guid="sdy_prfc_2026_eugene-voeller", pub="2026-05-05T16:20:00-06:00", title="Eugene \"Geno\" Voeller",
body="""Eugene "Geno" Voeller, 34, of Great Falls, passed away April 30, 2026, after a long fight with cancer.

Geno was born in Great Falls to Marvin and Sue Voeller. He worked at the Malmstrom commissary and coached Little Guy wrestling.

He is survived by his parents, Marvin and Sue Voeller of Great Falls; his fiancee, Brianna Kolstad; and his brother, Nate.

Services will be held at 1 p.m. Tuesday at Our Lady of Lourdes, Great Falls. The Prairie Rose Chapel posts this notice for family in eastern Montana.""",
gold=[]),

dict(guid="sdy_prfc_2026_lorna-heupel", pub="2026-06-02T14:00:00-06:00", title="Lorna Jean Heupel",
body="""Lorna Jean Heupel, 78, of Miles City, died May 29, 2026, at home on Kinsey Road.

Lorna was born in Miles City to Walter and Edna (Brost) Hagen. She kept the books for the Miles City Livestock Commission for 28 years and never missed the Bucking Horse Sale parade.

She is survived by her son, Dustin "Dusty" (Jolene) Heupel of Miles City; her daughter, Rhonda Heupel of Billings; and four grandchildren, including Kaylee.

She was preceded in death by her husband, Ray, and by her parents.

Mass of Christian Burial will be at 10 a.m. Friday at Sacred Heart Catholic Church, with the Rev. Thomas Baca as celebrant. Pallbearers: Cliff Nordahl, Jim Kalfell, Rick Sellers, Bob Kinsey, Ty Hagen and Mike Hagen.""",
gold=[("SDY017", "survivor")]),
]

# 3. church bulletin: Trinity / Zion Lutheran parish newsletter, plain text, "Name - Town" headings
BULLETIN = [
dict(guid="sdy_tzl_bulletin_2026_02_15", pub="2026-02-15T07:30:00-07:00", title="Elmer Wilhelm - Sidney",
body="""Please remember in your prayers the family of Elmer Wilhelm, 91, who entered eternal rest on February 10. Elmer was a charter member of our congregation and sang bass in the choir for 62 years. He is survived by his sister, LaVonne Schreiber of Sidney, and by nieces and nephews. Funeral was held Saturday with Pastor Ingebretsen presiding. The Women of the ELCA will serve lunch. May light perpetual shine upon him.""",
gold=[("SDY005", "survivor")]),

dict(guid="sdy_tzl_bulletin_2026_02_22", pub="2026-02-22T07:30:00-07:00", title="Agnes Hollenbeck - Miles City",
body="""Our sister congregation in Miles City asks our prayers for Agnes Hollenbeck, 94, who died February 17 at the Custer County Rest Home. Agnes was a lifelong quilter and taught half of Custer County to piece a Dresden plate. She is survived by her sister, Bernie Kalfell of Miles City, and by many nieces and nephews. A memorial service will be held at Trinity Lutheran, Miles City, on March 1.""",
gold=[("SDY018", "survivor")]),

dict(guid="sdy_tzl_bulletin_2026_03_29", pub="2026-03-29T07:30:00-06:00", title="Rosella Zeiler - Glendive",
body="""We commend to God's care Rosella Zeiler, 89, of Glendive, who died March 23 at Eastern Montana Veterans Home. Rosella was born in Lindsay and taught Sunday school for forty years. She is survived by her son Kurt and his wife, Billie Jo Zeiler, of Glendive; her daughter, Sandra Quinn of Wibaux; and seven grandchildren. She was preceded in death by her husband, Reinhard. Scripture readings at the funeral were by Ron Fritzler and Dee Mattfeldt. Memorials to the Zion Lutheran organ fund.""",
gold=[("SDY011", "survivor"), ("SDY010", "survivor")]),
]

# 4. paid death notices: Eastern Montana Death Notices, terse, surname-first headings
NOTICES = [
dict(guid="sdy_emdn_2026_00412", pub="2026-01-27T07:00:00-07:00", title="HOLM, Signe T.",
body="""Signe Thora Holm, 96, Terry, died Jan. 22, 2026. Homesteader's daughter, country schoolteacher. Survived by niece Kjersti Aune, Terry; nephew Odd Holm, Tromsø, Norway. Preceded in death by husband, Einar. Services 2 p.m. Saturday, Terry Community Church.""",
gold=[("SDY020", "survivor")]),

dict(guid="sdy_emdn_2026_00468", pub="2026-03-12T07:00:00-06:00", title="MATTFELDT, Orvin W.",
body="""Orvin Walter Mattfeldt, 85, of Glendive, died Friday, March 6, 2026, at Glendive Medical Center. Orvin was born Sept. 14, 1940, in Glendive to August and Lydia (Grenz) Mattfeldt. He retired as a Burlington Northern roadmaster in 1998. Survived by his wife of 61 years, Delores (Zimmerman); sons Randy (Trish) Mattfeldt, Glendive, and Scott Mattfeldt, Gillette, Wyo.; daughter Lisa (Craig) Pospisil, Miles City; nine grandchildren, two great-grandchildren. Funeral 11 a.m. Thursday, March 12, Zion Lutheran Church, Glendive.""",
gold=[]),   # later copy of sdy_lyh_obit_2026_0233: labelled on the earlier copy only

dict(guid="sdy_emdn_2026_00502", pub="2026-04-07T07:00:00-06:00", title="JORGENSON, Myrtle",
body="""Myrtle Jorgenson, 99, Wibaux, died April 3, 2026. Wibaux County's oldest resident. Survived by son Wendell (Phyllis) Jorgenson, Wibaux; daughter Judy Ness, Beach, N.D.; 11 grandchildren. Preceded in death by husband, Alfred. Services 10 a.m. Wednesday, St. Peter's Catholic Church, Wibaux.""",
gold=[("SDY014", "survivor")]),

dict(guid="sdy_emdn_2026_00531", pub="2026-04-23T07:00:00-06:00", title="BROST, Harold L.",
body="""Harold Lyle Brost, 93, Ismay, died April 19, 2026. Rancher on the O'Fallon Creek place for 70 years. Survived by niece Arla (Cliff) Nordahl, Miles City; nephew Vernon Brost, Baker. Preceded in death by wife, Lucille, and brother, Otto. Services 11 a.m. Monday, Ismay Community Church; burial Ismay Cemetery.""",
gold=[("SDY016", "survivor"), ("SDY015", "survivor")]),

dict(guid="sdy_emdn_2026_00577", pub="2026-05-14T07:00:00-06:00", title="KALFELL, Bernadette",
body="""Bernadette Kalfell, Miles City, died May 11, 2026. Arrangements pending with Stevenson & Sons Funeral Home.""",
gold=[("SDY018", "possible_deceased_client")]),
]

FEEDS = {"herald": HERALD, "prairie": PRAIRIE, "bulletin": BULLETIN, "notices": NOTICES}
ITEMS = HERALD + PRAIRIE + BULLETIN + NOTICES
