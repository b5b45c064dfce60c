"""The Capital Courier (Harrisburg daily), obituaries: newspaper style, legacy-style titles, plain text.
Hand-labelled (gold= beside each text)."""

FEED = "cc"
ITEMS = [
dict(guid="mdt_cc_obit_2026_0114", pub="2026-01-14T05:30:00-05:00",
title="Naomi B. Hess Obituary (1942 - 2026) - Hershey, PA - The Capital Courier",
body="""Naomi Brubaker Hess, 83, of Hershey, passed away Sunday, January 11, 2026, at Pleasant View Retirement Community, Manheim. She was the wife of the late J. Richard Hess, who died in 2015.

Born in Lawn, Lebanon County, she was a daughter of the late Amos and Edna (Gingrich) Brubaker. Naomi worked for 31 years in the wrapping department at the chocolate plant and never once, her family insists, grew tired of the smell. She was a lifelong member of Spring Creek Church of the Brethren, where she quilted with the Tuesday circle and canned more chow-chow than any congregation could eat.

Surviving are a son, Dale Hess and his wife, Brenda, of Grantville; a daughter, Karen, wife of Scott Landis, of Lititz; a sister, Arlene, wife of Clarence Hollinger, of Hummelstown; five grandchildren; and four great-grandchildren. She was preceded in death by a brother, Harold Brubaker.

A funeral service will be held at 11 a.m. Saturday at Spring Creek Church of the Brethren, 335 E. Areba Ave., Hershey, with Pastor Glenn Ebersole officiating. Interment will be in Hershey Cemetery. Memorial contributions may be made to the church's Brethren Disaster Ministries fund. Arrangements by Fackler & Bitting Funeral Home, Hummelstown.""",
gold=[("MDT002", "survivor"), ("MDT001", "survivor")]),

dict(guid="mdt_cc_obit_2026_0203", pub="2026-02-03T05:30:00-05:00",
title="Stjepan Kostelac Obituary (1937 - 2026) - Steelton, PA - The Capital Courier",
body="""Stjepan "Steve" Kostelac, 88, of Steelton, died Friday, January 30, 2026, at home, in the house on South Second Street where he was born.

Steve was the son of the late Ivan and Marija (Zerance) Kostelac, who came to Steelton from the island of Krk. He worked 41 years at the steel mill, most of them in the rail mill, and for decades he played bugarija with the Steelton Junior Tamburitzans' alumni band at every wedding, christening and picnic from Steelton to Johnstown. He was a member of St. Mary's Croatian Catholic Church and of Croatian Fraternal Union Lodge 2.

He is survived by his wife of 62 years, Ljubica (Babich) Kostelac; a son, Mark Kostelac of Highspire; a daughter, Annette Kostelac-Wise of Enola; his sister, Dolores "Dee" Vukovich of Steelton; and three grandchildren. He was predeceased by a brother, Joseph.

A Mass of Christian Burial will be celebrated 10 a.m. Thursday at St. Mary's Croatian Catholic Church, Steelton. Pallbearers will be Anthony DiSanto, Mark Kostelac Jr., Peter Zerance and Nikola Babich. Burial will follow in Mount Calvary Cemetery.""",
gold=[("MDT003", "survivor")]),

dict(guid="mdt_cc_obit_2026_0311", pub="2026-03-11T05:30:00-05:00",
title="Curtis A. Deimler Obituary (2001 - 2026) - Halifax, PA - The Capital Courier",
body="""Curtis Allen Deimler, 24, of Halifax, died unexpectedly Saturday, March 7, 2026, as the result of a motorcycle accident on Route 147.

Curtis was born in Harrisburg, a son of Rodney and Tina (Kocher) Deimler of Halifax, and was named for his grandfather. He graduated from Halifax Area High School in 2019 and worked as a lineman apprentice. He hunted the Berry Mountain every buck season with his grandfather and could back a boat trailer down the Millersburg ferry landing on the first try, which his grandfather never could.

In addition to his parents, he is survived by a sister, Kayla Deimler of Halifax; his grandfather, Curtis "Curt" Deimler of Millersburg; his maternal grandmother, Shirley Kocher of Gratz; his great-aunt, Patty Gingrich and her husband, Wendell Jr., of Palmyra; and his girlfriend, Haley Witmer. He was preceded in death by his grandmother, Janice Deimler.

Services will be held at 7 p.m. Friday at Halifax United Methodist Church, with the Rev. Sue Fetterhoff officiating. Friends may call from 5 p.m. until the service.""",
gold=[("MDT017", "survivor"), ("MDT005", "survivor"), ("MDT004", "survivor")]),

dict(guid="mdt_cc_obit_2026_0422", pub="2026-04-22T05:30:00-04:00",
title="Gretchen M. Longenecker Obituary (1934 - 2026) - Lititz, PA - The Capital Courier",
body="""Gretchen Miriam Longenecker, 91, of Lititz, Lancaster County, died Sunday, April 19, 2026, at Moravian Manor.

Born in Warwick Township, she was the daughter of the late Elam and Mary (Hershey) Buch. She taught home economics at Warwick High School for 33 years and was a member of Lititz Moravian Congregation, where she baked sugar cake for every lovefeast for half a century. Her husband, Ira Longenecker, died in 2004.

She is survived by two sons, Dean Longenecker of Ephrata and Paul Longenecker of Durham, N.C.; six grandchildren; and nine great-grandchildren.

A memorial service will be held at 2 p.m. May 2 at Lititz Moravian Church. Arrangements by a Lititz funeral home.""",
gold=[]),

dict(guid="mdt_cc_obit_2026_0617", pub="2026-06-17T05:30:00-04:00",
title="Anthony J. DiSanto Obituary (1949 - 2026) - Dunmore, PA - The Capital Courier",
body="""Anthony J. DiSanto, 76, of Dunmore, Lackawanna County, died Saturday, June 13, 2026, at Geisinger Community Medical Center, Scranton.

Born in Scranton, he was the son of the late Carmine and Lucia DiSanto. Tony was a letter carrier in Dunmore for 34 years and coached CYO basketball at St. Mary of Mount Carmel. He is survived by his wife of 51 years, Carmela (Ruane) DiSanto; two daughters, Lucia Marchetti of Clarks Summit and Gina Callahan of Harrisburg; and four grandchildren.

A Mass of Christian Burial will be celebrated Thursday in St. Mary of Mount Carmel Church, Dunmore. Interment, Cathedral Cemetery, Scranton.""",
gold=[]),

dict(guid="mdt_cc_obit_2026_0908", pub="2026-09-08T05:30:00-04:00",
title="Clarence E. Hollinger Obituary (1946 - 2026) - Hummelstown, PA - The Capital Courier",
body="""Clarence E. "Butch" Hollinger, 80, of Hummelstown, went home to be with the Lord on Saturday, September 5, 2026, at Penn State Health Milton S. Hershey Medical Center, surrounded by his family.

He was born August 14, 1946, in Hummelstown, a son of the late Elmer and Stella (Shope) Hollinger. Butch was a 1964 graduate of Lower Dauphin High School, served with the U.S. Army in Germany, and drove a milk truck for Swatara Dairy for 38 years, knowing every farm lane between Hummelstown and Campbelltown. He was a member of Zion Lutheran Church, Hummelstown, the Hummelstown Fire Company, and a regular at the Saturday morning breakfast table at the Hummelstown Diner.

Surviving are his wife of 57 years, Arlene (Brubaker) Hollinger; a son, Brian Hollinger and his wife, Lisa, of Grantville; a daughter, Denise, wife of Michael Lehman, of Annville; five grandchildren; and a brother, Lee Hollinger of Hershey. He was preceded in death by a sister, Betty Kline.

A funeral service will be held at 11 a.m. Friday at Zion Lutheran Church, 15 N. Rosanna St., Hummelstown, with the Rev. Karl Peiffer officiating. Burial with military honors will be in Hummelstown Cemetery. Arrangements by Fackler & Bitting Funeral Home, Hummelstown.""",
gold=[("MDT001", "deceased_client"), ("MDT002", "spouse_of_deceased_client")]),

dict(guid="mdt_cc_obit_2026_1015", pub="2026-10-15T05:30:00-04:00",
title="Ruth Ann Shenk Obituary (1937 - 2026) - Annville, PA - The Capital Courier",
body="""Ruth Ann (Hostetter) Shenk, 89, of Annville, died peacefully Monday, October 12, 2026, at Cedar Haven in South Lebanon Township.

Born May 3, 1937, in North Annville Township, she was a daughter of the late Aaron and Ella (Horst) Hostetter and the widow of Paul E. Shenk, who died in 2012. Ruth Ann kept the books for the family's feed mill on Route 934 for forty years and then, in retirement, kept the books for half the organizations in Annville. She was a member of Annville United Brethren in Christ Church and never missed the Old Annville Day pie table.

She is survived by a son, Lester Shenk of Jonestown; two daughters, Marlene, wife of Daniel Gibble, of Schaefferstown, and Joyce Shenk of Annville; a niece, Beverly Snavely of Middletown, whom she raised as her own after 1974; eight grandchildren; and eleven great-grandchildren.

Services will be held at 10:30 a.m. Saturday at the church, 48 W. Main St., Annville, with Pastor Ray Light officiating. Burial in Mount Annville Cemetery.""",
gold=[("MDT016", "deceased_client"), ("MDT022", "survivor")]),
]
