"""Obituaries for part pkb, four house styles, with hand labels (gold) beside each text.
feed: mvs = Mid-Valley Sentinel (newspaper, plain text); bmc = Blennerhassett Memorial Chapels (funeral home, HTML);
dn = Sentinel paid death notices (brief, surname first); umc = Gilman Avenue UMC bulletin (church, plain text)."""

ITEMS = [
# ---------------- Mid-Valley Sentinel (newspaper) ----------------
dict(feed="mvs", guid="pkb_mvs_obit_20260302", pub="2026-03-02T06:00:00-05:00",
title="Nathaniel 'Nate' Wigal, 86, Davisville",
body="""Nathaniel "Nate" Wigal, 86, of Davisville, went home to be with the Lord on Friday, Feb. 27, 2026, at Camden Clark Medical Center.

He was born Oct. 4, 1939, in Wirt County, a son of the late Homer and Pearl Wigal. Nate retired from DuPont Washington Works after 38 years and was a member of Davisville Church of Christ. He could fix any lawn mower in Wood County and usually did, for free.

He is survived by his son, Roger Wigal (Tammy) of Lubeck; his sister, Norma Jean Hupp and her husband, Elwood, of Vienna; his grandson, Nate Wigal of Parkersburg, who was named for him; and two great-grandchildren.

He was preceded in death by his wife, Leona, and a brother, Carl Wigal.

Funeral services will be 11 a.m. Wednesday at Blennerhassett Memorial Chapels, Parkersburg, with Minister Dwayne Tice officiating. Burial will follow in Mount Olivet Cemetery.""",
gold=[("PKB004", "survivor"), ("PKB003", "survivor"), ("PKB015", "survivor")]),

dict(feed="mvs", guid="pkb_mvs_obit_20260318", pub="2026-03-18T06:00:00-04:00",
title="Evelyn Offenberger Pickens, 90, Marietta",
body="""Evelyn Offenberger Pickens, 90, of Marietta, died Sunday, March 15, 2026, at Arbors at Marietta.

Born in Lowell, Ohio, she was a 1953 graduate of Marietta High School and worked 30 years in the office of Marietta Memorial Hospital. She was a member of St. Mary's Catholic Church and of the Red Hat Society.

Surviving are her sister, Loretta "Retta" Schramm of Marietta; two nephews; and several great-nieces and great-nephews. She was preceded in death by her husband, Charles Pickens, and by her brother, Francis Offenberger.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Mary's Catholic Church. A prayer service will be led by the Rev. Lowell Sheppard, a longtime family friend. Pallbearers will be Travis Pennybacker, Kyle Offenberger, Mark Dotson and Aaron Heiss.""",
gold=[("PKB005", "survivor")]),

dict(feed="mvs", guid="pkb_mvs_obit_20260406", pub="2026-04-06T06:00:00-04:00",
title="Jeffrey Alan Modesitt, 19, Little Hocking",
body="""Jeffrey Alan Modesitt, 19, of Little Hocking, died Thursday, April 2, 2026, as the result of an automobile accident on State Route 7.

Jeffrey was a 2025 graduate of Warren High School, where he wrestled and was a member of FFA. He worked at Tractor Supply in Belpre and was studying welding at Washington State College of Ohio.

He is survived by his parents, Kirk and Dana Modesitt of Little Hocking; his sister, Brianna; his grandparents, Ron and Sue Modesitt of Coolville; and his girlfriend, Haley Strahler.

Visitation will be 4 to 8 p.m. Tuesday at Leavitt & Pryor Funeral Home, Belpre, where services will be held Wednesday at noon.""",
gold=[]),

dict(feed="mvs", guid="pkb_mvs_obit_20260422", pub="2026-04-22T06:00:00-04:00",
title="Gerald W. Cottrill, 74, Mesa, Ariz.",
body="""Gerald W. Cottrill, 74, of Mesa, Arizona, formerly of Harrisville, died April 17, 2026, at his home in Mesa.

Born in Ritchie County, he served in the U.S. Air Force in Thailand and spent his career with Honeywell in Phoenix. He loved Mountaineer football from two thousand miles away.

He is survived by his wife of 49 years, Lorraine Cottrill of Mesa; a daughter, Stacy Yates of Tempe, Arizona; and a brother, Dwight Cottrill of Harrisville.

A memorial service will be held in Mesa. Local arrangements by Haddox Funeral Home, Harrisville.""",
gold=[]),

dict(feed="mvs", guid="pkb_mvs_obit_20260511", pub="2026-05-11T06:00:00-04:00",
title="Herbert Lee Marra, 88, Mineral Wells",
body="""Herbert Lee Marra, 88, of Mineral Wells, passed away peacefully Saturday, May 9, 2026, at his home.

Herb was a lifelong farmer on Elizabeth Pike and a member of Mineral Wells United Methodist Church. He served on the Wood County Farm Bureau board for twenty years and never missed a West Virginia Interstate Fair.

He is survived by his daughter, Bonnie Kesterson and her husband, Dale, of Mineral Wells; a son, Joseph Marra of Charleston; five grandchildren and three great-grandchildren. He was preceded in death by his wife of 60 years, Ruth Ann Marra.

Services will be 1 p.m. Thursday at Mineral Wells UMC with Pastor Jim Cain officiating. Burial in Mineral Wells Cemetery.""",
gold=[("PKB012", "survivor"), ("PKB011", "survivor")]),

dict(feed="mvs", guid="pkb_mvs_obit_20260812", pub="2026-08-12T06:00:00-04:00",
title="Elwood 'Woody' Hupp, 84, Vienna",
body="""Elwood "Woody" Hupp, 84, of Vienna, died Monday, Aug. 10, 2026, at his home surrounded by his family.

He was born Nov. 20, 1941, in Parkersburg, a son of the late Clyde and Opal Hupp. Woody retired as a machinist from Fenton Art Glass after 35 years and was a longtime member of Vienna Baptist Church, where he taught the men's Sunday school class.

He is survived by his wife of 61 years, Norma Jean (Wigal) Hupp; two daughters, Patty Lowther (Greg) of Williamstown and Connie Hupp of Columbus, Ohio; four grandchildren and six great-grandchildren.

In addition to his parents, he was preceded in death by a brother, Dallas Hupp, and a brother-in-law, Nathaniel Wigal.

Funeral services will be 1 p.m. Saturday at Vienna Baptist Church with Pastor Ron Stutler officiating. Burial in Parkersburg Memorial Gardens.""",
gold=[("PKB003", "deceased_client"), ("PKB004", "spouse_of_deceased_client")]),

dict(feed="mvs", guid="pkb_mvs_obit_20260903", pub="2026-09-03T06:00:00-04:00",
title="Carl Wayne Brookover, 79, Reno, Ohio",
body="""Carl Wayne Brookover, 79, of Reno, Ohio, died Monday, Aug. 31, 2026, at Marietta Memorial Hospital.

Carl drove a coal barge towboat on the Ohio River for 41 years and knew every lock between Pittsburgh and Huntington by the sound of it. He was a member of the Reno Volunteer Fire Department.

He is survived by his wife, Joyce; his daughter, Annette Modesitt (Jeff) of Marietta; a son, Darrell Brookover of Newport, Ohio; and four grandchildren.

Services will be 11 a.m. Saturday at Cawley & Peoples Funeral Home, Marietta.""",
gold=[("PKB021", "survivor"), ("PKB020", "survivor")]),

# ---------------- Blennerhassett Memorial Chapels (funeral home, HTML) ----------------
dict(feed="bmc", guid="pkb_bmc_2026_ruby-stanley-cline", pub="2026-02-09T15:20:00-05:00",
title="Ruby Stanley Cline",
body="""Ruby Stanley Cline, 93, of Belleville, passed from this life on Friday, February 6, 2026, at the Willows Center in Parkersburg.

Ruby was born in Belleville on the family farm along the river and taught the first grade at Belleville and Lubeck schools for 34 years. Half of southern Wood County learned to read at her table.

Ruby is survived by her niece, Wilma Haught and husband Orville of Parkersburg; her nephew, Ronald Stanley of Mineral Wells; and many cousins. She was preceded in death by her husband, Harold Cline, and her brothers, Everett and Lloyd Stanley.

Graveside services will be held at Belleville Cemetery at 2 p.m. Wednesday.""",
gold=[("PKB019", "survivor"), ("PKB018", "survivor")]),

dict(feed="bmc", guid="pkb_bmc_2026_dorothy-dye-nutter", pub="2026-04-14T10:05:00-04:00",
title="Dorothy 'Dot' Dye Nutter",
body="""Dorothy "Dot" Dye Nutter, 81, of Parkersburg, went to be with her Lord on Saturday, April 11, 2026.

Dot was born in Walker, the oldest of five Dye children, and was a beautician on Market Street for forty years. She was a member of First Baptist Church of Parkersburg.

She is survived by her sisters, Betty Sue Rexroad of Parkersburg and Phyllis Amos of Vienna; her son, Mark Nutter of Marietta; and three grandchildren. She was preceded in death by her husband, Eugene Nutter, and by her brothers, Delbert and Harlan Dye.

Funeral services will be held at 11 a.m. Friday at Blennerhassett Memorial Chapels with the Rev. Paul Cunningham officiating.""",
gold=[("PKB014", "survivor"), ("PKB022", "survivor")]),

dict(feed="bmc", guid="pkb_bmc_2026_russell-ankrom-sr", pub="2026-05-26T09:40:00-04:00",
title="Russell Eugene Ankrom Sr.",
body="""Russell Eugene Ankrom Sr., 91, of Parkersburg, died Saturday, May 23, 2026, at Camden Clark Medical Center.

A Korean War veteran of the U.S. Army, Russell worked 33 years for the B&O Railroad and later drove a school bus for Wood County Schools. He was a member of the American Legion Post 15 and Beechwood Church of the Brethren.

He is survived by his son, Russell "Rusty" Ankrom Jr. (Darlene) of Parkersburg; his daughter, Carolyn Wince of Belpre, Ohio; six grandchildren and nine great-grandchildren. He was preceded in death by his wife of 64 years, Hazel Ankrom.

Pallbearers will be his grandsons and Dale Kesterson. Military rites will be conducted by the Wood County Veterans Honor Guard.""",
gold=[("PKB001", "survivor"), ("PKB002", "survivor")]),

dict(feed="bmc", guid="pkb_bmc_2026_mary-lou-deem", pub="2026-06-20T11:15:00-04:00",
title="Mary Lou Deem",
body="""Mary Lou Deem, 79, of Belpre, Ohio, passed away Thursday, June 18, 2026, at Marietta Memorial Hospital after a short illness.

She was born February 3, 1947, in Coolville, a daughter of the late Walter and Edna Hennen. Mary Lou retired from the Belpre City Schools cafeteria, where she was known for her cinnamon rolls, and was a member of Belpre First Church of Christ.

She is survived by her son, Brian Deem of Belpre; her granddaughter, Cassie McKibben of Belpre; her sister, Joan Hennen Ritchie of Athens; and her dear friend, Clarence "Buddy" Lauderman of Belpre. She was preceded in death by her husband, Ronald Deem, in 2019.

Services will be held at 11 a.m. Tuesday at Blennerhassett Memorial Chapels, Belpre chapel.""",
gold=[("PKB006", "deceased_client"), ("PKB017", "survivor")]),

dict(feed="bmc", guid="pkb_bmc_2026_geneva-sayre", pub="2026-07-08T13:30:00-04:00",
title="Geneva Mae Sayre",
body="""Geneva Mae Sayre, 95, of Walker, passed away Monday, July 6, 2026, at her home, where she had lived for 70 years.

Geneva raised six children on a Walker hillside farm and canned everything that grew on it. She was the oldest member of Walker Methodist Church.

She is survived by three sons and a daughter; eleven grandchildren, including Kendra Pennybacker (Travis) of Vienna; and twenty great-grandchildren. She was preceded in death by her husband, Orlan Sayre, and two sons.

Services 2 p.m. Friday at Walker Methodist Church. Burial in the Sayre family cemetery.""",
gold=[("PKB008", "survivor"), ("PKB007", "survivor")]),

# ---------------- Sentinel paid death notices (brief) ----------------
dict(feed="dn", guid="pkb_dn_20260611_haught", pub="2026-06-11T05:00:00-04:00",
title="HAUGHT, Orville",
body="""HAUGHT, Orville, of Parkersburg, died Tuesday, June 9, 2026. Arrangements are pending at Blennerhassett Memorial Chapels, Parkersburg.""",
gold=[("PKB018", "possible_deceased_client")]),

dict(feed="dn", guid="pkb_dn_20260622_deem", pub="2026-06-22T05:00:00-04:00",
title="DEEM, Mary Lou",
body="""DEEM, Mary Lou, 79, of Belpre, Ohio, passed away June 18, 2026. She was born February 3, 1947, in Coolville. Survived by son Brian Deem and granddaughter Cassie McKibben, both of Belpre. Preceded in death by husband Ronald. Services 11 a.m. Tuesday, Blennerhassett Memorial Chapels, Belpre chapel.""",
gold=[]),

dict(feed="dn", guid="pkb_dn_20260716_schramm", pub="2026-07-16T05:00:00-04:00",
title="SCHRAMM, Dennis R.",
body="""SCHRAMM, Dennis R., 66, of Zanesville, Ohio, died July 13, 2026. Survived by his wife, Pam; daughters Kelly and Erin; and his aunt, Loretta Schramm of Marietta. Services Saturday, Bryan & Hardwick Funeral Home, Zanesville.""",
gold=[("PKB005", "survivor")]),

dict(feed="dn", guid="pkb_dn_20260729_mckibben", pub="2026-07-29T05:00:00-04:00",
title="McKIBBEN, Cassandra Lynn 'Cassie'",
body="""McKIBBEN, Cassandra Lynn "Cassie," 61, of Lexington, Ky., died July 25, 2026. Survived by husband Neil McKibben and sons Tyler and Grant, all of Lexington. Services in Lexington.""",
gold=[]),

dict(feed="dn", guid="pkb_dn_20260921_villers", pub="2026-09-21T05:00:00-04:00",
title="VILLERS, Raymond P.",
body="""VILLERS, Raymond P., 83, of Marietta, died Sept. 18, 2026. Retired from Marietta College grounds crew. Survived by his daughter, Felicia Villers-Haught of Marietta, and a grandson, Evan. Preceded in death by wife Carol. Services 10 a.m. Thursday, Cawley & Peoples Funeral Home.""",
gold=[("PKB010", "survivor")]),

# ---------------- Gilman Avenue UMC bulletin (church) ----------------
dict(feed="umc", guid="pkb_umc_20260419_sympathy", pub="2026-04-19T07:00:00-04:00",
title="Christian Sympathy",
body="""Our church family extends Christian sympathy to Jerry Cottrill of Williamstown, a member of our Tuesday men's breakfast, on the death of his brother, Kenneth Cottrill, 77, of Waverly, who passed away April 15. Kenneth is also survived by his wife, Margie. Please keep Jerry and the Cottrill family in your prayers. Cards may be left in the narthex.""",
gold=[("PKB013", "survivor")]),

dict(feed="umc", guid="pkb_umc_20260705_memoriam", pub="2026-07-05T07:00:00-04:00",
title="In Memoriam: Leota Fought",
body="""We commend to God our sister in Christ, Leota Fought, 101, of Parkersburg, who died June 29. Leota was our oldest member and taught the Loyal Daughters class for 40 years. She is survived by her nephews, Randall and Steve Fought of Pennsboro. Her service was conducted by the Rev. Lowell Sheppard of Marietta, her former pastor, with Betty Sue Rexroad at the organ. Memorials may be made to the church food pantry.""",
gold=[]),
]
