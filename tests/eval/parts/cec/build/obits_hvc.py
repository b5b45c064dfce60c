"""Harbor View Memorial Chapel (Crescent City and Brookings-Harbor): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "hvc"
BASE = "https://www.harborviewmemorialchapel.example/obituaries/"
ITEMS = [
dict(guid="cec_hvc_leland-trask-sr", slug="leland-trask-sr", pub="2026-01-21T11:15:00-08:00", title="Leland Robert Trask Sr. (1936 - 2026)",
body="""Leland Robert Trask Sr., 89, of Smith River, passed away peacefully on Saturday, January 17, 2026, at his home on the bulb farm he founded seventy-five years ago.

Leland was born in Yreka on July 9, 1936, and came to the Smith River with his father in 1949 to plant the first Croft lily bulbs on leased bottomland. He bought the ground in 1951 and spent the rest of his life on it; he liked to say that nine out of ten Easter lilies sold in America started within ten miles of his kitchen table, and that he had personally stepped on most of them. He was a member of the Smith River Volunteer Fire Department for forty years and of the Del Norte County Farm Bureau for sixty.

He is survived by his son, Leland "Lee" Trask Jr. and his wife, Corinne, of Smith River, who now run Trask Bulb Farms; his daughter, Sharon Pickering of Grants Pass, Ore.; six grandchildren; and five great-grandchildren. He was preceded in death by his wife of 62 years, Ardith, in 2018.

A memorial service will be held at 2 p.m. Saturday, January 31, at the Smith River Grange Hall, with Pastor Dale Whitcomb officiating. In lieu of flowers, the family suggests gifts to the Smith River Volunteer Fire Department.""",
gold=[("CEC005", "survivor"), ("CEC006", "survivor")]),

dict(guid="cec_hvc_arnold-kittleson", slug="arnold-kittleson", pub="2026-02-12T10:40:00-08:00", title="Arnold Kittleson (1939 - 2026)",
body="""Arnold Lee Kittleson, 86, of Gasquet, died February 9, 2026, at Sutter Coast Hospital after a short illness.

Arnie was born in Fergus Falls, Minnesota, and came west in 1961 to set chokers for the Rellim Redwood Company. He later worked thirty years for Caltrans on Highway 199, plowing and clearing slides through the Smith River canyon, and knew every culvert between Hiouchi and the Collier Tunnel by name.

He is survived by his son, Dwayne Kittleson of Gasquet; his daughter, Lori Ann Sproul of Cave Junction, Ore.; three grandchildren; and his fishing partner of fifty years, Ernie Cordova. He was preceded in death by his wife, Gloria, and by his son, Kenny.

No services are planned at his request. His ashes will be scattered on the Middle Fork of the Smith River.""",
gold=[]),

dict(guid="cec_hvc_nou-xiong", slug="nou-xiong", pub="2026-03-02T09:30:00-08:00", title="Nou Xiong (1942 - 2026)",
body="""Nou Xiong, 83, of Crescent City, passed away peacefully on February 25, 2026, at Sutter Coast Hospital.

Nou was born in Xieng Khouang Province, Laos, in 1942. He served as a soldier in the Secret War alongside the Americans, fled with his family across the Mekong in 1975, and lived at Ban Vinai refugee camp until the family was resettled in Fresno in 1980. He moved to Crescent City in 1996, where he was an elder and a respected txiv neeb, a shaman, to families throughout the North Coast. He kept a garden of lemongrass, bitter melon and mustard greens that fed the whole block.

He is survived by his wife, Yer Moua; his sons, Blia Xiong and Cha Xiong of Sacramento and Vue Xiong of Crescent City; his daughters, Pa Nhia Xiong (Tou Vang) of Crescent City and Mai Xiong Thao of St. Paul, Minn.; 31 grandchildren; and 12 great-grandchildren.

