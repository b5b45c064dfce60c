"""Obituaries for the wau part: three house styles. Hand-labelled (gold=[...] beside each text)."""

# ---- 1. The Wausau Herald-Star (newspaper, plain text) ----
HS = [
dict(guid="wau_hs_obit_26011", pub="2026-01-09T05:30:00-06:00", title="Harold W. Kufahl",
body="""WAUSAU - Harold William Kufahl, 96, of Wausau, died Tuesday, Jan. 6, 2026, at Mount View Care Center.

He was born Oct. 12, 1929, in the town of Maine, son of the late Emil and Hulda (Zunker) Kufahl. On June 18, 1949, he married Elsie Wegner at St. Paul's Evangelical Lutheran Church; she preceded him in death in 2012. Harold milked cows on the home farm until 1968 and then worked 24 years at the Wausau paper mill, retiring in 1992. He was a member of St. Paul's for 77 years, sang bass in the choir, and never missed a Marathon County Fair.

Survivors include his daughter, Lorraine (Jerry) Zastrow of Wausau; a son, Dennis (Gail) Kufahl of Antigo; five grandchildren and nine great-grandchildren.

He was preceded in death by his wife, Elsie; a brother, Arnold; and a sister, Viola Krueger.

A funeral service will be held at 11 a.m. Saturday at St. Paul's Evangelical Lutheran Church, Wausau, with the Rev. Mark Ebert officiating. Burial will be in Pine Grove Cemetery.""",
gold=[("WAU002", "survivor"), ("WAU001", "survivor")]),

dict(guid="wau_hs_obit_26024", pub="2026-01-22T05:30:00-06:00", title="Bernice M. Radtke",
body="""MARATHON CITY - Bernice Marie Radtke, 90, Marathon City, passed away peacefully Monday, Jan. 19, 2026, at her home with her family at her side.

Bernice was born June 2, 1935, in the town of Rib Falls to Joseph and Anna (Schmitt) Brunner. She married Herbert Radtke on Sept. 10, 1955, at St. Mary's Catholic Church in Marathon; he preceded her in death in 2004. Bernice was a school cook at Marathon Elementary for 28 years and was famous for her kolaches and for knowing every child's name. She was a member of the Christian Mothers and a faithful sheepshead player.

She is survived by her children, Gary (Linda) Radtke of Marathon City, Janet (Paul) Stoffel of Edgar and Joan Radtke of Madison; eight grandchildren; and 12 great-grandchildren.

The family thanks Dr. Christopher Yang and the hospice nurses for their gentle care.

Mass of Christian Burial will be at 10:30 a.m. Friday at St. Mary's Catholic Church, Marathon City. Visitation will be from 9 a.m. until the time of Mass.""",
gold=[("WAU008", "deceased_client")]),

dict(guid="wau_hs_obit_26041", pub="2026-02-07T05:30:00-06:00", title="Eugene M. Rusch",
body="""ATHENS - Eugene Michael Rusch, 22, of Athens, died unexpectedly Tuesday, Feb. 3, 2026, as the result of a snowmobile accident.

Eugene was a 2022 graduate of Athens High School, where he wrestled and showed dairy heifers in 4-H. He was working toward his journeyman's card as an electrician's apprentice and loved deer camp, polka music and his dog, Duke.

He is survived by his parents, Mark and Julie Rusch of Athens; his sister, Kaylee; his grandparents, Gene and Phyllis Rusch of Athens and Donna Hinz of Abbotsford; and many aunts, uncles and cousins.

Visitation will be from 4 to 8 p.m. Monday at St. Anthony's Catholic Church, Athens.""",
gold=[("WAU018", "survivor")]),

dict(guid="wau_hs_obit_26052", pub="2026-02-18T05:30:00-06:00", title="Stanley J. Dombrowski",
body="""SCHOFIELD - Stanley Joseph Dombrowski, 89, of Schofield, died Sunday, Feb. 15, 2026, at Aspen Ridge Assisted Living.

Stan was born Aug. 4, 1936, in Wausau, the oldest of eleven children of Frank and Helen (Wisniewski) Dombrowski, and grew up on the south side in the old Polish neighborhood around St. Michael's. He served in the U.S. Army in Germany and worked 35 years at the Rothschild mill. He was a lifelong member of the Polish Legion of American Veterans and a Green Bay Packers stockholder, which he mentioned often.

He is survived by his brother, Walter "Wally" Dombrowski of Schofield; his sister, Dorothy Wojcik of Schofield; and many nieces and nephews. He was preceded in death by his wife, Rose, in 2017, and by eight brothers and sisters.

A Mass of Christian Burial will be at 11 a.m. Friday at St. Therese Catholic Church, Schofield. Pallbearers will be his nephews.""",
gold=[("WAU022", "survivor"), ("WAU005", "survivor")]),

dict(guid="wau_hs_obit_26060", pub="2026-02-27T05:30:00-06:00", title="Irene L. Bloecher",
body="""WAUSAU - Irene Louise Bloecher, 92, of Wausau, passed away Wednesday, Feb. 25, 2026.

Irene was born in Hamburg, Wis., and worked many years at the Marathon County courthouse. She loved her flower beds, her church circle and the Wausau Grand Theater.

Irene is survived by her daughter, Mrs. Dale (Peggy) Heise of Wausau; her son, Roger Bloecher of Appleton; four grandchildren, including Tyler Heise; and a great-granddaughter.

Services will be at 1 p.m. Monday at Trinity Lutheran Church, Wausau. The Rev. Sarah Kolb will officiate.""",
gold=[("WAU015", "survivor")]),

dict(guid="wau_hs_obit_26077", pub="2026-03-16T05:30:00-05:00", title="Chue Lee",
body="""WESTON - Chue Lee, 72, of Weston, passed away Thursday, March 12, 2026, at Aspirus Wausau Hospital surrounded by his family.

Chue was born in Xieng Khouang Province, Laos, in 1953. He served with the Special Guerrilla Units during the war and came to Wausau with his family from the Ban Vinai refugee camp in 1980. He worked for 26 years at a Wausau window factory, and was a respected clan elder who helped many newly arrived families find housing and work.

He is survived by his wife, Youa Vang; his sons, Kou Lee (Mai Yer Thao) of Weston, Pao Lee of Wausau and Teng Lee of St. Paul, Minn.; his daughters, Mai Lee of Wausau and Pa Lee (Lue Moua) of Sheboygan; and 23 grandchildren.

Traditional Hmong funeral services will be held Saturday through Monday at the Hmong American Center funeral hall, Wausau. Burial will be at Restlawn Memorial Park.""",
gold=[("WAU011", "survivor"), ("WAU012", "survivor")]),

dict(guid="wau_hs_obit_26093", pub="2026-04-02T05:30:00-05:00", title="Anne Marie Brandenburg",
body="""ST. PAUL, Minn. - Anne Marie Brandenburg, 31, of St. Paul, died March 29, 2026, after a long illness.

Anne Marie was born in Duluth, Minn., in 1994 and graduated from the University of Minnesota with a degree in social work. She worked for Ramsey County child protection and ran the Twin Cities Marathon twice.

She is survived by her parents, James and Karen Brandenburg of Duluth, and her partner, Nikhil Rao, of St. Paul. A memorial will be held in Duluth in May.""",
gold=[]),

dict(guid="wau_hs_obit_26101", pub="2026-04-11T05:30:00-05:00", title="Leonard 'Len' Schoenfeldt",
body="""MOSINEE - Leonard "Len" Schoenfeldt, 81, of Mosinee, went to be with his Lord on Wednesday, April 8, 2026.

Len was born Aug. 21, 1944, in Mosinee to Otto and Frieda (Reinke) Schoenfeldt. He married Marlene Hintz on June 5, 1970, at Trinity Lutheran Church. Len drove milk truck for 40 years and knew every farm road between Mosinee and Stratford. He was a member of the Mosinee Lions Club and an unbeatable cribbage player.

Len is survived by his wife of 55 years, Marlene (Hintz) Schoenfeldt; his sons, Brian (Kristin) Schoenfeldt of Kronenwetter and Daniel Schoenfeldt of Eau Claire; and five grandchildren.

Funeral services will be at 11 a.m. Tuesday at Trinity Lutheran Church, Mosinee.""",
gold=[("WAU009", "deceased_client"), ("WAU010", "spouse_of_deceased_client")]),
]

