"""Obituaries for part cba, three house styles. Hand-labelled (`gold`)."""

# 1. The Queen City Times-Herald (Cumberland daily): legacy-style titles, plain text
PAPER = [
dict(guid="cba_qcth_obit_0101", pub="2026-01-08T06:10:00-05:00",
title="Ethel Marie Spiker Obituary (1928 - 2026) - Frostburg, MD - Queen City Times-Herald",
body="""FROSTBURG - Ethel Marie Spiker, 97, of Frostburg, died Monday, Jan. 5, 2026, at Frostburg Village.

Born Oct. 2, 1928, in Eckhart Mines, she was the daughter of the late Harvey and Olive (Broadwater) Thrasher and the wife of the late Lloyd "Dutch" Spiker, who died in 1994.

Mrs. Spiker worked 31 years at the Celanese plant and later at the Frostburg State college bookstore. She was a lifelong member of St. Paul's Lutheran Church, where she taught Sunday school for 50 years.

She is survived by her daughter, Nadine Lashbrook and husband Del of Frostburg; a son, Larry Spiker of Mount Savage; five grandchildren; nine great-grandchildren; and a nephew, Vern Shires of Frostburg.

Friends will be received at the Hafer & Kight Funeral Home, Frostburg, Thursday from 2 to 4 and 6 to 8 p.m. The Rev. Dennis Kreiling will officiate. Pallbearers will be Brandon Emerick, Todd Spiker, Kyle Thrasher and Jeremy Lashbrook. Interment in Frostburg Memorial Park.""",
gold=[("CBA002", "survivor"), ("CBA001", "survivor")]),

dict(guid="cba_qcth_obit_0102", pub="2026-01-21T06:05:00-05:00",
title="Michael James Hendershot Obituary (2003 - 2026) - Cumberland, MD - Queen City Times-Herald",
body="""CUMBERLAND - Michael James Hendershot, 22, of Cumberland, died unexpectedly Saturday, Jan. 17, 2026.

Born June 9, 2003, in Cumberland, he was the son of Gary and Lisa (Sensabaugh) Hendershot of Cumberland. Mikey graduated from Fort Hill High School in 2021, where he was a Sentinel lineman, and worked as an apprentice electrician. He loved his Jeep, the Steelers and trout fishing on Evitts Creek.

Besides his parents, he is survived by a sister, Kaylee Hendershot; his grandmother, Patricia Hendershot of Bedford Road; and an aunt, Jolene Sensabaugh of LaVale.

A memorial service will be held Saturday at 1 p.m. at the Emmanuel Episcopal Church parish hall.""",
gold=[("CBA021", "survivor")]),

dict(guid="cba_qcth_obit_0103", pub="2026-02-03T06:15:00-05:00",
title="Russell A. Kamauf Sr. Obituary (1941 - 2026) - Cumberland, MD - Queen City Times-Herald",
body="""CUMBERLAND - Russell Alvin Kamauf Sr., 84, of Cumberland, passed away Saturday, Jan. 31, 2026, at UPMC Western Maryland.

He was a 1959 graduate of Allegany High School and retired from CSX after 42 years as a carman at the Cumberland yard. He was a member of the Eagles Aerie 245 and the Ridgeley Sportsmen's Club, and he never missed a Campobello's Friday fish fry.

He was preceded in death by his wife of 55 years, Geraldine (Wilt) Kamauf, in 2017, and a brother, Francis Kamauf.

Surviving are his son, Russell "Rusty" Kamauf Jr. and his wife, Joyce, of Cumberland; a daughter, Denise Snyder of Hagerstown; and three grandchildren.

Mass of Christian Burial will be celebrated at Saints Peter and Paul Church on Monday at 10 a.m.; interment in Rose Hill Cemetery.""",
gold=[("CBA003", "survivor"), ("CBA004", "survivor")]),

dict(guid="cba_qcth_obit_0104", pub="2026-03-30T06:10:00-04:00",
title="Clarence E. \"Buzz\" Wolfhope Obituary (1938 - 2026) - Flintstone, MD - Queen City Times-Herald",
body="""FLINTSTONE - Clarence Eugene "Buzz" Wolfhope, 87, of Flintstone, went home to be with the Lord on Friday, March 27, 2026, at his home, surrounded by his family.

Born June 14, 1938, in Flintstone, he was a son of the late Homer and Ada (Lease) Wolfhope. Buzz served in the U.S. Army in Germany and drove a truck for Kelly-Springfield for 30 years. He farmed the family place on Murleys Branch, cut hay for half the valley and was a charter member of the Flintstone Volunteer Fire Company.

He is survived by his wife of 64 years, Evelyn (Pritts) Wolfhope; two sons, Darrell Wolfhope and wife Pam of Flintstone and Keith Wolfhope of Winchester, Va.; six grandchildren; and four great-grandchildren. He was preceded in death by a sister, Audrey Wolfhope Twigg.

Friends will be received at the Flintstone Volunteer Fire Company hall on Tuesday from 5 to 8 p.m. Services will be held Wednesday at 11 a.m. at Flintstone United Methodist Church with Pastor Gary Cessna officiating.""",
gold=[("CBA010", "deceased_client"), ("CBA011", "spouse_of_deceased_client")]),

dict(guid="cba_qcth_obit_0105", pub="2026-04-15T06:00:00-04:00",
title="Dorothy Jean Fazenbaker Obituary (1934 - 2026) - Cumberland, MD - Queen City Times-Herald",
body="""CUMBERLAND - Dorothy Jean Fazenbaker, 91, formerly of Cresaptown, died Sunday, April 12, 2026, at Moran Manor.

Dot was born in Cresaptown, the daughter of the late Ira and Hazel Stottlemyer, and married the late Ralph Fazenbaker in 1953. She kept books for the Cresaptown Volunteer Fire Department for decades and was famous for her pepperoni rolls and her bingo luck.

She is survived by her daughter, Gina Porcarelli and her husband, Tony, of Cumberland; a son, Mark Fazenbaker of Cresaptown; and four grandchildren, including Nicholas Porcarelli.

She was preceded in death by her husband; a son, Dale Fazenbaker; and her brother, Eugene "Gene" Stottlemyer.

Services will be held Friday at 11 a.m. at the George Funeral Home, Cresaptown.""",
gold=[("CBA009", "survivor"), ("CBA008", "survivor")]),

dict(guid="cba_qcth_obit_0106", pub="2026-05-12T06:05:00-04:00",
title="Kenneth R. Llewellyn Obituary (1951 - 2026) - Mesa, AZ - Queen City Times-Herald",
body="""MESA, Ariz. - Kenneth Roy Llewellyn, 74, of Mesa, Arizona, formerly of Baltimore's Highlandtown, died Wednesday, May 6, 2026, at Banner Desert Medical Center.

Ken retired from Bethlehem Steel at Sparrows Point and moved west in 2002. He is survived by his wife of 50 years, Patricia (Orndorff) Llewellyn; two daughters in Arizona; and a cousin, Mary Lou Haberlein of LaVale, who spent summers with him as children at their grandparents' farm near Oldtown.

A celebration of life will be held in Mesa at a later date.""",
gold=[("CBA005", "survivor")]),

dict(guid="cba_qcth_obit_0107", pub="2026-06-02T06:10:00-04:00",
title="Howard L. Kitzmiller Obituary (1939 - 2026) - Keyser, WV - Queen City Times-Herald",
body="""KEYSER, W.Va. - Howard Lee Kitzmiller, 86, of Keyser, died Saturday, May 30, 2026, at Potomac Valley Hospital.

He was born in Elk Garden, a son of the late Otis and Flossie Kitzmiller, and retired from the Westvaco mill at Luke after 38 years. He was a member of Keyser Church of the Brethren and the Mineral County Fair board.

He is survived by his daughter, Rhonda Oldaker and husband Leland of Keyser; a granddaughter, Abigail Oldaker; and a brother, Carl Kitzmiller of Elk Garden. His wife, Mildred, died in 2020.

Services will be held Wednesday at 1 p.m. at the Hafer & Kight Funeral Home, Keyser chapel.""",
gold=[("CBA017", "survivor"), ("CBA016", "survivor")]),
]