A traditional Hmong funeral will be held from Friday, March 6, through Monday, March 9, at the Hmong Alliance Church fellowship hall, Crescent City. Burial will follow at Crescent City Cemetery.""",
gold=[("CEC004", "survivor"), ("CEC003", "survivor")]),

dict(guid="cec_hvc_marvin-ammon", slug="marvin-ammon", pub="2026-04-16T14:05:00-07:00", title="Marvin \"Sonny\" Ammon (1946 - 2026)",
body="""Marvin Joseph "Sonny" Ammon, 79, of Klamath, went home on April 12, 2026, at the Yurok Tribe elders' housing in Klamath, where he had lived for the past six years.

Sonny was born in Requa in 1946 and was a proud member of the Yurok Tribe. He served in the U.S. Army in Vietnam with the 25th Infantry Division, came home to run a gill net on the lower Klamath and worked twenty years as a heavy-equipment operator for Del Norte County Roads. He was a founding member of the Klamath Veterans Color Guard and carried the flag at every Salmon Festival for twenty-five years.

Sonny is survived by his sister, Retta (the late Gilbert) Brantner of Klamath; his daughters, Desiree Ammon of Eureka and Kimberly Ammon-Pike of Crescent City; his son, Marvin Ammon Jr. of Hoopa; and eight grandchildren. He was preceded in death by his parents, Joseph and Mabel Ammon, and his brother, Clifford.

Services will be held at 11 a.m. Tuesday at the Klamath Community Center, with military honors by the Klamath Veterans Color Guard. Burial will follow at Klamath Cemetery.""",
gold=[("CEC008", "survivor")]),

dict(guid="cec_hvc_cher-pao-thao", slug="cher-pao-thao", pub="2026-05-06T16:20:00-07:00", title="Cher Pao Thao (1959 - 2026)",
body="""Cher Pao Thao, 66, of Crescent City, passed away on April 30, 2026, at Sutter Coast Hospital after a courageous battle with cancer.

Cher Pao was born in Long Cheng, Laos, and came to the United States as a young man in 1979. He worked for twenty-four years as a correctional officer at Pelican Bay State Prison, retiring in 2019, and was a deacon of the Hmong Alliance Church and a proud grandfather who never missed a Del Norte High wrestling meet.

He is survived by his wife of 44 years, Mai Lee; his sons, Fue Thao of Crescent City and Lue Thao of Hickory, N.C.; his daughters, Mai Yer Yang (Kou) of Crescent City and Bao Thao of Fresno; and ten grandchildren, including a granddaughter born this spring whom he was able to hold.

A traditional Hmong funeral will be held Friday through Sunday, May 8-10, at the Hmong Alliance Church fellowship hall, Elk Valley Road. Burial will be Monday at Crescent City Cemetery.""",
gold=[("CEC020", "survivor")]),

dict(guid="cec_hvc_ethel-mae-crumley", slug="ethel-mae-crumley", pub="2026-07-08T10:10:00-07:00", title="Ethel Mae Crumley (1934 - 2026)",
body="""Ethel Mae (Pruett) Crumley, 91, of Crescent City, left this world on July 3, 2026, just short of the Fourth of July fireworks she had never once missed from her front porch on Harding Avenue.

Ethel Mae was born in Dunsmuir in 1934, the eldest of the five children of a Southern Pacific section foreman, and came to Crescent City with her husband, Harold Crumley, in 1955. She ran the Crumley Motel on Highway 101 South for thirty-one years and taught half the teenagers in town how to make a hospital corner.

She is survived by her sister, Peggy (the late Vern) Oyler of Crescent City, who lived next door for fifty years; her nephews, Dennis and Kyle Oyler; and many nieces and nephews. She was preceded in death by her husband, Harold, in 1999, and by her brothers, Lyle, Orville and Clement Pruett.

A graveside service will be held at 10 a.m. Monday, July 13, at Crescent City Cemetery, with the Rev. Ann Corliss of St. Paul's Episcopal Church officiating.""",
gold=[("CEC011", "survivor")]),
]
