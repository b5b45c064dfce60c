"""Obituaries for part bkx, four house styles. Hand labels in gold=[...] beside each text."""

# 1. Brookings Prairie Register (daily-style newspaper), plain text
REGISTER = [
dict(guid="bkx_bpr_obit_260114", pub="2026-01-14T06:00:00-06:00", title="Darrel Schlimgen",
body="""Darrel Wayne Schlimgen, 61, of Phoenix, Ariz., formerly of Watertown, died Friday, Jan. 9, 2026, at Banner Desert Medical Center in Mesa.

Darrel was born Aug. 3, 1964, in Watertown to Alvin and Irene (Krause) Schlimgen. He graduated from Watertown High School in 1982 and served six years in the U.S. Air Force before settling in Arizona, where he drove truck for 30 years.

Survivors include his mother, Irene Schlimgen, Watertown; his brother, Duane (Kathy) Schlimgen, Watertown; his sister, Carol (Leland) Hofer, Watertown; and several nieces and nephews.

He was preceded in death by his father, Alvin, in 2011.

A memorial service will be held at 11 a.m. Saturday, Jan. 24, at Grace Lutheran Church in Watertown. Inurnment will be at Mount Hope Cemetery in the spring.""",
gold=[("BKX012", "survivor"), ("BKX022", "survivor"), ("BKX021", "survivor")]),

dict(guid="bkx_bpr_obit_260302", pub="2026-03-02T06:00:00-06:00", title="Harlan Schaunaman",
body="""Harlan E. Schaunaman, 90, of Arlington died Thursday, Feb. 26, 2026, at the Arlington Good Samaritan Center.

Harlan was born Oct. 17, 1935, on the family farm north of Arlington, the son of Emil and Frieda Schaunaman. He farmed the home place for 52 years and served on the Kingsbury County Farm Service Agency committee and the Arlington school board.

He married Dorothy Ahrendt on June 9, 1957. She died in 2019.

Grateful for having shared his life are his sisters, LaVonne Rudebusch of Volga and Marvella Jorgenson of Arlington; his sons, Kevin (Deb) Schaunaman of Arlington and Brian Schaunaman of Sioux Falls; seven grandchildren; and 11 great-grandchildren.

He was preceded in death by his wife, Dorothy; his parents; a brother, Walter; and his brother-in-law, Harold Jorgenson.

Funeral services are 10:30 a.m. Tuesday at Trinity Lutheran Church, Arlington, with the Rev. Paula Wendt officiating. Burial will follow in Arlington Cemetery.""",
gold=[("BKX003", "survivor"), ("BKX018", "survivor")]),

dict(guid="bkx_bpr_obit_260421", pub="2026-04-21T06:00:00-05:00", title="Agnes Kranz",
body="""Agnes Rose Kranz, 97, of Brookings died Saturday, April 18, 2026, at Brookings Health System.

Agnes was born Dec. 1, 1928, near White. She taught country school in Brookings County for 11 years and later worked in the SDSU dining halls until her retirement in 1991.

Survivors include her daughter, Marcy Kranz of Brookings; her grandson, Trent Stoltenburg of Brookings; a great-granddaughter; and her sister, Helen Fjerstad of Bruce.

She was preceded in death by her husband, Leonard; a daughter, Janice Stoltenburg; and six brothers and sisters.

Mass of Christian Burial will be 10 a.m. Thursday at St. Thomas More Catholic Church, Brookings.""",
gold=[("BKX019", "survivor")]),

dict(guid="bkx_bpr_obit_260609", pub="2026-06-09T06:00:00-05:00", title="Tollef M. Oyen",
body="""Tollef Martin Oyen, 89, of Brookings died Sunday, June 7, 2026, at the Neighborhoods at Brookings.

Tollef was born Jan. 22, 1937, in Lake Preston. He taught agricultural engineering at South Dakota State University for 34 years and never missed a Hobo Day parade.

He married Ruth Ellingson in 1960; she died in 2022.

He is survived by his son, Dale (Connie) Oyen of Sioux Falls; his daughter, Karen Oyen of Minneapolis; and four grandchildren, including his grandson and namesake, Tollef Oyen (Kayla) of Brookings.

Funeral will be 11 a.m. Friday at First Lutheran Church, Brookings, with Pastor Tor Ekstrand officiating.""",
gold=[("BKX008", "survivor")]),

dict(guid="bkx_bpr_obit_260818", pub="2026-08-18T06:00:00-05:00", title="Marcus Lee Tvedt",
body="""Marcus Lee Tvedt, 22, of Bruce died Friday, Aug. 14, 2026, from injuries suffered in a farm accident west of Bruce.

Marcus was born Feb. 2, 2004, in Brookings to Roger and Deb Tvedt. He graduated from Deubrook Area High School in 2022 and was finishing his degree in agronomy at SDSU while farming with his dad.

He is survived by his parents, Roger and Deb Tvedt of Bruce; his sister, Haley Tvedt of Brookings; his grandmother, Joyce Tvedt of Volga; and his uncle and namesake, Marcus (Annika) Tvedt of Volga, and their children.

Funeral will be 2 p.m. Thursday at the Sioux Valley School gym, Volga.""",
gold=[("BKX014", "survivor"), ("BKX013", "survivor")]),

dict(guid="bkx_bpr_obit_261027", pub="2026-10-27T06:00:00-05:00", title="Orrin D. Bjorklund",
body="""Orrin Dale Bjorklund, 85, of Brookings died Friday, Oct. 23, 2026, at his home surrounded by family.

Orrin was born Feb. 11, 1941, on a farm near Volga to Arvid and Selma Bjorklund. He graduated from Volga High School in 1959 and from South Dakota State College in 1963. On June 16, 1962, he married Verna Hegge at First Lutheran Church in Brookings. Orrin sold seed and crop insurance across Brookings County for 40 years.

He is survived by his wife of 64 years, Verna; two sons, Craig (Lisa) Bjorklund of Brookings and Scott Bjorklund of Rapid City; five grandchildren; and his sister, Lois Hegg of Volga.

He was preceded in death by his parents and a brother, Gordon.

Funeral services will be 11 a.m. Friday at First Lutheran Church, Brookings, with Pastor Tor Ekstrand officiating. Pallbearers are his grandsons and Trent Stoltenburg. Burial will be in Greenwood Cemetery.""",
gold=[("BKX001", "deceased_client"), ("BKX002", "spouse_of_deceased_client")]),
]

