"""Obituaries for the hbg part, hand-labelled (gold= beside each text). Three house styles."""

# 1. The Pine Belt Ledger (Hattiesburg daily): plain text, dateline, "Name, age, of Town" titles
LEDGER = [
dict(guid="hbg_pbl_obit_26011", pub="2026-01-20T05:30:00-06:00", title="Lavelle Herrington, 88, of Moselle",
body="""MOSELLE - Lavelle Otis Herrington, 88, of Moselle passed away Saturday, January 17, 2026, at his home on the same forty acres he was born on, surrounded by family.

Mr. Herrington was born June 2, 1937, to the late Otis and Beulah Herrington. He drove a log truck for Masonite in Laurel for 31 years and was a deacon at Moselle Baptist Church. He never met a stranger, and he never let a pot of butter beans go to waste.

He was preceded in death by his wife of 59 years, Faye Bounds Herrington, and his brother, Carl Herrington.

Survivors include his daughter, Glenda (Sonny) Pittman of Petal; his son, Tim Herrington (Lisa) of Moselle; five grandchildren and nine great-grandchildren.

Visitation will be Tuesday from 5 to 8 p.m. at Moore Funeral Home in Ellisville. Services will be Wednesday at 11 a.m. at Moselle Baptist Church with Bro. Danny Welch officiating. Burial will follow in Rocky Branch Cemetery.""",
gold=[("HBG002", "survivor"), ("HBG001", "survivor")]),

dict(guid="hbg_pbl_obit_26048", pub="2026-03-05T05:30:00-06:00", title="Dorothy Jean \"Dot\" Mauldin, 89, of Columbia",
body="""COLUMBIA - Dorothy Jean "Dot" Pigott Mauldin, 89, of Columbia, died Tuesday, March 3, 2026, at Marion General Hospital.

Mrs. Mauldin was born January 12, 1937, in Tylertown to Hollis and Verna Pigott. She taught home economics at Columbia High School for 34 years, and half the wedding cakes in Marion County between 1965 and 2000 came out of her kitchen on Church Street. She was a member of First Baptist Church of Columbia and the Marion County Extension Homemakers.

She was preceded in death by her husband, Raymond Mauldin, in 2014; her parents; and her sisters, Opal Pigott Ginn and Wilma Pigott.

She is survived by her son, Randy Mauldin (Teresa) of Brandon; her daughter, Lisa Mauldin Rawls of Tylertown; four grandchildren and two great-grandchildren.

Visitation will be Thursday from 5 to 8 p.m. at Hathorn-Stringer Funeral Home, Columbia. Funeral service Friday at 2 p.m. at First Baptist Church, Dr. Chip Rayner officiating.""",
gold=[("HBG006", "deceased_client")]),

dict(guid="hbg_pbl_obit_26071", pub="2026-04-09T05:30:00-05:00", title="Lamar Keith Tisdale Sr., 84, of Hattiesburg",
body="""HATTIESBURG - Lamar Keith Tisdale Sr., 84, of Hattiesburg passed away Tuesday, April 7, 2026, at Forrest General Hospital.

Mr. Tisdale was a native of Richton and a 1963 graduate of Mississippi Southern College. He sold insurance on Hardy Street for forty years and never missed a Golden Eagles home game until his knees gave out. He was a member of Main Street United Methodist Church.

He was preceded in death by his wife, Jo Nell Tisdale, and his brother, Dewey Tisdale.

Survivors include his son, Lamar Keith Tisdale Jr. and wife Renee of Hattiesburg; his daughter, Paula Tisdale Freeman of Mobile, Ala.; grandchildren Carter, Ella Kate and Mason Tisdale.

Pallbearers will be Carter Tisdale, Mason Tisdale, Curtis Bynum, Gene Sumrall, Wade Freeman and Dale Rushing. Services will be Friday at 10 a.m. at Main Street United Methodist Church with burial in Roseland Park Cemetery.""",
gold=[("HBG004", "survivor"), ("HBG005", "survivor")]),

dict(guid="hbg_pbl_obit_26090", pub="2026-05-12T05:30:00-05:00", title="Billy Wayne Holder, 71, of Columbia",
body="""COLUMBIA - Billy Wayne Holder, 71, of Columbia, died unexpectedly Sunday, May 10, 2026, while fishing on the Pearl River, which is the way he always said he wanted to go.

Billy Wayne was born March 8, 1955, in Columbia. He worked 38 years as an electrician at the Columbia Training School and later for Pearl River Valley Electric Power Association.

He is survived by his wife of 47 years, Peggy Dunaway Holder; his daughters, Shanna Holder Dyess (Brent) of Purvis and Kayla Holder of Hattiesburg; his brother, Donnie Holder of Foxworth; and three grandsons.

Services will be Thursday at 11 a.m. at Hathorn-Stringer Funeral Home, Columbia, with Bro. Ricky Pace officiating.""",
gold=[("HBG018", "deceased_client"), ("HBG019", "spouse_of_deceased_client")]),

dict(guid="hbg_pbl_obit_26104", pub="2026-06-02T05:30:00-05:00", title="Harvey Hinton, 92, of Petal",
body="""PETAL - Harvey Clyde Hinton, 92, of Petal passed from this life on Sunday, May 31, 2026.

Mr. Hinton was a U.S. Army veteran of the Korean War and retired from Hercules in Hattiesburg after 35 years. He was a charter member of Petal Harvey Baptist Church and could be found most mornings holding court at the Petal Shell station.

He was preceded in death by his wife, Lorraine Hinton; his son-in-law, Danny Graves; and his brothers, Earl and Clifton Hinton.

He is survived by his daughter, Mary Alice Hinton Graves of Petal; his son, Ronnie Hinton (Kay) of Sumrall; six grandchildren, including Brantley Graves, and four great-grandchildren.

Pallbearers: Brantley Graves, Josh Dearman, Cody Hinton, Trey Hinton, Mike Dykes and Sonny Pittman. Services Wednesday at 2 p.m. at Petal Harvey Baptist Church.""",
gold=[("HBG014", "survivor")]),

dict(guid="hbg_pbl_obit_26117", pub="2026-06-23T05:30:00-05:00", title="Ruby Nell Pittman Stringer, 86, of Hattiesburg",
body="""HATTIESBURG - Ruby Nell Pittman Stringer, 86, of Hattiesburg, died Saturday, June 20, 2026.

Mrs. Stringer was born in Sand Hill to Ottis and Mavis Pittman. She worked at the Hattiesburg American switchboard and later as a school secretary at Thames Elementary.

She was preceded in death by her husband, Lowell Stringer, and her brothers, J.W. Pittman and Wendell Pittman.

She is survived by her daughters, Carla Stringer Key of Laurel and Donna Stringer of Brookhaven, and five grandchildren.

Services will be Thursday at 10 a.m. at True Light Missionary Baptist Church, the Rev. Otis Fairley officiating.""",
gold=[]),

dict(guid="hbg_pbl_obit_26133", pub="2026-07-15T05:30:00-05:00", title="Claudia Mae Dearman, 97, of Sumrall",
body="""SUMRALL - Claudia Mae Dearman, 97, of Sumrall, went to be with her Lord on Monday, July 13, 2026.

"Miss Claudia" was born November 4, 1928, and lived her entire life within three miles of the Sumrall depot. She taught piano to generations of Lamar County children and played for Sumrall First Baptist for 61 years.

She was preceded in death by her husband, Hollis Dearman, and her son, James Dearman.

She is survived by her grandson, Josh Dearman (Claudia) of Sumrall; her great-granddaughter and namesake, Claudia Dearman of Sumrall; a great-grandson due in August; and a host of nieces and nephews.

Services were held Wednesday at Sumrall First Baptist Church. Memorials may be made to the church music fund.""",
gold=[("HBG022", "survivor")]),
]

