"""Obituary texts for the jbr part (northeast Arkansas), four house styles, hand-labelled (`gold=`)."""

DESHAZO = """Orville Lee "Buddy" Deshazo, 84, of Paragould passed away Tuesday, March 3, 2026, at Arkansas Methodist Medical Center surrounded by his family.

He was born Aug. 2, 1941, in Greene County to the late Homer and Velma Deshazo. Buddy farmed rice and soybeans west of Paragould for more than 40 years and drove a school bus for the Greene County Tech district for 22 years. He was a member of Center Hill Baptist Church, where he served as a deacon, and never missed a Greene County Fair.

He is survived by his wife of 62 years, Imogene Faulkner Deshazo of the home; one son, Ricky Deshazo (Tammy) of Paragould; one daughter, Sherry Lamb (Doyle) of Marmaduke; five grandchildren and nine great-grandchildren.

He was preceded in death by his parents; a brother, Elmer Deshazo; and a sister, Inez Hatcher.

Funeral services will be 2 p.m. Saturday at Center Hill Baptist Church with Bro. Terry Gwatson officiating. Burial will follow in Linwood Cemetery. Pallbearers will be Wendell Lusk, Jimmy Dale Crisp, Nathan Lamb, Cody Deshazo, Brent Deshazo and Rodney Hatcher.

Visitation will be 5 to 7 p.m. Friday at Sudbury-Kell Funeral Home, Paragould."""

# 1. newspaper: The Crowley's Ridge Courier (Jonesboro), plain text
COURIER = [
dict(guid="jbr_crc_obit_0101", pub="2026-01-09T06:00:00-06:00", title="Estelle Marie Cagle",
body="""Estelle Marie Cagle, 97, of Jonesboro died Wednesday, Jan. 7, 2026, at NEA Baptist Memorial Hospital.

Born Oct. 4, 1928, at Bay, she was the daughter of the late Ollie and Bertha Stricklin. She worked 31 years in the cafeteria at Nettleton schools and was a charter member of Fisher Street Church of Christ. Mrs. Cagle was known for her fried pies and for never letting a visitor leave hungry.

Survivors include her daughter, Wanda Tackett and husband Bobby Gene of Jonesboro; a son, Roy Cagle of Bay; seven grandchildren and 14 great-grandchildren.

She was preceded in death by her husband of 58 years, Arlis Cagle; a son, Danny Cagle; and four sisters.

Services will be 10 a.m. Saturday at Fisher Street Church of Christ, with Minister Dale Keeling officiating. Burial will be in Jonesboro Memorial Park. Pallbearers are Shelby Trammell, Chase Tackett, Kyle Cagle, Dustin Cagle, Lance Tackett and Mitch Stricklin.""",
gold=[("JBR002", "survivor"), ("JBR001", "survivor")]),

dict(guid="jbr_crc_obit_0102", pub="2026-01-21T06:00:00-06:00", title="Virgil Wade Hargrove",
body="""Virgil Wade Hargrove, 24, of Trumann died Sunday, Jan. 18, 2026, as the result of an automobile accident on Highway 463.

Wade was born Nov. 2, 2001, in Jonesboro. He graduated from Trumann High School in 2020, where he played on the Wildcats offensive line, and worked as a lineman for Craighead Electric Cooperative. He loved duck hunting in the St. Francis Sunken Lands and his dog, Boone.

He is survived by his parents, Wade and Crystal Hargrove of Trumann; a sister, Kaylee Hargrove of Trumann; his grandmother, Loretta Hargrove of Weiner; and his uncle and namesake, Virgil Hargrove, and wife Donna, of Trumann.

He was preceded in death by his grandfather, Wayne Hargrove.

Funeral will be 1 p.m. Thursday at First Baptist Church of Trumann. Burial in Trumann Cemetery.""",
gold=[("JBR014", "survivor"), ("JBR015", "survivor")]),

dict(guid="jbr_crc_obit_0103", pub="2026-03-05T06:00:00-06:00", title="Orville Lee \"Buddy\" Deshazo", body=DESHAZO,
gold=[("JBR003", "deceased_client"), ("JBR004", "spouse_of_deceased_client")]),

dict(guid="jbr_crc_obit_0104", pub="2026-03-13T06:00:00-05:00", title="Harold Lee Stallings",
body="""Harold Lee Stallings, 83, of Manila died March 11, 2026, at his home.

He was born in Big Lake bottoms to the late Luther and Ola Stallings, served in the U.S. Army in Germany, and ran Stallings Gin in Manila until it closed in 1998. He was a member of Manila First Baptist Church.

Survivors include his wife, Bonnie Stallings of the home; two sisters, Jo Nell Grisham of Blytheville and Wilma Tate of Leachville; and several nieces and nephews.

He was preceded in death by a brother, Luther Stallings Jr., and a brother-in-law, J.W. Grisham.

Graveside services will be 11 a.m. Saturday at Manila Cemetery under the direction of Howard Funeral Service.""",
gold=[("JBR008", "survivor")]),

dict(guid="jbr_crc_obit_0105", pub="2026-04-03T06:00:00-05:00", title="Mildred Louise Pickens",
body="""Mildred Louise Pickens, 88, of Brookland passed away April 1, 2026.

She was born in Lake City and married Carl Pickens in 1956; together they farmed north of Brookland for fifty years. She taught Sunday school at Brookland Methodist Church for four decades and was a 4-H leader.

She is survived by two daughters, Tonya (Kenny) Barnhill of Brookland and Lisa Wooten of Batesville; five grandchildren, including Colby Barnhill; and a sister, Ruth Tubbs of Lake City.

Preceded in death by her husband, Carl, and a grandson, Jared Wooten.

Services 2 p.m. Sunday at Brookland Methodist Church. Burial in Brookland Cemetery.""",
gold=[("JBR021", "survivor"), ("JBR020", "survivor")]),

dict(guid="jbr_crc_obit_0106", pub="2026-05-14T06:00:00-05:00", title="Claudette Vowell",
body="""Claudette Vowell, 87, of Bakersfield, Calif., died May 6, 2026.

She was born Claudette Hollis in Sallisaw, Okla., and moved to California's San Joaquin Valley with her family in 1950. She retired from Kern County schools. Her late mother was a native of Craighead County, and she visited cousins in Jonesboro every summer.

She is survived by her husband of 66 years, Lloyd Vowell of Bakersfield; two sons, Gary and Dennis, both of Bakersfield; and cousins in Jonesboro and Bay.

Services were held in Bakersfield.""",
gold=[]),
]

