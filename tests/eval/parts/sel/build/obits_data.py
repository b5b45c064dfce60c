"""Obituaries for the `sel` part, hand-labelled (gold=[(client_id, role)]). Three house styles:
CL = The Selma Courier-Ledger (daily newspaper, plain text), LS = Lavender & Sims Funeral Home (homegoing
style, HTML in content:encoded), BB = Black Belt Death Notices (paid notices, surname-first, plain text)."""

CL = [
dict(guid="sel_cl_obit_260402_hatcher", pub="2026-04-02T06:00:00-05:00",
title="Rufus Lee Hatcher, 89, of Safford",
body="""Funeral service for Rufus Lee Hatcher, 89, of Safford will be held at 11 a.m. Saturday at Little Zion Missionary Baptist Church in Safford with the Rev. Cedric Moss officiating. Burial will follow in the church cemetery. Lavender & Sims Funeral Home of Selma is in charge of arrangements.

Mr. Hatcher died March 29, 2026, at Vaughan Regional Medical Center. He farmed cotton and later soybeans on the family place off Highway 5 for more than 60 years and was a deacon at Little Zion for 41 years.

He is survived by his sister, Mother Willie Mae Threadgill of Selma; two sons, Rufus Hatcher Jr. of Birmingham and Calvin Hatcher of Safford; a daughter, Bernice Hatcher Odom of Montgomery; nine grandchildren and a host of nieces and nephews.

He was preceded in death by his wife, Earline, and a brother, Otis Hatcher.""",
gold=[("SEL001", "survivor")]),

dict(guid="sel_cl_obit_260409_sewell", pub="2026-04-09T06:00:00-05:00",
title="Roosevelt 'Ro' Sewell, 22, of Selma",
body="""Roosevelt Jamal "Ro" Sewell, 22, of Selma died Saturday, April 4, 2026, of injuries suffered in a one-vehicle accident on U.S. 80 west of Selma.

A 2022 graduate of Selma High School, where he played trumpet in the Marching Saints band, Ro was a lineman apprentice with Black Warrior EMC and was named for his grandfather.

He is survived by his mother, Kendra Sewell of Selma; his grandparents, Roosevelt and Hattie Sewell of Selma; a sister, Imani Sewell of Tuscaloosa; and his great-grandmother, Odessa Jemison of Marion.

Services will be at 1 p.m. Saturday at Tabernacle Baptist Church, with interment at Live Oak Cemetery. Lavender & Sims Funeral Home is in charge.""",
gold=[("SEL021", "survivor"), ("SEL022", "survivor")]),

dict(guid="sel_cl_obit_260423_boykin", pub="2026-04-23T06:00:00-05:00",
title="Essie Mae Boykin, 88, of Valley Grande",
body="""Essie Mae Boykin, 88, of Valley Grande passed away Monday, April 20, 2026, at her home.

A graveside service will be held at 2 p.m. Friday at New Hope Cemetery in Valley Grande, Minister Lamar Crenshaw officiating. Carter-Hines Funeral Home is in charge of arrangements.

Mrs. Boykin retired from the Dallas County School System after 34 years as a lunchroom manager at Valley Grande Elementary.

Survivors include her daughter, Claudette (Alonzo) Whitsett of Valley Grande; a son, Marvin Boykin of Huntsville; five grandchildren; and eight great-grandchildren. She was preceded in death by her husband, Elmore Boykin.

Pallbearers will be grandsons and nephews. Honorary pallbearer: Clyde Vandiver.""",
gold=[("SEL003", "survivor"), ("SEL002", "survivor")]),

dict(guid="sel_cl_obit_260507_mayhew", pub="2026-05-07T06:00:00-05:00",
title="Antoinette Gaines Mayhew, 91, of Orrville",
body="""Antoinette Gaines Mayhew, 91, of Orrville died May 3, 2026, at Warren Manor in Selma.

Mrs. Mayhew taught piano to three generations of Orrville children and played organ at Orrville United Methodist Church for 52 years.

She is survived by a son, Douglas Mayhew (Renee) of Prattville; a granddaughter, Toni Mayhew of Selma, her namesake; and a grandson, Brandon Mayhew of Auburn. She was preceded in death by her husband, Carl W. Mayhew.

Funeral service will be at 10 a.m. Monday at Orrville United Methodist Church, the Rev. Jan Pittman officiating. Burial in Orrville Cemetery. Carter-Hines Funeral Home directing.""",
gold=[("SEL024", "survivor")]),

dict(guid="sel_cl_obit_260521_pressley", pub="2026-05-21T06:00:00-05:00",
title="Ezekiel 'Zeke' Pressley, 79, of Orrville",
body="""Funeral service for Ezekiel Thomas "Zeke" Pressley, 79, of Orrville will be held at 11 a.m. Saturday at Mt. Olive Missionary Baptist Church in Orrville with the Rev. Obadiah Fikes officiating. Burial will follow in the church cemetery.

Mr. Pressley was born August 21, 1946, in Orrville to the late Thomas and Luvenia Pressley, and died May 17, 2026. He drove a log truck for 30 years and ran the Pressley produce stand on Highway 22 every summer.

He is survived by his wife of 54 years, Ora Lee Moorer Pressley; two daughters, Sharon Pressley Hobbs of Atlanta and Denise Pressley of Selma; a nephew, Wendell Goldsby (Nita) of Orrville; and six grandchildren.

Pallbearers will be Clyde Vandiver, Quinton Ellerbee, Marcus Hobbs, Terrell Pressley, Jaylen Hobbs and Corey Moorer. Lavender & Sims Funeral Home is in charge of arrangements.""",
gold=[("SEL006", "deceased_client"), ("SEL007", "spouse_of_deceased_client"), ("SEL017", "survivor")]),

dict(guid="sel_cl_obit_260604_askew", pub="2026-06-04T06:00:00-05:00",
title="Delphine R. Askew, 65, of Detroit, Mich.",
body="""Delphine Renee Askew, 65, of Detroit, Mich., died May 28, 2026, at Henry Ford Hospital. A native of Detroit, she retired from the U.S. Postal Service after 31 years.

Survivors include her son, Andre Askew of Southfield, Mich.; two sisters, Carla Bynum of Detroit and Yvonne Askew of Dearborn, Mich.; and four grandchildren.

Services were held in Detroit. The notice is published at the request of cousins in Selma.""",
gold=[]),

dict(guid="sel_cl_obit_260618_kimbrough", pub="2026-06-18T06:00:00-05:00",
title="Thaddeus Kimbrough Sr., 84, of Selma",
body="""Thaddeus Kimbrough Sr., 84, of Selma died Sunday, June 14, 2026.

Mr. Kimbrough owned Kimbrough's Barber Shop on Franklin Street for 47 years, where generations of Selma men got their first haircut and their first lecture on voting.

He is survived by his son, Thaddeus "Tad" Kimbrough Jr. (Renita) of Selma; a daughter, Felicia Kimbrough Drake of Decatur, Ga.; five grandchildren, among them Thaddeus Kimbrough III of Montgomery; and a sister, Ruby Kimbrough of Chicago. He was preceded in death by his wife of 50 years, Mary Alice.

Services will be held at 11 a.m. Saturday at First Baptist Church on Martin Luther King Jr. Street. Lavender & Sims Funeral Home is in charge of arrangements.""",
gold=[("SEL004", "survivor"), ("SEL005", "survivor")]),
]

