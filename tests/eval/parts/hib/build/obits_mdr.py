"""Mesabi Daily Record (invented Range daily): newspaper obituaries, plain text, "Name, age, of Town" titles. Hand-labelled."""

FEED = "mdr"
ITEMS = [
dict(guid="hib_mdr_obit_260114_arvid_rautio", pub="2026-01-14T05:30:00-06:00", title="Arvid J. Rautio, 87, Aurora",
body="""AURORA - Arvid John Rautio, 87, of Aurora, died Sunday, Jan. 11, 2026, at Essentia Health-Virginia with his family at his side.

Arvid was born Aug. 2, 1938, in Aurora to Jalmar and Lempi (Hill) Rautio. He graduated from Aurora High School in 1956 and went to work at the Erie Mining Co. plant in Hoyt Lakes, where he spent 33 years, most of them in the concentrator. He never missed a deer opener at the family shack north of Markham, and he heated his sauna every Saturday night of his life, including, his family notes, the Saturday of the Halloween blizzard of 1991.

He is survived by his sister, Aili (Toivo) Hautala of Hibbing; his brother, Bernie Rautio of Aurora; his nephews and nieces, Mark Hautala, Susan (Dale) Pykkonen and Jon Rautio; and many cousins. He was preceded in death by his parents; his wife, Irene, in 2017; and his brother, Waino.

Funeral service will be 11 a.m. Saturday, Jan. 17, at Our Savior's Lutheran Church in Aurora, with visitation one hour before. Pastor Kari Hedlund will officiate. Burial will be in the spring at Aurora Cemetery. Arrangements by Range Funeral Chapel, Aurora.""",
gold=[("HIB002", "survivor"), ("HIB001", "survivor"), ("HIB019", "survivor")]),

dict(guid="hib_mdr_obit_260226_dennis_lahti", pub="2026-02-26T05:30:00-06:00", title="Dennis M. Lahti, 24, Chisholm",
body="""CHISHOLM - Dennis Michael Lahti, 24, of Chisholm, died unexpectedly Saturday, Feb. 21, 2026, in a snowmobile accident near Side Lake.

Dennis was born Jan. 4, 2002, in Hibbing, the son of Dennis and Karen Lahti. He graduated from Chisholm High School in 2020, where he played goalie for the Bluestreaks, and was in his third year of the millwright apprenticeship at the Hibbing Taconite plant. He was happiest on a trail or in a fish house, and there was no engine he would not take apart to see how it went back together.

He is survived by his parents, Dennis "Denny" and Karen Lahti of Chisholm; his sister, Brianna Lahti of Duluth; his grandmother, Shirley Lahti of Chisholm; his girlfriend, Kaylee Rasmussen; and many aunts, uncles and cousins. He was preceded in death by his grandfathers, Richard Lahti and Gene Ojala.

Mass of Christian Burial will be 11 a.m. Saturday at St. Joseph's Catholic Church in Chisholm, with visitation from 9:30 a.m. Pallbearers are his teammates. Arrangements are with Bauman-Rolle Funeral Home, Chisholm.""",
gold=[("HIB006", "survivor")]),

dict(guid="hib_mdr_obit_260319_gregory_vukelich", pub="2026-03-19T05:30:00-05:00", title="Gregory P. Vukelich, 58, Pueblo, Colo.",
body="""PUEBLO, Colo. - Gregory Paul Vukelich, 58, of Pueblo, Colo., died March 12, 2026, at Parkview Medical Center after a long illness.

Greg was born Nov. 30, 1967, in Pueblo, the grandson of a Croatian steelworker who left the Iron Range for the Colorado Fuel & Iron mill in 1923, a fact he liked to bring up whenever anyone from Minnesota visited. He taught welding at Pueblo Community College for 25 years.

He is survived by his wife of 31 years, Teresa (Montoya) Vukelich; his sons, Nicholas and Anthony; his mother, Dolores Vukelich; and cousins in Colorado and Minnesota.

A rosary will be prayed Friday at Holy Family Catholic Church in Pueblo. Published at the request of the family for friends on the Range.""",
gold=[]),

dict(guid="hib_mdr_obit_260408_louis_grahek", pub="2026-04-08T05:30:00-05:00", title="Louis F. Grahek, 80, Eveleth",
body="""EVELETH - Louis Frank Grahek, 80, of Eveleth, died Saturday, April 4, 2026, at his home, where he wanted to be.

Louie was born Oct. 19, 1945, in Eveleth to Frank and Mary (Skerjanc) Grahek. He played hockey for the Golden Bears and, to hear him tell it, would have played for the Olympic team if not for the draft; he served in the Army in Germany instead. He drove truck for the city of Eveleth for 30 years and made potica every Christmas from his mother's recipe, which he refused to write down.

He is survived by his sister, Mary Jo Sertich of Virginia; his nephews, Matt (Jenna) Grahek of Eveleth and Daniel Sertich of St. Paul; his niece, Lori (Brian) Kangas of Cook; and his faithful dog, Bruno. He was preceded in death by his parents; his brother, Joseph; and his brother-in-law, Ron Sertich.

Mass of Christian Burial will be 10 a.m. Thursday at Resurrection Catholic Church, Eveleth. Arrangements by Range Funeral Chapel, Eveleth.""",
gold=[("HIB005", "survivor"), ("HIB016", "survivor")]),

dict(guid="hib_mdr_obit_260317_koski_reprint", pub="2026-03-17T05:30:00-05:00", title="Eino W. Koski, 88, Biwabik",
body="""BIWABIK - Eino Wilhelm Koski, 88, of Biwabik, passed away peacefully Tuesday, March 10, 2026, at Essentia Health-Virginia.

Eino was born Feb. 3, 1938, on the family farm near Embarrass, the youngest of seven children of Matti and Hilja (Lampi) Koski. He spoke only Finnish until he started school. After two years in the Army he went to work at the Erie Mining Co. and later at LTV Steel Mining in Hoyt Lakes, retiring in 1999 as a shift foreman. He served on the Biwabik City Council for 12 years, sang bass in the church choir for more than 50, and built his own sauna, twice.

Eino is survived by his wife of 64 years, Helmi (Salo) Koski; his daughters, Linda (Mark) Johnson of Biwabik and Carla Koski of Minneapolis; his son, Steven (Amy) Koski of Cotton; six grandchildren; and four great-grandchildren. He was preceded in death by his parents and all six of his brothers and sisters.

Funeral service will be 11 a.m. Saturday, March 14, at Immanuel Lutheran Church, Biwabik, with visitation at 10 a.m. Pastor Kari Hedlund will officiate. Pallbearers are Matt Grahek, Jason Johnson, Tyler Koski, Aaron Koski, Ben Salo and Nick Salo. Interment at Biwabik Cemetery in the spring.""",
gold=[]),

dict(guid="hib_mdr_obit_260612_marlys_vidmar", pub="2026-06-12T05:30:00-05:00", title="Marlys J. Vidmar, 76, Nashwauk",
body="""NASHWAUK - Marlys Jean Vidmar, 76, of Nashwauk, died Tuesday, June 9, 2026, at Grand Itasca Clinic and Hospital in Grand Rapids.

Marlys was born May 1, 1950, in Grand Rapids to Harold and Evelyn (Dahl) Berg. She married Len Vidmar at St. Cecilia's in Nashwauk on Aug. 12, 1972. She was the school secretary at Nashwauk-Keewatin for 28 years and knew the name of every child who came through the office, and most of their dogs.

She is survived by her husband of 53 years, Len; her daughters, Tracy (Paul) Anderson of Keewatin and Jill Vidmar of Bloomington; five grandchildren; and her brother, Gary Berg of Bovey. She was preceded in death by her parents and her sister, Judy.

Mass of Christian Burial will be 11 a.m. Tuesday at St. Cecilia's Catholic Church, Nashwauk. Arrangements by Rowe Funeral Home, Nashwauk.""",
gold=[("HIB022", "survivor")]),

dict(guid="hib_mdr_obit_261106_mary_jo_sertich_tucson", pub="2026-11-06T05:30:00-06:00", title="Mary Jo Sertich, 71, Tucson, Ariz.",
body="""TUCSON, Ariz. - Mary Jo (Petrich) Sertich, 71, of Tucson, formerly of Chisholm, died Oct. 30, 2026, in Tucson.

Mary Jo was born July 22, 1955, in Hibbing to Nick and Anne Petrich. She graduated from Chisholm High School in 1973 and moved to Arizona in 1980, where she worked for 35 years as a dental hygienist.

She is survived by her husband, Allen Sertich; her son, Ryan (Megan) Sertich of Phoenix; and her brother, Nick Petrich Jr. of Chisholm.

A memorial service will be held in Tucson. Notice published for friends on the Iron Range.""",
gold=[]),
]
