"""Obituaries for part bkw, three house styles, each with its hand labels (gold=[(client_id, role)])."""

# 1. The Raleigh Courier (daily newspaper): legacy-style titles, plain text
COURIER = [
dict(guid="bkw_courier_obit_1001", pub="2026-02-09T05:30:00-05:00",
title="Hester Mae Bolen Obituary (1931 - 2026) - Beckley, WV - The Raleigh Courier",
body="""Hester Mae Bolen, 94, of Beckley, passed away Friday, February 6, 2026, at Raleigh General Hospital after a short illness.

She was born November 2, 1931, at Eccles, a daughter of the late Arch and Lottie Ward. Hester was a coal miner's wife and a coal miner's widow, a member of Crab Orchard Church of God for seventy years, and she canned more green beans than anyone in Raleigh County.

She was preceded in death by her husband, Clifford Bolen, and by a son, Roger Bolen.

Those left to cherish her memory include her daughter, Wanda (Dean) Pettry of Beckley; a son, Larry Bolen and wife Judy of Charlotte, N.C.; six grandchildren and nine great-grandchildren.

Funeral services will be held 1 p.m. Wednesday at Calloway-Shrader Funeral Chapel with Pastor Wendell Roop officiating. Burial will follow in Sunset Memorial Park. Pallbearers will be her grandsons and Travis Gwinn.""",
gold=[("BKW002", "survivor"), ("BKW001", "survivor")]),

dict(guid="bkw_courier_obit_1002", pub="2026-04-21T05:30:00-04:00",
title="Okey Lester Hatcher Obituary (1938 - 2026) - Sophia, WV - The Raleigh Courier",
body="""Okey Lester Hatcher, 87, of Sophia, went home to be with the Lord on Saturday, April 18, 2026, at his home, surrounded by his family.

Okey was born June 2, 1938, at Helen, the son of the late Lester and Nora Hatcher. He loaded coal for thirty-one years at the Stotesbury and Eccles mines, was a lifetime member of UMWA Local 6046, and never missed a Sophia Days parade.

He is survived by his wife of 64 years, Thelma (Cook) Hatcher; two daughters, Debra Hatcher Lilly of Sophia and Karen Sue Acree of Raleigh, N.C.; a nephew he raised as a son, Lonnie Ray Pack of Fairdale; five grandchildren and seven great-grandchildren.

Services will be 2 p.m. Thursday at Sophia Free Will Baptist Church, with Rev. Dwayne Toler officiating. Burial in Blue Ridge Memorial Gardens.""",
gold=[("BKW006", "deceased_client"), ("BKW019", "survivor")]),

dict(guid="bkw_courier_obit_1003", pub="2026-09-15T05:30:00-04:00",
title="Gary Wayne Ellison Jr. Obituary (1994 - 2026) - Crab Orchard, WV - The Raleigh Courier",
body="""Gary Wayne "Little Gary" Ellison Jr., 31, of Crab Orchard, died unexpectedly Friday, September 11, 2026.

Born March 18, 1995, in Beckley, Little Gary graduated from Liberty High School and worked as a lineman for Appalachian Power, the first one up the pole after every storm.

He is survived by his parents, Gary Wayne and Tina (Garten) Ellison of Crab Orchard; his daughter, Kinsley; a sister, Ashley Ellison of Morgantown; and his grandmother, Reva Garten of Sophia.

Services will be 7 p.m. Monday at Crab Orchard Church of God, with Pastor Wendell Roop officiating.""",
gold=[("BKW011", "survivor"), ("BKW012", "survivor")]),

dict(guid="bkw_courier_obit_1004", pub="2026-05-06T05:30:00-04:00",
title="Luther Basham Obituary (1955 - 2026) - Ashland, KY - The Raleigh Courier",
body="""Luther Basham, 70, of Ashland, Kentucky, passed away May 3, 2026, at King's Daughters Medical Center.

He was born in Ironton, Ohio, and retired from the Ashland refinery after thirty-four years. He was a member of Bath Avenue Methodist Church.

He is survived by his wife, Carolyn Basham; sons Michael of Ashland and Jeffrey of Huntington; and four grandchildren. A brother, Dale Basham, lives in Beckley.

Services were held in Ashland. The family asked that this notice be published for friends in Raleigh County.""",
gold=[]),

dict(guid="bkw_courier_obit_1005", pub="2026-03-03T05:30:00-05:00",
title="Venkata Rao Kolluri Obituary (1943 - 2026) - Beckley, WV - The Raleigh Courier",
body="""Venkata Rao Kolluri, 82, of Hyderabad, India, and for the past six winters of Beckley, passed away peacefully on February 27, 2026, at the home of his son.

A retired professor of civil engineering at Osmania University, he loved cricket, Telugu poetry and the view of the New River Gorge Bridge, which he said was the finest piece of steel he had ever seen.

He is survived by his son, Dr. Anand Kolluri, and daughter-in-law, Sunitha, of Beckley; a daughter, Padma Reddy of Dallas, Texas; and four grandchildren. He was preceded in death by his wife, Lakshmi.

A prayer service will be held Saturday at the Hindu Cultural Center of the Virginias.""",
gold=[("BKW008", "survivor"), ("BKW009", "survivor")]),

dict(guid="bkw_courier_obit_1006", pub="2026-06-02T05:30:00-04:00",
title="Ernest Dale Bragg Obituary (1946 - 2026) - Daniels, WV - The Raleigh Courier",
body="""Ernest Dale Bragg, 79, of Daniels, passed away Saturday, May 30, 2026, at Beckley VA Medical Center.

Ernest was a Vietnam veteran of the U.S. Army, retired from the West Virginia Division of Highways, and kept bees on Ritter Drive for forty years.

Survivors include his wife, Nadine Bragg; his sister, Sharon Kay Farley of Daniels; and several nieces and nephews. He was preceded in death by his parents, Homer and Ila Bragg, and by a brother-in-law, Harold Farley.

Graveside services with military honors will be held at Daniels Cemetery.""",
gold=[("BKW005", "survivor")]),

dict(guid="bkw_courier_obit_1007", pub="2026-08-04T05:30:00-04:00",
title="Travis Lee Gwinn Obituary (2009 - 2026) - Beckley, WV - The Raleigh Courier",
body="""Travis Lee Gwinn, 17, of Beckley, was taken from us Saturday, August 1, 2026, in an accident on Interstate 64.

He was a rising senior at Woodrow Wilson High School, where he played baseball and marched with the drumline.

He is survived by his parents, Roger and Denise Gwinn of Beckley; a brother, Cody; and his grandparents, Earl and Patsy Gwinn of Bradley.

A celebration of his life will be held Thursday in the Woodrow Wilson High School gymnasium.""",
gold=[]),

dict(guid="bkw_courier_obit_1008", pub="2026-07-14T05:30:00-04:00",
title="Arbutus Lilly Obituary (1936 - 2026) - Prosperity, WV - The Raleigh Courier",
body="""Arbutus "Bootsie" Lilly, 90, of Prosperity, passed away July 11, 2026, at Heartland of Beckley.

She taught Sunday school at Prosperity Baptist Church for fifty-two years.

She is survived by two sons, Darrell Lilly of Prosperity and Jimmy Lilly of Ghent, and a host of grandchildren.

Services will be held Wednesday at Prosperity Baptist Church. Music will be provided by Mary Beth Acord, and Edie Quesenberry will read from Psalms.""",
gold=[]),
]