# 2. Lakeside & Prairie Funeral Chapels (Watertown, Madison), HTML in content:encoded
FUNERAL_HOME = [
dict(guid="bkx_lpfc_2026_0118", pub="2026-01-18T12:00:00-06:00", title="Wendell J. Kopecky (1944 - 2026)",
body="""Wendell John Kopecky, 81, of Watertown passed away Thursday, Jan. 15, 2026, at Prairie Lakes Hospital.

Wendell was born Nov. 30, 1944, in Florence. He worked 35 years for the Burlington Northern railroad out of Watertown.

Survivors include his wife of 58 years, Marlys; daughters Tami (Rick) Buseth of Watertown and Jill Kopecky of Fargo, N.D.; and six grandchildren.

Funeral services will be 10:30 a.m. Wednesday at Lakeside & Prairie Funeral Chapel, Watertown.""",
gold=[]),

dict(guid="bkx_lpfc_2026_0316", pub="2026-03-16T12:00:00-05:00", title="Dwayne L. Feterl Sr. (1941 - 2026)",
body="""Dwayne Leroy Feterl Sr., 84, of Madison passed away Friday, March 13, 2026, at Madison Regional Health.

Dwayne was born Aug. 8, 1941, in Wentworth. In 1976 he opened Feterl Implement on the east edge of Madison, which he ran until handing it to his son in 2005.

He is survived by his son, Dwayne Jr. (Shelly) Feterl of Madison; his daughter, Renee (Todd) Kappel of Chester; eight grandchildren; and his sister, Bev Gullickson of Elkton.

He was preceded in death by his wife, Arlene, in 2020, and his brother-in-law, Roger Gullickson.

Funeral will be 10 a.m. Thursday at St. Thomas Aquinas Catholic Church, Madison. Pallbearers: Jace, Colton and Brady Feterl, Logan Kappel, Wendell Kopecky and Jerry Ott.""",
gold=[("BKX006", "survivor"), ("BKX020", "survivor")]),

dict(guid="bkx_lpfc_2026_0424", pub="2026-04-24T12:00:00-05:00", title="Irene M. Schlimgen (1931 - 2026)",
body="""Irene Marie Schlimgen, 94, of Watertown passed away peacefully Tuesday, April 21, 2026, at Jenkins Living Center.

Irene was born Sept. 5, 1931, to Otto and Clara Krause in Kranzburg. She married Alvin Schlimgen in 1955 and kept the books for Schlimgen Plumbing & Heating for four decades.

Left to cherish her memory are her son, Duane (Kathy) Schlimgen of Watertown; her daughter, Carol (Leland) Hofer of Watertown; 6 grandchildren; and 9 great-grandchildren.

She was preceded in death by her husband, Alvin; her son, Darrel, in January; and her brothers, Leo and Ray Krause.

Mass of Christian Burial 10:30 a.m. Monday at Immaculate Conception Catholic Church, Watertown. Rosary 6 p.m. Sunday at the chapel.""",
gold=[("BKX012", "survivor"), ("BKX022", "survivor"), ("BKX021", "survivor")]),

dict(guid="bkx_lpfc_2026_0530", pub="2026-05-30T12:00:00-05:00", title="Gladys A. Vander Wal (1930 - 2026)",
body="""Gladys Adriana Vander Wal, 96, of Watertown passed away Wednesday, May 27, 2026, at Golden Living Center.

Gladys was born March 3, 1930, in Corsica to Dutch immigrant parents, Pieter and Anna De Jong. She married Hendrik Vander Wal in 1949, and they farmed near Henry before moving into Watertown in 1985.

She is survived by her son, Kerm (JoAnn) Vander Wal of Watertown; her daughter, Marian Bouma of Sioux Center, Iowa; 7 grandchildren; and 12 great-grandchildren.

She was preceded in death by her husband, Hendrik, and a son, Pete.

Services will be 11 a.m. Tuesday at First Reformed Church, Watertown.""",
gold=[("BKX004", "survivor"), ("BKX005", "survivor")]),

dict(guid="bkx_lpfc_2026_0702", pub="2026-07-02T12:00:00-05:00", title="Edna C. Lunde (1926 - 2026)",
body="""Edna Charlotte Lunde, 99, of Madison passed away Monday, June 29, 2026, at Bethel Lutheran Home.

Edna was born May 20, 1926, in Rutland. She and her husband, Oscar, farmed north of Lake Herman for 45 years.

Survivors include her daughter, Phyllis (Gary) Wieczorek of Madison; her son, Curtis Lunde of Mesa, Ariz.; 5 grandchildren and 11 great-grandchildren.

She was preceded in death by her husband, Oscar, in 2004.

Funeral 2 p.m. Monday at Trinity Lutheran Church, Madison.""",
gold=[("BKX011", "survivor"), ("BKX010", "survivor")]),

dict(guid="bkx_lpfc_2026_0911", pub="2026-09-11T12:00:00-05:00", title="Ernest R. Tschetter (1946 - 2026)",
body="""Ernest Ray Tschetter, 80, of Madison passed away Tuesday, Sept. 8, 2026, at Avera McKennan Hospital in Sioux Falls.

Ernie was born July 1, 1946, at Rockport Colony near Alexandria. He taught industrial arts at Madison High School for 31 years.

He is survived by his wife, Lorna; his sons, Nathan (Amy) Tschetter of Madison and Jared Tschetter of Brookings; and five grandchildren.

Funeral will be 10:30 a.m. Saturday at First Lutheran Church, Madison. Music will be provided by Annika Tvedt, organist. Memorials to the Lake County 4-H.""",
gold=[]),
]