# 2. funeral home: Sudbury-Kell Funeral Home (Paragould, Walnut Ridge and Jonesboro chapels), HTML
FUNERAL_HOME = [
dict(guid="jbr_skfh_2026_0031", pub="2026-01-28T15:10:00-06:00", title="Arvel Dean Spades",
body="""Arvel Dean Spades, 91, of Imboden, passed from this life on Monday, January 26, 2026.

Arvel was born on the family place on Spring River in 1934. He served in Korea with the 7th Infantry Division, came home and worked 35 years at the Walnut Ridge shoe factory. He loved bluegrass music, squirrel hunting and his church, Imboden Free Will Baptist.

Arvel is survived by his sister, Claudette Vowell of Walnut Ridge; his nephew, Clete Womack of Hoxie; his niece, Regina Spades Pitts of Black Rock; and a host of great-nieces and nephews.

He was preceded in death by his wife, Dorothy; his parents, Tom and Ethel Spades; and brothers Elvin and Harlan Spades.

Funeral service will be held at 11:00 a.m. Thursday at the Walnut Ridge chapel of Sudbury-Kell Funeral Home, with Bro. Jimmy Kell officiating. Interment will follow in Lawrence Memorial Park with military honors.""",
gold=[("JBR005", "survivor")]),

dict(guid="jbr_skfh_2026_0044", pub="2026-02-17T10:40:00-06:00", title="Opal Faulkner",
body="""Opal Faulkner, 99, of Paragould went to be with her Lord on Sunday, February 15, 2026, just three months shy of her 100th birthday.

Mrs. Faulkner was born in Lafe and was a lifelong member of Lafe Church of Christ. She kept a garden until she was 95 and taught three generations of Greene County women to can tomatoes.

She leaves behind her daughter, Imogene, and her husband, Buddy Deshazo, of Paragould; a son, Carroll Faulkner of Lafe; eight grandchildren; 19 great-grandchildren; and five great-great-grandchildren.

She was preceded in death by her husband, Raymond Faulkner, and a daughter, Geraldine.

Services will be 2:00 p.m. Wednesday at the Paragould chapel of Sudbury-Kell Funeral Home. Burial in Lafe Cemetery.""",
gold=[("JBR004", "survivor"), ("JBR003", "survivor")]),

dict(guid="jbr_skfh_2026_0058", pub="2026-03-20T09:15:00-05:00", title="Lorene Lusk",
body="""Lorene Lusk, 90, of Paragould passed away peacefully on March 18, 2026, at Greene Acres Nursing Home.

Born in Walcott, she married Everett Lusk in 1953 and helped him start Lusk Feed & Seed on North Pruett Street in 1976. She kept the store's books by hand until 2010.

Lorene is survived by her son, Wendell Lusk and wife Peggy of Paragould; a daughter, Carla Jean Heath of Rector; six grandchildren and 11 great-grandchildren.

She was preceded in death by her husband, Everett, and a brother, Alvin Pruitt.

A celebration of life will be held at 1:00 p.m. Saturday at East Side Baptist Church, Paragould. Burial at Linwood Cemetery.""",
gold=[("JBR017", "survivor"), ("JBR016", "survivor")]),

dict(guid="jbr_skfh_2026_0067", pub="2026-04-10T16:20:00-05:00", title="Eldon Ray Stuckey Sr.",
body="""Eldon Ray Stuckey Sr., 92, of Walnut Ridge died Wednesday, April 8, 2026.

He was born in Lawrence County, served in the U.S. Navy, and was the Lawrence County extension agent for 30 years. He was a member of First United Methodist Church in Walnut Ridge and a longtime Rotarian.

He is survived by his son, Eldon Stuckey Jr. (Patsy) of Walnut Ridge; a daughter, Mary Ellen Goff of Conway; four grandchildren and six great-grandchildren.

He was preceded in death by his wife of 61 years, Frances Stuckey.

Services will be held 10:00 a.m. Monday at First United Methodist Church, Walnut Ridge, with Rev. Lisa Halbrook officiating. Burial will follow in Lawrence Memorial Park.""",
gold=[("JBR013", "survivor")]),

dict(guid="jbr_skfh_2026_0079", pub="2026-05-21T11:00:00-05:00", title="Travis Layne McNabb Sr.",
body="""Travis Layne McNabb Sr., 76, of Jonesboro went home to be with the Lord on May 19, 2026.

Travis Sr. was born in Bono and retired from Frito-Lay after 34 years. He coached Little League at Joe Mack Campbell Park for two decades and was a member of Central Baptist Church.

He is survived by his wife, Glenda McNabb; his son, Travis McNabb Jr. and wife Kristi of Jonesboro; a daughter, Amber Sloan of Paragould; and four grandchildren.

He was preceded in death by his parents and a brother, Roger McNabb.

Visitation will be 5 to 7 p.m. Thursday at the Jonesboro chapel of Sudbury-Kell Funeral Home, with services at 10 a.m. Friday at Central Baptist Church.""",
gold=[("JBR006", "survivor"), ("JBR007", "survivor")]),

dict(guid="jbr_skfh_2026_0085", pub="2026-06-11T13:30:00-05:00", title="Marvin Dale Rorie",
body="""Marvin Dale Rorie, 80, of Osceola passed away June 9, 2026.

Marvin farmed cotton in the Keiser bottoms and was a longtime member of the Mississippi County Farm Bureau board. He enjoyed fishing Big Lake and coffee at the Osceola sale barn.

He is survived by his wife, Barbara Rorie; his brother, Gaylon Rorie of Osceola; two daughters, Tammy Rorie of Memphis and Dana Yates of Dell; and three grandchildren.

Services will be 2 p.m. Saturday at First Baptist Church of Osceola. Burial in Ermen Cemetery, Osceola.""",
gold=[("JBR023", "survivor")]),
]

