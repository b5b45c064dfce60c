"""Obituaries of the fod part, four house styles, hand-labelled (gold=[(client_id, role), ...])."""

# 1. The Webster County Courier (daily newspaper, plain text)
COURIER = [
dict(guid="fod_courier_obit_3101", pub="2026-02-10T05:30:00-06:00", title="Lorraine E. Thoreson",
body="""FORT DODGE - Lorraine Evelyn Thoreson, 94, of Fort Dodge died Saturday, Feb. 7, 2026, at Friendship Haven.

Funeral services will be at 10:30 a.m. Thursday at St. Olaf Lutheran Church in Fort Dodge, with the Rev. Nils Ekdahl officiating. Burial will be in North Lawn Cemetery. Visitation will be from 4 to 7 p.m. Wednesday at Hjelmeland-Soper Funeral Chapel, Fort Dodge.

Lorraine was born Aug. 19, 1931, on a farm near Callender, the daughter of Emil and Hulda (Nass) Lindgren. She married Arvid Thoreson on June 12, 1950, at Callender. She worked 22 years in the cafeteria at Fort Dodge Senior High and was a faithful member of St. Olaf, where she quilted with the Tuesday circle until she was 90.

Survivors include her daughter, Marlys (Gerry) Halvorsen of Fort Dodge; her son, Curtis (Pam) Thoreson of Ankeny; five grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Arvid, in 2009; a son, Dale, in infancy; and her brothers, Ervin and Lowell Lindgren.

Casket bearers will be Jake Thoreson, Ryan Thoreson, Dennis Haugland, Tom Nass, Eric Halvorsen and Nathan Halvorsen.""",
gold=[("FOD002", "survivor"), ("FOD001", "survivor")]),

dict(guid="fod_courier_obit_3127", pub="2026-03-19T05:30:00-05:00", title="Harold A. Reinders",
body="""WEBSTER CITY - Harold Albert Reinders, 81, of Webster City died Monday, March 16, 2026, at Van Diest Medical Center.

A memorial service will be held at 11 a.m. Saturday at First Presbyterian Church, Webster City. Foster Funeral & Cremation Care is in charge of arrangements.

Harold was born Jan. 4, 1945, in Webster City to Albert and Grace (Pohl) Reinders. He served in the U.S. Army in Germany and then spent 34 years on the line at the Electrolux plant. He never missed a Webster City Lynx home football game from 1963 to 2019.

Survivors include his brother, Harlan Reinders of Webster City; his sister, Carol Grandgeorge of Webster City; his niece, Brianna (Tyler) Ostendorf of Webster City; and nephews Scott and Kevin Grandgeorge.

He was preceded in death by his parents and his wife, Eunice, in 2018.""",
gold=[("FOD010", "survivor"), ("FOD009", "survivor")]),

dict(guid="fod_courier_obit_3140", pub="2026-04-03T05:30:00-05:00", title="Brent M. Kuehnast",
body="""FORT DODGE - Brent Michael Kuehnast, 24, of Fort Dodge died unexpectedly Monday, March 30, 2026, in Des Moines.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Saturday at Holy Rosary Church, Fort Dodge, with the Rev. Gerald Mulroney as celebrant. Visitation will be from 4 to 7 p.m. Friday at Gunderson Funeral Home.

Brent was born Nov. 21, 2001, in Fort Dodge, the son of Dale and Sheryl (Beck) Kuehnast. He graduated from St. Edmond Catholic School in 2020, where he played catcher for the Gaels, and was studying welding at Iowa Central Community College. He loved his Ford Ranger, walleye fishing at Brushy Creek and his nephew, Bo.

Survivors include his parents, Dale and Sheryl Kuehnast of Fort Dodge; his sister, Kayla (Josh) Wendt of Duncombe; his grandmothers, Elaine Kuehnast of Lehigh and Dorothy Beck of Manson; and his girlfriend, Madison Tang.""",
gold=[]),

dict(guid="fod_courier_obit_3166", pub="2026-05-22T05:30:00-05:00", title="Gerald \"Gerry\" Halvorsen",
body="""DECORAH - Gerald "Gerry" Halvorsen, 79, of Decorah, formerly of Spring Grove, Minn., died Tuesday, May 19, 2026, at Winneshiek Medical Center.

Services will be at 11 a.m. Friday at Decorah Lutheran Church. Burial will be at Phelps Cemetery.

Gerry was born Sept. 3, 1946, in Spring Grove. He taught industrial arts in Decorah for 33 years and built more than 200 rosemaling cabinets for the Vesterheim museum shop.

He is survived by his wife of 55 years, Phyllis (Bakke) Halvorsen of Decorah; his daughters, Ingrid (Paul) Moen of Rochester, Minn., and Karin Halvorsen of Minneapolis; and four grandchildren.""",
gold=[]),

dict(guid="fod_courier_obit_3174", pub="2026-06-04T05:30:00-05:00", title="Kathleen M. Byrne",
body="""FORT DODGE - Kathleen Marie (Doyle) Byrne, 88, of Fort Dodge died Monday, June 1, 2026, at her home with her family at her side.

Mass of Christian Burial will be at 10:30 a.m. Friday at Corpus Christi Church, Fort Dodge. The Rosary will be prayed at 6:30 p.m. Thursday at Gunderson Funeral Home. Burial will be in Corpus Christi Cemetery.

Kathleen was born April 2, 1938, in Fort Dodge to Patrick and Nora (Keane) Doyle, and married James Byrne in 1957. She was a nurse at the old Lutheran Hospital for 30 years.

Survivors include her daughters, Colleen Kavanaugh (the late Michael) of Fort Dodge and Maureen (Rick) Sadler of Omaha; her son, Thomas Byrne of Fort Dodge; 11 grandchildren; and 14 great-grandchildren.

She was preceded in death by her husband, James, in 2012, and her son-in-law, Michael Kavanaugh.

The family thanks Dr. Anand Parikh and the staff of UnityPoint Hospice for their tender care.""",
gold=[("FOD022", "survivor")]),

dict(guid="fod_courier_obit_3211", pub="2026-10-15T05:30:00-05:00", title="Delbert \"Del\" Woodhouse",
body="""FORT DODGE - Delbert Wayne "Del" Woodhouse, 87, of Fort Dodge died Sunday, Oct. 11, 2026, at Trinity Regional Medical Center.

Funeral services will be at 11 a.m. Saturday at First Covenant Church, Fort Dodge. Military rites will be conducted by the Fort Dodge VFW Post 1856. Visitation will be one hour before the service.

Del was born Feb. 22, 1939, in Otho, the son of Wayne and Ruby (Clapp) Woodhouse. He served in the U.S. Navy and then sold seed corn across Webster and Calhoun counties for 41 years. On Aug. 9, 1962, he married Arlene Pingel at Zion Lutheran Church in Clare.

He is survived by his wife of 64 years, Arlene (Pingel) Woodhouse of Fort Dodge; their children, Randy (Sue) Woodhouse of Ames and Julie (Brad) Ketelsen of Fort Dodge; seven grandchildren; and his sister, Joyce Pfeiffer of Otho.""",
gold=[("FOD005", "deceased_client"), ("FOD006", "spouse_of_deceased_client")]),
]

