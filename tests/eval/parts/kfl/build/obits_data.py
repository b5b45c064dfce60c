"""Obituaries for part kfl, three house styles, each text with its hand labels (gold=[(client_id, role)])."""

# 1. The Klamath Basin Sentinel (daily newspaper): legacy-style titles, plain text
SENTINEL = [
dict(guid="kfl_sentinel_obit_260114_0117", pub="2026-01-14T05:30:00-08:00",
title="Clayton Merritt Sr. Obituary (1938 - 2026) - Bonanza, OR - Klamath Basin Sentinel",
body="""BONANZA - Clayton Everett Merritt Sr., 87, a Langell Valley cattleman who fed hay every winter morning for seventy years and never once complained about the cold in front of his grandchildren, died January 9, 2026, at Sky Lakes Medical Center in Klamath Falls.

Clayton was born June 3, 1938, in Bonanza to Everett and Opal Merritt and graduated from Bonanza High School in 1956. He married Velma Haskins in 1959, and together they ran the Merritt place on East Langell Valley Road until their son took over the cattle in 1995. He served on the Langell Valley Irrigation District board for 22 years and was a 4-H beef leader for longer than anyone can remember.

He is survived by his son, Clayton "Clay" Merritt Jr. (Deb) of Bonanza; his daughter, Loretta Pfaff and her husband, Gordon, of Klamath Falls; five grandchildren and nine great-grandchildren. He was preceded in death by his wife of 58 years, Velma, in 2017, and by his brother, Harold.

A funeral will be held at 11 a.m. Saturday, Jan. 17, at Bonanza Community Church, with Pastor Glen Rademacher officiating. Pallbearers will be his grandsons and Cody Akers. Burial will follow at Bonanza Cemetery. Memorial contributions may be made to the Bonanza FFA.""",
gold=[("KFL007", "survivor"), ("KFL008", "survivor")]),

dict(guid="kfl_sentinel_obit_260211_0164", pub="2026-02-11T05:30:00-08:00",
title="Tanner Hollister Obituary (2006 - 2026) - Klamath Falls, OR - Klamath Basin Sentinel",
body="""Tanner Wade Hollister, 19, of Klamath Falls, died February 6, 2026, in a single-vehicle accident on Highway 140 near Lake of the Woods.

Tanner graduated from Mazama High School in 2024, where he played baseball and ran a mean fastball, and was finishing his first year in the diesel technology program at Klamath Community College. He loved elk hunting with his dad and uncles, his blue heeler, Tick, and his old Ford pickup, which he rebuilt twice.

Tanner is survived by his parents, Curtis and Jolene Hollister of Klamath Falls; his sister, Kenzie; his grandmother, Eleanor Hollister of Klamath Falls; and many aunts, uncles and cousins who loved him.

A celebration of life will be held at 2 p.m. Saturday, Feb. 14, at the Klamath County Fairgrounds Exhibit Hall. The family asks that donations be made to the Mazama High School baseball program.""",
gold=[]),

dict(guid="kfl_sentinel_obit_260310_0221", pub="2026-03-10T05:30:00-08:00",
title="Ramon Ibarra Salcedo Obituary (1934 - 2026) - Merrill, OR - Klamath Basin Sentinel",
body="""MERRILL - Ramon Ibarra Salcedo, 91, who came north from Jalisco to work the potato harvest in 1957 and stayed to raise a family, died peacefully at home in Merrill on March 5, 2026, surrounded by his children.

Don Ramon worked for 34 years at the Merrill potato sheds and was a founding member of the Sacred Heart Guadalupanos. He was famous at every family party for his pozole and for his refusal to dance until the last song.

He is survived by his daughters, Guadalupe "Lupe" Ibarra Salcedo of Klamath Falls and Rosa Ibarra de Mendoza of Yakima, Wash.; his son, Ernesto Ibarra of Merrill; eleven grandchildren, including his grandson Ramon "Ray" Ibarra of Klamath Falls, who was named for him; and fourteen great-grandchildren. He was preceded in death by his wife, Maria Elena, in 2012.

A rosary will be prayed Wednesday at 7 p.m. and a Mass of Christian Burial celebrated Thursday at 10 a.m. at Sacred Heart Catholic Church, Klamath Falls. Burial at Merrill Cemetery.""",
gold=[("KFL009", "survivor"), ("KFL010", "survivor")]),

dict(guid="kfl_sentinel_obit_260407_0280", pub="2026-04-07T05:30:00-07:00",
title="Dwayne Hiatt Obituary (1951 - 2026) - Lakeview, MI - Klamath Basin Sentinel",
body="""Dwayne Allen Hiatt, 74, of Lakeview, Michigan, died April 1, 2026, at Spectrum Health Greenville Hospital.

Dwayne was born in Greenville, Mich., and worked 35 years as a tool-and-die maker for Federal Screw Works. He was a deer hunter, a bowler, and a deacon at Lakeview First Baptist Church in Montcalm County.

He is survived by his wife of 51 years, Sharon; his sons, Troy and Brent, both of Lakeview, Mich.; and his sister, Darlene Stoltz of Klamath Falls, who asked that this notice be published here. Services were held in Michigan.""",
gold=[]),

dict(guid="kfl_sentinel_obit_260916_0455", pub="2026-09-16T05:30:00-07:00",
title="Orval \"Bud\" Brinkerhoff Obituary (1939 - 2026) - Klamath Falls, OR - Klamath Basin Sentinel",
body="""KLAMATH FALLS - Orval Lee "Bud" Brinkerhoff, 87, who kept the Weyerhaeuser mill's saws sharp for 41 years and the Henley Hornets' scoreboard running for 30 more, died September 12, 2026, at home in the Altamont area with his family beside him.

Bud was born May 14, 1939, in Dorris, Calif., and moved to Klamath Falls as a boy. He married Edna Tolliver on Feb. 14, 1961, at First Baptist Church, and the couple celebrated their 65th anniversary this year with a cake the size of a tailgate.

He is survived by his wife of 65 years, Edna; his daughter, Mary Jo Pruett (Dale) of Chiloquin; his son, Randy Brinkerhoff of Medford; six grandchildren and four great-grandchildren. He was preceded in death by his brothers, Lloyd and Vernon.

Visitation will be Friday from 4 to 7 p.m. at Juniper & Pine Funeral Chapel. The funeral will be at 11 a.m. Saturday at First Baptist Church, Klamath Falls, with burial at Klamath Memorial Park.""",
gold=[("KFL003", "deceased_client"), ("KFL004", "spouse_of_deceased_client"), ("KFL006", "survivor")]),

dict(guid="kfl_sentinel_obit_261028_0530", pub="2026-10-28T05:30:00-07:00",
title="Marguerite Etchegaray Obituary (1936 - 2026) - Lakeview, OR - Klamath Basin Sentinel",
body="""LAKEVIEW - Marguerite Etchegaray, 89, whose kitchen on North G Street fed three generations of sheepherders, ranch hands and homesick Basque cousins, died October 23, 2026, at Lake Health District's long-term care center.

Marguerite Irigoyen was born November 20, 1936, in Lakeview, the daughter of Basque immigrants from Navarre. She married Jean-Pierre Etchegaray in 1957; he died in 1994. She cooked for the Lakeview Basque picnic for fifty years and taught every child in the family to dance the jota, whether they wanted to learn or not.

She is survived by her nephew, Xabier "Xabi" Irigoyen and his wife, Ainhoa, of Lakeview, who cared for her; her nieces, Maite Lasa of Boise and Elena Irigoyen of Reno; and many grand-nieces and grand-nephews. She was preceded in death by her husband, her brothers Pello and Joseba, and her sister, Josefina.

A funeral Mass will be celebrated Monday at 10 a.m. at St. Patrick's Catholic Church, Lakeview. Pallbearers: Dwayne Hiatt, Mikel Lasa, Tony Goicoechea, Ben Irigoyen, Pete Uriarte and Sam Etchart. Burial at Lakeview's Sunset Cemetery.""",
gold=[("KFL011", "deceased_client"), ("KFL012", "survivor")]),

dict(guid="kfl_sentinel_obit_261118_0577", pub="2026-11-18T05:30:00-08:00",
title="Kenneth \"Kenny\" Akers Obituary (1968 - 2026) - Keno, OR - Klamath Basin Sentinel",
body="""KENO - Kenneth Ray "Kenny" Akers, 58, a log-truck driver who knew every turnout on Highway 66 by its potholes, died November 13, 2026, at his home in Keno after a short fight with cancer.

Kenny drove for Crater Lake Logging for 31 years and was a volunteer with Keno Rural Fire Protection District for 20. He loved the Klamath River, a cold Rainier and his grandson, Wyatt.

He is survived by his son, Cody Akers, and daughter-in-law, Brianna, of Klamath Falls; his grandson, Wyatt; his mother, Juanita Akers of Keno; and his brother, Darrell Akers of Redding, Calif.

A celebration of life will be held Saturday at 1 p.m. at the Keno Grange. Potluck to follow.""",
gold=[("KFL017", "survivor"), ("KFL018", "survivor")]),
]

