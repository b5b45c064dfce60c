"""Green Country Courier obituaries (Owasso, Sand Springs, Broken Arrow weekly): Baptist and Methodist
small-town obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="tul_gcc_2026_0114", pub="2026-01-15T06:00:00-06:00", title="Wanda Faye Tubbs",
body="""Wanda Faye Tubbs, 93, of Sand Springs went home to be with her Lord on Sunday, January 11, 2026. She was born October 2, 1932, in Keystone, Oklahoma, to Orville and Ruby Dell Coker, and married Lloyd Tubbs in 1950 at the First Baptist Church of Sand Springs, where she taught the Ladies' Sunday School class for 41 years. She retired from the Sand Springs Home after 28 years in the kitchen.

Survivors include her daughter, Peggy Vanlandingham and husband Buddy of Sand Springs; son, Larry Tubbs and wife Cheryl of Mannford; six grandchildren and eleven great-grandchildren.

She was preceded in death by her husband Lloyd, her parents, and a brother, Virgil Coker.

Services will be at 2 p.m. Friday at First Baptist Church of Sand Springs, Pastor Denny O'Daniel officiating, with burial in Woodland Cemetery. Arrangements by Sand Springs Chapel.""",
gold=[("TUL013", "survivor"), ("TUL012", "survivor")]),

dict(guid="tul_gcc_2026_0205", pub="2026-02-05T06:00:00-06:00", title="Clyde Everett Stufflebean",
body="""Clyde Everett Stufflebean, 86, of Owasso, passed away Saturday, January 31, 2026, at St. Francis Hospital in Tulsa. Clyde was born June 14, 1939, on the family farm near Collinsville to Everett and Opal Stufflebean. He graduated from Owasso High School in 1957, served two years in the U.S. Army, and worked 34 years as a machinist at the American Airlines maintenance base in Tulsa. He was a deacon at First Baptist Church of Owasso, drove the church bus for Vacation Bible School, and never missed an Owasso Rams home game.

He is survived by his wife of 65 years, Norma Jean (Pettijohn) Stufflebean, of the home; two sons, Gary Stufflebean and wife Tina of Skiatook and Dale Stufflebean of Owasso; five grandchildren and three great-grandchildren.

He was preceded in death by his parents and a sister, Bonnie Lou Akins.

Funeral services will be held at 10 a.m. Thursday at First Baptist Church of Owasso. Pallbearers will be his grandsons and Kenny Shadlow. Burial with military honors will follow at Fairview Cemetery.""",
gold=[("TUL007", "deceased_client"), ("TUL008", "spouse_of_deceased_client")]),

dict(guid="tul_gcc_2026_0226", pub="2026-02-26T06:00:00-06:00", title="Doris Ann Pruett",
body="""Doris Ann Pruett, 88, of Collinsville, went to be with her Savior on February 22, 2026. She was born March 30, 1937, in Oologah to Hubert and Mae Carter, married Leon Pruett in 1955, and together they ran Pruett Feed & Seed on Main Street for 40 years. She was a member of First United Methodist Church of Collinsville, where she played the piano for Wednesday night services, and she was a charter member of the Collinsville Garden Club.

She leaves behind her daughters, Rhonda Shadlow (Kenny) of Owasso and Teresa Pruett Hale of Oologah; a son, Mike Pruett of Talala; seven grandchildren and four great-grandchildren.

She was preceded in death by her husband, Leon, and by her brother, Hubert Carter Jr.

Visitation 6-8 p.m. Friday; service 2 p.m. Saturday at First United Methodist Church of Collinsville, Rev. Carla Dunning officiating. Interment Collinsville Cemetery.""",
gold=[("TUL018", "survivor"), ("TUL017", "survivor")]),

