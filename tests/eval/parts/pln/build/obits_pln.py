"""Obituaries for the pln part, four house styles (feed key): lt = Little Traverse Record (newspaper, plain text),
sb = Stafford-Birchwood Funeral Homes (HTML in content:encoded), smc = St. Mary / St. Charles parish bulletin
(Cheboygan, plain text), dn = Up North paid death notices (terse, surname first). Hand-labelled (`gold`)."""

KOWALSKE = """PETOSKEY - Gerald F. "Gerry" Kowalske, 79, of Petoskey, died peacefully Saturday, February 7, 2026, at McLaren Northern Michigan hospital with his family at his side.

Gerry was born August 12, 1946, in Petoskey to Frank and Stella (Nowicki) Kowalske, and graduated from St. Francis Xavier High School in 1964. He served with the Army in Germany and came home to a 41-year career with the Petoskey Department of Public Works, where he plowed Mitchell Street through every blizzard from 1969 to 2010. He was a member of St. Francis Xavier Catholic Church, the Knights of Columbus and the Petoskey Yacht Club, although he never owned a sailboat and said so proudly.

Gerry married Darlene Schaller on June 20, 1970, at St. Francis Xavier. He is survived by his wife of 55 years, Darlene (Schaller) Kowalske; his children, Mark (Julie) Kowalske of Gaylord and Anne (Scott) Petrie of Traverse City; five grandchildren; and his sister, Irene Wozniak of Alpena. He was preceded in death by his parents and his brother, Stanley.

A Mass of Christian Burial will be celebrated at 11 a.m. Friday, February 13, at St. Francis Xavier Church, with the Rev. Peter Nowak officiating. Pallbearers will be Clem Duffina, Ray Petrie, Tony Wozniak and Kyle Kowalske. Burial will be in the spring at St. Francis Xavier Cemetery. Memorials may be directed to Hospice of Little Traverse Bay. Arrangements are by Stafford-Birchwood Funeral Homes."""

