"""Obituaries for the mkl part, four house styles. Hand-labelled: gold=[(client_id, role)]."""

# 1. newspaper: "The West Tennessee Ledger" (Jackson), plain text, "Name, age, of Town" headings
LEDGER = [
dict(guid="mkl_wtl_obit_26_0112", pub="2026-01-12T05:00:00-06:00", title="Mattie Pearl Cranford, 97, of Jackson",
body="""JACKSON - Mattie Pearl Cranford, 97, of Jackson, went home to be with her Lord on Friday, January 9, 2026, at Jackson-Madison County General Hospital.

Mrs. Cranford was born October 2, 1928, in the Pinson community to the late Lorenzo and Ollie Mae Bray. She taught home economics at Jackson Central-Merry for 31 years, and there is hardly a family in Madison County that does not own one of her caramel cake recipes, written out by hand on an index card. She was a charter member of West Jackson Baptist Church.

She is survived by her daughter, Glenda Pruett (Tad) of Jackson; her son, Roger Cranford (Sue) of Bemis; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband of 58 years, J.W. Cranford, and a sister, Frances Bray Lott.

Services will be held at 1 p.m. Tuesday at West Jackson Baptist Church with Rev. Elijah Mosby and Bro. Dale Ensor officiating. Burial will follow at Highland Memorial Gardens. Pallbearers will be Bart Yarbro, Kyle Cranford, Nathan Pruett, Drew Pruett, Marcus Tharpe and Jesse Lott. Arrangements by Arnold & Sons Funeral Home.""",
gold=[("MKL002", "survivor"), ("MKL001", "survivor")]),

dict(guid="mkl_wtl_obit_26_0209", pub="2026-02-09T05:00:00-06:00", title="Thaddeus Lane Pruett, 19, of Jackson",
body="""JACKSON - Thaddeus Lane "T.J." Pruett, 19, of Jackson, died Thursday, February 5, 2026, as the result of an automobile accident on Highway 45 Bypass.

T.J. was a 2024 graduate of South Side High School, where he played baseball for the Hawks, and was studying diesel technology at TCAT Jackson. He loved to fish Beech Lake with his papaw and never met a dog he didn't like.

He is survived by his parents, Lane and Kristy Pruett of Jackson; a sister, Macy Pruett; his grandparents, Terry and Ann Pruett of Denmark and Gail Hollis of Beech Bluff; and a host of aunts, uncles and cousins.

Visitation will be from 4 to 8 p.m. Monday at Arnold & Sons Funeral Home. The funeral will be at 11 a.m. Tuesday at Englewood Baptist Church.""",
gold=[]),

dict(guid="mkl_wtl_obit_26_0302", pub="2026-03-02T05:00:00-06:00", title="Odell Spellings Sr., 87, of Milan",
body="""MILAN - Deacon Odell Spellings Sr., 87, of Milan, departed this life Wednesday, February 25, 2026, at Milan General Hospital.

He was born in Gibson County and worked 34 years at the Milan Army Ammunition Plant before retiring as a line foreman. He served as chairman of the deacon board at St. Paul C.M.E. Church for more than two decades and could still recite the whole of the 91st Psalm from memory.

He leaves to cherish his memory his son, Odell Spellings Jr. (Bernice) of Milan; two daughters, Carolyn Spellings Ware (Leon) of Chicago and Doris Spellings of Memphis; a sister-in-law, Mae Ella Spellings of Humboldt; eleven grandchildren and a host of great-grandchildren. He was preceded in death by his wife, Willie Mae Spellings, and his brothers, Ernest and Lonnie Spellings.

Homegoing services will be held at noon Saturday at St. Paul C.M.E. Church, Milan. Interment in Oakwood Cemetery. Pallbearers: Marcus Tharpe, Cedric Ware, Jamal Spellings, DeAndre Spellings, Harlan Moody and Tyrone Ware. Mitchell Funeral Home of Milan in charge.""",
gold=[("MKL004", "survivor"), ("MKL005", "survivor")]),

dict(guid="mkl_wtl_obit_26_0414", pub="2026-04-14T05:00:00-05:00", title="Lonnie Whitsitt III, 24, of Jackson",
body="""JACKSON - Lonnie Earl Whitsitt III, 24, of Jackson, passed away Friday, April 10, 2026.

Lonnie was a 2020 graduate of Humboldt High School and worked as a lineman for Southwest Tennessee Electric Membership Corporation. He was a deacon in training at Greater Bethel A.M.E. and was always the first one up a pole after a storm.

He is survived by his parents, Lonnie Whitsitt Jr. and Tonya Whitsitt of Jackson; his brother, Marquis Whitsitt; his grandfather, Lonnie Whitsitt Sr. of Humboldt, for whom he was named; his grandmother, Dorothy Harris of Brownsville; and his fiancee, Brianna Cole.

Services will be held at 1 p.m. Saturday at Greater Bethel A.M.E. Church, Humboldt. Burial will follow in Rose Hill Cemetery. Bledsoe & Sons Mortuary, Humboldt, is in charge of arrangements.""",
gold=[("MKL021", "survivor")]),

dict(guid="mkl_wtl_obit_26_0520", pub="2026-05-20T05:00:00-05:00", title="Cletus Ray Varnell, 81, of Jackson",
body="""JACKSON - Cletus Ray "Clete" Varnell, 81, of Jackson, passed away Sunday, May 17, 2026, at his home surrounded by his family.

Mr. Varnell was born August 21, 1944, in Scotts Hill to the late Arlis and Velma Varnell. He served in the U.S. Army in Germany and then spent 36 years with Procter & Gamble's Jackson plant. He was a member of Northside Church of Christ, a lifelong Vols fan and a fine judge of a tomato.

He is survived by his wife of 60 years, Imogene Rushing Varnell; two sons, Keith Varnell (Tammy) of Medon and Dwight Varnell of Nashville; a daughter, Lisa Varnell Crowe (Brent) of Lexington; seven grandchildren; and a brother, Hollis Varnell of Parsons. He was preceded in death by a sister, Reba Varnell Tucker.

Funeral services will be at 2 p.m. Thursday at George A. Smith & Sons Funeral Home with Bro. Wade Kirby officiating. Burial in Ridgecrest Cemetery.""",
gold=[("MKL007", "deceased_client"), ("MKL008", "spouse_of_deceased_client")]),

dict(guid="mkl_wtl_obit_26_0611", pub="2026-06-11T05:00:00-05:00", title="Lavonia Bledsoe, 77, of Flint, Michigan",
body="""Lavonia Marie Bledsoe, 77, of Flint, Michigan, formerly of Brownsville, died Saturday, June 6, 2026, at Hurley Medical Center in Flint.

Born in Haywood County, she moved north in 1968 and worked 30 years for General Motors at the Buick City complex. She was a faithful member of Mount Olive Missionary Baptist Church in Flint.

She is survived by her daughters, Angela Bledsoe and Kim Bledsoe Harris of Flint; a brother, Otis Sanders of Brownsville; and six grandchildren.

Services will be held in Flint. A graveside service will follow at Oakwood Cemetery in Brownsville on June 15 at 11 a.m. Haywood Funeral Home, Brownsville.""",
gold=[]),

dict(guid="mkl_wtl_obit_26_0707", pub="2026-07-07T05:00:00-05:00", title="Wilma Jean Hollingsworth, 86, of Trenton",
body="""TRENTON - Wilma Jean Tidwell Hollingsworth, 86, of Trenton, passed away Saturday, July 4, 2026, at Trenton Health and Rehabilitation.

Mrs. Hollingsworth was born June 11, 1940, in Kenton to the late Cecil and Lula Tidwell. She kept the books for Hollingsworth Tractor Co. for forty years and served on the Teapot Festival committee longer than anyone can remember; her own collection of 212 teapots will go to the Trenton museum.

She is survived by her son, Curtis Hollingsworth Jr. (Debra) of Trenton; her daughter, Paula Hollingsworth Yates of Dyer; a sister, Reba Faye McNatt of Medina; four grandchildren and three great-grandchildren. She was preceded in death by her husband, Curtis Hollingsworth, in 2014.

Visitation will be 5 to 7 p.m. Wednesday at Karnes & Son Funeral Home, Trenton. Funeral Thursday at 11 a.m. at First Baptist Church of Trenton, Rev. Phil Hardee officiating.""",
gold=[("MKL003", "deceased_client"), ("MKL013", "survivor")]),
]

