"""Obituaries of the ilm part, in three house styles. Hand-labelled (`gold=[(client_id, role), ...]`)."""

# 1. The Cape Fear Star-Courier (Wilmington daily): legacy-style titles, plain text.
CFSC = [
dict(guid="ilm_cfsc_obit_20260114_4471", pub="2026-01-14T05:30:00-05:00",
title="Hazel Pridgen Obituary (1931 - 2026) - Wilmington, NC - The Cape Fear Star-Courier",
body="""WILMINGTON - Hazel Clewis Pridgen, 94, of Wilmington, went to be with her Lord on Sunday, January 11, 2026, at Lower Cape Fear LifeCare, surrounded by her family.

Mrs. Pridgen was born July 2, 1931, in Atkinson, a daughter of the late Ransom and Pearl Clewis. She worked thirty-one years in the office of the Atlantic Coast Line and later the Seaboard Coast Line before the railroad left town, and she never stopped calling it "the Coast Line." She was a faithful member of Winter Park Baptist Church, where she sang alto in the choir for over fifty years, and there was not a covered-dish supper in Wilmington that did not have her chicken pastry on the table.

She was preceded in death by her husband of 52 years, Lacy Pridgen; her son, Lacy Pridgen Jr.; and her brothers, Dewey and Marvin Clewis.

She is survived by her daughter, Lorena (Tad) Blanchard of Wilmington; her daughter-in-law, Faye Pridgen of Castle Hayne; grandchildren Ashley Blanchard Rhodes (Kyle) and Lacy Pridgen III; and three great-grandchildren.

A funeral service will be held at 2 p.m. Friday at Winter Park Baptist Church with the Rev. Dr. Harold Bizzell officiating. Burial will follow at Oleander Memorial Gardens. The family will receive friends one hour prior to the service. In lieu of flowers, memorials may be made to Lower Cape Fear LifeCare.""",
gold=[("ILM002", "survivor"), ("ILM001", "survivor")]),

dict(guid="ilm_cfsc_obit_20260305_4630", pub="2026-03-05T05:30:00-05:00",
title="Ellison Gore Obituary (2002 - 2026) - Shallotte, NC - The Cape Fear Star-Courier",
body="""SHALLOTTE - Ellison Tate Gore, 23, of Shallotte, died Monday, March 2, 2026, as the result of an accident while working on a shrimp trawler off Holden Beach.

Ellison was born November 19, 2002, in Supply, and graduated from West Brunswick High School in 2021, where he played on the offensive line for the Trojans. He loved the water more than anything and had been working on his captain's license. He was named for his granddaddy and was never called anything but "Little Sonny" by anybody who knew him.

He is survived by his parents, Tate and Crystal Gore of Shallotte; his sister, Kaylee Gore; his grandparents, Ellison "Sonny" and Vickie Gore of Shallotte and Dorothy Ward of Longwood; his girlfriend, Brianna Milliken; and a host of aunts, uncles and cousins.

The family will receive friends Friday from 6 to 8 p.m. at Brunswick Coastal Funeral Service, Shallotte. A celebration of his life will be held at 3 p.m. Saturday at Camp United Methodist Church, with the Rev. Tommy Ludlum officiating.""",
gold=[("ILM011", "survivor"), ("ILM012", "survivor")]),

dict(guid="ilm_cfsc_obit_20260512_4902", pub="2026-05-12T05:30:00-04:00",
title="Mildred Boney Obituary (1934 - 2026) - Rocky Point, NC - The Cape Fear Star-Courier",
body="""ROCKY POINT - Mildred Futch Boney, 91, of the Rocky Point community, passed away Saturday, May 9, 2026, at her home.

She was born in Pender County, the daughter of the late Alton and Lessie Futch, and taught home economics at Pender High School for thirty-three years. Generations of Pender County girls, and a fair number of boys, learned to sew a straight seam from "Miss Mildred."

She was preceded in death by her husband, Leon Boney; her sisters, Irene Futch Lanier and Mabel Futch; and her brother, James Alton Futch.

Left to cherish her memory are her sons, Dennis Boney (Carol) of Rocky Point and Keith Boney of Raleigh; four grandchildren; her niece, Mrs. Royce (Annie Laurie) Kornegay of Burgaw, who cared for her so lovingly in her last years; and many other nieces and nephews.

Graveside services will be held at 11 a.m. Tuesday at Rocky Point Cemetery, conducted by the Rev. Linwood Padgett. Pallbearers will be Trent Boney, Austin Boney, Mark Lanier and Jeffrey Futch.""",
gold=[("ILM010", "survivor"), ("ILM009", "survivor")]),

dict(guid="ilm_cfsc_obit_20260622_5088", pub="2026-06-22T05:30:00-04:00",
title="Ruby Lee Batts Obituary (1928 - 2026) - Whiteville, NC - The Cape Fear Star-Courier",
body="""WHITEVILLE - Mrs. Ruby Lee Ward Batts, 97, of Whiteville, entered into eternal rest on Friday, June 19, 2026, at Cape Fear Regional Medical Center in Wilmington.

Mother Batts was born in the Chadbourn community and for forty years was the church mother of New Hope Missionary Baptist Church. She kept a garden on Jefferson Street until she was ninety-three, and nobody left her porch without a sack of butter beans.

She was preceded in death by her husband, Deacon Wendell Batts Sr.; her daughter, Loretta Batts McCall; and all eleven of her brothers and sisters.

She leaves to cherish her memory her son, Wendell Batts Jr. (Geraldine) of Whiteville; her daughter, Shirley Batts Council of Baltimore, Md.; eight grandchildren; fourteen great-grandchildren; and a host of nieces, nephews, church family and friends.

The family wishes to thank Dr. Priya Venkataraman and the cardiology staff of Cape Fear Regional for their kindness. A homegoing service will be held at noon Saturday at New Hope Missionary Baptist Church, with the Rev. Obadiah Spaulding delivering the eulogy. Interment will follow in the church cemetery. Services entrusted to Council & Sons Mortuary, Whiteville.""",
gold=[("ILM003", "survivor")]),

dict(guid="ilm_cfsc_obit_20260816_5311", pub="2026-08-16T05:30:00-04:00",
title="Leroy Lennon Sr. Obituary (1945 - 2026) - Wilmington, NC - The Cape Fear Star-Courier",
body="""WILMINGTON - Leroy Lennon Sr., 80, a longshoreman at the Port of Wilmington for thirty-eight years and a deacon at St. Stephen AME Church, died Thursday, August 13, 2026, at his home on the Northside.

Mr. Lennon was born in Wilmington to the late James and Essie Lennon and graduated from Williston Senior High School, class of 1963, the last class before the school was closed. He coached Pop Warner football at Robert Strange Park for twenty years.

He was preceded in death by his wife of 49 years, Doris Lennon, and his son, Leroy Lennon Jr.

He is survived by his son, Tremaine Lennon (Keisha) of Wilmington; his daughter, Angela Lennon Bryant of Charlotte; his grandchildren, Jaylen, Destiny, Marcus and Kiara; and his sister, Geneva Lennon Simmons of Philadelphia, Pa.

Viewing will be held from 5 to 7 p.m. Friday at Wilson & Sons Funeral Home. A celebration of life will be held at 11 a.m. Saturday at St. Stephen AME Church.""",
gold=[("ILM017", "survivor"), ("ILM018", "survivor")]),

dict(guid="ilm_cfsc_obit_20260903_5402", pub="2026-09-03T05:30:00-04:00",
title="Evelyn Tyndall Obituary (1937 - 2026) - Kinston, NC - The Cape Fear Star-Courier",
body="""KINSTON - Evelyn Blanchard Tyndall, 89, of Kinston and formerly of Jacksonville, died Monday, August 31, 2026.

She was born in Lenoir County to the late Ottis and Ruth Blanchard, retired from DuPont after twenty-seven years, and was a member of Gordon Street Christian Church.

She is survived by her son, Wade Tyndall of Raleigh; her nephew, Wade Blanchard of Greenville; her grandsons, Tad Blanchard of Denver, Colo., and Corey Tyndall of Kinston; and her great-granddaughter, Ava.

A memorial service will be held at 2 p.m. Sunday at Gordon Street Christian Church.""",
gold=[]),

dict(guid="ilm_cfsc_obit_20261005_5590", pub="2026-10-05T05:30:00-04:00",
title="Cornelius \"Neal\" Rourk Obituary (1949 - 2026) - Southport, NC - The Cape Fear Star-Courier",
body="""SOUTHPORT - Cornelius Lee "Neal" Rourk, 76, a Cape Fear River bar pilot for thirty years and a storyteller for all of them, died Saturday, October 3, 2026, at Dosher Memorial Hospital.

Neal was born December 14, 1949, in Southport, the son of the late Capt. Carson Rourk and Lila Swain Rourk. He graduated from Southport High School and East Carolina University, served in the U.S. Coast Guard at Oak Island Station, and brought ships up the river to Wilmington until his retirement in 2012. After that he could be found most mornings on the bench at the Southport waterfront, explaining the tides to tourists whether they asked or not.

He is survived by his wife of 51 years, Bettie Jo (Sellers) Rourk; his daughters, Carson Rourk Lewis (Brent) of Leland and Anna Rourk of Asheville; his grandsons, Neal and Thomas Lewis; and his brother, Wayne Rourk of Boiling Spring Lakes. He was preceded in death by his sister, Margaret Rourk Hewett.

A memorial service will be held at 11 a.m. Saturday at Trinity United Methodist Church, Southport, with the Rev. Ann Cheek officiating. The family will receive friends afterward in the fellowship hall. Memorials may be made to the Southport Maritime Museum.""",
gold=[("ILM005", "deceased_client"), ("ILM006", "spouse_of_deceased_client")]),
]