LS = [
dict(guid="sel_ls_260416_tyus", pub="2026-04-16T15:20:00-05:00",
title="Celebration of Life: Mother Cora Bell Tyus",
body="""Mother Cora Bell Tyus, 90, of Selma, answered the Master's call on Saturday, April 11, 2026.

She was born to the late Isaac and Pearlie Tyus in Lowndes County and united with Greater Ebenezer Baptist Church at an early age, where she served faithfully on the Mothers' Board and the Kitchen Committee.

She leaves to cherish her memory a devoted daughter, Latasha "Tasha" Ellerbee (Quinton) of Selma; a son, Raymond Tyus of Montgomery; a brother, Jerome "Bubba" Tarrant of Valley Grande; grandchildren Kiara and Quinton Jr.; and a host of nieces, nephews, church family and friends.

Viewing: Friday, 1-6 p.m., Lavender & Sims Funeral Home Chapel. Celebration of Life: Saturday, 11 a.m., Greater Ebenezer Baptist Church. Eulogist: Pastor Harold Means. Interment: Live Oak Cemetery. Repast to follow at the church fellowship hall.""",
gold=[("SEL016", "survivor"), ("SEL015", "survivor")]),

dict(guid="sel_ls_260430_culliver", pub="2026-04-30T11:05:00-05:00",
title="Homegoing Service: Sister Lucille Culliver Brooks",
body="""Sister Lucille Culliver Brooks, 84, of Plantersville, departed this life on Sunday, April 26, 2026, at Vaughan Regional Medical Center.

She was a graduate of R.B. Hudson High School and retired from Selma's Bush Hog plant. She was a faithful member of St. Phillip AME Zion Church, Plantersville.

She was preceded in death by her husband, James Brooks, her parents, Arthur and Sadie Culliver, and her brothers, Mack Arthur Culliver and Willie Culliver.

She leaves to cherish her memory her daughters, Gloria Brooks of Plantersville and Angela Brooks Fluker of Birmingham; six grandchildren; and a host of other relatives and friends.

Homegoing Service: Saturday, noon, St. Phillip AME Zion Church. Officiating: Rev. Darnell Harris. Pallbearers: Quinton Ellerbee, Derrick Fluker, Marcus Brooks, Tyrell Brooks. Interment: church cemetery.""",
gold=[]),

dict(guid="sel_ls_260514_threadgill", pub="2026-05-14T16:45:00-05:00",
title="Celebration of Life: Mother Willie Mae Hatcher Threadgill",
body="""Mother Willie Mae Hatcher Threadgill was born March 14, 1941, in Safford, Alabama, to the late Lucius and Hattie Bell Hatcher. She peacefully entered into eternal rest on Saturday, May 9, 2026, at her home in Selma, at the age of 85.

Mother Threadgill taught first grade at Clark Elementary for 36 years and marched from Brown's Corner to the Edmund Pettus Bridge on Bloody Sunday as a young teacher. She was the widow of the late Deacon Robert Threadgill.

She leaves to cherish her precious memory her niece, whom she reared as her own, Gwendolyn "Gwen" Rembert of Selma; nephews Rufus Hatcher Jr. of Birmingham and Calvin Hatcher of Safford; godchildren; and a host of former students. She was preceded in death by her husband, her brothers Rufus and Otis Hatcher, and her parents.

Public viewing: Friday, 2-7 p.m., Lavender & Sims Funeral Home Chapel. Celebration of Life: Saturday, 11 a.m., Tabernacle Baptist Church. Eulogist: Rev. Obadiah Fikes of Marion. Obituary reading: Sis. Delphine Askew. Interment: Live Oak Cemetery.""",
gold=[("SEL001", "deceased_client"), ("SEL014", "survivor")]),

dict(guid="sel_ls_260528_lykes", pub="2026-05-28T10:10:00-05:00",
title="Homegoing Service: Deacon Herman Lykes",
body="""Deacon Herman Lykes, 81, of Marion, was called home on Sunday, May 24, 2026.

A lifelong member of Zion Chapel Missionary Baptist Church in Marion, he served as chairman of the Deacon Board for 22 years and drove a school bus for the Perry County Board of Education for 30 years.

He leaves to cherish his memory his daughter, Renita Lykes Kimbrough of Selma; his sister-in-law, Delphine Askew of Sardis; three grandchildren; and a host of nieces, nephews, cousins and friends. He was preceded in death by his wife, Annie Ruth Askew Lykes.

Homegoing Service: Saturday, 1 p.m., Zion Chapel Missionary Baptist Church, Marion. Officiating: Rev. Obadiah Fikes. Interment: Marion City Cemetery.""",
gold=[("SEL005", "survivor"), ("SEL012", "survivor")]),

dict(guid="sel_ls_260611_dozier", pub="2026-06-11T09:30:00-05:00",
title="Announcement: Mrs. Eulalia Dozier",
body="""Lavender & Sims Funeral Home announces the passing of Mrs. Eulalia Dozier of Marion Junction on Tuesday, June 9, 2026. Arrangements are incomplete and will be announced at a later date.""",
gold=[("SEL020", "possible_deceased_client")]),

dict(guid="sel_ls_260625_rembert", pub="2026-06-25T14:00:00-05:00",
title="Celebration of Life: Mother Viola Rembert",
body="""Mother Viola Odom Rembert, 96, of Selma, went home to be with the Lord on Sunday, June 21, 2026.

She leaves to cherish her memory a devoted daughter, Gwendolyn "Gwen" Rembert, owner of Rembert's Soul Kitchen, Selma; a son, Louis Rembert of Columbus, Ohio; four grandchildren; and a host of church family. She was preceded in death by her husband, Louis Rembert Sr.

Flower bearers: Antoinette Mayhew, Latasha Ellerbee, Kiara Ellerbee and Cassandra Nall.

Celebration of Life: Saturday, 11 a.m., Greater Ebenezer Baptist Church. Eulogist: Pastor Harold Means. Interment: Live Oak Cemetery.""",
gold=[("SEL014", "survivor")]),
]