# 2. funeral home site: "Forked Deer Funeral Chapels" (Jackson, Humboldt, Lexington), HTML in content:encoded
FUNERAL_HOME = [
dict(guid="mkl_fdfc_2026_varnell_cletus", pub="2026-05-21T08:30:00-05:00", title="Cletus \"Clete\" Varnell",
body="""Cletus Ray "Clete" Varnell, age 81, of Jackson, Tennessee, passed from this life on Sunday, May 17, 2026, at his home with his family by his side.

Clete was born August 21, 1944, in Scotts Hill, Tennessee. After service in the U.S. Army he worked 36 years at Procter & Gamble in Jackson. He loved his garden, his grandchildren and the Tennessee Volunteers, in about that order.

He leaves his wife of 60 years, Imogene Rushing Varnell; sons Keith (Tammy) Varnell and Dwight Varnell; daughter Lisa (Brent) Crowe; seven grandchildren; and brother Hollis Varnell.

Services: Thursday, May 21, 2 p.m., at the chapel of George A. Smith & Sons. Interment Ridgecrest Cemetery. This notice is shared with Forked Deer Funeral Chapels by the family.""",
gold=[]),  # later copy of mkl_wtl_obit_26_0520: labelled on the earlier copy only

dict(guid="mkl_fdfc_2026_kizer_naomi", pub="2026-03-19T14:00:00-05:00", title="Naomi Ruth Kizer",
body="""Naomi Ruth Kizer, 79, of Lexington, Tennessee, passed away Tuesday, March 17, 2026, at Henderson County Community Hospital.

Naomi was born in Sardis and married Harold Kizer in 1965. She worked in the cafeteria at Lexington High School for 28 years and never let a child go hungry, whether they had lunch money or not. She was a member of Sardis Methodist Church and loved quilting, crosswords and Beech River catfish.

Survivors include her son, Royce Kizer and his wife Shelby Ann of Lexington; her daughter, Tina Kizer Pope of Jackson; a brother, Gene Lowery of Scotts Hill; and four grandchildren. She was preceded in death by her husband, Harold, and her parents.

Visitation will be held Friday from 4 to 7 p.m. at Forked Deer Funeral Chapels, Lexington. The funeral will be Saturday at 11 a.m. in the chapel, Bro. Aubrey Coffman and Rev. Jack Tull officiating. Burial in Lexington Cemetery.""",
gold=[("MKL009", "survivor")]),

dict(guid="mkl_fdfc_2026_ruiz_aurelio", pub="2026-04-02T11:15:00-05:00", title="Aurelio Ruiz Medina",
body="""Aurelio Ruiz Medina, 74, of Jackson, Tennessee, passed away on March 30, 2026, at West Tennessee Healthcare.

Don Aurelio was born in Tamazula, Jalisco, Mexico, and came to West Tennessee in 1994 to work in the fields and later in construction. He was a founding member of the Spanish-speaking community at St. Mary's Catholic Church.

He is survived by his wife, Guadalupe Ruiz; his daughter, Rosa Elena Cárdenas (Efraín) of Jackson; his sons, Aurelio Ruiz Jr. of Humboldt and Javier Ruiz of Guadalajara; and nine grandchildren.

Le sobreviven su esposa Guadalupe; su hija Rosa Elena Cárdenas y su esposo Efraín; sus hijos Aurelio y Javier; y nueve nietos.

A Rosary will be prayed Thursday at 7 p.m. at the Jackson chapel. The Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Mary's Catholic Church. Burial in Hollywood Cemetery.""",
gold=[("MKL014", "survivor")]),

dict(guid="mkl_fdfc_2026_talley_corinne", pub="2026-05-04T10:00:00-05:00", title="Corinne Currie Talley",
body="""Corinne Currie Talley, 80, of Memphis, formerly of Jackson, entered into eternal rest on April 29, 2026.

A graduate of Merry High School and Lane College, Mrs. Talley taught English in the Memphis City Schools for 35 years and was a proud member of Alpha Kappa Alpha Sorority.

She leaves to cherish her memory her son, Dr. Russell Talley of Atlanta; her sister, Lavonia "Vonnie" Bledsoe of Jackson; a brother, Theodore Currie (Glenda) of Memphis; and a host of nieces, nephews and friends. She was preceded in death by her husband, Alvin Talley, and her brother, Grady Currie.

A homegoing celebration will be held Saturday at 11 a.m. at Mother Liberty C.M.E. Church, Jackson, Rev. Elijah Mosby, eulogist. Interment Mt. Zion Cemetery.""",
gold=[("MKL006", "survivor")]),

dict(guid="mkl_fdfc_2026_latham_hubert", pub="2026-06-23T09:30:00-05:00", title="Hubert Latham",
body="""Hubert Eugene Latham, 90, of Medina, Tennessee, passed away Saturday, June 20, 2026.

Mr. Latham farmed cotton and soybeans on the same ground off Highway 152 for seventy years and served on the Gibson County Farm Bureau board. He was a Korean War veteran.

He is survived by his daughters, Joyce Latham Brewer of Medina and Carol Latham of Atlanta; five grandchildren; and eleven great-grandchildren. He was preceded in death by his wife, Mavis, and his brother, Grady Sorrells Latham.

Funeral services were held Tuesday at Forked Deer Funeral Chapels, Humboldt, with Bro. Aubrey Coffman officiating. Pallbearers were Bart Yarbro, Grady Sorrells, Tim Brewer, Cody Brewer, Luke Brewer and Wendell Outlaw. Burial in Medina Cemetery.""",
gold=[]),

dict(guid="mkl_fdfc_2026_brashear_opal", pub="2026-08-04T15:00:00-05:00", title="Opal Brashear",
body="""Opal Inez Brashear, 93, of Milan, Tennessee, went to be with the Lord on August 2, 2026, at the home of her granddaughter.

Opal was born in Atwood and ran the Brashear Beauty Shop on Milan's square for 41 years. She sang alto in the choir at Milan First Baptist Church until she was 90.

She is survived by her son, Danny Brashear (Vicki) of Bradford; her granddaughter, Kaylee Brashear Hooper (Colton) of Milan, who cared for her in her last years; two other grandchildren; and four great-grandchildren, including the newest, Harper Opal Hooper. She was preceded in death by her husband, Carl Brashear, and her son, Mike Brashear.

Graveside services will be Thursday at 10 a.m. at Oakwood Cemetery, Milan.""",
gold=[("MKL022", "survivor")]),
]