# 2. Juniper & Pine Funeral Chapel (Klamath Falls and Lakeview): HTML in content:encoded, teaser description
JUNIPER = [
dict(guid="kfl_jp_2026_harold-lindahl", pub="2026-02-20T10:15:00-08:00",
title="Harold Eugene Lindahl",
body="""Harold Eugene Lindahl, 80, of Klamath Falls passed away on February 16, 2026, at Sky Lakes Medical Center.

Harold was born in Tulelake, Calif., on August 8, 1945, and spent his working life as a lineman for Pacific Power, climbing poles in every kind of Basin weather. He was a proud member of the Klamath Falls Elks Lodge and a regular at the Linkville Lanes Thursday league.

Harold is survived by his daughter, Brianna Akers (Cody) of Klamath Falls; his brand-new granddaughter, Juniper Rose, born on New Year's Day; his sister, Inga Mortensen of Tulelake; and his longtime companion, Patsy Greer. He was preceded in death by his wife, Carol, and his son, Erik.

A memorial service will be held at 2 p.m. Saturday, February 28, in the chapel of Juniper & Pine Funeral Chapel, Klamath Falls.""",
gold=[("KFL018", "survivor"), ("KFL017", "survivor")]),

dict(guid="kfl_jp_2026_winifred-sproul", pub="2026-03-19T11:40:00-07:00",
title="Winifred \"Winnie\" Sproul",
body="""Winifred Mae "Winnie" Sproul, 95, of Chiloquin, went to be with her Lord on March 15, 2026.

Winnie was born in Fort Klamath in 1930 and lived nearly her whole life within sight of the Williamson River. She cooked at the Chiloquin school cafeteria for 27 years and made the best huckleberry pie on the Williamson, by general agreement.

She is survived by her sister, Idella Satterlee of Chiloquin, with whom she spoke every morning at 7 sharp; her nephews, Ronald and Gary Satterlee of Bend; and many friends. She was preceded in death by her husband, Lester Sproul, and her son, Dwight.

Services will be held at 1 p.m. Monday at Chiloquin Community Church with the Rev. Wesley Tindall officiating. Burial at Chiloquin Cemetery.""",
gold=[("KFL005", "survivor")]),

dict(guid="kfl_jp_2026_bernard-kuchera", pub="2026-04-22T09:05:00-07:00",
title="Bernard \"Bernie\" Kuchera",
body="""Bernard Joseph "Bernie" Kuchera, 76, of Malin, passed away April 18, 2026, at Sky Lakes Medical Center.

Bernie was born in Malin to a family that came from Bohemia with the town's first settlers in 1909, and he never lived anywhere else. He farmed potatoes and grain on the Kuchera home place, served as a Malin city councilor, and could be counted on to make the kolaches for the Malin Potato Festival.

Bernie is survived by his brother, Delbert "Del" Kuchera and wife Marlys of Malin; his nieces and nephews; and his cousins across the Basin. He was preceded in death by his parents, Joseph and Anna Kuchera, and his sister, Ludmila.

Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Joseph Catholic Church in Malin, with Father Tomas Arriaga presiding. Interment in Malin Cemetery.""",
gold=[("KFL001", "survivor"), ("KFL002", "survivor")]),

dict(guid="kfl_jp_2026_theodore-voss", pub="2026-05-27T14:30:00-07:00",
title="Theodore \"Ted\" Voss",
body="""Theodore Carl "Ted" Voss, 68, of Lakeview, passed away May 22, 2026, at St. Charles Medical Center in Bend.

Ted taught agriculture at Lakeview High School for 33 years and coached the Honkers rodeo team. Generations of Lake County kids learned to weld, to judge a steer and to show up on time in his classroom.

Ted is survived by his wife, Carol Voss of Lakeview; his daughters, Annika Voss of Portland and Britt Nakamura of Hillsboro; and his cousin, Leonard Petrasek of Spokane, Wash.

A memorial service will be held Saturday at 2 p.m. at Lakeview's First Presbyterian Church with the Rev. Wesley Tindall officiating. Honorary bearers are the members of the Lakeview High School FFA.""",
gold=[]),

dict(guid="kfl_jp_2026_eleanor-hollister", pub="2026-07-24T10:00:00-07:00",
title="Eleanor Ruth Hollister",
body="""Eleanor Ruth Hollister, 90, of Klamath Falls, passed away peacefully on July 20, 2026, at Crystal Terrace.

Eleanor was born in Merrill in 1936 and taught second grade at Shasta Elementary for 31 years. She survived the loss of her grandson Tanner in February with the quiet faith that carried her through every hard season.

She is survived by her sons, Curtis Hollister (Jolene) and Tanner Hollister (Shauna), all of Klamath Falls; her granddaughter, Kenzie; and two great-grandchildren. She was preceded in death by her husband, Wade Hollister, in 2008, and her grandson, Tanner Wade Hollister.

Graveside services will be held at 10 a.m. Wednesday at Klamath Memorial Park.""",
gold=[("KFL015", "survivor"), ("KFL016", "survivor")]),

dict(guid="kfl_jp_2026_lois-tindall", pub="2026-11-04T13:20:00-08:00",
title="Lois Ann Tindall",
body="""Lois Ann Tindall, 84, of Lakeview, died November 1, 2026, at Lake Health District Hospital.

Lois kept the books at Lakeview's Tindall Hardware for forty years and played the organ at First Presbyterian on every Sunday her son was not preaching somewhere else.

She is survived by her son, the Rev. Wesley "Wes" Tindall of Lakeview; her daughter, Carla Jensen of Klamath Falls; and four grandchildren. She was preceded in death by her husband, Roy Tindall.

Her funeral will be held at 11 a.m. Saturday at First Presbyterian Church, Lakeview.""",
gold=[("KFL019", "survivor")]),
]

