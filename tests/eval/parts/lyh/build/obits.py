"""Hand-written obituaries for part lyh, four house styles. `gold` beside each text is the hand label."""

# 1. Daily newspaper ("The Hill City Ledger"), plain text, "Name" titles with town
LEDGER = [
dict(guid="lyh_hcl_obit_0412", pub="2026-04-12T05:30:00-04:00", title="Harlow Peter \"Pete\" Wingfield",
body="""BEDFORD - Harlow Peter "Pete" Wingfield, 84, of Bedford, passed away peacefully on Thursday, April 9, 2026, at Centra Bedford Memorial Hospital, surrounded by his family. Born June 14, 1941, in Bedford County, he was a son of the late Roy Lee Wingfield and Ola Mae Arrington Wingfield.

Pete retired from Rubatex after 38 years and never missed a Sunday at Center Point Baptist Church. He loved his Ford tractor, the Bedford County Fair and a good Moon Pie.

In addition to his parents, he was preceded in death by a brother, Roy Wingfield Jr., and a sister, Hazel W. Overstreet.

He is survived by his wife of 61 years, Doris Burnette Wingfield; two sons, Keith Wingfield (Tammy) of Goodview and Dale Wingfield of Huddleston; a daughter, Teresa W. Markham (Ronnie) of Moneta; six grandchildren; and a host of nieces and nephews.

A funeral service will be held at 2 p.m. Monday at Center Point Baptist Church with the Rev. Lucius Jennings officiating. Burial will follow in Greenwood Cemetery. Pallbearers will be Garland Bryant, Ricky Overstreet, Tyler Markham, Jesse Wingfield, Caleb Wingfield and Randy Creasy.

The family will receive friends Sunday from 6 to 8 p.m. at Tharp Funeral Home, Bedford.""",
gold=[("LYH005", "deceased_client"), ("LYH006", "spouse_of_deceased_client")]),

dict(guid="lyh_hcl_obit_0418", pub="2026-04-18T05:30:00-04:00", title="Mildred Overstreet Camm",
body="""LYNCHBURG - Mildred Overstreet Camm, 90, of Lynchburg, went to be with the Lord on Wednesday, April 15, 2026, at Westminster Canterbury.

She was the widow of Harold Thomas Camm. Mildred taught home economics at E.C. Glass High School for 31 years and was a charter member of the Fort Hill Garden Club.

She is survived by a son, Thomas Camm and his wife, Beth, of Richmond; her sister, Nadine Overstreet Fariss and husband, Buddy, of Forest; and three grandchildren.

A graveside service will be held Saturday at 11 a.m. at Spring Hill Cemetery. In lieu of flowers, memorials may be made to the Lynchburg Humane Society.""",
gold=[("LYH002", "survivor"), ("LYH001", "survivor")]),

dict(guid="lyh_hcl_obit_0425", pub="2026-04-25T05:30:00-04:00", title="Randolph Lee Creasy",
body="""BEDFORD - Randolph Lee Creasy, 22, of Bedford, died Tuesday, April 21, 2026, as the result of an automobile accident.

Born in Lynchburg, he was a 2022 graduate of Liberty High School and worked as a lineman apprentice with Central Virginia Electric Cooperative. He loved deer hunting and his black Lab, Duke.

He is survived by his parents, Wayne and Tonya Creasy of Bedford; a sister, Kaylee Creasy; his grandmother, Shirley Creasy of Thaxton; and his girlfriend, Madison Poindexter.

A celebration of his life will be held Sunday at 3 p.m. at Bedford Church of the Brethren.""",
gold=[]),

dict(guid="lyh_hcl_obit_0302", pub="2026-03-02T05:30:00-05:00", title="Thelma Gilliam Hargrove",
body="""APPOMATTOX - Thelma Gilliam Hargrove, 87, of Appomattox, passed away Friday, February 27, 2026, at her home.

A lifelong member of Liberty Baptist Church, she sang in the choir for more than 60 years.

She was preceded in death by her husband, Walter Hargrove, and a brother, Linwood Gilliam.

Survivors include a daughter, Phyllis H. Conner (Gene) of Spout Spring; her sister, Ella Mae Gilliam Tyree of Appomattox; four grandchildren and seven great-grandchildren.

Funeral services will be conducted Tuesday at 1 p.m. at Robinson Funeral Home Chapel, Appomattox.""",
gold=[("LYH004", "survivor")]),

dict(guid="lyh_hcl_obit_0510", pub="2026-05-10T05:30:00-04:00", title="Lottie Thurman Booth",
body="""BEDFORD - Lottie Thurman Booth, 95, of Bedford, died Friday, May 8, 2026, at The Oaks.

Mrs. Booth was the last of nine children of Samuel and Callie Thurman of the Body Camp community. She kept the books at Booth's Orchard for half a century.

Surviving are her nephew, Anson Thurman and his wife, Rhoda, of Goode; a niece, Pamela Booth Reynolds of Roanoke; and a cousin, Anson Thurman of Bangor, Maine.

Services will be private.""",
gold=[("LYH019", "survivor")]),

dict(guid="lyh_hcl_obit_0517", pub="2026-05-17T05:30:00-04:00", title="Cornelius \"Neal\" Hughes",
body="""LYNCHBURG - Cornelius "Neal" Hughes, 81, of Lynchburg, departed this life on Thursday, May 14, 2026.

A graduate of Dunbar High School and Virginia Seminary, he served 30 years with the Lynchburg Fire Department, retiring as battalion chief.

He was preceded in death by his wife, Geneva, and his brother-in-law, Alvin Mosby.

He leaves to cherish his memory a son, Marcus Hughes of Durham, N.C.; his sister, Gwendolyn Hughes-Mosby of Lynchburg; and a host of nieces, nephews and friends.

Homegoing services will be held Saturday at noon at Court Street Baptist Church. Diamond Hill Funeral Service is in charge.""",
gold=[("LYH009", "survivor")]),

dict(guid="lyh_hcl_obit_0601", pub="2026-06-01T05:30:00-04:00", title="Wilbur Mayhew Sr.",
body="""LYNCHBURG - Wilbur Mayhew Sr., 93, of Lynchburg, passed away Friday, May 29, 2026.

He founded Mayhew Insurance Agency on Fort Avenue in 1961 and was a deacon at Rivermont Avenue Baptist Church.

He was preceded in death by his wife of 64 years, Virginia Mayhew.

Survivors include his son, Wilbur Mayhew Jr. (Loretta) of Lynchburg; a daughter, Ann M. Patterson of Forest; five grandchildren, including Wilbur "Trey" Mayhew III of Atlanta; and eight great-grandchildren.

A memorial service will be held at 11 a.m. Thursday at Rivermont Avenue Baptist Church.""",
gold=[("LYH003", "survivor")]),
]

