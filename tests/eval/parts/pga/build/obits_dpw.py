"""Diné Plateau Weekly (community paper for the western Navajo Nation: Page, LeChee, Kaibeto, Tuba City, Shonto):
obituaries with clan introductions, plain text. Hand-labelled."""

FEED = "dpw"
ITEMS = [
dict(guid="pga_dpw_obit_2026_031", pub="2026-03-20T08:00:00-07:00", title="Lucius Ray Manygoats",
body="""Lucius Ray Manygoats, 44, of Tuba City, Arizona, passed on March 14, 2026, in Flagstaff.

Lucius is Tódích'íi'nii (Bitter Water Clan), born for Kinyaa'áanii (Towering House Clan). His maternal grandfather is Tábąąhá (Water's Edge Clan), and his paternal grandfather is Tó'aheedlíinii (Water Flows Together Clan).

He was born January 5, 1982, in Tuba City. He was a heavy equipment operator for the Navajo Department of Transportation and a bull rider in his younger days. He was named for his uncle.

He is survived by his mother, Elsie Manygoats of Tuba City; his daughters, Kaylee and Shandiin; his uncle, Lucius Manygoats of Kaibeto; and his aunt, Verna Tsinnijinnie and her husband, Darnell, of LeChee.

Services will be held Saturday, March 21, at 10 a.m. at the Tuba City Chapter House. Burial will follow at the Tuba City Community Cemetery.""",
gold=[("PGA023", "survivor"), ("PGA014", "survivor"), ("PGA013", "survivor")]),

dict(guid="pga_dpw_obit_2026_058", pub="2026-05-29T08:00:00-07:00", title="Hazel Bitsuie",
body="""Hazel Bitsuie, 81, of Coppermine, Arizona, passed on May 23, 2026, at her home.

Hazel is Kinłichíi'nii (Red House Clan), born for Naakaii Dine'é (Mexican Clan). She was born June 2, 1944, near Coppermine. She was a weaver whose Two Grey Hills-style rugs were sold at Cameron Trading Post for fifty years, and she kept sheep until she was 79.

She is survived by her sons, Wallace and Harry Bitsuie of Coppermine; her daughter, Rena Tso of Tonalea; and 14 grandchildren, including Shiloh Bitsuie of Page. She was preceded in death by her husband, Alfred Bitsuie.

Services will be held Monday, June 1, at 11 a.m. at the Coppermine Chapter House.""",
gold=[("PGA015", "survivor")]),

dict(guid="pga_dpw_obit_2026_071", pub="2026-07-10T08:00:00-07:00", title="Darnell Tsinnijinnie",
body="""Darnell Tsinnijinnie, 69, of Shonto, Arizona, passed on July 4, 2026, at Tuba City Regional Health Care.

Darnell is Kin yaa'áanii (Towering House Clan), born for Tł'ízí łání (Many Goats Clan). He was born March 1, 1957, in Shonto, and served in the U.S. Army in Germany. He retired from Peabody's Kayenta Mine after 28 years.

He is survived by his wife of 45 years, Lorena Tsinnijinnie of Shonto; his sons, Brandon and Marcus; and his sister, Evelyn Black of Kayenta.

Services will be held Wednesday, July 15, at 10 a.m. at the Shonto Chapter House.""",
gold=[]),

dict(guid="pga_dpw_obit_2026_093", pub="2026-09-15T08:00:00-07:00", title="Wilbert Yazzie Sr.",
body="""Wilbert Yazzie Sr., 77, of Kaibeto, Arizona, passed on September 9, 2026.

Wilbert is Ta'neeszahnii (Tangle Clan), born for Hashtł'ishnii (Mud Clan). He was a Navajo Code Talker's son, a silversmith and for many years the Kaibeto Chapter's grazing official.

He is survived by his wife, Lucy Yazzie; his son, Wilbert Yazzie Jr. of Page; and his daughters, Rose and Priscilla.

Services will be held Saturday, September 19, at the Kaibeto Chapter House. Pallbearers will be Wilbert Yazzie Jr., Lucius Manygoats, Kee Benally and Roy Nez.""",
gold=[]),
]