# 2. Hjelmeland-Soper Funeral Chapels (funeral-home site, HTML in content:encoded)
FUNERAL_HOME = [
dict(guid="fod_hsfh_obit_norma-rasmussen", pub="2026-01-20T14:10:00-06:00", title="Norma J. Rasmussen (1935 - 2026)",
body="""Norma Jean Rasmussen, 90, of Eagle Grove passed away peacefully on Saturday, January 17, 2026, at Rotary Ann Home.

A funeral service will be held at 10:30 a.m. Wednesday at Trinity Lutheran Church in Eagle Grove, with Pastor Kristin Aamodt officiating. Burial will follow at Rose Hill Cemetery.

Norma was born April 11, 1935, in Goldfield to Chris and Anna (Tjaden) Rasmussen. She never married. She taught first grade in the Eagle Grove schools for 39 years, and many in town still remember learning to read in her classroom.

Norma is survived by her sister, Jo Ann Tjaden of Eagle Grove; her nephews, Mark Tjaden of Clarion and Paul Tjaden of Mason City; and many cousins.

She was preceded in death by her parents, her brother-in-law, Vernon Tjaden, and her brother, Richard Rasmussen.""",
gold=[("FOD008", "survivor")]),

dict(guid="fod_hsfh_obit_walter-bertelsen", pub="2026-02-26T11:00:00-06:00", title="Walter H. Bertelsen (1934 - 2026)",
body="""Walter Henry Bertelsen, 91, of Humboldt died Tuesday, February 24, 2026, at Humboldt County Memorial Hospital.

Funeral services will be at 11 a.m. Saturday at Zion Lutheran Church, Humboldt, with Pastor Kristin Aamodt officiating. Burial will be in Union Cemetery, Humboldt.

Walt was born November 8, 1934, in Livermore. In 1976 he opened Bertelsen Implement on the west edge of Humboldt, and he kept the parts counter until he was 85.

Left to cherish his memory are his son, Clayton "Clay" (Deb) Bertelsen of Humboldt; his daughter, Renee Aldrich of Fort Collins, Colo.; his grandchildren, Janine (Mark) Vander Wilt of Humboldt, Carter Bertelsen and Ella Bertelsen; and his great-grandson, Owen.

He was preceded in death by his wife, Dorothy, in 2015, and by his brothers, Harvey and Elmer.

Pallbearers: Mark Vander Wilt, Carter Bertelsen, Jason Aldrich, Dennis Haugland, Lyle Struecker and Rod Kinseth.""",
gold=[("FOD012", "survivor"), ("FOD013", "survivor"), ("FOD007", "survivor")]),

dict(guid="fod_hsfh_obit_rosa-ruiz-hernandez", pub="2026-04-21T16:30:00-05:00", title="Rosa María Ruiz Hernández (1953 - 2026)",
body="""Rosa María Ruiz Hernández, 72, of Fort Dodge entered eternal life on Friday, April 17, 2026, at Trinity Regional Medical Center, surrounded by her family.

A Mass of Christian Burial, in Spanish, will be celebrated at 11 a.m. Friday at Holy Rosary Church, Fort Dodge. A rosary will be prayed Thursday evening at the funeral chapel.

Rosa was born May 4, 1953, in Jerez, Zacatecas, Mexico. She came to Fort Dodge in 1995 and worked for many years at the meat plant and later at her daughter's bakery on Central Avenue.

She is survived by her daughter, Adriana Salazar of Fort Dodge; her son, Luis Salazar Ruiz of Storm Lake; her grandchildren, Sofía, Mateo and Daniela; and her sisters in Zacatecas.

She was preceded in death by her husband, Jesús Salazar.""",
gold=[("FOD018", "survivor")]),

dict(guid="fod_hsfh_obit_leroy-brekke-sr", pub="2026-05-06T13:45:00-05:00", title="Leroy Brekke Sr. (1935 - 2026)",
body="""Leroy Oscar Brekke Sr., 90, of Fort Dodge died Sunday, May 3, 2026, at the Fort Dodge Health and Rehabilitation Center.

A celebration of life will be held at 2 p.m. Saturday at the Hjelmeland-Soper Funeral Chapel, Fort Dodge.

Leroy was born Dec. 1, 1935, in Thor. He worked 35 years at the gypsum mill south of town and was a lifelong member of the Fort Dodge Elks.

Survivors include his son, Leroy "Roy" Brekke Jr. (Connie) of Fort Dodge; his daughter, Sandra Loebig of Badger; four grandchildren; and his companion of recent years, Doris Hamre.

He was preceded in death by his wife, Marian, in 2004.""",
gold=[("FOD003", "survivor")]),

dict(guid="fod_hsfh_obit_mary-elizabeth-schnurr", pub="2026-07-08T10:15:00-05:00", title="Mary Elizabeth Schnurr (1934 - 2026)",
body="""Mary Elizabeth Schnurr, 92, of Dubuque, formerly of Fort Dodge, died Sunday, July 5, 2026, at Stonehill Franciscan Services in Dubuque.

A Mass of Christian Burial will be at 10 a.m. Saturday at Corpus Christi Church, Fort Dodge, followed by burial in Corpus Christi Cemetery beside her parents.

Mary Elizabeth was born Jan. 14, 1934, in Fort Dodge. She entered the Sisters of St. Francis in 1952 and left the order in 1970 to teach at Wahlert High School in Dubuque for 28 years.

She is survived by her niece and namesake, Mary Beth (Schnurr) Oberbroeckling of Fort Dodge; her nephew, Joseph Schnurr of Cedar Rapids; and her sister-in-law, Ruth Schnurr of Fort Dodge.

She was preceded in death by her brothers, Francis and Leo Schnurr.""",
gold=[("FOD004", "survivor")]),

dict(guid="fod_hsfh_obit_marvin-ostendorf", pub="2026-08-12T09:20:00-05:00", title="Marvin J. Ostendorf (1942 - 2026)",
body="""Marvin John Ostendorf, 84, of Stratford died Monday, August 10, 2026, at his farm home east of Stratford.

Funeral services will be held at 10:30 a.m. Friday at Stratford Lutheran Church. Burial will be in Stratford Cemetery.

Marv was born March 2, 1942, in Hamilton County and farmed the same quarter section for 60 years.

Survivors include his wife, Beverly; his son, Dean (Lisa) Ostendorf of Stratford; his grandchildren, Tyler (Brianna) Ostendorf of Webster City and Megan (Cole) Jurgens of Boone; and his great-grandchildren, Kaylee and Bennett Ostendorf.""",
gold=[("FOD009", "survivor"), ("FOD010", "survivor")]),

dict(guid="fod_hsfh_obit_duane-sievers", pub="2026-09-02T15:00:00-05:00", title="Duane L. Sievers (1940 - 2026)",
body="""Duane Lowell Sievers, 86, of Gowrie died Sunday, August 30, 2026, at Stewart Memorial Community Hospital in Lake City.

Funeral services will be at 10:30 a.m. Thursday at Gowrie Lutheran Church. Burial with military honors will be at Gowrie Township Cemetery.

Duane was born July 7, 1940, on a farm near Callender. He drove a milk truck for 27 years and later ran the Gowrie elevator scale house.

He is survived by his wife of 61 years, Lavonne Sievers of Gowrie; his sons, Kirk Sievers of Gowrie and Troy (Amy) Sievers of Ankeny; and six grandchildren.""",
gold=[("FOD023", "survivor")]),
]