# 2. Funeral-home site (Whitten-Tharpe Funeral Home, Amherst & Appomattox), HTML in content:encoded
FUNERAL_HOME = [
dict(guid="lyh_wtfh_dudley_raymond", pub="2026-03-20T16:10:00-04:00", title="Raymond Ellis Dudley (1953 - 2026)",
body="""Raymond Ellis Dudley, 72, of Altavista, passed away Tuesday, March 17, 2026, at Lynchburg General Hospital.

Raymond worked 35 years at Lane Company and spent every spare minute on Leesville Lake.

He was preceded in death by his parents, Ellis and Pearl Dudley.

He is survived by his wife, Brenda Dudley; his sister, Jolene Dudley Mays (Curtis) of Altavista; and a cousin and lifelong fishing partner, Hubert Pugh of Concord.

The family will receive friends at the funeral home on Friday evening.""",
gold=[("LYH012", "survivor")]),

dict(guid="lyh_wtfh_ferguson_otis", pub="2026-05-04T11:00:00-04:00", title="Otis Lee Ferguson (1945 - 2026)",
body="""Otis Lee Ferguson, 80, of Appomattox, went home to be with his Lord on Saturday, May 2, 2026.

Otis farmed the family place on Route 26 all his life and was a member of Stonewall Ruritan Club.

He is survived by his sister, Frances Ferguson Dinwiddie and her husband, Emory, of Appomattox; nephews Mark and Stephen Dinwiddie; and his faithful companion, Blue.

A funeral service will be held Wednesday at 2 p.m. in the Whitten-Tharpe Appomattox chapel, with interment at Liberty Baptist Church cemetery.""",
gold=[("LYH022", "survivor"), ("LYH021", "survivor")]),

dict(guid="lyh_wtfh_witcher_alberta", pub="2026-06-08T09:45:00-04:00", title="Mother Alberta Witcher (1937 - 2026)",
body="""Mother Alberta Jones Witcher, 88, of Lynchburg, transitioned to her heavenly home on Thursday, June 4, 2026.

Mother Witcher served the Jackson Street United Methodist Church as church mother for 25 years.

She was predeceased by her husband, Deacon Leroy Witcher.

She leaves to cherish her memory her son, Darnell Witcher (Monique) of Lynchburg; a daughter, Sandra Witcher of Baltimore, Md.; grandchildren Jalen, Nia and Devin; and a host of relatives and friends.

Homegoing celebration Saturday at 11 a.m. at Jackson Street UMC; eulogist, Rev. Lucius Jennings.""",
gold=[("LYH015", "survivor"), ("LYH016", "survivor")]),

dict(guid="lyh_wtfh_shelton_cordelia", pub="2026-02-14T10:20:00-05:00", title="Cordelia Mae Shelton (1928 - 2026)",
body="""Cordelia Mae Shelton, 97, formerly of Amherst, died Wednesday, February 11, 2026, at Brookdale in Roanoke.

She raised five children on Sweet Briar Farm Road and canned enough tomatoes to feed the county.

She is survived by a son, James Shelton of Roanoke; her granddaughter and namesake, Cordelia Shelton of Lynchburg; and eleven other grandchildren.

Graveside services will be held at Amherst Cemetery on Monday.""",
gold=[("LYH020", "survivor")]),

dict(guid="lyh_wtfh_camden_virgil", pub="2026-01-26T14:00:00-05:00", title="Virgil Wayne Camden (1949 - 2026)",
body="""Virgil Wayne Camden, 76, of Amherst, passed away Saturday, January 24, 2026.

A U.S. Army veteran of Vietnam, Virgil drove for Amherst County Public Schools for 28 years.

He is survived by his wife of 54 years, Peggy Camden; his daughter, Kimberly "Kim" Camden Burford and her husband, Tavis, of Amherst; and two grandsons.

Military honors will be rendered at the graveside service at Amherst Cemetery.""",
gold=[("LYH008", "survivor"), ("LYH007", "survivor")]),
]

