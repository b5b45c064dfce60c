"""Obituaries for part cbn, four house styles, hand-labelled (gold=[(client_id, role), ...])."""

THREADGILL = """Cornelius Lee "Neal" Threadgill, 82, of Columbus, passed away Friday, January 30, 2026, at Baptist Memorial Hospital-Golden Triangle.

He was born June 12, 1943, in Steens to the late Amos and Rosetta Threadgill. He retired from Columbus Air Force Base after 34 years in civil engineering and was a faithful member of Missionary Union Baptist Church, where he served as a deacon and sang with the men's chorus.

He is survived by his wife of 58 years, Ollie Mae Beckwith Threadgill of Columbus; sons, Darnell Threadgill (Keisha) of Memphis, Tenn., and Curtis Threadgill of Columbus; a sister, Ernestine Lowery of Chicago; and six grandchildren.

Services will be held at 11 a.m. Saturday, February 7, at Missionary Union Baptist Church with the Rev. Calvin Murff officiating. Burial will follow in Memorial Gardens. Visitation is Friday from 5 to 7 p.m. at the church."""

# 1. The Golden Triangle Courier (daily newspaper, legacy-style titles, plain text)
GTC = [
dict(guid="cbn_gtc_obit_260112", pub="2026-01-12T06:00:00-06:00",
title="Hollis Weatherall Sr. Obituary (1932 - 2026) - Starkville, MS - The Golden Triangle Courier",
body="""Hollis Aubrey Weatherall Sr., 93, of Starkville, died Thursday, January 8, 2026, at his home on Pecan Acres Drive.

Mr. Weatherall was born in Sturgis and graduated from Mississippi State College in 1954 with a degree in agricultural economics. He founded Weatherall Insurance Agency on Main Street in 1961 and served on the Oktibbeha County Board of Supervisors for two terms. He never missed a Bulldog home game from 1950 until last fall.

He was preceded in death by his wife of 61 years, Dorothy Nell Weatherall, and by a brother, Carl Weatherall.

Survivors include his son, Hollis "Buddy" Weatherall Jr. (Marcia) of Starkville; a daughter, Lynn Weatherall Cobb (Travis) of Tupelo; five grandchildren; and nine great-grandchildren.

Services will be held at 2 p.m. Tuesday at First United Methodist Church of Starkville with the Rev. Lamar Pettus officiating. Pallbearers will be his grandsons and Jimmy Ray Crumpton. Memorials may be made to the MSU Foundation.""",
gold=[("CBN005", "survivor"), ("CBN006", "survivor")]),

dict(guid="cbn_gtc_obit_260202", pub="2026-02-02T06:00:00-06:00",
title="Cornelius Threadgill Obituary (1943 - 2026) - Columbus, MS - The Golden Triangle Courier",
body=THREADGILL,
gold=[("CBN001", "deceased_client"), ("CBN002", "spouse_of_deceased_client")]),

dict(guid="cbn_gtc_obit_260220", pub="2026-02-20T06:00:00-06:00",
title="Virgil Askew Obituary (2001 - 2026) - Columbus, MS - The Golden Triangle Courier",
body="""Virgil Lee Askew, 24, of Columbus, died Monday, February 16, 2026, as the result of an automobile accident on Highway 45 North.

Virgil was a 2019 graduate of Columbus High School, where he played trombone in the Falcon band, and was an apprentice lineman with 4-County Electric Power Association. He loved deer season, crawfish boils and his niece Kamryn.

He is survived by his parents, Terrence and Sharonda Askew of Columbus; a sister, Tiana Askew; his grandparents, Virgil and Earlene Askew of Columbus, for whom he was named; and his maternal grandmother, Mattie Ruth Sims of Macon.

Services will be held at 1 p.m. Saturday at Lowndes Memorial Chapel. Burial in Friendship Cemetery.""",
gold=[("CBN017", "survivor")]),

dict(guid="cbn_gtc_obit_260309", pub="2026-03-09T06:00:00-05:00",
title="Velma Dukes Obituary (1929 - 2026) - Maben, MS - The Golden Triangle Courier",
body="""Velma Irene Dukes, 96, of Maben, passed away Friday, March 6, 2026, at Rolling Hills Nursing Center in Starkville.

Mrs. Dukes taught home economics at East Oktibbeha High School for 31 years and kept a garden that fed half of Maben. She was a member of Maben Baptist Church for more than 70 years.

She was preceded in death by her husband, Roy Dukes, and a son, Larry Dukes.

She is survived by two daughters, Francine (Burnell) Tubb of Starkville and Glenda Dukes Fowler of Eupora; a daughter-in-law, Patsy Dukes of Maben; seven grandchildren; and many great-grandchildren.

Funeral services will be held at 10 a.m. Wednesday at Maben Baptist Church. Burial in Maben Cemetery.""",
gold=[("CBN019", "survivor"), ("CBN018", "survivor")]),

dict(guid="cbn_gtc_obit_260325", pub="2026-03-25T06:00:00-05:00",
title="Rosalind Culpepper Obituary (1960 - 2026) - Mobile, AL - The Golden Triangle Courier",
body="""Rosalind "Roz" Culpepper, 65, of Mobile, Alabama, died March 21, 2026, at Providence Hospital.

A native of Prichard, she worked for 30 years as a registered nurse at the University of South Alabama Medical Center. She is survived by her son, Andre Culpepper of Mobile; her sisters, Carolyn Ellis and Denise Mims, both of Mobile; and three grandchildren.

A celebration of life will be held Saturday at Christ the King Church in Mobile. The notice is published here at the request of cousins in Lowndes County.""",
gold=[]),

dict(guid="cbn_gtc_obit_260414", pub="2026-04-14T06:00:00-05:00",
title="Luther Hairston Obituary (1952 - 2026) - Caledonia, MS - The Golden Triangle Courier",
body="""Luther James Hairston, 73, of Caledonia, died Saturday, April 11, 2026, at his home.

Mr. Hairston farmed soybeans and cattle on the family place near Caledonia for more than 50 years and drove a school bus for the Lowndes County School District. He was a deacon at New Hope Missionary Baptist Church.

He leaves to cherish his memory his wife, Earnestine Hairston; two sons, Marcus and Jermaine Hairston of Caledonia; a sister, Lula Sudduth (Claiborne) of Caledonia; a brother, Rev. Otha Hairston of Birmingham, Ala.; and a host of nieces, nephews and friends.

Services will be held at 11 a.m. Saturday at New Hope M.B. Church. Pallbearers: Marcus Hairston, Jermaine Hairston, Kendrick Stallworth, Dontae Sudduth, Willie Gore and Jarvis Hairston.""",
gold=[("CBN011", "survivor"), ("CBN010", "survivor")]),

dict(guid="cbn_gtc_obit_260502", pub="2026-05-02T06:00:00-05:00",
title="Addie Lenoir Obituary (1938 - 2026) - West Point, MS - The Golden Triangle Courier",
body="""Addie Hightower Lenoir, 87, of West Point, died Wednesday, April 29, 2026, at North Mississippi Medical Center-West Point.

She was a cafeteria manager at Fifth Street School for 28 years and a lifelong member of Mount Pleasant M.B. Church.

She was preceded in death by her husband, Rufus Lenoir; her parents, Walter and Lizzie Hightower; and her brothers, Jerome Hightower and Cleophus Hightower.

She is survived by a daughter, Gwendolyn Lenoir Bell of Columbus; a nephew, Kendrick Stallworth (Tameka) of West Point, whom she raised; and a host of other relatives.

Services will be held Saturday at 1 p.m. at Mount Pleasant M.B. Church in West Point.""",
gold=[("CBN020", "survivor")]),
]