# 3. First Lutheran Church Brookings, weekly bulletin "Prayer & Remembrance" notes, plain text
BULLETIN = [
dict(guid="bkx_flc_bulletin_260208", pub="2026-02-08T07:00:00-06:00", title="In Our Prayers - February 8",
body="""Our sympathy and prayers are with Kristin Moe-Halvorson and her family on the death of her mother, Hazel Moe, 91, of Lake Preston, who entered the Church Triumphant on Feb. 3. Funeral was held at Lake Preston Lutheran. Cards may be sent to Kristin in care of the church office.""",
gold=[("BKX009", "survivor")]),

dict(guid="bkx_flc_bulletin_260517", pub="2026-05-17T07:00:00-05:00", title="In Our Prayers - May 17",
body="""Please hold Annika and Marcus Tvedt and their children in your prayers. Annika's father, Paul Granholm, 78, of Willmar, Minn., died May 11 after a long illness. Services were in Willmar on May 15.""",
gold=[("BKX013", "survivor"), ("BKX014", "survivor")]),

dict(guid="bkx_flc_bulletin_260927", pub="2026-09-27T07:00:00-05:00", title="In Our Prayers - September 27",
body="""We commend to God our brother in Christ Orville Rasch, 90, of Brookings, a member since 1958, who died Sept. 21. His funeral was held here Sept. 25 with Pastor Tor Ekstrand presiding. Our sympathy to his daughter, Deanna Rasch of Aurora, and his grandchildren.""",
gold=[]),
]