BB = [
dict(guid="sel_bb_260326_moorer", pub="2026-03-26T07:00:00-05:00", title="MOORER, Elijah",
body="""MOORER, Elijah, 90, of Orrville, died March 22, 2026. Retired from Hammermill Paper. Survived by his sister, Mrs. Ezekiel (Ora Lee) Pressley of Orrville; two sons, Corey Moorer of Selma and Alvin Moorer of Mobile. Services 11 a.m. Saturday, Mt. Olive M.B. Church, Orrville. Lavender & Sims, directors.""",
gold=[("SEL007", "survivor")]),

dict(guid="sel_bb_260409_suttles", pub="2026-04-09T07:00:00-05:00", title="SUTTLES, Ira Lee",
body="""SUTTLES, Ira Lee, 93, of Uniontown, died April 6, 2026. Survived by his sister, Lottie (Obadiah) Fikes of Marion; a daughter, Gloria Suttles of Uniontown. Preceded in death by his wife, Rosa. Services 2 p.m. Sunday, Canaan Baptist Church, Uniontown; the Rev. Jesse Hunter officiating.""",
gold=[("SEL010", "survivor"), ("SEL009", "survivor")]),

dict(guid="sel_bb_260507_nall", pub="2026-05-07T07:00:00-05:00", title="NALL, Clarence \"Pete\"",
body="""NALL, Clarence "Pete", 88, of Marion, died May 4, 2026. Retired from Marion Military Institute grounds crew. Survived by his son, Curtis Nall of Marion; his grandson, Derrick Nall and wife Cassie of Marion; and two great-grandchildren. Services 11 a.m. Saturday, Marion City Cemetery chapel.""",
gold=[("SEL019", "survivor"), ("SEL018", "survivor")]),

dict(guid="sel_bb_260516_threadgill", pub="2026-05-16T07:00:00-05:00", title="THREADGILL, Willie Mae",
body="""THREADGILL, Willie Mae (Hatcher), 85, of Selma, entered into rest May 9, 2026. Retired Clark Elementary teacher. Survived by niece Gwen Rembert of Selma. Viewing Friday 2-7 p.m., Lavender & Sims Funeral Home; Celebration of Life 11 a.m. Saturday, Tabernacle Baptist Church.""",
gold=[]),  # second, later copy of sel_ls_260514_threadgill: labelled on the first copy only

dict(guid="sel_bb_260523_ellerbee", pub="2026-05-23T07:00:00-05:00", title="ELLERBEE, Quinton D.",
body="""ELLERBEE, Quinton D., 47, of Columbus, Ga., died May 19, 2026. Survived by his wife, Monique; sons Quinton Jr. and Isaiah, all of Columbus; his mother, Verna Ellerbee of Phenix City. Services 1 p.m. Friday, Fourth Street Baptist Church, Columbus.""",
gold=[]),

dict(guid="sel_bb_260702_goldsby", pub="2026-07-02T07:00:00-05:00", title="GOLDSBY, Nita Ruth",
body="""GOLDSBY, Nita Ruth, 72, of Orrville, died June 28, 2026. Retired LPN, Vaughan Regional Medical Center. Survived by her husband of 50 years, Wendell Goldsby; a daughter, Kim Goldsby Rudolph of Prattville; and three grandchildren. Services 10 a.m. Tuesday, Orrville United Methodist Church. Carter-Hines, directors.""",
gold=[("SEL017", "survivor")]),
]