# 2. Calloway-Shrader Funeral Chapel (funeral home site): HTML in content:encoded, permalink guids
BASE = "https://www.callowayshrader.example/obituaries/"
FUNERAL_HOME = [
dict(guid="bkw_csfc_" + "ruby-redden", pub="2026-01-26T11:10:00-05:00", title="Ruby Jean Redden (1933 - 2026)",
body="""Ruby Jean Redden, 92, of Shady Spring, passed from this life on Friday, January 23, 2026.

Ruby was born in Glen Morgan and was a cook at Shady Spring High School for twenty-six years. She never met a stray dog or a stray child she would not feed.

She leaves behind her daughter, Lorna and her husband, Buck Meadows, of Shady Spring; a son, Jerry Redden of Flat Top; five grandchildren, including Kaylee Meadows; and her faithful beagle, Pete.

She was preceded in death by her husband, Ottie Redden.

Friends may call one hour before the 1 p.m. service Tuesday in our chapel. Interment in Blue Ridge Memorial Gardens.""",
gold=[("BKW004", "survivor"), ("BKW003", "survivor")]),

dict(guid="bkw_csfc_" + "orville-dean-pettry", pub="2026-10-12T10:40:00-04:00", title="Orville Dean Pettry (1941 - 2026)",
body="""Orville Dean Pettry, 85, of Beckley, went to be with his Lord on Saturday, October 10, 2026, at Raleigh General Hospital.

Dean was born March 11, 1941, at Pemberton, the son of the late Orville and Grace Pettry. He was a section foreman at the Winding Gulf mines, a Mason, and the best horseshoe pitcher on Woodlawn Avenue.

He is survived by his wife of 62 years, Wanda (Bolen) Pettry; two sons, Steve Pettry of Beckley and Mark Pettry of Winchester, Va.; five grandchildren, including Josh Pettry; and two great-grandchildren, among them young Dean Pettry, who carries his name.

He was preceded in death by his sister, Virginia Pettry Maynard.

Funeral services will be held 11 a.m. Wednesday in our chapel with Pastor Wendell Roop officiating. Burial with Masonic rites at Sunset Memorial Park.""",
gold=[("BKW001", "deceased_client"), ("BKW002", "spouse_of_deceased_client")]),

dict(guid="bkw_csfc_" + "zachariah-shumate", pub="2026-03-17T09:55:00-04:00", title="Zachariah \"Zeke\" Shumate (1935 - 2026)",
body="""Zachariah "Zeke" Shumate, 90, of Daniels, passed away peacefully on Sunday, March 15, 2026.

Zeke drove a school bus for Raleigh County Schools for thirty years and fiddled at every square dance between Daniels and Ghent.

He is survived by his son, Ronnie Shumate and wife Cheryl of Daniels; and his grandson, Zack Shumate of Daniels, who was named for him and who learned the fiddle on his knee.

A service will be held Thursday in our chapel. Pallbearers: Gary Wayne Ellison, Luther Basham, Ronnie Shumate, Zack Shumate.""",
gold=[("BKW021", "survivor")]),

dict(guid="bkw_csfc_" + "goldie-stanley", pub="2026-05-19T12:00:00-04:00", title="Goldie Jarrell Stanley (1929 - 2026)",
body="""Goldie Jarrell Stanley, 96, of Glen White, passed away May 16, 2026, at Raleigh Center.

She was born at Glen White, one of eleven children of the late Walter and Dora Jarrell, and lived her whole life within sight of the old company store.

She is survived by her sister, Opal Wriston of Glen White, and by many nieces and nephews. She was preceded in death by her husband, Elmer Stanley, and by nine brothers and sisters.

Graveside service at Jarrell Family Cemetery, Glen White.""",
gold=[("BKW015", "survivor")]),

dict(guid="bkw_csfc_" + "alma-sarver", pub="2026-06-23T10:30:00-04:00", title="Alma Faye Sarver (1941 - 2026)",
body="""Alma Faye Sarver, 84, of Lester, passed away Saturday, June 20, 2026.

She was a member of Lester United Methodist Church and worked at the Lester post office for many years.

She is survived by her daughter, Mrs. Dwayne Toler of Lester; a son, Ricky Sarver of Bluefield; and four grandchildren. A brother, Harless "Hob" Stover of Lester, also survives.

Services will be held at Lester United Methodist Church.""",
gold=[("BKW017", "survivor"), ("BKW016", "survivor")]),

dict(guid="bkw_csfc_" + "kermit-quesenberry", pub="2026-08-25T11:20:00-04:00", title="Kermit Ray Quesenberry (1945 - 2026)",
body="""Kermit Ray Quesenberry, 80, of Pax, passed away August 22, 2026.

A retired Chessie System brakeman, Kermit loved the Mountaineers and his garden.

He is survived by his wife, Geneva; his sister-in-law, Edith "Edie" Quesenberry of Beckley; and several nieces and nephews. He was preceded in death by his brother, Howard Quesenberry.

Services will be held Friday at Pax Church of God.""",
gold=[("BKW018", "survivor")]),

dict(guid="bkw_csfc_" + "imogene-keatley-bolt", pub="2026-11-10T10:15:00-05:00", title="Imogene Keatley Bolt (1940 - 2026)",
body="""Imogene Keatley Bolt, 86, of Mabscott, passed away Sunday, November 8, 2026, at home.

Imogene was born January 9, 1940, at Princeton, a daughter of the late Amos and Ruth Keatley. She was a bookkeeper at Mabscott Supply for forty years and a charter member of the Mabscott Woman's Club.

She was preceded in death by her husband, Harvey Bolt, and her brother, Clyde Keatley.

She is survived by her nephews, Tim Keatley of Princeton and Alan Keatley of Athens; and by her dear friend and neighbor, Sally Cadle.

Services will be Friday in our chapel.""",
gold=[("BKW022", "deceased_client"), ("BKW020", "survivor")]),
]

