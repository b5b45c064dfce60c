"""Obituaries for part ahn, three house styles, hand-labelled (gold=[(client_id, role)])."""

# 1. Classic City Courier (daily newspaper, Athens): plain text
COURIER = [
dict(guid="ahn_ccc_obit_0112", pub="2026-01-12T06:00:00-05:00", title="Eula Mae Hembree, 91, of Danielsville",
body="""Eula Mae Hembree, 91, of Danielsville, went home to be with the Lord on Saturday, January 10, 2026, at St. Mary's Hospital in Athens.

Born in Madison County to the late Grady and Pearlie Mae Sorrow, she was a member of Danielsville First Baptist Church for 70 years and taught three generations of Madison County children their letters in its Cradle Roll class.

Survivors include her daughter and son-in-law, Loretta and Tad Pruitt of Athens; a son, Roy Hembree of Hull; five grandchildren and nine great-grandchildren. She was preceded in death by her husband of 52 years, Clarence Hembree.

Funeral services will be held at 2 p.m. Tuesday at Danielsville First Baptist Church with the Rev. Dale Griffeth officiating. Interment will follow in the church cemetery.""",
gold=[("AHN002", "survivor"), ("AHN001", "survivor")]),

dict(guid="ahn_ccc_obit_0209", pub="2026-02-09T06:00:00-05:00", title="Sarah Kilgore Rowe, 90, of Statham",
body="""Sarah Kilgore Rowe, 90, of Statham, passed away Saturday, February 7, 2026, at her home.

Mrs. Rowe was born in Barrow County, a daughter of the late Homer and Essie Kilgore. She retired from the Barrow County school system after 31 years in the lunchroom and never let a child go through her line hungry.

She is survived by her sister, Imogene (Zeke) Thurmond of Winder; her sons, Wayne Rowe of Statham and Keith Rowe of Loganville; and several nieces and nephews. She was preceded in death by her husband, J.T. Rowe, and a brother, Homer Kilgore Jr.

Services will be held at 11 a.m. Wednesday at Smith Funeral Home chapel, Winder.""",
gold=[("AHN007", "survivor"), ("AHN006", "survivor")]),

dict(guid="ahn_ccc_obit_0318", pub="2026-03-18T06:00:00-04:00", title="Ezekiel \"Zeke\" Thurmond, 81, of Winder",
body="""Ezekiel "Zeke" Thurmond, 81, of Winder, died Monday, March 16, 2026, at Northeast Georgia Medical Center Barrow.

Born September 14, 1944, in Winder, Zeke drove a milk route for Barrow County dairies for 30 years and then ran Thurmond's Feed & Seed on Athens Street until he was 75. He was a deacon at Winder First Baptist Church and a Bulldogs season-ticket holder since 1966.

He is survived by his wife of 58 years, Imogene (Kilgore) Thurmond; his son, Dale Thurmond (Rhonda) of Auburn; his daughter, Kim Thurmond Peck of Bethlehem; and four grandchildren.

Funeral services will be held at 2 p.m. Thursday at Winder First Baptist Church. Pallbearers will be Dale Peck, Tyler Thurmond, Aubrey Nash, Ricky Hill, Travis Peck and Cody Thurmond.""",
gold=[("AHN006", "deceased_client"), ("AHN007", "spouse_of_deceased_client")]),

dict(guid="ahn_ccc_obit_0404", pub="2026-04-04T06:00:00-04:00", title="Harold Mobley, 80, of Commerce",
body="""Harold Dean Mobley, 80, of Commerce, died Thursday, April 2, 2026.

A lifelong resident of Jackson County, Harold worked 40 years at the Commerce textile mill and coached Dixie Youth baseball for most of them. He was a member of Commerce First Methodist Church.

Survivors include his brother, Harlan Mobley of Commerce; his nephew, Clem Hardigree Jr. and his wife, Vonda, of Commerce; and his faithful dog, Buster.

A graveside service will be held Sunday at Grey Hill Cemetery, the Rev. Lamar Crowe officiating.""",
gold=[("AHN004", "survivor"), ("AHN005", "survivor")]),

dict(guid="ahn_ccc_obit_0507", pub="2026-05-07T06:00:00-04:00", title="Mattie Lou Wimbish, 94, of Athens",
body="""Mother Mattie Lou Wimbish, 94, of Athens, transitioned peacefully on Monday, May 4, 2026.

She was a faithful member of Hill Chapel Baptist Church, where she served as a church mother and sang in the Senior Choir for more than 60 years. She worked for decades in the kitchens of Milledge Avenue.

She leaves to cherish her memory three daughters, Gloria Wimbish Hale, Bernice Stroud and Carolyn Wimbish, all of Athens; a granddaughter she reared, Precious Wimbish of Athens; eleven other grandchildren; and a host of great-grandchildren, nieces, nephews and church family.

Homegoing services will be held at 1 p.m. Saturday at Hill Chapel Baptist Church.""",
gold=[("AHN016", "survivor")]),

dict(guid="ahn_ccc_obit_0611", pub="2026-06-11T06:00:00-04:00", title="Wendell Pruitt, 79, of Royston",
body="""Wendell Ray Pruitt, 79, of Royston, died Tuesday, June 9, 2026.

A U.S. Army veteran, Wendell farmed in Franklin County and sold peaches from a stand on Highway 17 every summer for forty years.

He is survived by his wife, Faye Pruitt; his brother, Thaddeus "Tad" Pruitt and wife Loretta of Athens; and his daughters, Jan and Amy. He was preceded in death by his parents, Walter and Opal Pruitt.

Services will be held Friday at Royston Baptist Church.""",
gold=[("AHN001", "survivor"), ("AHN002", "survivor")]),

dict(guid="ahn_ccc_obit_0702", pub="2026-07-02T06:00:00-04:00", title="Ollie Mae Baxter, 96, of Winder",
body="""Ollie Mae Baxter, 96, of Winder, died June 30, 2026, at Winder Health Care.

She is survived by her daughter, Geraldine Baxter of Winder; her granddaughter, Tomeka (Dwayne) Heard of Winder; and her great-grandchildren, the Heard triplets, whom she held for the first time in May. She was preceded in death by her husband, Otis Baxter.

Services will be held at 12 noon Monday at Springfield Baptist Church, Winder.""",
gold=[("AHN018", "survivor")]),
]