# 2. Hafer & Kight Funeral Homes (Frostburg and Keyser chapels): HTML content:encoded, permalink guids
FH = [
dict(guid="cba_hk_walter-knotts-2026", pub="2026-01-27T10:00:00-05:00", title="Walter E. \"Skip\" Knotts",
body="""Walter Edward "Skip" Knotts, 79, of Ridgeley, W.Va., passed away Sunday, January 25, 2026, at UPMC Western Maryland.

Skip worked for the B&O and later CSX, coached Little League in Ridgeley for twenty summers and could fix anything with a motor. He loved the Frankfort Falcons and his grandchildren, in that order, most days.

He is survived by his daughter, Tammy Knotts-Riggleman of Rawlings; his son, Walter "Buddy" Knotts Jr. of Ridgeley; and four grandchildren. He was preceded in death by his wife, Betty (Shoemaker) Knotts.

A funeral service will be held Thursday at 2 p.m. at the Keyser chapel, with Pastor Ronnie Whitacre officiating.""",
gold=[("CBA007", "survivor")]),

dict(guid="cba_hk_bonnie-stottlemyer-2026", pub="2026-02-18T09:30:00-05:00", title="Bonnie Lee Stottlemyer",
body="""Bonnie Lee Stottlemyer, 68, of Piedmont, W.Va., died peacefully at home on Monday, February 16, 2026, after a long illness bravely borne.

Bonnie was a secretary at Piedmont Elementary School for 27 years and a member of the Piedmont Church of the Nazarene, where she sang alto in the choir.

She is survived by her husband of 47 years, Eugene "Gene" Stottlemyer; a daughter, Crystal Rafferty of Westernport; and two grandsons.

Friends will be received at the Keyser chapel Thursday from 6 to 8 p.m. Burial in Philos Cemetery, Westernport.""",
gold=[("CBA006", "survivor")]),

dict(guid="cba_hk_lorraine-haines-2026", pub="2026-03-10T11:15:00-04:00", title="Lorraine Pritts Haines",
body="""Lorraine Pritts Haines, 80, of Frostburg, died Saturday, March 7, 2026, at Frostburg Village.

Born in Grantsville, she was a daughter of the late Merle and Iva Pritts. She retired from the Frostburg State University dining hall and crocheted an afghan for every baby born at First Baptist Church for forty years.

She is survived by a sister, Evelyn Wolfhope and her husband, Buzz, of Flintstone; a brother, Harold Pritts of Grantsville; and many nieces and nephews. She was preceded in death by her husband, Roy Haines.

Services Friday at 11 a.m. at the Frostburg chapel.""",
gold=[("CBA011", "survivor"), ("CBA010", "survivor")]),

dict(guid="cba_hk_wanda-ravenscroft-2026", pub="2026-04-22T14:40:00-04:00", title="Wanda Sue Ravenscroft",
body="""Wanda Sue Ravenscroft, of Oldtown, died Monday, April 20, 2026.

Wanda was a longtime member of the Oldtown United Methodist Church and a volunteer at the Oldtown library.

She is survived by several nieces and nephews and her many friends along the C&O Canal.

Arrangements are private.""",
gold=[("CBA018", "possible_deceased_client")]),

dict(guid="cba_hk_leroy-zembower-2026", pub="2026-05-20T10:05:00-04:00", title="Leroy A. Zembower",
body="""Leroy Allen Zembower, 70, of Lonaconing, passed away Sunday, May 17, 2026, at his home.

Leroy was a coal miner, later a heavy-equipment operator for the State Highway Administration, and a member of the Lonaconing Fire Company for fifty years.

He is survived by his son, Shawn Zembower of Midland; his sister-in-law, Trudy Zembower of Lonaconing; and his faithful beagle, Duke. He was preceded in death by his wife, Carol, and by his brother, Francis "Butch" Zembower.

Pallbearers will be Kenny Llewellyn, Shawn Zembower, Dale Paugh and Ricky Lashbaugh. Services Thursday at 11 a.m. at the Frostburg chapel.""",
gold=[("CBA012", "survivor")]),

dict(guid="cba_hk_arlene-durst-2026", pub="2026-08-03T09:50:00-04:00", title="Arlene F. Durst",
body="""Arlene Frances Durst, 79, of Frostburg, passed away Friday, July 31, 2026, at UPMC Western Maryland.

A graduate of Beall High School, Arlene worked at the Frostburg post office and loved bluegrass music and the Mountain City Traditional Arts fiddle jams.

She is survived by her son, Terry Durst of Frostburg; her granddaughter, Kelsey (Brandon) Emerick of Cumberland; and her great-grandson, Carter Emerick.

A service will be held Wednesday at noon at the Frostburg chapel, the Rev. Dennis Kreiling officiating.""",
gold=[("CBA015", "survivor"), ("CBA014", "survivor")]),
]