# 4. Dakota Death Notices (brief paid notices, surname-first headings), plain text
NOTICES = [
dict(guid="bkx_ddn_260126", pub="2026-01-26T07:00:00-06:00", title="GULLICKSON, Roger A.",
body="""Roger Arnold Gullickson, 77, Elkton, died Jan. 23, 2026. Retired Elkton elevator manager. Survived by wife, Beverly; daughters Lisa (Chad) Rempfer, Sioux Falls, and Amy Gullickson, Brookings. Funeral 10:30 a.m. Thursday, Elkton Lutheran Church.""",
gold=[("BKX020", "survivor")]),

dict(guid="bkx_ddn_260305", pub="2026-03-05T07:00:00-06:00", title="HOFER, Leland P.",
body="""Leland Paul Hofer, 74, Freeman, died March 2, 2026. Retired Freeman Academy custodian. Survived by wife, Darla; sons Jason and Brent, both of Freeman; brother Elmer Hofer, Marion. Services 2 p.m. Saturday, Salem Mennonite Church, Freeman.""",
gold=[]),

dict(guid="bkx_ddn_261029", pub="2026-10-29T07:00:00-05:00", title="BJORKLUND, Orrin D.",
body="""Orrin Dale Bjorklund, 85, Brookings, died Oct. 23, 2026. Survived by his wife of 64 years, Verna; sons Craig (Lisa) and Scott; five grandchildren; sister Lois Hegg, Volga. Funeral 11 a.m. Friday, First Lutheran Church, Brookings.""",
gold=[]),  # a later, second copy of bkx_bpr_obit_261027: labelled on the first copy only

dict(guid="bkx_ddn_261109", pub="2026-11-09T07:00:00-06:00", title="DAHLMEIER, Lorraine",
body="""Lorraine Dahlmeier, Watertown, died Saturday, Nov. 7, 2026. Arrangements are pending with Lakeside & Prairie Funeral Chapel, Watertown.""",
gold=[("BKX015", "possible_deceased_client")]),
]

FEEDS = {"register": REGISTER, "funeral_home": FUNERAL_HOME, "bulletin": BULLETIN, "notices": NOTICES}