# 2. McWhorter & Lord Funeral Home (Watkinsville and Athens): HTML in content:encoded
FH = [
dict(guid="ahn_mlfh_1001", pub="2026-01-20T10:00:00-05:00", title="Odell Pittard",
body="""Odell Wesley Pittard, age 85, of Bishop, passed away January 18, 2026.

Mr. Pittard was born in Oconee County to the late Wesley and Ila Pittard and farmed cattle off the Farmington road most of his life.

He is survived by his sister, Bobbie Nell Cagle of Watkinsville; his nieces and nephews; and his church family at Bishop Methodist. He was preceded in death by his wife, Joyce, and by his brother-in-law, Roy Cagle.

The family will receive friends from 5 to 7 Wednesday at McWhorter & Lord Funeral Home, Watkinsville.""",
gold=[("AHN003", "survivor")]),

dict(guid="ahn_mlfh_1002", pub="2026-02-14T10:00:00-05:00", title="Augustus Wade Kittle",
body="""Augustus Wade Kittle, 24, of Watkinsville, died February 11, 2026, as the result of an automobile accident on Highway 441.

"Gus" was a 2020 graduate of Oconee County High School and worked as a lineman for Walton EMC. He loved bass fishing on Lake Oconee and his truck.

He is survived by his parents, Wade and Tammy Kittle of Watkinsville; his sister, Brooke Kittle; his grandparents; and his girlfriend, Kaylee Dunn.

Services will be held at 3 p.m. Sunday at Watkinsville First Baptist Church.""",
gold=[]),

dict(guid="ahn_mlfh_1003", pub="2026-03-03T10:00:00-05:00", title="Luther Bagwell",
body="""Luther Franklin Bagwell, 79, of Jefferson, went to be with his Lord on March 1, 2026.

Mr. Bagwell owned Bagwell Tire in Jefferson for 35 years. He is survived by his wife of 55 years, Nell Bagwell; his daughter and son-in-law, Sherrie and Neil Aderhold of Bogart; and his granddaughter, Emma Aderhold.

Funeral services will be held Thursday at 2 p.m. in the chapel, the Rev. Lamar Crowe officiating.""",
gold=[("AHN014", "survivor"), ("AHN013", "survivor")]),

dict(guid="ahn_mlfh_1004", pub="2026-04-15T10:00:00-04:00", title="Cora Bell Hutchins",
body="""Cora Bell Tate Hutchins, 89, of Athens, passed away April 12, 2026.

Mrs. Hutchins was a seamstress who altered half the wedding dresses in Athens. She was preceded in death by her husband, Nathaniel Hutchins, and her nephew, Jubal Eberhart Sr.

Survivors include her sister, Ruby Jean Fortson of Athens; her son, Marcus Hutchins of Atlanta; and four grandchildren.

A celebration of life will be held Saturday at Ebenezer Baptist Church West.""",
gold=[("AHN020", "survivor")]),

dict(guid="ahn_mlfh_1005", pub="2026-05-19T10:00:00-04:00", title="Eldon Dockery",
body="""Eldon Ray Dockery, 88, of Athens, died May 17, 2026, at St. Mary's Hospice House.

Eldon taught chemistry at Clarke Central High School for 34 years. He is survived by his daughter, Marguerite Vance of Athens; his son, Phillip Dockery of Greenville, S.C.; and three grandchildren. His wife, Frances, preceded him in death.

Memorial service Saturday at 11 a.m. at Oconee Street United Methodist Church.""",
gold=[("AHN008", "survivor")]),

dict(guid="ahn_mlfh_1006", pub="2026-08-22T10:00:00-04:00", title="Clyde Scoggins",
body="""Clyde Edward Scoggins, 83, of the Farmington community of Oconee County, died August 20, 2026.

Clyde is survived by his wife, Dot Scoggins; his son, Randy Scoggins of Bogart; and his sister-in-law, Winnie Scoggins of Watkinsville, widow of his late brother, Harold.

Graveside service Monday at Farmington Methodist Church cemetery.""",
gold=[("AHN012", "survivor")]),
]

