"""The Lincoln Trail News-Enterprise (invented Elizabethtown daily): newspaper obituaries, plain text. Hand-labelled."""

FEED = "ne"
ITEMS = [
dict(guid="ftk_ne_obit_20260311_hornback", pub="2026-03-11T06:00:00-05:00", title="Delbert Wayne 'Del' Hornback",
body="""Delbert Wayne "Del" Hornback, 85, of Hodgenville, died Sunday, March 8, 2026, at Hardin Memorial Hospital in Elizabethtown.

He was born February 9, 1941, in LaRue County to the late Virgil and Hattie Hornback. He farmed tobacco and beef cattle on Lincoln Farm Road for more than sixty years, was a member of South Fork Baptist Church and served twenty years on the LaRue County Extension Board.

He is survived by his wife of 61 years, Opal (Shelton) Hornback; two daughters, Tammy Cruse (Mike) of Magnolia and Lisa Hornback of Louisville; a son, Dale Hornback of Hodgenville; a brother-in-law and sister-in-law, Ray and Wanda Shelton of Hodgenville; six grandchildren and four great-grandchildren.

He was preceded in death by a brother, Elmer Hornback.

The funeral is at 11 a.m. Thursday at Bennett-Cruse Funeral Home in Hodgenville with Bro. Dwight Skaggs officiating. Burial will be in Red Hill Cemetery. Visitation is from 3 to 8 p.m. Wednesday at the funeral home.""",
gold=[("FTK001", "deceased_client"), ("FTK002", "spouse_of_deceased_client"), ("FTK023", "survivor")]),

dict(guid="ftk_ne_obit_20260204_howell", pub="2026-02-04T06:00:00-05:00", title="Larry Wayne Howell",
body="""Larry Wayne Howell, 34, of Owensboro, died Saturday, January 31, 2026, at Owensboro Health Regional Hospital.

He was a 2010 graduate of Apollo High School and worked as a lineman for Kenergy. He loved the Green River, his bass boat and his Chihuahua, Pistol.

Survivors include his parents, Wayne and Donna Howell of Owensboro; his fiancee, Kaylee Roby; and a sister, Ashley Howell Crabtree of Philpot.

The funeral is at 1 p.m. Friday at Glenn Funeral Home in Owensboro. (Published at the request of family in Hardin County.)""",
gold=[]),

dict(guid="ftk_ne_obit_20260218_lee", pub="2026-02-18T06:00:00-05:00", title="Chong Ok Lee",
body="""Chong Ok Lee, 93, of Radcliff, died Sunday, February 15, 2026, at her daughter's home.

She was born in Daegu, South Korea, and came to Radcliff in 1975 after her daughter married a soldier stationed at Fort Knox. For twenty years she ran a small alterations shop on Dixie Boulevard and she was a faithful member of the Korean Presbyterian Church of Radcliff.

She is survived by her daughter, Sun Hui Pressley of Radcliff; a son, Lee Jae-won of Seoul; three grandchildren and two great-grandchildren. She was preceded in death by her husband, Lee Man-sik, and her son-in-law, Sgt. 1st Class (Ret.) Dwayne Pressley.

A service will be at 10 a.m. Saturday at the Korean Presbyterian Church of Radcliff with the Rev. Park Sung-ho officiating. Burial in the Kentucky Veterans Cemetery Central, Radcliff.""",
gold=[("FTK010", "survivor")]),

dict(guid="ftk_ne_obit_20260402_whitlock", pub="2026-04-02T06:00:00-04:00", title="Earline Whitlock",
body="""Earline Whitlock, 84, of Radcliff, went home to be with the Lord on Monday, March 30, 2026.

A native of Hopkinsville, she worked thirty-one years in the commissary at Fort Knox and was a mother of the church at First Baptist Church of Radcliff.

She leaves to cherish her memory her son, Darnell Whitlock and his wife, Keisha, of Radcliff; a daughter, Yvonne Whitlock Grant of Clarksville, Tenn.; seven grandchildren; and a host of nieces, nephews and church family.

Homegoing services will be at noon Saturday at First Baptist Church of Radcliff, Pastor Clarence Oldham officiating. Interment in North Hardin Memorial Gardens.""",
gold=[("FTK008", "survivor"), ("FTK009", "survivor")]),

dict(guid="ftk_ne_obit_20260506_boone", pub="2026-05-06T06:00:00-04:00", title="Kenneth Ray Boone",
body="""Kenneth Ray Boone, 90, of Paducah, died Monday, May 4, 2026, at Baptist Health Paducah.

He was a retired towboat pilot on the Ohio and Tennessee rivers, a Korean War veteran and a member of Lone Oak First Baptist Church.

He is survived by his wife of 68 years, Imogene Boone; two sons, Steve Boone of Paducah and Gary Boone of Murray; and five grandchildren.

Services are at Milner & Orr Funeral Home of Paducah. A niece in Elizabethtown asked that this notice be published here.""",
gold=[]),

dict(guid="ftk_ne_obit_20260521_skaggs", pub="2026-05-21T06:00:00-04:00", title="Ruby Nell Skaggs",
body="""Ruby Nell Skaggs, 91, of Upton, died Tuesday, May 19, 2026, at Signature HealthCARE of Elizabethtown.

She taught first grade at Sonora and Upton elementary schools for thirty-four years and played piano for the Upton Baptist Church.

Survivors include a son, Roger Skaggs of Upton; a daughter, Phyllis Skaggs Meredith of Bowling Green; and four grandchildren. She was preceded in death by her husband, Harlan Skaggs.

The funeral will be at 2 p.m. Saturday at Upton Baptist Church, Bro. Jerry Cundiff officiating. Pallbearers will be Darnell Whitlock, Clifton Goodin, Jared Meredith, Cole Meredith, Wade Skaggs and Trent Skaggs.""",
gold=[]),
]