# 2. Tombigbee Valley Funeral Home (funeral-home site: HTML in content:encoded, permalink guids)
TV = [
dict(guid="cbn_tvfh_inez-gillespie-2026", pub="2026-02-11T15:20:00-06:00",
title="Inez Gillespie",
body="""Mrs. Inez Pearl Gillespie, 91, of West Point, went to be with the Lord on Sunday, February 8, 2026.

Inez was born in Pheba and married Harold Gillespie in 1950. Together they ran Gillespie's Grocery on Main Street in West Point for four decades. She was a charter member of the Clay County Homemakers and a Sunday school teacher at Calvary Baptist Church.

She was preceded in death by her husband, Harold, and a son, Dale Gillespie.

Survivors include her daughter, Bettye Jean Yarbrough and her husband, Ardell, of West Point; a son, Roger Gillespie of Olive Branch; four grandchildren and six great-grandchildren.

Visitation will be from 10 to 11 a.m. Friday at Calvary Baptist Church, with the funeral following. Her friend Dessie Harkins will read the obituary. Tombigbee Valley Funeral Home, West Point, is in charge of arrangements.""",
gold=[("CBN004", "survivor"), ("CBN003", "survivor")]),

dict(guid="cbn_tvfh_walter-culpepper-jr-2026", pub="2026-03-05T10:45:00-06:00",
title="Walter Culpepper Jr.",
body="""Walter Eugene Culpepper Jr., 81, of Columbus, passed away peacefully on March 2, 2026, surrounded by his family.

Walter retired from Kerr-McGee after 33 years and was known up and down Bluecutt Road for his fig preserves and his Sunday tomatoes. He served in the U.S. Army in Germany.

He is survived by his daughter, Rosalind "Roz" Culpepper of Columbus; his son, Walter Culpepper III of Atlanta; a brother, Henry Culpepper of Aberdeen; and three grandchildren.

He was preceded in death by his wife, Annie Ruth, and his parents.

A graveside service will be held at 2 p.m. Saturday at Friendship Cemetery with full military honors.""",
gold=[("CBN016", "survivor")]),

dict(guid="cbn_tvfh_harriet-oglesby-2026", pub="2026-04-12T09:10:00-05:00",
title="Harriet Oglesby",
body="""Harriet Sims Oglesby, 88, of Starkville, died April 9, 2026, at OCH Regional Medical Center.

A retired Oktibbeha County Schools librarian, she read to three generations of Starkville children and never let a library card lapse.

She is survived by her son, Thaddeus "Tad" Oglesby (Renee) of Starkville; a daughter, Jean Oglesby Pratt of Jackson; and five grandchildren.

Services will be held at 11 a.m. Thursday at First Presbyterian Church of Starkville.""",
gold=[]),  # Tad Oglesby (CBN008) is do_not_contact

dict(guid="cbn_tvfh_opal-vowell-2026", pub="2026-05-09T14:00:00-05:00",
title="Opal Vowell",
body="""Opal Faye Vowell, 84, of Crawford, passed away Wednesday, May 6, 2026, at her home.

Opal worked at the Crawford post office for 25 years and made a pound cake for every funeral in south Lowndes County. She was a member of Crawford Church of Christ.

Survivors include her son, Dwayne Vowell (Crystal) of Crawford; her granddaughter, Brittany Pilgrim (Cody) of Columbus; grandson, Tyler Vowell of Brooksville; and her first great-grandchild, Hollis Pilgrim.

Preceded in death by her husband, James Earl Vowell.

Services will be Saturday at 10 a.m. at the funeral home chapel, with burial in Crawford Cemetery.""",
gold=[("CBN022", "survivor"), ("CBN021", "survivor")]),

dict(guid="cbn_tvfh_eugene-kilgore-2026", pub="2026-06-03T11:30:00-05:00",
title="Eugene Kilgore",
body="""Eugene Thomas Kilgore, 80, of Columbus, died May 31, 2026.

Gene was a machinist at American Eurocopter and a lifelong angler on the Tennessee-Tombigbee Waterway.

He is survived by his sister, Mavis Kilgore Pounds of Columbus; nephews, Brent Pounds and Carl Pounds; and his fishing buddy of 40 years, Ray Nabors.

Services will be held Saturday at 11 a.m. at Fairview Baptist Church, with the Rev. Lamar Pettus officiating. Pallbearers will be Burnell Tubb, Brent Pounds, Carl Pounds and Ray Nabors.""",
gold=[("CBN012", "survivor")]),
]