# 3. Brief paid death notices (Central Virginia Death Notices), surname-first, plain text
NOTICES = [
dict(guid="lyh_cvdn_2026_0420", pub="2026-04-20T07:00:00-04:00", title="WINGFIELD, Harlow Peter \"Pete\"",
body="""WINGFIELD, Harlow Peter "Pete", 84, of Bedford, died April 9, 2026. Born June 14, 1941. Survived by his wife of 61 years, Doris Burnette Wingfield; sons Keith and Dale; daughter Teresa Markham. Services were held April 13 at Center Point Baptist Church. Tharp Funeral Home, Bedford.""",
gold=[]),  # later copy of lyh_hcl_obit_0412: labelled on the earlier copy only

dict(guid="lyh_cvdn_2026_0520", pub="2026-05-20T07:00:00-04:00", title="TYREE, Ella Mae",
body="""TYREE, Ella Mae, of Appomattox, entered into eternal rest Monday, May 18, 2026. Funeral Friday 1 p.m. at Liberty Baptist Church. Family will receive friends at the church one hour prior. Robinson Funeral Home, Appomattox.""",
gold=[("LYH004", "possible_deceased_client")]),

dict(guid="lyh_cvdn_2026_0522", pub="2026-05-22T07:00:00-04:00", title="LIPSCOMB, Bettie Sue",
body="""LIPSCOMB, Bettie Sue, 81, of Greensboro, N.C., died May 19, 2026. Retired from Cone Mills. Survived by her husband, Harold Lipscomb; daughter Karen Lipscomb Stout of Winston-Salem. Hanes Lineberry Funeral Home, Greensboro.""",
gold=[]),

dict(guid="lyh_cvdn_2026_0603", pub="2026-06-03T07:00:00-04:00", title="HOLT, Reba Pauline",
body="""HOLT, Reba Pauline, 82, of Forest, died June 1, 2026. Survived by daughter Priscilla "Cissy" Holt of Forest; son Dwayne Holt of Evington. Graveside service Thursday, 10 a.m., Forest Baptist Church cemetery. Whitten Funeral Home, Timberlake.""",
gold=[("LYH014", "survivor")]),

dict(guid="lyh_cvdn_2026_0610", pub="2026-06-10T07:00:00-04:00", title="GARRETT, Earline Thurman",
body="""GARRETT, Earline Thurman, 89, of Brewer, Maine, formerly of Bedford County, died June 6, 2026. Survived by her brother, Anson Thurman of Bangor, Maine; nieces and nephews. Burial in Mount Hope Cemetery, Bangor.""",
gold=[]),
]

# 4. Church bulletins (prayer list / homegoing notices), plain text
BULLETIN = [
dict(guid="lyh_bulletin_hopewell_0524", pub="2026-05-24T08:00:00-04:00", title="Homegoing: Deacon Alvin Scruggs",
body="""Our church family mourns the passing of Deacon Alvin Scruggs, 77, of Concord, who went home on Wednesday, May 20. Deacon Scruggs served Hopewell Baptist Church faithfully for 40 years.

He leaves his wife, Mother Hattie Scruggs, and his children, Andre, Celeste and Bernard. Pallbearers: Hubert Pugh, Bernard Scruggs Jr., Lonnie Ferguson and Curtis Mays. Eulogist: Rev. Lucius Jennings.

Please keep the Scruggs family in your prayers.""",
gold=[]),

dict(guid="lyh_bulletin_mtcarmel_0614", pub="2026-06-14T08:00:00-04:00", title="In Loving Memory: Mother Lula Belle Jennings",
body="""With heavy hearts we share that Mother Lula Belle Jennings, 101, of Madison Heights, the mother of our pastor, Rev. Lucius Jennings, was called home on Friday, June 12.

Mother Jennings was the oldest member of Mount Carmel Baptist Church. She is survived by her son, Rev. Lucius Jennings and his wife, First Lady Arletha Jennings, of Madison Heights; two daughters; and a great many grandchildren.

Visitation at the church Thursday evening; homegoing service Friday at 11 a.m.""",
gold=[("LYH010", "survivor")]),
]