# ---- 2. Lindenhof Funeral Home & Cremation Services (HTML in content:encoded) ----
LFH = [
dict(guid="wau_lfh_nhia-xiong-1941", pub="2026-01-14T10:00:00-06:00", title="Nhia Xiong (1941 - 2026)",
body="""Nhia Xiong, 84, of Wausau, passed away peacefully on January 11, 2026, at home.

Nhia was born in Long Cheng, Laos. After the fall of Laos in 1975 she fled across the Mekong with four small children and lived in Ban Vinai camp until the family was sponsored to Wausau by a local Lutheran congregation in 1979. She was a master of paj ntaub needlework and taught story cloth to three generations of girls at the Hmong American Center.

She is survived by her daughters, Pa Nhia Xiong and her husband, Tou Vang, of Wausau, and Mai Xiong of Fresno, Calif.; her sons, Yia Xiong of Wausau and Cha Xiong of Minneapolis; 31 grandchildren and 14 great-grandchildren. She was preceded in death by her husband, Ying Xiong.

A traditional Hmong funeral will be held January 17 - 19 at the Hmong American Center funeral hall.""",
gold=[("WAU003", "survivor"), ("WAU004", "survivor")]),

dict(guid="wau_lfh_marvin-plautz-1946", pub="2026-01-28T10:00:00-06:00", title="Marvin E. Plautz (1946 - 2026)",
body="""Marvin Edward Plautz, 79, of Rothschild, passed away Sunday, January 25, 2026, at Aspirus Wausau Hospital.

Marv was born in Wausau and spent 41 years as a millwright. He loved walleye fishing on Lake Wausau, bowling on Tuesday nights and his grandchildren above all.

Marvin is survived by his wife, Ruth; his daughter, Sandy (Ray) Krause of Rothschild; his son, Michael Plautz of Merrill; and four grandchildren.

Pallbearers will be Jacob Krause, Ethan Krause, Nick Plautz, Dale Heise, Tom Kaminski and Wally Dombrowski.

Funeral services will be held at 11 a.m. Saturday at Lindenhof Funeral Home, Schofield, with Pastor Jon Meier officiating.""",
gold=[("WAU007", "survivor"), ("WAU006", "survivor")]),

dict(guid="wau_lfh_arnold-seubert-1939", pub="2026-02-24T10:00:00-06:00", title="Arnold J. Seubert (1939 - 2026)",
body="""Arnold Joseph Seubert, 86, of Edgar, died Saturday, February 21, 2026, at Edgar Health Care Center.

Arnie farmed the Seubert homestead west of Edgar for 52 years and served on the Edgar school board and the Town of Wien board. He loved the sound of a good polka band and was proud of every calf he ever raised.

He is survived by his wife of 64 years, Edna; his daughters, Carol (Steve) Oestreich of Edgar and Diane (Rick) Borchardt of Stratford; his son, Allen (Jill) Seubert of Edgar; 11 grandchildren and 9 great-grandchildren.

Mass of Christian Burial will be 11 a.m. Thursday at St. John the Baptist Catholic Church, Edgar. Rev. Francis Ogbonna will officiate.""",
gold=[("WAU020", "survivor"), ("WAU019", "survivor")]),

dict(guid="wau_lfh_lucille-wendorf-1932", pub="2026-01-06T10:00:00-06:00", title="Lucille A. Wendorf (1932 - 2026)",
body="""Lucille Anna Wendorf, 93, of Merrill, passed away Friday, January 2, 2026, at Pine Crest Nursing Home.

Lucille was born in the town of Pine River and married Harvey Wendorf in 1951. She worked at the Merrill shoe factory and later at Lincoln County's highway office, and she never missed a Sunday at St. John's Lutheran.

She is survived by her daughter-in-law, Judy Wendorf of Merrill; her grandsons, Cory and Brett Wendorf; and three great-grandchildren. She was preceded in death by her husband, Harvey, in 1999, and by her only son, Robert Wendorf, in 2019.

Services will be held at 11 a.m. Wednesday at St. John's Lutheran Church, Merrill.""",
gold=[("WAU013", "survivor")]),

dict(guid="wau_lfh_helen-nowak-1945", pub="2026-03-05T10:00:00-06:00", title="Helen T. Nowak (1945 - 2026)",
body="""Helen Theresa Nowak, 80, of Kronenwetter, passed away Monday, March 2, 2026, at home.

Helen was born in Wausau to Polish immigrant parents, graduated from Newman High School, and worked as a secretary at St. Michael's parish for 30 years. She made the best pierogi on the south side and was not shy about saying so.

Helen is survived by her daughter, Rebecca "Becky" Nowak-Lindner (Mark) of Kronenwetter; her son, Paul Nowak of Milwaukee; and four grandchildren. She was preceded in death by her husband, Edward, in 2015.

A Mass of Christian Burial will be at 10 a.m. Saturday at St. Michael's Catholic Church, Wausau.""",
gold=[("WAU021", "survivor")]),

dict(guid="wau_lfh_raymond-krause-1934", pub="2026-04-20T10:00:00-05:00", title="Raymond H. Krause Sr. (1934 - 2026)",
body="""Raymond Herman Krause Sr., 91, of Rothschild, passed away Friday, April 17, 2026, at Aspen Ridge.

Ray Sr. opened a one-bay body shop on Business 51 in 1962; his son still runs it. He was a 60-year member of the Rothschild Volunteer Fire Department and a deacon at St. Mark Lutheran Church.

He is survived by his son, Raymond "Ray" Krause Jr. (Sandy) of Rothschild; his daughter, Linda Marten of Wausau; six grandchildren; and eight great-grandchildren. He was preceded in death by his wife, Dolores.

Funeral services will be at 11 a.m. Thursday at St. Mark Lutheran Church, Rothschild.""",
gold=[("WAU006", "survivor"), ("WAU007", "survivor")]),
]