# 3. Church bulletins (prayer-list style, plain text)
BULLETIN = [
dict(guid="fod_bulletin_trinity_2026-03-08", pub="2026-03-08T07:00:00-06:00", title="In our prayers - Trinity Lutheran, Humboldt",
body="""Please keep in your prayers Denny Haugland of Dakota City and his family on the death of his mother, Ingrid Haugland, 93, who entered the Church Triumphant on Tuesday at the Lutheran Home in Humboldt. Her funeral was held Saturday here at Trinity. Cards may be sent to the family at 22 Taft Street, Dakota City.""",
gold=[("FOD021", "survivor")]),

dict(guid="fod_bulletin_trinity_2026-06-14", pub="2026-06-14T07:00:00-05:00", title="With sympathy - Trinity Lutheran, Humboldt",
body="""Our sympathy to Janine and Mark Vander Wilt on the death of Mark's father, Gerrit Vander Wilt, 68, of Sioux Center, on June 9. Funeral services were held at First Reformed Church in Sioux Center. Meals for the family are being arranged by the Dorcas circle.""",
gold=[("FOD007", "survivor")]),

dict(guid="fod_bulletin_zion_2026-11-01", pub="2026-11-01T07:00:00-05:00", title="Prayer concerns - Zion Lutheran, Humboldt",
body="""Pastor Kristin Aamodt is away this week to attend the funeral of her grandmother, Solveig Aamodt, 97, of Fergus Falls, Minn., who died October 27. Please hold Pastor Kristin and the Aamodt family in your prayers. Pulpit supply on Sunday will be the Rev. Arne Voss.""",
gold=[("FOD016", "survivor")]),
]