# 3. Basin Death Notices (paid notices and parish bulletin entries): terse, surname first
NOTICES = [
dict(guid="kfl_notice_260122_kozelka", pub="2026-01-22T07:00:00-08:00",
title="KOZELKA, Frances M. (Hrdlicka)",
body="""KOZELKA, Frances M. (Hrdlicka), 81, of Malin, died January 18, 2026. Survived by her husband Anton; sons Greg and Paul; her sister Marlys (Del) Kuchera of Malin. Rosary Thursday 7 p.m., St. Joseph Catholic Church, Malin; Mass Friday 10 a.m.""",
gold=[("KFL002", "survivor"), ("KFL001", "survivor")]),

dict(guid="kfl_notice_260406_petrasek", pub="2026-04-06T07:00:00-07:00",
title="PETRASEK, Leonard J.",
body="""PETRASEK, Leonard J., Klamath Falls. Died April 2, 2026. Arrangements pending with Juniper & Pine Funeral Chapel.""",
gold=[("KFL014", "possible_deceased_client")]),

dict(guid="kfl_notice_260612_haskins", pub="2026-06-12T07:00:00-07:00",
title="HASKINS, Ruby Opal",
body="""HASKINS, Ruby Opal, 90, of Bonanza, died June 8, 2026. Survived by her son Dean Haskins of Bly and her granddaughter Mrs. Clayton Merritt Jr. of Bonanza. Preceded by husband Floyd. Graveside 2 p.m. Tuesday, Bonanza Cemetery.""",
gold=[("KFL008", "survivor")]),

dict(guid="kfl_notice_260819_skelly", pub="2026-08-19T07:00:00-07:00",
title="SKELLY, Albert \"Al\"",
body="""SKELLY, Albert "Al", 66, Chiloquin, died August 14, 2026. Survived by his wife Rita; daughters Jessa and Lynette. Services Saturday 11 a.m., Chiloquin Community Church. Bearers: Ray Ibarra, Lyle Vandermolen, Dale Pruett, Joe Skelly, Marcus Skelly and Teo Ruiz.""",
gold=[]),

dict(guid="kfl_notice_260918_brinkerhoff", pub="2026-09-18T07:00:00-07:00",
title="Orval \"Bud\" Brinkerhoff Obituary (1939 - 2026) - Klamath Falls, OR",
body=SENTINEL[4]["body"],   # the same obituary, copied into the notices feed two days later
gold=[]),

dict(guid="kfl_notice_261209_rademacher", pub="2026-12-09T07:00:00-08:00",
title="Please pray for Helen Rademacher",
body="""Please keep in your prayers the soul of Helen Rademacher, 79, of Bonanza, who died December 5, and her husband, Pastor Glen Rademacher. She leaves her daughters, Ruth Ann Gentry of Klamath Falls and Susan Voigt of Lakeview; her friends of the Tuesday quilters, among them Deb Merritt and Edna Brinkerhoff, who made her last quilt with her. Service Saturday 1 p.m., Bonanza Community Church.""",
gold=[]),
]
