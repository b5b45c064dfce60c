"""The Redwood Coast Courier (Crescent City weekly): newspaper obituaries, plain text, headings
"Name / Month day, year - Month day, year". Hand-labelled."""

FEED = "rcc"
ITEMS = [
dict(guid="cec_rcc_obit_2026_0114", pub="2026-01-14T06:00:00-08:00", title="Tobias \"Toby\" Renfro Sr. / June 2, 1937 - January 8, 2026",
body="""KLAMATH - Tobias Daniel "Toby" Renfro Sr., 88, an enrolled member of the Yurok Tribe and for most of his life a commercial and subsistence fisherman on the lower Klamath, passed away January 8, 2026, at his home above Requa, within sight of the river mouth.

Toby was born June 2, 1937, at Requa and went to the Klamath-Trinity schools until, as he liked to say, the salmon needed him more than the teachers did. He fished the river with a gill net and his own hand-built dugout until the 1980s, logged for Simpson Timber for twenty-two years, and spent his retirement teaching anyone who would listen how to split and smoke fish the old way. He served on the Yurok Tribal Council for two terms and carried the Brush Dance songs for his family.

He is survived by his daughters, Charlene Renfro-Hayes of McKinleyville and Bernadine Renfro of Klamath; his son, Tobias Renfro Jr. of Hoopa; eleven grandchildren, among them his grandson Toby Renfro of Klamath, who was named for him and who now runs the family's smokehouse; and a great many great-grandchildren, nieces and nephews up and down the river. He was preceded in death by his wife of 51 years, Velma, and by his brothers, Lester and Ray.

A wake will be held Friday evening at the Klamath Community Center. Services will be Saturday at 11 a.m. at the Klamath Assembly of God, with burial at the family cemetery at Requa. The family asks that those who can bring a dish to the dinner that follows.""",
gold=[("CEC018", "survivor")]),

dict(guid="cec_rcc_obit_2026_0204", pub="2026-02-04T06:00:00-08:00", title="Tou Vang / March 11, 2001 - January 30, 2026",
body="""CRESCENT CITY - Tou Vang, 24, of Crescent City, died January 30, 2026, in a single-car accident on Highway 199 near the Hiouchi bridge.

Tou was born March 11, 2001, in Crescent City, the third of seven children of Neng Vang and Yia Her. He graduated from Del Norte High School in 2019, where he wrestled at 152 pounds and was known for never missing a practice, and worked as an apprentice lineman for Pacific Power. He loved fishing off the B Street Pier, working on his Civic with his cousins, and his nieces and nephews, who called him Uncle Tou Tou.

He is survived by his parents, Neng Vang and Yia Her of Crescent City; his brothers, Xeng, Pao and Kao Vang; his sisters, Mai Vang, Yer Vang and Nou Vang; his grandmother, Youa Lee; his cousin, Chue Lor of Crescent City, who was like a brother to him; and the whole Vang and Her families of Crescent City, Sacramento and Fresno.

A traditional Hmong funeral will be held from Friday through Monday at the Hmong Alliance Church fellowship hall on Elk Valley Road, with the burial Monday at Crescent City Cemetery. All friends are welcome.""",
gold=[("CEC010", "survivor")]),

dict(guid="cec_rcc_obit_2026_0225", pub="2026-02-25T06:00:00-08:00", title="Dorothea \"Dot\" Osterhout / October 4, 1936 - February 19, 2026",
body="""CRESCENT CITY - Dorothea Frances "Dot" Osterhout, 89, went to be with her Lord on February 19, 2026, at Sutter Coast Hospital, with her daughter holding her hand.

Dot was born October 4, 1936, in Grants Pass, Oregon, to Earl and Frances Lindquist, and married Milton Osterhout in 1957. They came to Crescent City in 1962, three days before the Columbus Day Storm, and rebuilt the roof of their first house on Pebble Beach Drive twice in two years. Dot was a secretary at Crescent Elk School for 27 years, sang alto in the choir at Crescent City Community Church and never missed a Fourth of July parade.

She is survived by her daughter, Jeanette Osterhout of Crescent City; her son, Craig Osterhout and his wife Lynette of Medford, Ore.; four grandchildren; and two great-grandchildren. She was preceded in death by her husband, Milton, in 2009, and by her brother, Russell Lindquist.

A celebration of life will be held at 2 p.m. Saturday, March 7, at Crescent City Community Church, with Pastor Glen Abernathy officiating. Memorial gifts may be made to the Del Norte County Library Foundation.""",
gold=[("CEC022", "survivor")]),

dict(guid="cec_rcc_obit_2026_0311", pub="2026-03-11T06:00:00-07:00", title="Wendell \"Buck\" Halvorsen / August 12, 1944 - March 6, 2026",
body="""CRESCENT CITY - Wendell Arne "Buck" Halvorsen, who fished Dungeness crab out of Crescent City Harbor for fifty-one seasons and never once, his crew swears, started a season without a new pair of gloves, died March 6, 2026, at home. He was 81.

Buck was born August 12, 1944, in Crescent City, the son of Arne and Signe Halvorsen, Norwegian fishermen who came down from Astoria in the 1930s. He graduated from Del Norte High School in 1962, served in the Coast Guard at Humboldt Bay, and in 1969 bought the F/V Signe H, which he fished until 2020. He rebuilt his boat twice after tsunamis, in 1964 as a deckhand for his father and in 2011 as her owner, and served twelve years on the Crescent City Harbor District board.

Buck is survived by his wife of 58 years, Marjorie (Tuttle) Halvorsen; his sons, Erik Halvorsen of Crescent City and Dale Halvorsen of Newport, Ore.; his sister, Nadine (Arlo) Dutcher of Brookings, Ore.; five grandchildren; and his beloved black Lab, Skipper. He was preceded in death by his parents and his brother, Nils.

A memorial service will be held at 1 p.m. Saturday, March 21, at the Crescent City Elks Lodge, followed by the scattering of his ashes outside the harbor aboard the Signe H. Pallbearers for the memorial procession are Harvey Blodgett, Garrett Fenwick, Erik Halvorsen and Cody Tuttle. Memorial contributions may be made to the Crescent City Fishermen's Memorial.""",
gold=[("CEC001", "deceased_client"), ("CEC002", "spouse_of_deceased_client"), ("CEC017", "survivor"),
      ("CEC016", "survivor")]),

dict(guid="cec_rcc_obit_2026_0408", pub="2026-04-08T06:00:00-07:00", title="Clara Bettencourt / May 1, 1932 - April 2, 2026",
body="""SMITH RIVER - Clara Rose Bettencourt, 93, the last of the old Portuguese dairy families of the Smith River bottoms, died April 2, 2026, at her home on Fred Haight Drive, where she had lived since her wedding day in 1951.

Clara was born May 1, 1932, in Ferndale to Manuel and Rosa Silveira, both of the Azores, and married Joseph Bettencourt at St. Thomas the Apostle in 1951. For forty years she and Joe milked sixty cows twice a day; when the dairy closed she took up Easter lilies and quilting, and her Holy Ghost sopas fed the whole valley every Pentecost.

She is survived by her daughter, Corinne (Lee) Trask of Smith River; her sons, Anthony Bettencourt of Eureka and Manuel "Manny" Bettencourt of Fortuna; nine grandchildren; and fourteen great-grandchildren. She was preceded in death by her husband, Joseph, in 2004, and by her sisters, Mary Souza and Olivia Brazil.

A rosary will be prayed at 6 p.m. Thursday at St. Thomas the Apostle Mission in Smith River, and the Mass of Christian Burial will be celebrated there at 10 a.m. Friday. Burial will follow at Smith River Cemetery. Wier's Memorial Chapel is in charge of arrangements.""",
gold=[("CEC006", "survivor"), ("CEC005", "survivor")]),

dict(guid="cec_rcc_obit_2026_0520", pub="2026-05-20T06:00:00-07:00", title="Jesus Madrigal Ruiz / December 24, 1947 - May 14, 2026",
body="""CRESCENT CITY - Jesús Madrigal Ruiz, 78, who came to Del Norte County from Michoacán in 1979 to cut Christmas trees and stayed to raise a family, died May 14, 2026, at Sutter Coast Hospital surrounded by his children.

Don Chuy, as the whole neighborhood called him, worked twenty-five years at the Smith River lily bulb fields and another fifteen on the grounds crew at College of the Redwoods. He grew the best chiles on Third Street, played guitar at every quinceañera he was invited to and several he was not, and never let a guest leave his table hungry.

He is survived by his wife of 52 years, María Guadalupe Ochoa de Madrigal; his daughters, Rosa Elena Madrigal Ochoa of Crescent City and Ana Luisa Madrigal de Fuentes (Raúl) of Santa Rosa; his son, José Madrigal Ochoa of Medford, Ore.; and nine grandchildren. He was preceded in death by his brothers, Ignacio and Salvador.

The rosary will be prayed at 7 p.m. Wednesday at St. Joseph Catholic Church, and the funeral Mass will be celebrated Thursday at 10 a.m., with Father Tomás Arreola presiding. Burial will follow at St. Joseph Cemetery. Que descanse en paz.""",
gold=[("CEC007", "survivor")]),

dict(guid="cec_rcc_obit_2026_0617", pub="2026-06-17T06:00:00-07:00", title="Norma Jean Pruitt / February 2, 1946 - June 10, 2026",
body="""CRESCENT CITY - Norma Jean Pruitt, 80, a cook at the Apple Peddler for thirty years and the author of its famous marionberry pie, died June 10, 2026, at Crescent City Skilled Nursing.

Norma was born in Klamath Falls, Oregon, and came to Crescent City in 1971. She bowled in the Wednesday league at Tiny's Lanes for four decades and kept score in her head faster than the machine.

She is survived by her son, Craig Pruitt of Redding; her daughter, Tammy Lee Hooper of Crescent City; and six grandchildren. She was preceded in death by her husband, Lloyd Pruitt.

The family thanks Dr. Priya Ramaswamy and the nurses of Sutter Coast Hospital and Crescent City Skilled Nursing for their kindness in her last months. A graveside service will be held at 11 a.m. Saturday at Crescent City Cemetery, with Chaplain Roy Easley officiating. Pallbearers are Craig Pruitt, Toby Renfro, Dustin Hooper and Walt Ferreira.""",
gold=[]),
]
