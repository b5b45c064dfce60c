"""Obituaries for part dth, three house styles. Hand labels in gold=[...]."""

# 1. The Wiregrass Sentinel (daily newspaper, plain text)
SENTINEL = [
dict(guid="dth_ws_obit_20260309_lassiter", pub="2026-03-09T05:30:00-05:00", title="Thurman Lee 'Bud' Lassiter",
body="""DOTHAN - Thurman Lee "Bud" Lassiter, 81, of Dothan, went home to be with the Lord on Friday, March 6, 2026, at Flowers Hospital, surrounded by his family.

Bud was born June 12, 1944, in Headland to the late Cleveland and Ila Mae Lassiter. He farmed peanuts and cotton on the Lassiter place east of town for forty years, then sold farm equipment at Wiregrass Implement until he retired. He was a deacon at First Baptist Church of Dothan and never missed a National Peanut Festival parade.

He is survived by his wife of 58 years, Earline Whiddon Lassiter of Dothan; two sons, Dale Lassiter (Renee) of Midland City and Curtis Lassiter of Panama City, Fla.; a sister, Opal Kelley of Abbeville; six grandchildren and four great-grandchildren. He was preceded in death by his brother, Harold Lassiter.

Funeral services will be held at 2 p.m. Tuesday at First Baptist Church with the Rev. Cletus Dowling officiating. Burial will follow in Memory Hill Cemetery. Pallbearers will be Lamar Kirkland, Jody Whiddon, Travis Kelley, Ben Lassiter, Tate Lassiter and Wade Strickland.""",
gold=[("DTH001", "deceased_client"), ("DTH002", "spouse_of_deceased_client")]),

dict(guid="dth_ws_obit_20260115_grantham", pub="2026-01-15T05:30:00-06:00", title="Ollie Mae Hatcher Grantham",
body="""TAYLOR - Mrs. Ollie Mae Hatcher Grantham, 94, a lifelong resident of the Taylor community, passed away Tuesday, January 13, 2026, at her home.

Miss Ollie taught Sunday school at Taylor Methodist for half a century and put up more fig preserves than anyone in Houston County. She was preceded in death by her husband, J.W. Grantham, and her brothers, Roy and Elton Hatcher.

Survivors include her sister, Mary Alice Hatcher Dykes of Taylor; a son, Wendell Grantham (Patsy) of Dothan; three grandchildren; and a host of nieces and nephews.

Graveside services will be held Friday at 11 a.m. at Taylor Cemetery.""",
gold=[("DTH005", "survivor")]),

dict(guid="dth_ws_obit_20260207_pilcher", pub="2026-02-07T05:30:00-06:00", title="Ervin Dale Pilcher",
body="""COWARTS - Ervin Dale Pilcher, 24, of Cowarts, died Wednesday, February 4, 2026, from injuries sustained in a traffic accident on Highway 52.

Dale graduated from Northview High School in 2020 and worked as a lineman for Wiregrass Electric Cooperative. He loved deer hunting, Auburn football and his truck.

He is survived by his parents, Ervin and Darlene Pilcher of Cowarts; his sister, Kelsey Pilcher of Troy; his grandmother, Nadine Pilcher of Ashford; and his girlfriend, Brooke Adams.

A celebration of his life will be held Sunday at 3 p.m. at Cowarts Baptist Church.""",
gold=[("DTH019", "survivor")]),

dict(guid="dth_ws_obit_20260224_grimsley", pub="2026-02-24T05:30:00-06:00", title="Leon Grimsley",
body="""ABBEVILLE - Leon Grimsley, 88, of Abbeville, passed away Sunday, February 22, 2026.

Mr. Grimsley ran Grimsley's Feed & Seed on Kirkland Street for 35 years and served on the Henry County Commission. He was preceded in death by his wife of 61 years, Lorene Grimsley.

He is survived by his daughters, Wanda Sellers (Corby) of Headland and Faye Grimsley of Montgomery; five grandchildren; and seven great-grandchildren.

Services will be held Thursday at Abbeville First Baptist Church.""",
gold=[("DTH004", "survivor"), ("DTH003", "survivor")]),

dict(guid="dth_ws_obit_20260402_ingram", pub="2026-04-02T05:30:00-05:00", title="Beatrice 'Bea' Ingram",
body="""OCALA, Fla. - Beatrice "Bea" Ingram, 91, of Ocala, Florida, died March 29, 2026. She was born in Marion County, Florida, and lived there all her life, keeping books for the family's horse farm.

She is survived by her husband of 70 years, Royce Ingram; a daughter, Lynn Ingram Pace of Gainesville, Fla.; and three grandchildren. The notice is published at the request of her nephew, who lives in Dothan.

A memorial service will be held in Ocala.""",
gold=[]),

dict(guid="dth_ws_obit_20260420_brackin", pub="2026-04-20T05:30:00-05:00", title="Hazel Brackin",
body="""ASHFORD - Hazel Odom Brackin, 86, of Ashford, passed from this life on Saturday, April 18, 2026.

Mrs. Brackin was a longtime cafeteria manager at Ashford Elementary School, where two generations of children knew her as the lady with the yeast rolls. She was a member of Ashford First Methodist Church.

Survivors include her daughter, Tonya Kirkland and her husband, Lamar, of Dothan; her son, Rusty Brackin of Ashford; and four grandchildren. She was predeceased by her husband, Clyde Brackin.

Funeral services will be Tuesday at 10 a.m. at Ashford First Methodist. Jimmie Nell Holloman will play "Precious Memories" at the family's request.""",
gold=[("DTH009", "survivor"), ("DTH008", "survivor")]),
]