dict(guid="tul_gcc_2026_0319", pub="2026-03-19T06:00:00-05:00", title="Harlan Wade Dreadfulwater",
body="""Harlan Wade Dreadfulwater, 79, of Broken Arrow passed away March 15, 2026. Harlan was born in Stilwell on July 2, 1946, to Johnson and Maggie Dreadfulwater. A Cherokee Nation citizen, he served in the Navy aboard the USS Ranger, then worked 38 years as a lineman for Public Service Company of Oklahoma. He loved bass fishing on Fort Gibson Lake and singing bass in the choir at First Methodist Broken Arrow.

Those left to cherish his memory are his wife, Glenda, of the home; his daughter, Mary Beth Dreadfulwater of Coweta; his son, Cody Dreadfulwater and wife Amber of Bixby; and four grandchildren.

Preceded in death by his parents and his brother, Jackson Dreadfulwater.

Services will be held 11 a.m. Saturday at First Methodist Broken Arrow. Burial at Floral Haven Memorial Gardens.""",
gold=[("TUL005", "survivor")]),

dict(guid="tul_gcc_2026_0416", pub="2026-04-16T06:00:00-05:00", title="Elmer Ray Deerinwater",
body="""Elmer Ray Deerinwater, 81, of Claremore, passed away peacefully at home on April 12, 2026, with his family by his side. He was born September 30, 1944, in Chelsea, Oklahoma. A Cherokee Nation citizen and an Air Force veteran, he retired from the Claremore Indian Hospital maintenance department and was a longtime member of Claremore's First Baptist Church. He coached Little League for 25 years and grew the best tomatoes on Florence Avenue.

Survivors include his son, Jesse Deerinwater and wife Krista of Claremore; his daughter, Tonya Deerinwater of Chelsea; and grandchildren Kaylee, Tanner and Bo.

He was preceded in death by his wife, Loretta, and by his parents.

Funeral 2 p.m. Tuesday at First Baptist Church of Claremore; burial at Woodlawn Cemetery.""",
gold=[("TUL015", "survivor")]),

dict(guid="tul_gcc_2026_0521", pub="2026-05-21T06:00:00-05:00", title="Rev. Odell James Threadgill",
body="""Rev. Odell James Threadgill, 84, of Muskogee, entered into eternal rest on May 16, 2026. He was born in Taft, Oklahoma, on August 11, 1941, the eldest of nine children of Rev. Isaiah and Mattie Threadgill. He pastored Mount Calvary Missionary Baptist Church in Muskogee for 37 years and drove a city bus for 25 more.

He leaves to cherish his memory his wife, Bernice; his sons, Odell Jr. and Marcus (Yvette) Threadgill; his sister, LaDonna Threadgill of Tulsa; a host of grandchildren, nieces, nephews and church family.

He was preceded in death by his parents, eight brothers and sisters, and a granddaughter, LaDonna Marie Threadgill.

Homegoing celebration 11 a.m. Saturday at Mount Calvary Missionary Baptist Church, Muskogee. Interment Greenhill Cemetery.""",
gold=[("TUL020", "survivor")]),

dict(guid="tul_gcc_2026_0611", pub="2026-06-11T06:00:00-05:00", title="Opal Faye Harris",
body="""Opal Faye Harris, 90, of Skiatook, passed away June 6, 2026, at Skiatook Nursing Center. She was born January 3, 1936, in Sperry to Ray and Edna Pettijohn, married Dwayne Harris in 1954, and kept the books for Harris Plumbing for 35 years. She was a member of Skiatook First United Methodist Church and its Tuesday quilting circle.

Survivors include her sons, Randy Harris and wife Lisa of Skiatook and Troy Harris of Sperry; her sister, Norma Jean Stufflebean of Owasso; six grandchildren and nine great-grandchildren.

She was preceded in death by her husband Dwayne; her parents; a brother, Marvin Pettijohn; and her brother-in-law, Clyde Stufflebean.

Graveside service 10 a.m. Saturday at Skiatook Cemetery, Rev. Carla Dunning officiating.""",
gold=[("TUL008", "survivor")]),
]