# 2. Pender & Brunswick Memorial Chapels (funeral-home site): HTML in content:encoded.
PBMC = [
dict(guid="ilm_pbmc_2026_0211_mckeithan", pub="2026-02-11T16:20:00-05:00",
title="Jasper Lee McKeithan Jr.",
body="""Jasper Lee McKeithan Jr., 84, of Hampstead, passed away peacefully on Monday, February 9, 2026, at his home on Topsail Sound with his family by his side.

Jasper was born in Pender County to the late Jasper Lee McKeithan Sr. and Viola Sidbury McKeithan. He served four years in the U.S. Navy aboard the USS Forrestal and then spent his working life as a surveyor, laying out half the subdivisions between Hampstead and Scotts Hill. He was a charter member of the Hampstead Volunteer Fire Department and of Hampstead United Methodist Church.

He was preceded in death by his wife of 57 years, Ernestine Batson McKeithan, and his brother, Raymond McKeithan.

Jasper is survived by his son, Jasper Lee McKeithan III and wife Renee of Hampstead; his daughter, Cindy McKeithan Pope of Surf City; five grandchildren, including Jasper IV ("Trey"); and his faithful dog, Skeeter.

A funeral service will be held at 2 p.m. Saturday at Hampstead United Methodist Church, with Pastor Ron Sidbury officiating. Burial with military honors will follow at the church cemetery. Pallbearers will be Hollis Stanaland, Dwight Pope, Trey McKeithan, Carl Batson, Jimmy Sidbury and Wade Futrelle. The family will receive friends Friday evening from 6 to 8 at our Hampstead chapel.""",
gold=[("ILM021", "survivor")]),

dict(guid="ilm_pbmc_2026_0408_register", pub="2026-04-08T10:05:00-04:00",
title="Thurman Ray Register",
body="""Thurman Ray Register, 88, of Burgaw, died Sunday, April 5, 2026, at Pender Memorial Hospital.

Mr. Register was born in the Penderlea community and farmed tobacco, sweet potatoes and blueberries on the same land his grandfather cleared. He served on the Pender County Board of Education for twelve years and never missed the Blueberry Festival.

He was preceded in death by his wife, Ruth Hair Register, and his son, Ray Register.

He is survived by his daughter, Delphine Register of Burgaw; his daughter-in-law, Patsy Register of Wallace; three grandchildren; and his sister, Ola Register Cottle of Watha.

A funeral service will be held at 3 p.m. Wednesday at Burgaw Baptist Church, with the Rev. Dr. Phil Batchelor officiating. Pallbearers will be Grady Skipper, Lonnie Cottle, Eddie Register, Bryan Hair, Mitchell Wells and Tim Rivenbark. Burial will follow in Riverview Cemetery.""",
gold=[]),

dict(guid="ilm_pbmc_2026_0714_varnam", pub="2026-07-14T12:40:00-04:00",
title="Eunice Swain Varnam",
body="""Eunice Swain Varnam, 90, of the Supply community, went home to be with the Lord on Saturday, July 11, 2026, at Brunswick Novant Medical Center.

Eunice was born in Brunswick County, a daughter of the late Roland and Mae Swain. She and her late husband, Cecil Varnam, ran Varnam's Store on Stone Chimney Road for forty-four years, and she was the one who knew who owed what. She was a member of Sabbath Home Baptist Church.

She was preceded in death by her husband, Cecil; her brothers, Roland Jr. and Dallas Swain; and her sister, Bernice Swain Long.

She is survived by her daughters, Judy Varnam Hewett (Larry) of Supply and Cathy Varnam Bellamy of Southport; her sister, Marguerite "Maggie" Holden of Shallotte; six grandchildren; and nine great-grandchildren.

Funeral services will be held at 11 a.m. Wednesday at Sabbath Home Baptist Church with the Rev. Jimmy Mintz officiating. Burial will follow in the Varnam family cemetery.""",
gold=[("ILM007", "survivor")]),

dict(guid="ilm_pbmc_2026_0929_stanaland", pub="2026-09-29T09:15:00-04:00",
title="Rosa Bell Stanaland",
body="""Rosa Bell Hewett Stanaland, 100, of Shallotte, passed away Saturday, September 26, 2026, just eleven days after the family gathered to celebrate her one-hundredth birthday.

Mrs. Stanaland was born September 15, 1926, in the Shallotte Point community. She headed shrimp at the family fish house for fifty years and could still out-head her grandchildren at ninety. She was the oldest member of Shallotte Presbyterian Church.

She was preceded in death by her husband, Hollis "Cap" Stanaland Sr., and by her daughter, Margie Stanaland Long.

She is survived by her son, Hollis Stanaland (Jean) of Shallotte; her grandchildren, Dana Stanaland Cox and Wesley Stanaland; and six great-grandchildren.

A graveside service will be held at 2 p.m. Thursday at Shallotte Point Cemetery with the Rev. Karen Earp officiating.""",
gold=[("ILM019", "survivor")]),

dict(guid="ilm_pbmc_2026_1021_formyduval", pub="2026-10-21T15:45:00-04:00",
title="Ida Mae Strickland Formyduval",
body="""Ida Mae Strickland Formyduval, 88, of Whiteville, passed away on Tuesday, October 20, 2026, at Liberty Commons of Columbus County.

Ida Mae was born October 2, 1938, in the Cerro Gordo community, a daughter of the late Arthur and Vada Strickland. She taught second grade at Edgewood Elementary for thirty-four years and was known to every child in Whiteville as "Miss Ida." She was a lifelong member of First Baptist Church of Whiteville, where she taught the Homebuilders Sunday school class.

She was preceded in death by her husband of 54 years, Lonnie Formyduval, and her brother, Arthur Strickland Jr.

She is survived by her son, Lonnie Formyduval Jr. (Pam) of Raleigh; her daughter, Carol Formyduval Gore of Tabor City; four grandchildren; and her sister, Beulah "Boots" Faircloth of Whiteville.

A funeral service will be held at 11 a.m. Saturday at First Baptist Church of Whiteville, with the Rev. Obadiah Spaulding and the Rev. Marty Inman officiating. Burial will follow at Whiteville Memorial Cemetery. The family will receive friends Friday from 6 to 8 p.m. at our Whiteville chapel.""",
gold=[("ILM004", "deceased_client"), ("ILM020", "survivor")]),

dict(guid="ilm_pbmc_2026_1103_sholar", pub="2026-11-03T11:30:00-05:00",
title="Hattie Kornegay Sholar",
body="""Hattie Kornegay Sholar, 93, of Wallace, passed away Sunday, November 1, 2026, at Vineyard Retirement Center.

Hattie was born in Duplin County to the late Elwood and Bessie Kornegay and worked at the Wallace hosiery mill until it closed. She was a member of Wallace Presbyterian Church for seventy years.

She was preceded in death by her husband, Herman Sholar; her brothers, Royce Kornegay and Elwood Kornegay Jr.; and her sister, Pauline Kornegay Rivenbark.

She is survived by her daughter, Betty Sholar Teachey of Wallace; two grandchildren; and several nieces and nephews.

A funeral service will be held at 2 p.m. Wednesday at Wallace Presbyterian Church.""",
gold=[]),
]