# 3. church bulletin: Greater New Hope Missionary Baptist Church, Jackson ("Bereavement" notes), plain text
BULLETIN = [
dict(guid="mkl_gnh_bulletin_2026_02_08_a", pub="2026-02-08T07:00:00-06:00", title="Bereavement: Sister Ethel Boyd",
body="""Our sincere sympathy and prayers go out to Sister Keisha Tharpe and Brother Marcus Tharpe and family in the passing of Keisha's mother, Mother Ethel Mae Boyd, of Bolivar, who was called home on Tuesday, February 3. Mother Boyd was a faithful member of Springhill M.B. Church in Bolivar for 60 years.

Homegoing services will be held Saturday, February 14, at noon at Springhill M.B. Church, Bolivar. Our Pastor, Rev. Elijah Mosby, will bring words of comfort. Cards may be sent to the Tharpe family in care of the church office.""",
gold=[("MKL011", "survivor"), ("MKL010", "survivor")]),

dict(guid="mkl_gnh_bulletin_2026_03_15_a", pub="2026-03-15T07:00:00-05:00", title="Bereavement: Brother Floyd Jernigan",
body="""Please keep Sister Peggy Outlaw and her husband, Buddy, of Milan in your prayers. Peggy's brother, Floyd Jernigan, 70, of Dyersburg, passed away March 10 after a long illness. Services were held in Dyersburg. Peggy has sung with our Wednesday night praise team since it began.""",
gold=[("MKL016", "survivor"), ("MKL015", "survivor")]),

dict(guid="mkl_gnh_bulletin_2026_06_14_a", pub="2026-06-14T07:00:00-05:00", title="Sick and shut-in; Bereavement",
body="""Sick and shut-in: Mother Lavonia Bledsoe is home from the hospital and receiving visitors. Brother Grady Sorrells is recovering from knee surgery.

Bereavement: Our condolences to the family of Brother Hosea Whitlow, 84, of Jackson, who passed June 9. He is survived by his wife, Deloris Whitlow, and his children, Hosea Jr. and Angela. Deacon Marcus Tharpe will represent the church at the service.""",
gold=[]),
]