# 3. Mt. Zion M.B. Church bereavement notices (church bulletin / homegoing, plain text)
MTZ = [
dict(guid="cbn_mtz_bereavement_260118", pub="2026-01-18T07:00:00-06:00",
title="Homegoing Celebration: Mother Pearlie Ivory Macon",
body="""The Mt. Zion family extends Christian love and sympathy to the family of Mother Pearlie Ivory Macon, 97, who departed this life on Tuesday, January 13, 2026.

Mother Macon was a member of Mt. Zion for 80 years, serving on the Mothers Board and the Kitchen Committee.

She leaves to cherish her memory her sister, Queen Esther Gandy of Columbus; a devoted niece, Loretta Gandy Harris of Columbus; and a host of nieces, nephews, church family and friends.

Homegoing celebration Saturday, 12 noon, Mt. Zion M.B. Church. Pastor Lamar Pettus, eulogist. Repast in the fellowship hall. Please keep the family in your prayers.""",
gold=[("CBN007", "survivor")]),

dict(guid="cbn_mtz_bereavement_260301", pub="2026-03-01T07:00:00-06:00",
title="Homegoing Celebration: Deacon Otis Beckwith",
body="""We are saddened to announce the passing of Deacon Otis Beckwith, 84, who went home to be with the Lord on February 25, 2026.

Deacon Beckwith served Mt. Zion as chairman of the Deacon Board and drove the church van every Sunday for 30 years.

He was preceded in death by his wife, Lessie; his parents; and his brother-in-law, Cornelius "Neal" Threadgill.

He leaves to mourn his daughters, Carla Beckwith and Tonya Beckwith Hale; his sister, Ollie Mae Threadgill of Columbus; and a host of grandchildren.

Homegoing Saturday at 11 a.m. Viewing Friday 4 to 6 p.m. at Carter's Memorial Chapel.""",
gold=[("CBN002", "survivor")]),

dict(guid="cbn_mtz_bereavement_260419", pub="2026-04-19T07:00:00-05:00",
title="Homegoing Celebration: Mother Carrie Bell Hightower",
body="""With sorrow we share that Mother Carrie Bell Hightower, 94, of West Point, transitioned on April 15, 2026.

Mother Hightower sang in the Senior Choir for 60 years and never missed a Wednesday night prayer meeting.

She leaves to cherish her memory her son, Jerome "Romie" Hightower of West Point; her daughter, Bernice Hightower Jones of Chicago; 11 grandchildren; and a host of great-grandchildren.

Homegoing Saturday at 1 p.m., Mt. Zion M.B. Church. Obituary reading: Sis. Bettye Jean Yarbrough. Solo: Sis. Dessie Harkins.""",
gold=[("CBN013", "survivor")]),

dict(guid="cbn_mtz_bereavement_260527", pub="2026-05-27T07:00:00-05:00",
title="Homegoing Celebration: Brother Sylvester Swoope",
body="""The Mt. Zion family extends sympathy to the family of Brother Sylvester Swoope, 71, of Starkville, who departed this life May 22, 2026.

Brother Swoope was an usher and a proud Mississippi Valley State alumnus.

He leaves his wife, Bernadine Swoope; sons, Darius and Marcus Swoope; and a host of relatives.

Homegoing Saturday 11 a.m. Officiating: Pastor Lamar Pettus. Acknowledgements: Sis. Ollie Mae Threadgill. Flower bearers: the Missionary Society.""",
gold=[]),
]