# 3. Jackson-Barrow Herald paid death notices: short, surname-first headings
NOTICES = [
dict(guid="ahn_jbh_dn_0320", pub="2026-03-20T05:00:00-04:00", title="THURMOND, Ezekiel \"Zeke\"",
body="""THURMOND, Ezekiel "Zeke", 81, of Winder, died March 16, 2026. Born September 14, 1944. Survived by his wife of 58 years, Imogene (Kilgore) Thurmond; son Dale; daughter Kim Thurmond Peck. Services Thursday at Winder First Baptist Church. Smith Funeral Home, Winder.""",
gold=[]),  # second copy of ahn_ccc_obit_0318: labelled on the earlier copy only

dict(guid="ahn_jbh_dn_0425", pub="2026-04-25T05:00:00-04:00", title="STRICKLAND, Delphine",
body="""STRICKLAND, Delphine, of Winder, died April 22, 2026. Arrangements by Smith Funeral Home, Winder.""",
gold=[("AHN010", "possible_deceased_client")]),

dict(guid="ahn_jbh_dn_0501", pub="2026-05-01T05:00:00-04:00", title="SCOGGINS, Winifred",
body="""SCOGGINS, Winifred, 87, of Gainesville, Florida, formerly of Ocala, died April 27, 2026. Survived by daughters Ann and Sue. Services in Gainesville, Fla.""",
gold=[]),

dict(guid="ahn_jbh_dn_0529", pub="2026-05-29T05:00:00-04:00", title="TATE, James Earl",
body="""TATE, James Earl, 77, of Athens, died May 26, 2026. Survived by wife, Minnie; son, Darnell. Pallbearers: Rashad Bivins, Kelvin Tate, Marcus Hutchins, Jerome Hill. Services Saturday at Hill Chapel Baptist Church.""",
gold=[]),

dict(guid="ahn_jbh_dn_0612", pub="2026-06-12T05:00:00-04:00", title="TOLBERT, Benjamin",
body="""TOLBERT, Benjamin, 86, of Commerce, died June 9, 2026. Retired rural mail carrier. Survived by his son, Michael Tolbert of Commerce; grandson, Ben Tolbert of Athens, who was named for him; and granddaughter, Lacey. Services Sunday at Commerce First Baptist.""",
gold=[("AHN021", "survivor")]),

dict(guid="ahn_jbh_dn_0715", pub="2026-07-15T05:00:00-04:00", title="CROWE, Lamar",
body="""CROWE, Lamar, 58, of Macon, died July 12, 2026. Survived by his wife, Angela; sons Tre and Jordan. Services at Mabel White Baptist Church, Macon.""",
gold=[]),
]