# 4. paid death notices: "Ledger Death Notices" (brief, surname first)
NOTICES = [
dict(guid="mkl_wtl_dn_26_0226", pub="2026-02-26T05:00:00-06:00", title="MOODY, Carl Wayne",
body="""MOODY, Carl Wayne, 71, of Humboldt, died Feb. 23, 2026. Survived by his wife, Sherry; his brother, Harlan Moody of Humboldt; and a daughter, Amy Moody Pitts. Services Saturday 2 p.m., Bledsoe & Sons Mortuary, Humboldt.""",
gold=[]),  # Harlan Moody is do_not_contact

dict(guid="mkl_wtl_dn_26_0331", pub="2026-03-31T05:00:00-05:00", title="OUTLAW, Wendell",
body="""OUTLAW, Wendell Roy, 58, of Covington, Ky., formerly of Paducah, died March 27, 2026. Survived by his wife, Teresa; daughters Amber and Leigh. Services in Covington.""",
gold=[]),  # namesake far away, different middle name and age (MKL015 is Wendell Ray, b. 1950, Milan)

dict(guid="mkl_wtl_dn_26_0508", pub="2026-05-08T05:00:00-05:00", title="FESMIRE, Jimmie Lou",
body="""FESMIRE, Jimmie Lou, of Lexington, passed away May 5, 2026. Arrangements pending with Forked Deer Funeral Chapels, Lexington.""",
gold=[("MKL017", "possible_deceased_client")]),

dict(guid="mkl_wtl_dn_26_0615", pub="2026-06-15T05:00:00-05:00", title="STANFILL, Roy Dean",
body="""STANFILL, Roy Dean, 84, of Darden, died June 12, 2026. Survived by daughters Shelby Ann Kizer of Lexington and Paula Stanfill of Parsons; six grandchildren. Preceded in death by his wife, Edna. Services Tuesday 11 a.m., Parsons Funeral Home. Pallbearers: Royce Kizer, Aubrey Coffman, Jeff Stanfill, Dylan Kizer.""",
gold=[("MKL009", "survivor")]),

dict(guid="mkl_wtl_dn_26_0722", pub="2026-07-22T05:00:00-05:00", title="CRANFORD, Roger Lee",
body="""CRANFORD, Roger Lee, 68, of Bemis, died July 19, 2026. Survived by his wife, Sue; sons Kyle and Brandon; his sister, Glenda Cranford Pruett of Jackson. Preceded in death by his parents, J.W. and Mattie Pearl Cranford. Services Friday 1 p.m., Arnold & Sons.""",
gold=[("MKL002", "survivor")]),
]

FEEDS = {"ledger": LEDGER, "funeral_home": FUNERAL_HOME, "bulletin": BULLETIN, "notices": NOTICES}
ITEMS = [it for v in FEEDS.values() for it in v]