# 3. Raleigh County Death Notices (paid, brief, surname-first headings), plain text
NOTICES = [
dict(guid="bkw_notice_2026_0311", pub="2026-03-11T06:00:00-05:00", title="KEATLEY, Clyde Amos",
body="""KEATLEY, Clyde Amos, 88, of Princeton, died March 8, 2026. Survived by his sister, Imogene Bolt of Mabscott, and sons Tim and Alan. Services Saturday at Bailey-Kirk Funeral Home, Princeton.""",
gold=[("BKW022", "survivor")]),

dict(guid="bkw_notice_2026_0410", pub="2026-04-10T06:00:00-04:00", title="SHREWSBURY, Harold Glenn",
body="""SHREWSBURY, Harold Glenn, 81, of MacArthur, died April 7, 2026. Retired from the Raleigh County Commission road crew. Survived by his daughter, Rhonda Shrewsbury of MacArthur, and a brother, Paul of Oak Hill. Preceded in death by his wife, Norma (Lively) Shrewsbury. Graveside Monday, Blue Ridge Memorial Gardens.""",
gold=[("BKW007", "survivor")]),

dict(guid="bkw_notice_2026_0512", pub="2026-05-12T06:00:00-04:00", title="STOVER, Clarice",
body="""STOVER, Clarice, 77, of Coal City, died May 9, 2026. Survived by her brother-in-law, Harless "Hob" Stover of Lester, and a niece, Sherry Lambert. No services.""",
gold=[]),

dict(guid="bkw_notice_2026_0708", pub="2026-07-08T06:00:00-04:00", title="FARLEY, Sharon K.",
body="""FARLEY, Sharon K., 77, of Portsmouth, Ohio, formerly of Wayne County, W.Va., died July 5, 2026. Survived by her husband, Ronald Farley, and daughters Lisa and Kim. Services at Malcolm Funeral Home, Portsmouth.""",
gold=[]),

dict(guid="bkw_notice_2026_0915", pub="2026-09-15T06:00:00-04:00", title="CADLE, Marcella",
body="""CADLE, Marcella, of Beckley, died Sunday, September 13, 2026. Arrangements are pending at Calloway-Shrader Funeral Chapel.""",
gold=[("BKW020", "possible_deceased_client")]),

dict(guid="bkw_notice_2026_1013", pub="2026-10-13T06:00:00-04:00", title="PETTRY, Orville Dean",
body="""PETTRY, Orville Dean, 85, of Beckley, died October 10, 2026. Husband of 62 years of Wanda (Bolen) Pettry. Survived also by sons Steve and Mark. Services Wednesday, Calloway-Shrader Funeral Chapel.""",
gold=[]),  # a second, later copy of the funeral home's obituary: labelled on the first copy only
]