# 2. Peanut Belt Memorial Chapel (funeral home site, HTML content:encoded, permalink guids)
FUNERAL_HOME = [
dict(guid="dth_pbmc_otis-james-culver", pub="2026-02-12T16:00:00-06:00", title="Mr. Otis James Culver",
body="""Mr. Otis James Culver, 79, of Dothan, transitioned from labor to reward on Monday, February 9, 2026.

Otis was born in Newville to the late Rev. Alonzo and Mattie Culver. He retired from the Houston County Board of Education after 32 years as a bus driver and custodian and was a faithful member of Mt. Gilead Missionary Baptist Church, where he served on the Usher Board.

He leaves to cherish his memory his devoted daughter, Patrice McCray (Reginald) of Dothan; a son, Otis Culver Jr. of Atlanta, Ga.; a sister, Mother Essie Lee Gamble of Headland; grandchildren, Jordan and Amber McCray; and a host of nieces, nephews, cousins and friends. He was preceded in death by his wife, Bernice Culver.

Homegoing celebration: Saturday, 11 a.m., Mt. Gilead Missionary Baptist Church. Eulogist: Rev. Cletus Dowling. Interment: Mt. Gilead Church Cemetery.""",
gold=[("DTH012", "survivor"), ("DTH011", "survivor")]),

dict(guid="dth_pbmc_dewey-tew", pub="2026-03-20T15:30:00-05:00", title="Dewey Franklin Tew",
body="""Dewey Franklin Tew, 90, of Ashford, died Wednesday, March 18, 2026, at Wiregrass Medical Center.

Mr. Tew served in the U.S. Army in Germany and worked 40 years for the Atlantic Coast Line and the railroad that followed it. He never met a fish he did not want to catch in Lake Eufaula.

Survivors include his sister, Jimmie Nell Holloman of Ashford; his nephew, Dewayne Bedsole of Dothan; and his faithful dog, Sarge. His wife, Virginia Tew, preceded him in death.

Graveside service: Saturday at 2 p.m., Ashford City Cemetery.""",
gold=[("DTH007", "survivor")]),

dict(guid="dth_pbmc_harlon-pelham", pub="2026-04-08T14:00:00-05:00", title="Harlon Pelham",
body="""Harlon Eugene Pelham, 84, of Slocomb, passed away Monday, April 6, 2026.

Harlon grew tomatoes that made Slocomb famous and sold them from the back of his pickup for sixty summers. He was a member of Slocomb Church of God.

He is survived by his daughter, Mrs. Wiley (Glenda) Stough of Dothan; two grandsons; and his brother, Carl Pelham of Hartford. He was predeceased by his wife, Alma.

Visitation will be Wednesday evening at the chapel, with services Thursday at 10 a.m.""",
gold=[("DTH016", "survivor")]),

dict(guid="dth_pbmc_lurleen-faircloth", pub="2026-05-05T15:00:00-05:00", title="Lurleen Ward Faircloth",
body="""Lurleen Ward Faircloth, 70, of Enterprise, went to be with her Savior on Sunday, May 3, 2026, after a long illness borne with grace.

Lurleen was a nurse at Medical Center Enterprise for 38 years and sang alto in the choir at First United Methodist Church of Enterprise.

She is survived by her husband of 49 years, Odell Faircloth of Enterprise; her son, Brent Faircloth (Misty) of Daleville; and two granddaughters.

Services will be held Wednesday at 11 a.m. at First United Methodist Church, Enterprise.""",
gold=[("DTH006", "survivor")]),

dict(guid="dth_pbmc_harmon-chancey", pub="2026-06-02T13:00:00-05:00", title="Harmon Chancey",
body="""Harmon Roy Chancey, 77, of Enterprise, died Saturday, May 30, 2026.

Mr. Chancey coached baseball at Enterprise High School for 25 years and umpired Dixie Youth games for 25 more.

He is survived by his daughter, Dee Birdsong (Trent) of Enterprise; his grandson, Caleb Birdsong; and his brother, Vance Chancey of Elba. He was preceded in death by his wife, Martha.

A memorial service will be held Friday at 4 p.m. at the chapel.""",
gold=[("DTH013", "survivor")]),

dict(guid="dth_pbmc_kenneth-wise", pub="2026-02-26T12:00:00-06:00", title="Kenneth Ray Wise",
body="""Kenneth Ray Wise, 62, of Dothan, died unexpectedly Tuesday, February 24, 2026.

Kenny worked at the Dothan paper mill for 30 years and coached Dothan Dixie Youth Baseball. His proudest day was holding his first granddaughter last month.

He is survived by his daughter, Kaylee Tillery and her husband, Ashton, of Dothan; his granddaughter, Ella Grace Tillery; and his mother, Inez Wise of Cottonwood.

Funeral services will be Saturday at 1 p.m. at the chapel.""",
gold=[("DTH018", "survivor"), ("DTH017", "survivor")]),

dict(guid="dth_pbmc_dovie-espy", pub="2026-06-16T12:30:00-05:00", title="Dovie Espy",
body="""Mrs. Dovie Lou Espy, 96, of Columbia, passed away Sunday, June 14, 2026, at Wiregrass Nursing Home.

Born in 1930 on the banks of the Chattahoochee, Mrs. Espy raised four children, forty Holstein heifers and countless camellias.

She is survived by her sons, Hollis Espy of Columbia and Carlton Espy of Dothan; eight grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Otha Espy, and her daughter, Nell.

Services: Tuesday, 2 p.m., Columbia Baptist Church, the Rev. Cletus Dowling officiating.""",
gold=[("DTH014", "survivor")]),
]