# 3. Mountain Maryland Death Notices: paid notices, surname-first headings, plain text
NOTICES = [
dict(guid="cba_mmdn_20260210_01", pub="2026-02-10T05:00:00-05:00", title="ZEMBOWER, Gertrude \"Trudy\"",
body="""ZEMBOWER, Gertrude "Trudy" (nee Hockman), 91, of Hagerstown, Md., on Feb. 7, 2026. Wife of the late Harold Zembower; mother of Dean Zembower (Sharon) of Williamsport. Services at Rest Haven, Hagerstown.""",
gold=[]),

dict(guid="cba_mmdn_20260402_01", pub="2026-04-02T05:00:00-04:00",
title="Clarence E. \"Buzz\" Wolfhope Obituary (1938 - 2026) - Flintstone, MD - Queen City Times-Herald",
body=None, copy_of="cba_qcth_obit_0104", gold=[]),

dict(guid="cba_mmdn_20260528_01", pub="2026-05-28T05:00:00-04:00", title="LASHBROOK, Delbert R.",
body="""LASHBROOK, Delbert R., 58, of Dundalk, Md., on May 24, 2026. Beloved husband of Karen (Miller) Lashbrook; father of Kyle and Brianna. Services at Connelly Funeral Home of Dundalk.""",
gold=[]),

dict(guid="cba_mmdn_20260616_01", pub="2026-06-16T05:00:00-04:00", title="HABERLEIN, Frederick \"Fritz\"",
body="""HABERLEIN, Frederick "Fritz", 83, of Cumberland, on June 13, 2026. Brother of the late Walter Haberlein; survived by his sister-in-law, Mary Lou Haberlein of LaVale, and nephews. Mass at St. Patrick's Church Friday 10 a.m.""",
gold=[("CBA005", "survivor")]),

dict(guid="cba_mmdn_20260707_01", pub="2026-07-07T05:00:00-04:00", title="SENSABAUGH, Arnold L.",
body="""SENSABAUGH, Arnold L., 84, of LaVale, on July 4, 2026. Predeceased by his wife, Juanita, and his son, Troy Sensabaugh. Survived by his daughter-in-law, Jolene Sensabaugh of LaVale, and his daughter, Lisa Hendershot (Gary). Services at LaVale United Methodist Church.""",
gold=[("CBA021", "survivor")]),

dict(guid="cba_mmdn_20260812_01", pub="2026-08-12T05:00:00-04:00", title="KREILING, Margaret \"Peg\"",
body="""KREILING, Margaret "Peg" (Doyle), 90, of Frostburg, on Aug. 9, 2026. Wife of the late Edwin Kreiling; mother of the Rev. Dennis Kreiling of Frostburg and Ann Marie Tasker of Morgantown, W.Va. Services at St. Paul's Lutheran Church, Frostburg.""",
gold=[("CBA020", "survivor")]),
]
