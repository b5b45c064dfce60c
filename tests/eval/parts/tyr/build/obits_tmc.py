"""Tyler Morning Courier obituaries (daily newspaper, legacy-style titles, plain text). Hand-labelled."""

ITEMS = [
dict(guid="tyr_tmc_obit_260114", pub="2026-01-14T05:30:00-06:00",
title="Vernon Earl Riddle Obituary (1940 - 2026) - Tyler, TX - Tyler Morning Courier",
body="""Vernon Earl Riddle, 85, of Tyler passed away Saturday, January 10, 2026, at UT Health Tyler. Funeral services will be held at 2:00 p.m. Wednesday at Green Acres Baptist Church with Rev. Lonnie Spradlin officiating. Interment will follow at Rose Hill Cemetery under the direction of Burks-Walker Tippit Funeral Home.

Vernon was born September 3, 1940, in Troup to Earl and Velma Riddle. He worked 41 years for the Cotton Belt railroad and never missed a Tyler Junior College football game.

He is survived by his sisters, Nell Cathey of Whitehouse and Dorothy Stuckey and husband Gerald of Tyler; and numerous nieces and nephews. He was preceded in death by his wife of 52 years, Opal Jean Riddle.

Pallbearers will be Bill Pruitt, Ronnie Cathey, Travis Riddle, Kyle Stuckey, Dean Haskins and Wes Tadlock. Visitation will be Tuesday evening from 6 to 8 at the funeral home.""",
gold=[("TYR013", "survivor")]),

dict(guid="tyr_tmc_obit_260203", pub="2026-02-03T05:30:00-06:00",
title="William Cody Pruitt Obituary (2001 - 2026) - Flint, TX - Tyler Morning Courier",
body="""William Cody "Will" Pruitt, 24, of Flint went home to be with the Lord on Thursday, January 29, 2026, following a motorcycle accident on FM 2813.

Will was born June 2, 2001, in Tyler to Cody and Amber Pruitt. He graduated from Tyler Legacy High School in 2019 and worked as a lineman for a rural electric cooperative. He loved deer season, the Dallas Cowboys and his bluetick hound, Dixie.

He is survived by his parents, Cody and Amber Pruitt of Flint; his sister, Kaitlyn Pruitt of Nacogdoches; his grandparents, Bill and Glenda Pruitt of Tyler and Ronald and Sherry Massey of Bullard; and his girlfriend, Haley Burleson.

Services will be held at 10:00 a.m. Saturday at Flint Baptist Church with Bro. Keith Mayfield officiating.""",
gold=[("TYR001", "survivor"), ("TYR002", "survivor")]),

dict(guid="tyr_tmc_obit_260219", pub="2026-02-19T05:30:00-06:00",
title="Colton Ray Dewberry Obituary (1934 - 2026) - Bullard, TX - Tyler Morning Courier",
body="""Colton Ray Dewberry, 91, of Bullard passed away peacefully at home on February 16, 2026, surrounded by family.

Mr. Dewberry was born November 8, 1934, in Jacksonville. He served in the U.S. Army in Korea, then farmed and ran cattle on the family place south of Bullard for more than 60 years. He was a deacon at Bullard First Baptist Church.

Survivors include his son, Ray Dewberry and wife Tammy of Bullard; his daughter, Sheila Dewberry Cobb of Lufkin; five grandchildren, including his grandson Colton Dewberry of Whitehouse, who carries his name; and eight great-grandchildren. He was preceded in death by his wife, Frances, in 2019.

Graveside services will be held at 11:00 a.m. Friday at Bullard Cemetery.""",
gold=[("TYR016", "survivor")]),

dict(guid="tyr_tmc_obit_260305", pub="2026-03-05T05:30:00-06:00",
title="Roy Lee Crumpler Sr. Obituary (1937 - 2026) - Lindale, TX - Tyler Morning Courier",
body="""Roy Lee Crumpler Sr., 88, of Lindale passed away March 2, 2026.

Roy Lee was born in Mineola on April 21, 1937, and spent 35 years with the Lindale Independent School District as a bus mechanic and driver. He was a faithful member of First Baptist Church Lindale and never missed a Country Fest.

Left to cherish his memory are his wife of 66 years, Wanda Crumpler; son, Roy Lee Crumpler Jr. and wife Patsy of Lindale; daughter, Brenda Kay Norwood and husband Gary of Van; six grandchildren and eleven great-grandchildren.

Funeral services will be held at 2:00 p.m. Saturday at Hawthorn Funeral Home chapel in Lindale.""",
gold=[("TYR011", "survivor"), ("TYR012", "survivor")]),

dict(guid="tyr_tmc_obit_260320", pub="2026-03-20T05:30:00-05:00",
title="Marquita Sessions Obituary (1967 - 2026) - Tacoma, WA - Tyler Morning Courier",
body="""Marquita Denise Sessions, 58, of Tacoma, Washington, formerly of Marshall, passed away March 12, 2026. She graduated from Marshall High School in 1985 and retired from the U.S. Army as a sergeant first class after 24 years, then made her home in the Pacific Northwest.

She is survived by her son, Andre Sessions of Lakewood, Washington; her mother, Bernice Sessions of Marshall; and her brothers, Calvin and Reginald Sessions.

A memorial service will be held at 1:00 p.m. Saturday, March 28, at Galilee Missionary Baptist Church in Marshall.""",
gold=[]),

dict(guid="tyr_tmc_obit_260324", pub="2026-03-24T05:30:00-05:00",
title="Harlan Wayne Bostick Obituary (1941 - 2026) - Kilgore, TX - Tyler Morning Courier",
body="""Harlan Wayne Bostick, 84, of Kilgore passed away Thursday, March 19, 2026, at Christus Good Shepherd Medical Center in Longview.

Harlan was born June 12, 1941, in Overton to Wayne and Lois Bostick. He roughnecked in the East Texas Oil Field as a young man and later owned Bostick Pump & Supply in Kilgore for 30 years. He was a Kilgore College Rangerette booster, a Mason and a member of First Baptist Church of Kilgore.

He is survived by his wife of 61 years, Imogene Cates Bostick; his daughters, Sherry Lynn Waddell and husband Mike of Henderson and Karen Bostick of Austin; and four grandchildren.

Services will be held at 10:00 a.m. Monday at First Baptist Church of Kilgore with Bro. Tim Hargis officiating. Pallbearers will be Bubba Cheatwood, Mike Waddell, Darrell Cates, Jody Waddell, Clint Bostick and Ray Satterwhite.""",
gold=[]),  # later copy of the Piney Woods obituary: labelled there only

dict(guid="tyr_tmc_obit_260402", pub="2026-04-02T05:30:00-05:00",
title="Hattie Lou Spradlin Obituary (1936 - 2026) - Arp, TX - Tyler Morning Courier",
body="""Hattie Lou Spradlin, 89, of Arp went to her heavenly home on March 30, 2026.

Born February 4, 1936, in Overton, she taught Sunday school at Arp Baptist Church for more than fifty years and kept the best peach preserves in Smith County.

She is survived by her son, Rev. Lonnie Spradlin and wife Rhonda of Tyler; her daughter, Joyce Ann Meeks of Arp; seven grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Clyde Spradlin, and a son, Terry.

Funeral services will be held at 11:00 a.m. Saturday at Arp Baptist Church with Bro. Dwight Yancy officiating.""",
gold=[("TYR006", "survivor")]),

dict(guid="tyr_tmc_obit_260414", pub="2026-04-14T05:30:00-05:00",
title="Luther Cheatwood Obituary (1935 - 2026) - Kilgore, TX - Tyler Morning Courier",
body="""Luther "Dub" Cheatwood, 90, of Kilgore passed away April 11, 2026.

Dub was born in Gladewater in 1935 and drove a pipeline truck across East Texas for four decades. He never met a stranger at the Kilgore Dairy Queen.

Survivors include his son, Bubba Cheatwood and wife Sue of Kilgore; his brother, Herschel Cheatwood of Longview; three grandchildren; and one great-granddaughter. He was preceded in death by his wife, Lorene.

Services will be held at 2:00 p.m. Thursday at Rader Funeral Home chapel in Kilgore.""",
gold=[("TYR018", "survivor")]),
]
