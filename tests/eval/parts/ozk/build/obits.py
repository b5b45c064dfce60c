"""Obituaries for part ozk, three house styles. Hand-labelled (gold= beside each text)."""

# 1. Weekly/daily newspaper: "Boone County Ledger" (Harrison), plain-text descriptions.
LEDGER = [
dict(guid="ozk_bcl_obit_2026_0412", pub="2026-02-09T06:00:00-06:00", title="Hazel Irene Bratcher",
body="""Hazel Irene Bratcher, 96, of Harrison, passed away Friday, February 6, 2026, at her home on Bratcher Ridge surrounded by family.

She was born September 2, 1929, at Bergman to Asa and Myrtle (Cogburn) Wilson. She married Elmer Bratcher on June 1, 1947, and together they ran a dairy north of Harrison for 38 years. She was a member of Eagle Heights Baptist Church, where she played the piano until she was 90, and she canned more green beans than anyone in Boone County could count.

She was preceded in death by her husband, Elmer, in 1999; a son, Larry Bratcher; two brothers and three sisters.

Survivors include her daughter, Loretta Tennyson and husband Gene of Harrison; a son, Kenneth Bratcher and wife Judy of Omaha; seven grandchildren; 14 great-grandchildren; and a host of nieces and nephews.

Funeral services will be 10 a.m. Tuesday at Eagle Heights Baptist Church with Bro. Carl Heffley officiating. Burial will follow in Maplewood Cemetery under the direction of Ridgeline Funeral Home. Pallbearers will be her grandsons.""",
gold=[("OZK002", "survivor"), ("OZK001", "survivor")]),

dict(guid="ozk_bcl_obit_2026_0457", pub="2026-03-03T06:00:00-06:00", title="Dalton Eugene Keck",
body="""Dalton Eugene Keck, 91, of Alpena, died Saturday, February 28, 2026, at North Arkansas Hospice House in Harrison.

Mr. Keck was born April 18, 1934, in Carroll County, the son of Roy and Nettie Keck. He served in the U.S. Army in Korea, drove a milk truck for Pet Dairy for 30 years and raised registered Polled Herefords on the home place outside Alpena. He never missed a Boone County Fair.

He was preceded in death by his wife, Frances, in 2015, and by a son, Wayne Keck.

Survivors include his son, Ronnie Keck of Alpena; his grandson and namesake, Dalton Keck, and wife Amber of Harrison; granddaughter Shawna Pittman of Rogers; and four great-grandchildren, including Kinley Keck, the apple of his eye.

Services will be 2 p.m. Wednesday at Alpena First Baptist Church, the Rev. Denny Counts officiating. Burial with military honors in Alpena Cemetery.""",
gold=[("OZK016", "survivor"), ("OZK017", "survivor")]),

dict(guid="ozk_bcl_obit_2026_0502", pub="2026-04-14T06:00:00-06:00", title="Clarence \"Buck\" Whisenant",
body="""BERRYVILLE - Clarence "Buck" Whisenant, 86, of Berryville, died April 11, 2026, at Mercy Hospital Berryville.

Buck was born December 1, 1939, at Osage, Ark., to Thurman and Ollie Whisenant. He worked 41 years at the poultry plant in Berryville, retiring as maintenance supervisor, and for three decades he called square dances at the Carroll County Fairgrounds. He was a member of Freeman Heights Baptist Church.

He was preceded in death by his wife of 58 years, Velma (Baker) Whisenant, in 2021; his parents; and his brothers, Dale and Olen.

He is survived by his daughter, Connie Sue Plumlee and husband Ricky of Huntsville; his son, Terry Whisenant of Kansas City; five grandchildren; and nine great-grandchildren.

Visitation will be 6 to 8 p.m. Thursday at Nelson's Chapel of Memories, Berryville. Funeral at 10 a.m. Friday at Freeman Heights Baptist Church; burial in Berryville Cemetery.""",
gold=[("OZK008", "deceased_client")]),

dict(guid="ozk_bcl_obit_2026_0533", pub="2026-05-05T06:00:00-05:00", title="Homer Lee Dotson",
body="""Homer Lee Dotson, 87, of Everton, passed from this life on Saturday, May 2, 2026.

Homer was born November 9, 1938, at Everton to Willard and Ethel (Tabor) Dotson, one of nine children. He farmed, drove a school bus for the Valley Springs district for 26 years and was a deacon at Everton Church of Christ.

He was preceded in death by his wife, Jewell; his parents; and six of his brothers and sisters.

Survivors include two sons, Marvin Dotson of Everton and Steve Dotson of Jonesboro; his sister, Ora Mae Keeling of Harrison; and a brother, Roscoe Dotson of Marshall.

Graveside services will be held at 11 a.m. Wednesday at Everton Cemetery, with Harlan Moudy bringing the message. Arrangements by Ridgeline Funeral Home.""",
gold=[("OZK009", "survivor")]),

dict(guid="ozk_bcl_obit_2026_0580", pub="2026-06-16T06:00:00-05:00", title="Lela Ruth Sutterfield",
body="""Lela Ruth Sutterfield, 89, of Harrison, died June 12, 2026.

Lela was born in Newton County and taught first grade at Eagle Heights Elementary for 31 years. Half of Harrison learned to read in her classroom, including some who now have grandchildren of their own.

She was preceded in death by her husband, Vernon Sutterfield. Survivors include a niece, Rhonda Gaither of Fayetteville, and her devoted friend and caregiver, Carlene Ricketts.

Services were held Monday at Northside Church of Christ, with Gene Tennyson and Bro. Tim Sisk officiating. Pallbearers were Dalton Keck, Dee Villines, Marty Gaither, Jerry Pace, Caleb Ricketts and Troy Sisk. Burial in Maplewood Cemetery.""",
gold=[]),

dict(guid="ozk_bcl_obit_2026_0611", pub="2026-07-21T06:00:00-05:00", title="Orval Hensley Sr.",
body="""MOUNTAIN HOME - Orval Dean Hensley Sr., 88, of Mountain Home, died Thursday, July 16, 2026, at Baxter Health.

He was born March 3, 1938, at Gamaliel. He worked for the Corps of Engineers at Norfork Dam for 33 years and guided on the White River below Bull Shoals Dam for another twenty, and there was not a trout hole between the dam and Cotter he had not fished.

He was preceded in death by his wife, Imogene, and a daughter, Sheila.

Survivors include his son, Orval "Junior" Hensley Jr. and wife Wanda of Mountain Home; his daughter, Patsy Cooper of Gassville; six grandchildren; and 11 great-grandchildren.

Funeral services will be 1 p.m. Monday at Kirby & Family Funeral Service chapel. Burial in Gamaliel Cemetery.""",
gold=[]),  # second, later copy of the funeral home's obituary (ozk_rfh_...orval-hensley-sr): labelled there only
]