# 4. Golden Triangle Death Notices (brief paid notices, surname-first)
DN = [
dict(guid="cbn_dn_260206_threadgill", pub="2026-02-06T05:00:00-06:00",
title="THREADGILL, Cornelius Lee \"Neal\"",
body=THREADGILL,
gold=[]),  # later second copy of cbn_gtc_obit_260202: labelled on the earlier copy only

dict(guid="cbn_dn_260316_harkins", pub="2026-03-16T05:00:00-05:00",
title="HARKINS, Dessie",
body="""HARKINS, Dessie, West Point. Died March 14, 2026. Arrangements pending with Tombigbee Valley Funeral Home, West Point.""",
gold=[("CBN014", "possible_deceased_client")]),

dict(guid="cbn_dn_260422_yarbrough", pub="2026-04-22T05:00:00-05:00",
title="YARBROUGH, Ardell L.",
body="""YARBROUGH, Ardell Louis, 79, of Greenwood, died April 19, 2026. Retired cotton classer with the USDA in Greenwood. Survived by his wife of 52 years, Lorene; daughters, Sheila Yarbrough and Monica Y. Tate, both of Greenwood. Services Saturday 11 a.m., Wesley Chapel, Greenwood.""",
gold=[]),

dict(guid="cbn_dn_260511_tubb", pub="2026-05-11T05:00:00-05:00",
title="TUBB, Harlan W.",
body="""TUBB, Harlan Wayne, 77, Sturgis, died May 8, 2026. Retired logger. Survived by his wife, Joyce; brother, Burnell Tubb (Francine), Starkville; two sons; four grandchildren. Services Tuesday 2 p.m., Sturgis Baptist Church.""",
gold=[("CBN018", "survivor"), ("CBN019", "survivor")]),
]

ITEMS = GTC + TV + MTZ + DN