# 3. church bulletin: Greater New Hope Missionary Baptist Church, Blytheville (plain text)
BULLETIN = [
dict(guid="jbr_gnh_bulletin_20260208", pub="2026-02-08T07:00:00-06:00", title="Bereavement: Mother Hattie Pearl Jefferson",
body="""Please keep our Pastor, Rev. Darnell Jefferson, and First Lady Lakeisha Jefferson in your prayers as they mourn the passing of his mother, Mother Hattie Pearl Jefferson, 91, of Osceola, who went home to glory on Tuesday, February 3.

Mother Jefferson was a faithful member of St. Paul A.M.E. Church in Osceola for 70 years and a retired school cook. She also leaves to cherish her memory three daughters, two more sons, 18 grandchildren and a host of great-grandchildren.

Homegoing service Saturday at 11 a.m. at St. Paul A.M.E. Church, Osceola. The Pastor's Aid Ministry will meet at the church at 9 a.m. to travel together. Cards may be left in the church office.""",
gold=[("JBR009", "survivor"), ("JBR010", "survivor")]),

dict(guid="jbr_gnh_bulletin_20260315", pub="2026-03-15T07:00:00-05:00", title="Homegoing: Deacon Clarence Otis Burks",
body="""The Greater New Hope family extends its love and sympathy to Mother Ernestine Burks and family in the passing of Deacon Clarence Otis Burks, 78, who answered the Master's call on March 9.

Deacon Burks served on our deacon board for 31 years and drove the church van every Sunday morning. He leaves his wife of 55 years, Mother Ernestine Burks; sons Reginald Burks of Blytheville and Otis Burks of St. Louis; daughter Felicia Brown of Memphis; and 11 grandchildren.

Homegoing service was held Saturday at Greater New Hope, with our Pastor, Rev. Darnell Jefferson, bringing the eulogy. Repast was served by the Culinary Ministry.""",
gold=[]),

dict(guid="jbr_gnh_bulletin_20260426", pub="2026-04-26T07:00:00-05:00", title="Remember in Prayer: Sis. Lakeisha Jefferson of Memphis",
body="""We remember in prayer the family of Sis. Lakeisha Jefferson, 44, of Memphis, Tenn., a daughter of this church who grew up in our youth choir before moving to Memphis. She passed on April 19 after a long illness.

She leaves her husband, Marcus Jefferson of Memphis; two children, Jaylen and Amaya; her mother, Sis. Gloria Tate Moore of Blytheville; and a host of relatives and friends. (Our First Lady asks us to note that she and Sis. Lakeisha shared a name and a love of the choir, but were not related.)

Services were held in Memphis on Saturday, April 25.""",
gold=[]),
]