# 3. Wiregrass Death Notices (paid notices, terse, surname-first headings, plain text)
NOTICES = [
dict(guid="dth_wdn_20260511_godwin", pub="2026-05-11T06:00:00-05:00", title="GODWIN, Franklin",
body="""GODWIN, Franklin, of Ozark, died Saturday, May 9, 2026. Arrangements are pending with Holman Chapel, Ozark.""",
gold=[("DTH020", "possible_deceased_client")]),

dict(guid="dth_wdn_20260317_sellers", pub="2026-03-17T06:00:00-05:00", title="SELLERS, Corbett Sr.",
body="""SELLERS, Corbett "Big Corb" Sr., 86, of Headland, died March 15, 2026. Survived by his son, Corby Sellers Jr. and wife Wanda of Headland; daughter, Rita Sellers Ward of Dothan. Predeceased by wife, Evelyn. Services Thursday, 2 p.m., Headland First Baptist.""",
gold=[("DTH003", "survivor"), ("DTH004", "survivor")]),

dict(guid="dth_wdn_20260428_kirkland", pub="2026-04-28T06:00:00-05:00", title="KIRKLAND, Lamar Wade",
body="""KIRKLAND, Lamar Wade, 19, of Dothan, died April 25, 2026. A 2025 graduate of Dothan High School. Survived by his parents, Wade and Christy Kirkland of Dothan; brother, Colt. Services Wednesday at Westgate Church of Christ.""",
gold=[]),

dict(guid="dth_wdn_20260525_mims", pub="2026-05-25T06:00:00-05:00", title="MIMS, Addie Ruth",
body="""MIMS, Addie Ruth, 92, of Headland, died May 23, 2026. Survived by her nieces, Bea Ingram of Headland and Sharon Mims of Dothan. Predeceased by husband, Roosevelt Mims. Services Saturday at 11 a.m. at Greater St. Paul AME Church, Headland; Rev. Cletus Dowling, eulogist.""",
gold=[("DTH021", "survivor")]),

dict(guid="dth_wdn_20260215_culver", pub="2026-02-15T06:00:00-06:00", title="CULVER, Otis James",
body="""Mr. Otis James Culver, 79, of Dothan, transitioned from labor to reward on Monday, February 9, 2026.

Otis was born in Newville to the late Rev. Alonzo and Mattie Culver. He retired from the Houston County Board of Education after 32 years as a bus driver and custodian and was a faithful member of Mt. Gilead Missionary Baptist Church, where he served on the Usher Board.

He leaves to cherish his memory his devoted daughter, Patrice McCray (Reginald) of Dothan; a son, Otis Culver Jr. of Atlanta, Ga.; a sister, Mother Essie Lee Gamble of Headland; grandchildren, Jordan and Amber McCray; and a host of nieces, nephews, cousins and friends. He was preceded in death by his wife, Bernice Culver.

Homegoing celebration: Saturday, 11 a.m., Mt. Gilead Missionary Baptist Church. Eulogist: Rev. Cletus Dowling. Interment: Mt. Gilead Church Cemetery.""",
gold=[]),  # later duplicate copy of dth_pbmc_otis-james-culver: labelled on the earlier copy only

dict(guid="dth_wdn_20260610_bedsole", pub="2026-06-10T06:00:00-05:00", title="BEDSOLE, Marvin",
body="""BEDSOLE, Marvin, 71, of Cottonwood, died June 8, 2026. Survived by his son, Dewayne Bedsole of Dothan. Graveside Friday, 10 a.m., Cottonwood Cemetery.""",
gold=[]),  # DTH010 is do_not_contact
]