# 2. Longleaf & Leaf River Funeral Homes (Laurel, Collins, Hattiesburg chapels): HTML in content:encoded
FH = [
dict(guid="hbg_llfh_ernestine-blackledge-walley", pub="2026-02-10T14:00:00-06:00", title="Ernestine Blackledge Walley",
body="""Ernestine Blackledge Walley, 90, of Soso, entered into rest on Sunday, February 8, 2026, at South Central Regional Medical Center in Laurel.

She was born September 19, 1935, in the Blackledge community of Jones County to Luther and Ida Blackledge. A seamstress at the Laurel garment plant for 28 years, she made every Easter dress her nieces ever wore.

She was preceded in death by her husband, Homer Walley, and her brothers, Luther Blackledge Jr. and Grady Blackledge.

She is survived by her sister, Bobbie Sue Lott of Laurel; her son, Gary Walley of Soso; and her granddaughter, Misty Walley Ulmer of Bay Springs.

Visitation will be held at the Laurel chapel from 10 a.m. until the 11 a.m. service on Wednesday. Interment in Soso Cemetery.""",
gold=[("HBG003", "survivor")]),

dict(guid="hbg_llfh_mother-cora-lee-ainsworth", pub="2026-02-24T16:30:00-06:00", title="Mother Cora Lee Ainsworth",
body="""Celebrating the Life of Mother Cora Lee Ainsworth, 94, of Collins, who transitioned from labor to reward on Friday, February 20, 2026.

Mother Ainsworth was born in Covington County and united with Greater Mount Zion Missionary Baptist Church at an early age, where she served faithfully on the Mother's Board and in the kitchen for more than sixty years.

She leaves to cherish her memory her son, Deacon Vernell Ainsworth (Cassandra) of Collins; her daughter, Evangelist Mattie Ainsworth Pope of Chicago, Ill.; her brother, Jimmie Lee Broadus of Hattiesburg; eleven grandchildren; a host of great-grandchildren, nieces, nephews, church family and friends.

She was preceded in death by her husband, Deacon Roosevelt Ainsworth, and her parents, Isaiah and Pearl Broadus.

Homegoing services will be held Saturday at 1 p.m. at Greater Mount Zion M.B. Church, Collins, with the Rev. Otis Fairley delivering the eulogy. Pallbearers: Jarvis McLaurin, Curtis Bynum, Marcus Pope, Terrence Ainsworth, Andre Ainsworth and Keith Magee.""",
gold=[("HBG007", "survivor"), ("HBG008", "survivor")]),

dict(guid="hbg_llfh_jarvis-dewayne-mclaurin", pub="2026-03-18T11:00:00-05:00", title="Jarvis Dewayne McLaurin",
body="""Jarvis Dewayne McLaurin, 22, of Collins, was called home suddenly on Saturday, March 14, 2026, as the result of an automobile accident on Highway 49.

Jarvis was a 2022 graduate of Collins High School, where he played wide receiver for the Tigers, and was studying welding at Jones College.

He leaves to cherish his memory his parents, Dewayne and Tonya McLaurin of Collins; his sisters, Kennedy and Aaliyah McLaurin; his grandmother, Ruthie McLaurin of Mount Olive; and a host of aunts, uncles, cousins and friends.

Services will be held Saturday at 11 a.m. at the Collins chapel. Burial in Collins City Cemetery.""",
gold=[]),

dict(guid="hbg_llfh_inez-saucier-ladner", pub="2026-04-21T10:00:00-05:00", title="Inez Saucier Ladner",
body="""Inez Saucier Ladner, 91, of Lumberton passed away peacefully on Sunday, April 19, 2026.

Born in Lumberton to Adrien and Eula Saucier, Inez kept books for the Lumberton pecan shellers for four decades and was known for her fig preserves and her sharp tongue at the Tuesday rook table.

She was preceded in death by her husband, Clovis Ladner, and by her brothers, Pierre and Wilfred Saucier.

She is survived by her sister, Hazel Saucier Mixon of Purvis; her daughter, Connie Ladner Bond (Mark) of Lumberton; three grandchildren and five great-grandchildren.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Francis of Assisi Catholic Church, Lumberton.""",
gold=[("HBG017", "survivor")]),

dict(guid="hbg_llfh_ellis-boykin", pub="2026-05-27T15:00:00-05:00", title="Ellis Boykin",
body="""Ellis Boykin, 77, of Hattiesburg passed away Monday, May 25, 2026, at Longleaf Regional Medical Center.

Mr. Boykin retired from the City of Hattiesburg Public Works Department after 33 years and served his country in the U.S. Army in Vietnam. He was a member of St. Paul United Methodist Church.

He is survived by his wife, Sadie Boykin; his daughter, Kimberly Boykin-Shows (Derrick) of Hattiesburg; his son, Ellis Boykin Jr. of Memphis, Tenn.; and four grandchildren.

Services will be Saturday at noon at St. Paul United Methodist Church with interment at Highland Cemetery.""",
gold=[("HBG010", "survivor")]),

dict(guid="hbg_llfh_gwendolyn-bettis", pub="2026-07-07T12:00:00-05:00", title="Mrs. Gwendolyn Bettis",
body="""Mrs. Gwendolyn Bettis, 68, of Laurel, departed this life on Friday, July 3, 2026, at her residence.

A retired cafeteria manager for the Laurel School District, she was a faithful member of Jerusalem Baptist Church, where she sang in the Senior Choir.

She leaves to cherish her memory two daughters, Rosalind Bettis of Laurel and Sharon Bettis Young of Atlanta, Ga.; her grandchildren, Kiara Bettis and Jaylen Young; a sister, Pearlie Mae Keys of Heidelberg; and a host of other relatives and friends.

Services will be held Saturday at 11 a.m. at Jerusalem Baptist Church, Laurel.""",
gold=[("HBG020", "survivor")]),

dict(guid="hbg_llfh_lula-mae-magee", pub="2026-08-12T13:00:00-05:00", title="Lula Mae Magee",
body="""Lula Mae Magee, 88, of Mount Olive, transitioned on Sunday, August 9, 2026.

She was a retired nurse's aide at Covington County Hospital and a member of New Hope M.B. Church for seventy years.

She leaves to cherish her memory her niece, Cassandra "Cassie" Magee Ainsworth and her husband Vernell of Collins; her nephew, Keith Magee of Mount Olive; and a host of cousins and church family.

Services Saturday at 11 a.m. at New Hope M.B. Church, Mount Olive.""",
gold=[("HBG008", "survivor"), ("HBG007", "survivor")]),
]