# 4. North Iowa paid death notices (brief, surname first)
NOTICES = [
dict(guid="fod_notice_2026-0212", pub="2026-02-12T06:00:00-06:00", title="SKARTVEDT, Arnold",
body="""SKARTVEDT, Arnold C., 93, of Badger, died Feb. 10, 2026. Survived by daughter Deb Bertelsen of Humboldt and son Gary Skartvedt of Badger. Services 10:30 a.m. Saturday, Badger Lutheran Church. Hjelmeland-Soper Funeral Chapel, Fort Dodge.""",
gold=[("FOD013", "survivor")]),

dict(guid="fod_notice_2026-0324", pub="2026-03-24T06:00:00-05:00", title="REINDERS, Harold A.",
body=COURIER[1]["body"],
gold=[]),  # second, later copy of fod_courier_obit_3127: labelled on the earlier copy only

dict(guid="fod_notice_2026-0407", pub="2026-04-07T06:00:00-05:00", title="PRUISMANN, Evangeline \"Vangie\"",
body="""PRUISMANN, Evangeline "Vangie", Eagle Grove, died Sunday, April 5, 2026. Services pending with Eagle Grove Memorial Chapel.""",
gold=[("FOD014", "possible_deceased_client")]),

dict(guid="fod_notice_2026-0915", pub="2026-09-15T06:00:00-05:00", title="THILGES, Orville J.",
body="""THILGES, Orville J., 91, of Sun City West, Ariz., formerly of Algona, died Sept. 11, 2026. Survived by wife Darlene; sons Mike (Tucson) and Greg (Algona). Memorial Mass 10 a.m. Oct. 3, St. Cecelia Church, Algona.""",
gold=[]),
]

ALL = COURIER + FUNERAL_HOME + BULLETIN + NOTICES