# 2. Funeral home site: "Ridgeline Funeral Home" (Harrison, Mountain Home, Yellville chapels), HTML content:encoded.
FUNERAL_HOME = [
dict(guid="ozk_rfh_obituaries_dewayne-cole-villines", pub="2026-03-18T15:00:00-05:00", title="Dewayne Cole Villines",
body="""Dewayne Cole Villines, 19, of Jasper, went to be with his Lord and Savior on Sunday, March 15, 2026, following an accident on his family's farm near Low Gap.

Cole was born August 30, 2006, in Harrison, to Ricky and Sherry (Casey) Villines. He graduated from Jasper High School in 2025, where he played basketball for the Pirates, and was studying agriculture at North Arkansas College. He loved hunting, the Buffalo River and his truck, in that order.

He is survived by his parents, Ricky and Sherry Villines of Jasper; his sister, Kaylee Villines; his grandparents, Roy and Jean Casey of Deer; and his girlfriend, Macy Treat.

A celebration of life will be held at 2 p.m. Saturday at the Jasper School gymnasium.""",
gold=[]),

dict(guid="ozk_rfh_obituaries_orval-hensley-sr", pub="2026-07-18T11:00:00-05:00", title="Orval Dean Hensley Sr.",
body="""Orval Dean Hensley Sr., 88, of Mountain Home, died Thursday, July 16, 2026, at Baxter Health.

He was born March 3, 1938, at Gamaliel. He worked for the Corps of Engineers at Norfork Dam for 33 years and guided on the White River below Bull Shoals Dam for another twenty, and there was not a trout hole between the dam and Cotter he had not fished.

He was preceded in death by his wife, Imogene, and a daughter, Sheila.

Survivors include his son, Orval "Junior" Hensley Jr. and wife Wanda of Mountain Home; his daughter, Patsy Cooper of Gassville; six grandchildren; and 11 great-grandchildren.

Funeral services will be 1 p.m. Monday at the Ridgeline Funeral Home chapel in Mountain Home. Burial in Gamaliel Cemetery.""",
gold=[("OZK003", "survivor"), ("OZK004", "survivor")]),

dict(guid="ozk_rfh_obituaries_elvie-gann", pub="2026-04-02T10:30:00-05:00", title="Elvie Rorie Gann",
body="""Elvie Rorie Gann, 85, of Lakeview, passed away Monday, March 30, 2026, at her home.

Elvie was born near Oakland to Lester and Vada Rorie. She cooked at the Bull Shoals school cafeteria for 22 years and never let a child go through her line hungry.

She was preceded in death by her husband, J.T. Gann, and her brother, Delbert Rorie.

She is survived by her sister, Opal Baughman (Clete) of Bull Shoals; two sons, Jimmy Gann of Lakeview and Donnie Gann of Branson, Mo.; and five grandchildren.

Graveside service will be 10 a.m. Friday at Oakland Cemetery.""",
gold=[("OZK021", "survivor"), ("OZK020", "survivor")]),

dict(guid="ozk_rfh_obituaries_gerald-eoff", pub="2026-05-20T09:00:00-05:00", title="Gerald Wayne Eoff",
body="""Gerald Wayne Eoff, 76, of Berryville, died Monday, May 18, 2026, at Mercy Hospital Springfield.

Gerald was born in Green Forest and was a rural mail carrier on Route 2 out of Berryville for 34 years. He was a member of the Berryville Lions Club and a Razorback fan through every season, good and otherwise.

He is survived by his wife of 51 years, Nadine (Pettit) Eoff of Berryville; a son, Brent Eoff and wife Kristi of Bentonville; a daughter, Amy Lashley of Green Forest; and four grandchildren.

Services will be 11 a.m. Saturday at First Christian Church, Berryville.""",
gold=[("OZK019", "survivor")]),

dict(guid="ozk_rfh_obituaries_arlis-holt", pub="2026-06-03T14:00:00-05:00", title="Arlis Holt",
body="""Arlis Holt, 90, of Flippin, passed away Sunday, May 31, 2026.

Arlis was born in Marion County and worked at the Flippin boat plant for 28 years. He was a member of Flippin First Baptist Church and taught the men's Sunday school class.

He was preceded in death by his wife, Juanita, and a son, Gary.

Survivors include his daughter, Mrs. Lonnie (Darlene) Stepp of Flippin; a son, Dwight Holt of Yellville; eight grandchildren; and 12 great-grandchildren.

Funeral will be 2 p.m. Thursday at Flippin First Baptist Church.""",
gold=[("OZK011", "survivor"), ("OZK010", "survivor")]),

dict(guid="ozk_rfh_obituaries_cletus-baughman", pub="2026-09-22T16:00:00-05:00", title="Cletus \"Clete\" Baughman",
body="""Cletus "Clete" Baughman, 86, of Bull Shoals, passed away Saturday, September 19, 2026, at Baxter Health in Mountain Home.

Clete was born February 11, 1940, in Ozark County, Missouri. He ran Baughman's Dock on Bull Shoals Lake for 35 years and knew every cove from the dam to Theodosia.

He is survived by his wife of 63 years, Opal (Rorie) Baughman of Bull Shoals; two daughters, Donna Pierce of Harrison and Lisa Crowell of Mountain Home; five grandchildren; and three great-grandchildren.

He was preceded in death by his parents and a sister-in-law, Elvie Gann.

Services will be 11 a.m. Friday at Bull Shoals First Baptist Church. Burial at Bull Shoals Cemetery.""",
gold=[("OZK020", "deceased_client"), ("OZK021", "spouse_of_deceased_client")]),

dict(guid="ozk_rfh_obituaries_treva-sisco", pub="2026-08-11T08:00:00-05:00", title="Treva Sisco",
body="""Treva Sisco of Yellville passed away Sunday, August 9, 2026. Arrangements are pending and will be announced by Ridgeline Funeral Home, Yellville chapel.""",
gold=[("OZK015", "possible_deceased_client")]),
]