ITEMS = [
# ------------------------------------------------ Little Traverse Record (newspaper)
dict(feed="lt", guid="pln_ltr_obit_20260109_schaller", pub="2026-01-09T06:00:00-05:00",
title="Harold J. Schaller, 88, Brutus",
body="""BRUTUS - Harold Joseph Schaller, 88, of Brutus, passed away Tuesday, January 6, 2026, at his home on the family farm, where he had lived his whole life.

Harold was born on the farm on May 1, 1937, to Joseph and Rosalie (Gruber) Schaller. He milked cows there for more than sixty years and served 24 years on the Maple River Township board. He loved euchre, deer camp and the Detroit Tigers, in roughly that order.

Surviving are his wife of 63 years, Lorene; his sons, Dale (Becky) Schaller of Brutus and Wayne Schaller of Pellston; his sister, Darlene (Gerry) Kowalske of Petoskey; eight grandchildren and eleven great-grandchildren. He was preceded in death by his brother, Leonard.

Funeral services will be held at 11 a.m. Saturday at Brutus Bible Church. Interment will follow at Maple River Township Cemetery.""",
gold=[("PLN002", "survivor"), ("PLN001", "survivor")]),

dict(feed="lt", guid="pln_ltr_obit_20260210_kowalske", pub="2026-02-10T06:00:00-05:00",
title="Gerald F. 'Gerry' Kowalske, 79, Petoskey", body=KOWALSKE,
gold=[("PLN001", "deceased_client"), ("PLN002", "spouse_of_deceased_client")]),

dict(feed="lt", guid="pln_ltr_obit_20260303_shawa", pub="2026-03-03T06:00:00-05:00",
title="Theresa Marie Shawa, 79, Harbor Springs",
body="""HARBOR SPRINGS - Theresa Marie Shawa, 79, walked on Friday, February 27, 2026, at her home in Harbor Springs, surrounded by her family.

Theresa was born November 3, 1946, in Harbor Springs, the daughter of Joseph and Angeline (Kewaykabo) Shawa. She was a proud citizen of the Little Traverse Bay Bands of Odawa Indians and worked for many years at the Holy Childhood school and later in the tribe's language program, where she taught Anishinaabemowin to anyone who would sit still long enough. Her quill boxes are in collections from Mackinac Island to Ann Arbor.

She is survived by her daughters, Marie (Daniel) Naganashe of Harbor Springs and Celeste Shawa of Lansing; her cousin and lifelong best friend, Lorraine "Rainy" Kewaykabo of Harbor Springs; six grandchildren; and many nieces and nephews. She was preceded in death by her husband, Louis, and her brothers, Joseph Jr. and Francis.

A traditional fire will be kept at the family home through Tuesday. A funeral Mass will be celebrated at 11 a.m. Wednesday at Holy Childhood of Jesus Church, followed by a feast at the Odawa Community Center. Burial will be at Lakeview Cemetery.""",
gold=[("PLN003", "survivor")]),

dict(feed="lt", guid="pln_ltr_obit_20260320_mausolf", pub="2026-03-20T06:00:00-04:00",
title="Lyle James Mausolf, 24, Cheboygan",
body="""CHEBOYGAN - Lyle James Mausolf, 24, of Cheboygan, died unexpectedly Monday, March 16, 2026, in a snowmobile accident near Wolverine.

Lyle was born June 2, 2001, in Petoskey, the son of Dean and Kristy (Lamb) Mausolf, and was named for his grandfather. He graduated from Cheboygan Area High School in 2019, where he wrestled and played baseball, and was a second-year apprentice with the International Brotherhood of Electrical Workers. He was happiest on the Black River with a fly rod.

Lyle is survived by his parents, Dean and Kristy Mausolf of Cheboygan; his sister, Brooke Mausolf of Grand Rapids; his grandparents, Lyle and Bernice Mausolf of Cheboygan and Gary and Linda Lamb of Indian River; and his girlfriend, Kaitlyn Rose.

Visitation will be Sunday from 2 to 6 p.m. at Stafford-Birchwood Funeral Home, Cheboygan. Funeral services will be held Monday at 11 a.m. at First Presbyterian Church of Cheboygan.""",
gold=[("PLN017", "survivor")]),

dict(feed="lt", guid="pln_ltr_obit_20260402_koivisto", pub="2026-04-02T06:00:00-04:00",
title="Signe Koivisto, 88, Hancock",
body="""HANCOCK - Signe Elina Koivisto, 88, of Hancock, died March 29, 2026, at Houghton County Medical Care Facility. She was the daughter of Finnish immigrants, spoke Finnish before English, and baked pulla every Friday of her adult life.

Signe taught third grade in the Hancock Public Schools for 32 years. She is survived by her husband of 66 years, Arvo; her sons, Eric (Ann) Koivisto of Calumet and Paul Koivisto of Marquette; and five grandchildren.

Funeral services will be held Saturday at Finnish Lutheran Church, Hancock, with the Rev. Matti Salo officiating. The family submitted this notice to the Record for relatives in the Petoskey area.""",
gold=[]),

dict(feed="lt", guid="pln_ltr_obit_20260505_tippett", pub="2026-05-05T06:00:00-04:00",
title="Walter E. Tippett, 81, Traverse City",
body="""TRAVERSE CITY - Walter Edward Tippett, 81, of Traverse City, died April 30, 2026, at Munson Medical Center.

Walt was born in Harbor Springs in 1944 and spent his career as an architect in Traverse City, designing, by his own count, forty-one churches and one bowling alley. He returned to Harbor Springs every summer of his life and sailed his Lightning off Zorn Park well into his seventies.

He is survived by his wife, Carol; his daughter, Meg (Andrew) Hollis of Chicago; and his sister, Roz Tippett of Harbor Springs, owner of the Tippett Gallery on Main Street. The family thanks Dr. Amrita Solanki and the staff of Hospice of Little Traverse Bay for their care during Walt's last weeks in Petoskey.

A memorial service will be held at 2 p.m. June 6 at Harbor Springs Community Church.""",
gold=[("PLN016", "survivor")]),

dict(feed="lt", guid="pln_ltr_obit_20260612_mulder", pub="2026-06-12T06:00:00-04:00",
title="Hendrik 'Henk' Mulder, 80, Boyne City",
body="""BOYNE CITY - Hendrik "Henk" Mulder, 80, of Boyne City, died Tuesday, June 9, 2026, at home.

Henk was born in Zeeland, Michigan, to Dutch immigrant parents and moved north in 1972 to open Mulder Hardware on Water Street, which he ran for 38 years. He was an elder of the Boyne City Christian Reformed Church and a volunteer firefighter for 25 years.

He is survived by his wife, Gerda; his daughter, Kristin (Travis) Baase of Boyne City; his son, Pieter Mulder of Holland; and four grandchildren. He was preceded in death by his sister, Anneke.

Services will be held at 11 a.m. Monday at Boyne City Christian Reformed Church, with Pastor Jon De Vries officiating.""",
gold=[("PLN008", "survivor")]),

# ------------------------------------------------ Stafford-Birchwood Funeral Homes (HTML)
dict(feed="sb", guid="pln_sbfh_2026_0212_kowalske", pub="2026-02-12T09:15:00-05:00",
title="Gerald F. \"Gerry\" Kowalske", body=KOWALSKE,
gold=[]),  # second copy of pln_ltr_obit_20260210_kowalske: labelled on the earlier copy only

dict(feed="sb", guid="pln_sbfh_2026_0119_vanderwall", pub="2026-01-19T10:30:00-05:00",
title="Duane A. Vanderwall Sr.",
body="""Duane Albert Vanderwall Sr., 91, of Charlevoix, died Thursday, January 15, 2026, at Grandvue Medical Care Facility in East Jordan.

Duane was born in Charlevoix on April 9, 1934. In 1976 he founded Vanderwall Marine on Round Lake, repairing the engines of half the fishing tugs and all of the summer people's runabouts. He was a member of the Charlevoix Lions Club and rarely missed a Venetian Festival.

He is survived by his son, Duane "Butch" Vanderwall Jr. (Patti) of Charlevoix, who runs the business today; his daughter, Karen Hemmer of Traverse City; seven grandchildren; and three great-grandchildren. He was preceded in death by his wife, Joyce, in 2018.

Visitation will be Friday from 4 to 7 p.m. at the Charlevoix chapel of Stafford-Birchwood Funeral Homes. Funeral services will be Saturday at 11 a.m. at Charlevoix Christian Reformed Church.""",
gold=[("PLN004", "survivor"), ("PLN005", "survivor")]),

dict(feed="sb", guid="pln_sbfh_2026_0226_fettig", pub="2026-02-26T14:00:00-05:00",
title="Orville Fettig",
body="""Orville Leo Fettig, 93, of Boyne Falls, died Monday, February 23, 2026, at his home.

Orville was born in Boyne Falls in 1932 and farmed potatoes on Thumb Lake Road for more than half a century. He was a member of St. Augustine Catholic Church and played the accordion at every Polish festival that would have him.

He is survived by his children, Ronald (Cheryl) Fettig of Boyne Falls and Janice Thorne of Kalkaska; his grandchildren, among them Brandon (Kayla) Fettig of Petoskey; and nine great-grandchildren. He was preceded in death by his wife, Helen, and his son, Dennis.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Augustine Catholic Church, Boyne Falls.""",
gold=[("PLN014", "survivor"), ("PLN015", "survivor")]),

dict(feed="sb", guid="pln_sbfh_2026_0409_haapala", pub="2026-04-09T11:00:00-04:00",
title="Eino Haapala",
body="""Eino William Haapala, 84, of Charlevoix, died Sunday, April 5, 2026, at Charlevoix Area Hospital.

Eino was born in Ironwood in 1941 and came to Charlevoix to work the car ferries out of the harbor, later spending thirty years as a mechanic for the Beaver Island Boat Company. He built his own sauna, twice.

He is survived by his sister, Signe Koivisto of Charlevoix, with whom he shared Sunday dinner for fifty years; his nieces and nephews; and his longtime friend, Ted Wojtaszek of Cheboygan. He was preceded in death by his wife, Aili.

A memorial service will be held at 1 p.m. Saturday at the Charlevoix chapel of Stafford-Birchwood Funeral Homes.""",
gold=[("PLN012", "survivor"), ("PLN007", "survivor")]),

dict(feed="sb", guid="pln_sbfh_2026_0521_vollmer", pub="2026-05-21T10:00:00-04:00",
title="Margaret Vollmer",
body="""Margaret Anna Vollmer, 94, of Boyne City, died Tuesday, May 19, 2026, at Grandvue Medical Care Facility.

Margaret was born in 1931 in Boyne City and taught home economics at Boyne City High School for 30 years. Generations of Boyne City students learned to make pie crust, badly at first, in her classroom.

She is survived by her daughter, Ginny Kuebler and her husband, Norb, of Boyne City; her son, Thomas Vollmer of Saginaw; five grandchildren and two great-grandchildren. She was preceded in death by her husband, Arthur.

Funeral services will be at 11 a.m. Saturday at St. Matthew Catholic Church, Boyne City. Pallbearers will be her grandsons.""",
gold=[("PLN022", "survivor"), ("PLN021", "survivor")]),

dict(feed="sb", guid="pln_sbfh_2026_0615_pelletier", pub="2026-06-15T16:00:00-04:00",
title="Howard Pelletier",
body="""Howard "Howie" Pelletier, 73, of Saginaw, formerly of Cheboygan, died Thursday, June 11, 2026, at Covenant HealthCare in Saginaw.

Howie was born in Cheboygan in 1952 and moved downstate in 1974 to work at the Saginaw Steering Gear plant, from which he retired after 36 years. He kept a hunting cabin near Afton and came north every November.

He is survived by his wife of 48 years, Carol (Brandt) Pelletier; his sons, Michael and Steven, both of Saginaw; and four grandchildren. Graveside services will be held at 1 p.m. Friday at Calvary Cemetery, Cheboygan, with arrangements by the Cheboygan chapel of Stafford-Birchwood Funeral Homes.""",
gold=[]),

# ------------------------------------------------ St. Mary / St. Charles parish bulletin (Cheboygan)
dict(feed="smc", guid="pln_smc_bulletin_20260125_lahaie", pub="2026-01-25T07:00:00-05:00",
title="Pray for our faithful departed: Rose LaHaie",
body="""Please keep in your prayers the soul of Rose LaHaie, 97, who died January 20 at Cheboygan Memorial Medical Care Facility. Rose was a member of our parish for 75 years and sang in the choir until her 90th birthday. She is the mother of Jeanette Pelletier (Howie) of Indian River and Paul LaHaie of Cheboygan. The funeral Mass was celebrated Saturday. Eternal rest grant unto her, O Lord.""",
gold=[("PLN010", "survivor"), ("PLN009", "survivor")]),

dict(feed="smc", guid="pln_smc_bulletin_20260405_stonge", pub="2026-04-05T07:00:00-04:00",
title="Pray for our faithful departed: Leon St. Onge",
body="""Our parish family mourns the death of Leon St. Onge, 66, who died March 31 after a long illness. Leon served as an usher at the 9:30 Mass for twenty years. Please remember in your prayers his wife, Mary Jo, and their children, Nicole and Andre. The Mass of Christian Burial will be celebrated Thursday at 11 a.m. at St. Mary. Deacon Clem Duffina will lead the rosary Wednesday evening.""",
gold=[("PLN006", "survivor")]),

dict(feed="smc", guid="pln_smc_bulletin_20260607_duffina", pub="2026-06-07T07:00:00-04:00",
title="Pray for our faithful departed: Clement J. Duffina",
body="""Please pray for Clement J. Duffina, 94, the oldest member of our parish, who died June 2 at home on Mackinaw Avenue. He worked the Cheboygan locks for 35 years. He leaves his daughter, Bernadette Keller of Onaway, and his nephew and namesake, Deacon Clem Duffina of Cheboygan, whom he taught to fish and to serve Mass. He was preceded in death by his wife, Agnes. The funeral Mass was offered Friday.""",
gold=[("PLN019", "survivor")]),

# ------------------------------------------------ Up North paid death notices
dict(feed="dn", guid="pln_dn_20260304_shomin", pub="2026-03-04T05:00:00-05:00",
title="SHOMIN, Eugene",
body="""SHOMIN, Eugene "Gene" - of Alanson, died March 2, 2026. Arrangements are pending with Stafford-Birchwood Funeral Homes, Petoskey.""",
gold=[("PLN018", "possible_deceased_client")]),

dict(feed="dn", guid="pln_dn_20260113_ostrander", pub="2026-01-13T05:00:00-05:00",
title="OSTRANDER, Lucille M.",
body="""OSTRANDER, Lucille M., 87, of East Jordan, died January 10, 2026. Survived by daughter Patti Vanderwall of Charlevoix; son Dean Ostrander of Ellsworth; nephew Wendell Gurzick of East Jordan; six grandchildren. Preceded by husband Verne. Services 11 a.m. Thursday, East Jordan Church of the Nazarene.""",
gold=[("PLN005", "survivor")]),

dict(feed="dn", guid="pln_dn_20260428_kuebler", pub="2026-04-28T05:00:00-04:00",
title="KUEBLER, Norbert A.",
body="""KUEBLER, Norbert A., 97, of Frankenmuth, died April 25, 2026. Survived by wife Irmgard; sons Karl and Friedrich of Frankenmuth. Services Saturday at St. Lorenz Lutheran Church, Frankenmuth.""",
gold=[]),
]
