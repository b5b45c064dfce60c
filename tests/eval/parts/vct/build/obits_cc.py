"""The Crossroads Chronicle (Victoria daily): newspaper obituaries, datelined, plain text. Hand-labelled."""

FEED = "cc"
ITEMS = [
dict(guid="vct_cc_obit_260108", pub="2026-01-08T05:00:00-06:00", title="Wilhelm \"Willie\" Kusserow",
body="""CUERO - Wilhelm Otto "Willie" Kusserow, 84, of Cuero passed away Sunday, January 4, 2026, at Cuero Regional Hospital surrounded by his family.

He was born October 14, 1941, in Meyersville to the late Otto and Alma (Thieme) Kusserow. Willie graduated from Cuero High School in 1959 and served two years in the U.S. Army at Fort Hood. He farmed and ran cattle on the family place on the Guadalupe River for more than fifty years and was a member of St. Mark's Lutheran Church, the Cuero Turkeyfest board and the DeWitt County Farm Bureau. Nobody at the sale barn could guess a calf's weight closer than Willie.

He is survived by his wife of 61 years, Lorene (Dornburg) Kusserow of Cuero; sons Dale Kusserow (Tammy) of Cuero and Kent Kusserow of Seguin; five grandchildren and two great-grandchildren. He was preceded in death by his parents and his brother, Arno Kusserow.

Visitation will be held Thursday from 5 to 7 p.m. at Buhler-Dietze Funeral Home in Cuero. Funeral service will be Friday at 10 a.m. at St. Mark's Lutheran Church with Pastor Glenn Riedesel officiating. Interment will follow at Hillside Cemetery.

Pallbearers will be Cody Kusserow, Brandon Kusserow, Leroy Boehm Jr., Wade Thieme, Russell Dornburg and Jimmy Lott.

Memorials may be made to St. Mark's Lutheran Church or the Cuero Volunteer Fire Department.""",
gold=[("VCT001", "deceased_client"), ("VCT002", "spouse_of_deceased_client")]),

dict(guid="vct_cc_obit_260115", pub="2026-01-15T05:00:00-06:00", title="Alvin J. Kubena",
body="""HALLETTSVILLE - Alvin Joseph Kubena, 90, of Hallettsville died Monday, January 12, 2026, at his home.

He was born March 19, 1935, in Vsetin, Lavaca County, to the late Joe and Agnes (Kahanek) Kubena. Alvin was a lifelong member of Sacred Heart Catholic Church, the KJT and the SPJST Lodge, and he played the accordion at every Czech dance between Moulton and Hallettsville for forty years.

He is survived by his daughter, Mary Lou Janak of Yoakum; his son, Dennis Kubena and wife Rita of Hallettsville; seven grandchildren and eleven great-grandchildren. He was preceded in death by his wife, Emilie (Sulak) Kubena; his son-in-law, Ronald Janak; and his sisters, Lillie and Rosie.

Rosary will be recited Thursday at 7 p.m. at Kubena Funeral Home. Funeral Mass will be Friday at 10 a.m. at Sacred Heart Catholic Church, with Father Joseph Vrana officiating. Burial in Sacred Heart Cemetery.""",
gold=[("VCT003", "survivor")]),

dict(guid="vct_cc_obit_260127", pub="2026-01-27T05:00:00-06:00", title="Herlinda G. Villarreal",
body="""VICTORIA - Herlinda Garcia Villarreal, 88, entered into eternal rest on Friday, January 23, 2026, in Victoria.

She was born June 2, 1937, in Goliad to Santiago and Petra Garcia. Herlinda cooked at the Victoria ISD central kitchen for 27 years and made tamales every Christmas for half of the Our Lady of Lourdes parish. She was a Guadalupana and a devoted grandmother.

She is survived by her son, Gustavo "Gus" Villarreal of Victoria; her daughters, Yolanda De La Garza and husband Ramiro of Victoria and Rosa Villarreal of Corpus Christi; 11 grandchildren and 9 great-grandchildren. She was preceded in death by her husband, Gilberto Villarreal, and her son, Gilbert Jr.

Rosary will be recited Wednesday at 7 p.m. at Rosewood Funeral Chapel. Mass of Christian Burial will be celebrated Thursday at 10 a.m. at Our Lady of Lourdes Catholic Church. Interment will follow at Resurrection Cemetery.""",
gold=[("VCT014", "survivor"), ("VCT007", "survivor"), ("VCT006", "survivor")]),

dict(guid="vct_cc_obit_260203", pub="2026-02-03T05:00:00-06:00", title="Marcus A. Oliphant Sr.",
body="""Marcus Aurelius Oliphant Sr., 91, of Tulsa, Oklahoma, died January 29, 2026.

Born in Edna in 1934, Marcus was a Jackson County boy who left for the oil fields of Oklahoma in 1956 and stayed. He retired from Sunray DX as a pipeline superintendent and was a deacon of the Greenwood Avenue Baptist Church for 35 years.

He is survived by his son, Charles Oliphant of Tulsa; his daughter, Evelyn Boyd of Houston; his grandson and namesake, Marcus Oliphant of Victoria; five other grandchildren; and his sister, Ruby Harper of Edna. He was preceded in death by his wife, Hazel.

Services were held in Tulsa. A memorial gathering will be held at Mount Zion Baptist Church in Edna on February 14 at 2 p.m.""",
gold=[("VCT019", "survivor")]),

dict(guid="vct_cc_obit_260212", pub="2026-02-12T05:00:00-06:00", title="Travis Wade Pargmann",
body="""INEZ - Travis Wade Pargmann, 22, of Inez, was called home on Sunday, February 8, 2026, following an accident on U.S. 59.

Travis was born August 5, 2003, in Victoria to Dale and Connie Pargmann. He graduated from Industrial High School in 2022, where he played on the Cobras football team and showed steers for the Inez 4-H. He was working as a lineman apprentice for Victoria Electric Cooperative.

He is survived by his parents, Dale and Connie Pargmann of Inez; his sister, Kaitlyn Pargmann; his grandparents, Roy and Darlene Pargmann of Inez; and his girlfriend, Alyssa Hinojosa.

Visitation Friday 5 to 8 p.m. at Grace Funeral Home, Victoria. Service Saturday 11 a.m. at First Baptist Church of Inez.""",
gold=[]),

dict(guid="vct_cc_obit_260224", pub="2026-02-24T05:00:00-06:00", title="Edna Fikac",
body="""CUERO - Edna Marie Fikac, 95, of Cuero passed away February 21, 2026, at Cuero Park Nursing Home.

Edna was born April 30, 1930, near Westhoff to Anton and Mary (Hrncir) Pavlik. She married Joe Fikac in 1949 and together they ran Fikac's Grocery on Esplanade Street until 1988. She never missed Sunday Mass at St. Michael's and was known for her kolaches at the church bazaar.

Survivors include her daughter-in-law, Carolyn Fikac of Cuero, who cared for her lovingly; her grandchildren, Jason Fikac of Victoria and Amanda Rios of Austin; and four great-grandchildren. She was preceded in death by her husband, Joe Fikac; her son, Gilbert Fikac; and her brothers, Frank and Ludwig Pavlik.

Rosary will be prayed Tuesday at 6 p.m. at Freund Funeral Home. Mass of Christian Burial will be Wednesday at 10 a.m. at St. Michael's Catholic Church.""",
gold=[("VCT018", "survivor")]),

dict(guid="vct_cc_obit_260305", pub="2026-03-05T05:00:00-06:00", title="Benno Bludau",
body="""CUERO - Benno Henry Bludau, 89, died March 2, 2026, in Cuero.

He was born in Yorktown in 1936 to the late Henry and Louise Bludau. Benno worked 33 years for the Texas Department of Transportation, hunted deer on the same lease for 60 years, and played the tuba with the Cuero German band at every Turkeyfest.

He is survived by his sister, Carolyn Fikac of Cuero; his nephew, Leroy Boehm Jr. and wife Stacy of Cuero; and numerous nieces and nephews. He was preceded in death by his wife, Ottilie, and his sister, Erna Boehm.

Funeral service Saturday at 2 p.m. at Buhler-Dietze Funeral Home, with the Rev. Dwight Hermes officiating. Burial at Yorktown City Cemetery.""",
gold=[("VCT018", "survivor"), ("VCT009", "survivor")]),

dict(guid="vct_cc_obit_260318", pub="2026-03-18T05:00:00-05:00", title="Dorothy Strauch Meyer",
body="""PORT LAVACA - Dorothy Ann Strauch Meyer, 80, of Port Lavaca, passed away March 15, 2026, at Memorial Medical Center.

Dorothy was born in Port Lavaca to Walter and Hilda Strauch and lived her whole life within sight of Lavaca Bay. She taught third grade at Jackson Elementary for 31 years and sang alto in the Grace Episcopal choir.

She is survived by her sister, Reba Jean Strauch of Port Lavaca; her sons, Paul Meyer of Victoria and Mark Meyer of Rockport; and six grandchildren. She was preceded in death by her husband, Harold Meyer.

Services Saturday at 11 a.m. at Grace Episcopal Church. Pallbearers: Paul Meyer, Mark Meyer, Kyle Wendel, Troy Hawes, Shane Clapp and Danny Marek.""",
gold=[("VCT020", "survivor")]),

dict(guid="vct_cc_obit_260409", pub="2026-04-09T05:00:00-05:00", title="Ramiro \"Ray\" De La Garza",
body="""SAN ANTONIO - Ramiro "Ray" De La Garza, 47, of San Antonio, passed away April 5, 2026, at University Hospital.

Ray was born in Laredo in 1978 to Ramiro Sr. and Elva De La Garza. He was a welder at the Toyota plant in south San Antonio and coached Little League at the Harlandale fields for fifteen years.

He is survived by his wife, Norma; his daughters, Alexis and Marissa; his mother, Elva De La Garza of Laredo; and his brothers, Javier and Ruben. He was preceded in death by his father.

Rosary and Mass were held at St. Leo the Great Catholic Church in San Antonio. The family has ties to Victoria through Norma's parents, Arturo and Nilda Salinas.""",
gold=[]),
]