# 3. Paid death notices and church bulletin: "Twin Lakes Notices" (short, surname-first headings).
NOTICES = [
dict(guid="ozk_tln_2026_0088", pub="2026-01-20T05:00:00-06:00", title="LEDBETTER, Rex Allen",
body="""LEDBETTER, Rex Allen, 79, of Yellville, died Jan. 17, 2026. Retired from the Arkansas Highway Department. Preceded in death by his wife, Norma. Survived by his sister, Billie Jo Fancher of Yellville; nephews and nieces. Graveside 1 p.m. Wednesday, Yellville Cemetery.""",
gold=[("OZK005", "survivor")]),

dict(guid="ozk_tln_2026_0141", pub="2026-02-24T05:00:00-06:00", title="LINDAHL, Margit",
body="""LINDAHL, Margit, 80, of Mountain Home, formerly of Rockford, Ill., died Feb. 21, 2026. Born in Uppsala, Sweden. Survived by her sister, Ingrid Carlile and husband Ray of Mountain Home, and a nephew in Sweden. Memorial service at a later date at Shepherd of the Hills Lutheran Church.""",
gold=[("OZK014", "survivor")]),

dict(guid="ozk_tln_2026_0203", pub="2026-04-07T05:00:00-05:00", title="HUDSPETH, Wendell R.",
body="""HUDSPETH, Wendell R., 77, of Bakersfield, Calif., formerly of Pyatt, died March 30, 2026. Retired oil-field welder. Survived by his wife, Joyce; daughters Tina and Renee, both of Bakersfield. Burial in Pyatt Cemetery at a later date.""",
gold=[]),

dict(guid="ozk_tln_2026_0259", pub="2026-05-12T05:00:00-05:00", title="QUINTERO RAMIREZ, Jose",
body="""QUINTERO RAMIREZ, José, 70, of Green Forest, died May 9, 2026. Born in Jerez, Zacatecas, Mexico. Worked 24 years at the Green Forest poultry plant. Survived by his wife, Guadalupe; daughter Marisol Quintero of Berryville; sons Luis and Arturo Quintero of Green Forest. Rosary 7 p.m. Thursday, St. Anne Catholic Church, Berryville; Mass 10 a.m. Friday.""",
gold=[("OZK012", "survivor")]),

dict(guid="ozk_tln_2026_0312", pub="2026-06-30T05:00:00-05:00", title="TINSLEY, Shelby Dean",
body="""TINSLEY, Shelby Dean, 84, of Tulsa, Okla., died June 26, 2026. Retired machinist, American Airlines. Survived by sons Mark and Kevin Tinsley of Tulsa. Services in Broken Arrow.""",
gold=[]),

dict(guid="ozk_tln_2026_0347", pub="2026-08-04T05:00:00-05:00", title="Prayer list: Inez Moudy",
body="""From the Northside Church of Christ bulletin: Our sympathy to Harlan Moudy and family in the passing of his mother, Inez Moudy, 99, of Harrison, on August 1. Sister Inez was the oldest member of our congregation. Survived by her son, Harlan Moudy of Harrison, and granddaughter Stacy Moudy Bell of Springfield. Services were held Monday.""",
gold=[]),  # OZK013 is do_not_contact

dict(guid="ozk_tln_2026_0390", pub="2026-09-08T05:00:00-05:00", title="Prayer list: Velda Shaddox",
body="""From the Mt. Sherman Baptist bulletin: Please remember the Shaddox family. Velda Shaddox, 91, of Mt. Sherman, went home September 5. She leaves her daughter, Tammy (Dewayne) Villines of Jasper; son Donnie Shaddox of Kingston; and six grandchildren. Preceded by her husband, Bill Shaddox. Services Wednesday at the church, Bro. Kenny Middleton officiating.""",
gold=[("OZK007", "survivor"), ("OZK006", "survivor")]),
]