# ---- 3. St. Michael & St. Therese parish bulletin / paid death notices (short, plain text) ----
BUL = [
dict(guid="wau_bul_2026_0308a", pub="2026-03-08T07:00:00-06:00", title="Gladys Hintz, Mosinee",
body="""Please remember in your prayers Gladys Hintz, 99, of Mosinee, mother of Marlene Schoenfeldt of Mosinee, who died March 4. Gladys was preceded in death by her husband, Elmer. Funeral was held at Trinity Lutheran, Mosinee.""",
gold=[("WAU010", "survivor")]),  # Len is not named in the notice

dict(guid="wau_bul_2026_0315a", pub="2026-03-15T07:00:00-05:00", title="WENDORF, Judith A.",
body="""WENDORF, Judith A., of Merrill, passed away Tuesday, March 10, 2026. Services will be held at a later date. Lindenhof Funeral Home, Schofield, is assisting the family.""",
gold=[("WAU013", "possible_deceased_client")]),

dict(guid="wau_bul_2026_0322a", pub="2026-03-22T07:00:00-05:00", title="Mary Kaminski, Stratford",
body="""Our parish family extends its sympathy to the family of Mary Kaminski, 85, of Stratford, who died March 18. She is survived by her son, Thomas Kaminski of Stratford, and her daughter, Ann Hoffmann of Marshfield. Funeral Mass was March 21 at St. Joseph's, Stratford.""",
gold=[]),

dict(guid="wau_bul_2026_0405a", pub="2026-04-05T07:00:00-05:00", title="WOJCIK, Dorothy",
body="""WOJCIK, Dorothy, 87, of Hamtramck, Mich., died March 30, 2026. Beloved wife of the late Casimir; dear mother of Gregory (Theresa) and Diane; grandmother of five. Funeral Mass at St. Florian Church, Hamtramck.""",
gold=[]),

dict(guid="wau_bul_2026_0419a", pub="2026-04-19T07:00:00-05:00", title="SCHOENFELDT, Leonard 'Len'",
body="""MOSINEE - Leonard "Len" Schoenfeldt, 81, of Mosinee, went to be with his Lord on Wednesday, April 8, 2026.

Len was born Aug. 21, 1944, in Mosinee to Otto and Frieda (Reinke) Schoenfeldt. He married Marlene Hintz on June 5, 1970, at Trinity Lutheran Church. Len drove milk truck for 40 years and knew every farm road between Mosinee and Stratford. He was a member of the Mosinee Lions Club and an unbeatable cribbage player.

Len is survived by his wife of 55 years, Marlene (Hintz) Schoenfeldt; his sons, Brian (Kristin) Schoenfeldt of Kronenwetter and Daniel Schoenfeldt of Eau Claire; and five grandchildren.

Funeral services will be at 11 a.m. Tuesday at Trinity Lutheran Church, Mosinee.""",
gold=[]),  # duplicate of wau_hs_obit_26101, labelled on the earlier copy only

dict(guid="wau_bul_2026_0426a", pub="2026-04-26T07:00:00-05:00", title="Christopher Yang, Eau Claire",
body="""Please pray for Christopher Yang, 19, of Eau Claire, a freshman at UW-Eau Claire, who died April 21 in a car accident. He is survived by his parents, Neng and Lia Yang of Eau Claire, and two sisters.""",
gold=[]),
]