# 4. paid death notices: Delta Ridge Death Notices (terse, surname-first)
NOTICES = [
dict(guid="jbr_drdn_20260306_01", pub="2026-03-06T05:00:00-06:00", title="DESHAZO, Orville Lee \"Buddy\"", body=DESHAZO,
gold=[]),  # later copy of jbr_crc_obit_0103: labelled on the earlier copy only

dict(guid="jbr_drdn_20260414_01", pub="2026-04-14T05:00:00-05:00", title="SPURLOCK, Ruby",
body="""SPURLOCK, Ruby, Pocahontas. Died April 12, 2026. Arrangements pending with Heritage Chapel of Pocahontas.""",
gold=[("JBR019", "possible_deceased_client")]),

dict(guid="jbr_drdn_20260502_01", pub="2026-05-02T05:00:00-05:00", title="LANGLEY, Carolyn Boyd",
body="""LANGLEY, Carolyn Boyd, 79, Jonesboro, died April 29, 2026. Retired A-State librarian. Survived by daughter, Meredith Langley-Boyd, Jonesboro; son, Philip Langley, Little Rock; three grandchildren. Preceded by husband, Dr. Warren Langley. Memorial 3 p.m. Sunday, First Presbyterian Church, Jonesboro.""",
gold=[("JBR011", "survivor")]),

dict(guid="jbr_drdn_20260521_01", pub="2026-05-21T05:00:00-05:00", title="TRAMMELL, Shelby Dean",
body="""TRAMMELL, Shelby Dean, 81, Pine Bluff, died May 18, 2026. Retired Cotton Belt railroad conductor. Survived by wife, Norma; son, Dean Trammell, Bono; granddaughter and namesake, Shelby Trammell, Bono. Services 10 a.m. Saturday, Ralph Robinson & Son, Pine Bluff.""",
gold=[("JBR022", "survivor")]),

dict(guid="jbr_drdn_20260604_01", pub="2026-06-04T05:00:00-05:00", title="HARGROVE, Donna Sue",
body="""HARGROVE, Donna Sue, 58, Trumann, died June 1, 2026. Cashier at Trumann Walmart for 20 years. Survived by husband, Ronnie Hargrove; daughters, Brittany and Kelsey, both of Trumann; mother, Wanda Pruitt, Marked Tree. Services 2 p.m. Friday, Thompson Funeral Home chapel, Trumann.""",
gold=[]),
]