# 3. Pine Belt Death Notices: brief paid notices, surname-first headings, plain text
NOTICES = [
dict(guid="hbg_pbdn_2026_0311", pub="2026-03-06T07:00:00-06:00", title="MAULDIN, Dorothy Jean \"Dot\"",
body="""MAULDIN, Dorothy Jean "Dot" Pigott, 89, of Columbia, died March 3, 2026. Born January 12, 1937. Retired Columbia High School home economics teacher. Preceded in death by husband Raymond. Survived by son Randy (Teresa) of Brandon and daughter Lisa Rawls of Tylertown. Services Friday 2 p.m., First Baptist Church, Columbia. Hathorn-Stringer Funeral Home.""",
gold=[]),   # second, later copy of hbg_pbl_obit_26048: labelled on the earlier copy only

dict(guid="hbg_pbdn_2026_0402", pub="2026-04-14T07:00:00-05:00", title="SUMRALL, Eugene \"Gene\"",
body="""SUMRALL, Eugene "Gene", 73, of Bakersfield, Calif., formerly of Sumrall, Miss., died April 10, 2026. Retired oil field pumper. Survived by wife Darlene and sons Travis and Cody of Bakersfield. Services in Bakersfield.""",
gold=[]),

dict(guid="hbg_pbdn_2026_0518", pub="2026-05-19T07:00:00-05:00", title="BUFKIN, Shirley Ann",
body="""BUFKIN, Shirley Ann, 79, of Seminary, died May 16, 2026. Survived by husband Ray Bufkin; daughter Renee Tisdale (Keith) of Hattiesburg; son Jody Bufkin of Seminary; five grandchildren. Services Tuesday 2 p.m., Seminary Baptist Church.""",
gold=[("HBG005", "survivor"), ("HBG004", "survivor")]),

dict(guid="hbg_pbdn_2026_0611", pub="2026-06-16T07:00:00-05:00", title="BYNUM, Curtis D.",
body="""BYNUM, Curtis D., 55, of Laurel, Mont., died June 12, 2026, at Billings Clinic. Rancher and Yellowstone County 4-H leader. Survived by wife Jolene and daughters Kaylee and Brooke. Services at Laurel (Mont.) Lutheran Church.""",
gold=[]),

dict(guid="hbg_pbdn_2026_0627", pub="2026-06-30T07:00:00-05:00", title="DUNAWAY, Horace",
body="""DUNAWAY, Horace Lee, 96, of Foxworth, died June 27, 2026. World War II Navy veteran. Preceded in death by wife Louise and son-in-law Billy Wayne Holder. Survived by daughter Peggy Holder of Columbia; son Dale Dunaway of Foxworth; seven grandchildren. Services Wednesday, Foxworth Baptist Church.""",
gold=[("HBG019", "survivor")]),

dict(guid="hbg_pbdn_2026_0915", pub="2026-09-15T07:00:00-05:00", title="SHOEMAKE, Everett L.",
body="""SHOEMAKE, Everett L., of Ellisville, died September 12, 2026. Arrangements pending with Moore Funeral Home, Ellisville.""",
gold=[("HBG021", "possible_deceased_client")]),
]
