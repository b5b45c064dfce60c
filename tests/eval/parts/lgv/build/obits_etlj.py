"""East Texas Ledger-Journal (Longview daily) obituaries: newspaper house style, plain text. Hand-labelled."""

ITEMS = [
dict(guid="lgv_etlj_obit_2026_0311", pub="2026-03-11T05:00:00-06:00", title="Lavonne Hollingsworth Teague",
body="""Lavonne Hollingsworth Teague, 80, of Longview passed away Sunday, March 8, 2026, at Longview Regional Medical Center.

Lavonne was born June 2, 1945, in Judson to Elmer and Pauline Hollingsworth. She graduated from Pine Tree High School and worked 31 years in the office of the Gregg County Tax Assessor. She was a lifelong member of Mobberly Baptist Church, where she taught the four-year-olds' Sunday school class for longer than anyone can remember.

She was preceded in death by her husband of 52 years, Jimmy Don Teague; her parents; and a brother, Elmer "Sonny" Hollingsworth Jr.

She is survived by her sons, Randy Teague and wife Cheryl of Tyler and Kevin Teague of Hallsville; her sister, Bobbie Sue (Wendell) Pruitt of Longview; five grandchildren and three great-grandchildren.

Pallbearers will be Harlan Youngblood, Cody Teague, Blake Teague, Ronnie Hatcher, Dale Spivey and Trent Pruitt.

Funeral services will be held at 10 a.m. Friday at Mobberly Baptist Church with Dr. Gary Lott officiating. Interment will follow at Rosewood Park.""",
gold=[("LGV002", "survivor"), ("LGV001", "survivor")]),

dict(guid="lgv_etlj_obit_2026_0415", pub="2026-04-15T05:00:00-05:00", title="Thaddeus Wade Beckwith",
body="""Thaddeus Wade Beckwith, 19, of Hallsville died Saturday, April 11, 2026, in a vehicle accident on Interstate 20.

Wade was born May 6, 2006, in Longview. He graduated from Hallsville High School in 2024, where he played offensive line for the Bobcats, and was in his second year of the welding program at Kilgore College. He loved deer camp, his truck and his little sister.

He is survived by his parents, Cody and Amber Beckwith of Hallsville; his sister, Paisley Beckwith; his grandfather, Thaddeus "Tad" Beckwith of Hallsville, for whom he was named; his grandmother, Connie Lusk of Marshall; and a host of aunts, uncles and cousins.

He was preceded in death by his grandmother, Ilene Beckwith.

Visitation will be 6 to 8 p.m. Thursday at the funeral home. Services will be held at 2 p.m. Friday at First Baptist Church Hallsville.""",
gold=[("LGV010", "survivor")]),

dict(guid="lgv_etlj_obit_2026_0602", pub="2026-06-02T05:00:00-05:00", title="Earnestine L. Gatewood",
body="""BEAUMONT - Earnestine Lorraine Gatewood, 91, of Beaumont went home to be with the Lord on May 28, 2026.

She was born Feb. 4, 1935, in Port Arthur and retired from the Beaumont Independent School District after 34 years as a cafeteria manager. She was a faithful member of Antioch Missionary Baptist Church.

She leaves to cherish her memory her daughters, Denise Gatewood-Hall of Houston and Cynthia Gatewood of Beaumont; seven grandchildren; and many nieces and nephews.

Services will be held at 11 a.m. Saturday at Antioch Missionary Baptist Church, Beaumont.""",
gold=[]),

dict(guid="lgv_etlj_obit_2026_0709", pub="2026-07-09T05:00:00-05:00", title="Floyd Everett Mabry",
body="""Floyd Everett Mabry, 94, of Longview passed peacefully on July 6, 2026, at his home on Oak Forest Drive, where he had lived with his daughter's family since 2019.

Floyd was born March 19, 1932, in Ore City. He served in the U.S. Army in Korea, then spent 38 years at the Eastman plant. He never missed a Longview Lobos home game in 50 years.

He is preceded in death by his wife, Lorene Mabry, and his son, Gary Mabry.

Survivors include his daughter, Mrs. Harlan (Charlene) Youngblood of Longview; grandchildren Tyler Youngblood and Kendra Youngblood Maddox; and one great-grandson.

A graveside service with military honors will be held at 10 a.m. Saturday at Memory Park Cemetery, Rev. Marquise Pettaway officiating.""",
gold=[("LGV011", "survivor"), ("LGV012", "survivor")]),

dict(guid="lgv_etlj_obit_2026_0818", pub="2026-08-18T05:00:00-05:00", title="Patsy Ruth Delk Overstreet",
body="""Patsy Ruth Delk Overstreet, 77, of Kilgore died Friday, Aug. 14, 2026.

Patsy was born in Overton and worked as a bookkeeper for Kilgore oilfield supply houses for 40 years. She was a member of First Methodist Church of Kilgore and the Rangerettes Alumni Association.

She was preceded in death by her first husband, Marvin Delk, in 1987; her second husband, Roy Overstreet; and her parents.

She is survived by her son, Travis Delk of Midland; her stepdaughter, Angela Overstreet Finch of Tyler; and four grandchildren.

A memorial service will be at 3 p.m. Wednesday at First Methodist Church of Kilgore.""",
gold=[]),

dict(guid="lgv_etlj_obit_2026_1104", pub="2026-11-04T05:00:00-06:00", title="Virgil Lee Tubb",
body="""Virgil Lee Tubb, 81, of Gladewater passed away Sunday, Nov. 1, 2026, at his home surrounded by his family.

Virgil was born June 22, 1945, in Gladewater to Luther and Ora Tubb. He roughnecked in the East Texas Field as a young man, then owned and operated Tubb's Hardware on Main Street for 41 years. He was a deacon at First Baptist Church Gladewater and served on the Gladewater ISD board.

He was preceded in death by his parents and his brother, Luther Tubb Jr.

He is survived by his wife of 58 years, Imogene (Cargile) Tubb; his sons, Russell Tubb and wife Lisa of Gladewater and Darren Tubb of Longview; his daughter, Sheila Tubb Kemp of Big Sandy; eight grandchildren and two great-grandchildren.

Pallbearers will be his grandsons. Services will be held at 2 p.m. Thursday at First Baptist Church Gladewater, with burial at Gladewater Memorial Park.""",
gold=[("LGV013", "deceased_client"), ("LGV014", "spouse_of_deceased_client")]),
]