# 3. Coastal Carolina Death Notices (paid notices, surname-first headings, terse): plain text.
NOTICES = [
dict(guid="ilm_ccdn_20260226_0088", pub="2026-02-26T06:00:00-05:00", title="SKIPPER, Grady Lee",
body="""SKIPPER, Grady Lee, 81, of Conway, S.C., died Feb. 23, 2026. Retired from Horry Electric Cooperative. Survived by wife of 58 years, Frances; sons Dale of Myrtle Beach and Randy of Loris; five grandchildren. Funeral 2 p.m. Friday, Goldfinch Funeral Home, Conway.""",
gold=[]),

dict(guid="ilm_ccdn_20260418_0131", pub="2026-04-18T06:00:00-04:00", title="BABSON, Mary Ellen (Doyle)",
body="""BABSON, Mary Ellen (Doyle), 79, of Gloucester, Mass., died April 15, 2026, at Addison Gilbert Hospital. Wife of the late Frederick Babson. Survived by sons Peter and Michael, both of Gloucester; six grandchildren. Mass at St. Ann Church, Gloucester. Published at the request of a sister, Joan Doyle Pike of Calabash.""",
gold=[]),

dict(guid="ilm_ccdn_20260625_0177", pub="2026-06-25T06:00:00-04:00", title="HUFHAM, Odell",
body="""HUFHAM, Odell, 86, Carolina Beach, June 22, 2026. Retired charter captain, 40 years out of the Carolina Beach Yacht Basin. Preceded by wife, Lois. Survived by daughter Sue Hufham of Carolina Beach; son Danny Hufham (Tina) of Hampstead; three grandchildren. Service 11 a.m. Saturday, Carolina Beach Presbyterian Church.""",
gold=[("ILM022", "survivor")]),

dict(guid="ilm_ccdn_20260820_0204", pub="2026-08-20T06:00:00-04:00", title="WRAY, Priscilla Babson",
body="""WRAY, Priscilla Babson, 72, Southport, Aug. 17, 2026. Retired nurse, Dosher Memorial Hospital. Survived by husband Dale Wray; son Jason Wray of Wilmington; sister-in-law Mel Babson of Southport. Preceded by brother Curtis Babson. Memorial 4 p.m. Sunday, Southport Community Building.""",
gold=[("ILM016", "survivor")]),

dict(guid="ilm_ccdn_20261009_0246", pub="2026-10-09T06:00:00-04:00",
title="Cornelius \"Neal\" Rourk Obituary (1949 - 2026) - Southport, NC",
body=CFSC[-1]["body"],
gold=[]),  # a later copy of ilm_cfsc_obit_20261005_5590: labelled on the earlier copy only

dict(guid="ilm_ccdn_20261112_0281", pub="2026-11-12T06:00:00-05:00", title="MINTZ, Carlton",
body="""MINTZ, Carlton, of Leland, died Nov. 10, 2026. A graveside service will be held at 2 p.m. Saturday at Town Creek Cemetery. Arrangements by Brunswick Funeral Service, Leland.""",
gold=[("ILM015", "possible_deceased_client")]),
]

ITEMS = CFSC + PBMC + NOTICES
