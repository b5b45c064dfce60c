"""The Inland Courier (invented Spokane metro daily) - obituaries. Legacy-style titles
("Name Obituary (1941 - 2026) - Town, ST - The Inland Courier"), plain text. Catholic (Gonzaga / St. Aloysius)
families, Coeur d'Alene Tribe families (rosary and wake, Sacred Heart Mission at DeSmet), Lutheran. Hand-labelled."""

FEED = "courier"
ITEMS = [
dict(guid="spk_courier_obit_2026_0311", pub="2026-01-29T05:30:00-08:00",
title="Cornelius Brosnahan Obituary (1946 - 2026) - Spokane, WA - The Inland Courier",
body="""Dr. Cornelius "Neil" Brosnahan, retired Gonzaga law professor and lifelong son of the North Side, died January 25, 2026, at Hospice House of Spokane. He was 79.

Neil was born in Spokane on October 4, 1946, the second of seven children of Terrence Brosnahan Sr. and Mary (Culkin) Brosnahan, and grew up within earshot of the St. Aloysius bells. He graduated from Gonzaga Prep in 1964 and from Gonzaga University and its School of Law, and taught contracts to four decades of Zags, who remember his red pen and his Irish blessings.

He was preceded in death by his parents and by his sister, Sister Bernadette Brosnahan, S.N.J.M. He is survived by his brothers, Terry (Kate) Brosnahan of Spokane and Michael Brosnahan of Seattle; his sisters, Anne Curran of Tacoma and Rosemary Brosnahan of Missoula; and many nieces and nephews, among them Jill Halvorsrud (Brian) of Colbert, who cared for him in his last months.

A Mass of Christian Burial will be celebrated at 10 a.m. Tuesday, February 3, at St. Aloysius Church, with a vigil and rosary the evening before. Interment at Holy Cross Cemetery. Memorials to the Gonzaga School of Law scholarship fund.""",
gold=[("SPK003", "survivor"), ("SPK004", "survivor"), ("SPK022", "survivor"), ("SPK021", "survivor")]),

dict(guid="spk_courier_obit_2026_0344", pub="2026-02-05T05:30:00-08:00",
title="Philomena Curlyhorse Obituary (1934 - 2026) - Plummer, ID - The Inland Courier",
body="""Philomena Agnes Curlyhorse, 91, of Plummer, Idaho, a beloved elder of the Coeur d'Alene Tribe, went to be with the Creator on January 31, 2026, at her home, surrounded by family.

Philomena was born on September 8, 1934, at DeSmet, Idaho, to Julian and Cecile Curlyhorse, and was raised in the old ways along Hangman Creek. She attended the Sacred Heart Mission school, worked for many years as a cook at the tribal school, and was known across the reservation for her huckleberry preserves, her beadwork and her Camas Prairie stories. She sang in the choir at Sacred Heart Mission for more than sixty years.

She was preceded in death by her parents; her husband, Victor, in 2011; and her brothers, Alphonse and Leonard. She is survived by her daughters, Rosalie (Lee) Shilaskin of Plummer and Yvonne Curlyhorse of Worley; her son, Julian Curlyhorse of Tensed; 14 grandchildren and 22 great-grandchildren.

A rosary and wake will begin at 7 p.m. Wednesday, February 4, at the Plummer Community Center. A funeral Mass will be celebrated at 10 a.m. Thursday, February 5, at Sacred Heart Mission in DeSmet, with burial at the DeSmet cemetery. A meal will follow at the Tribal Wellness Center.""",
gold=[("SPK010", "survivor"), ("SPK009", "survivor")]),

dict(guid="spk_courier_obit_2026_0379", pub="2026-02-26T05:30:00-08:00",
title="Margaret Hanratty Obituary (1931 - 2026) - Spokane, WA - The Inland Courier",
body="""Margaret Rose Hanratty, 94, a daughter of the Logan neighborhood and a secretary at Gonzaga University for 38 years, died February 21, 2026, at Holy Family Hospital.

Born July 9, 1931, to Irish immigrants Patrick and Nora Hanratty, Peg never married; she said Gonzaga's Jesuits were enough men to look after for one lifetime. She never missed a Zags home game and kept score in pencil until the very last season.

She was preceded in death by her brothers, John and Francis. She is survived by her nieces, Mary Clare Hanratty of Spokane and Siobhan Hanratty-Price of Bend, Ore.; her nephew, Kevin Hanratty of Spokane; and her dear friends at St. Aloysius.

The Mass of Christian Burial will be at 11 a.m. Friday, March 6, at St. Aloysius Church. Memorials may be made to Catholic Charities Eastern Washington.""",
gold=[("SPK005", "survivor")]),

dict(guid="spk_courier_obit_2026_0402", pub="2026-03-19T05:30:00-07:00",
title="Desmond Fallahee Obituary (1944 - 2026) - Spokane, WA - The Inland Courier",
body="""Desmond Patrick Fallahee, 81, of Spokane, retired Washington Water Power lineman and a Knights of Columbus man to the core, died March 15, 2026.

Des was born March 3, 1944, in Butte, Montana, and came to Spokane with his family in 1952. He graduated from Gonzaga Prep and spent 36 years climbing poles across Spokane County, including through the 1996 ice storm.

He was preceded in death by his wife, Noreen, and his parents, Michael and Bridget. He is survived by his sons, Sean (Teresa) of Cheney and Brendan of Spokane; his sister, Eileen (the late Frank) O'Neary of Coeur d'Alene; and six grandchildren.

Mass of Christian Burial will be celebrated at 10 a.m. Thursday, March 26, at St. Francis of Assisi Church, Spokane. Father Kevin Brosnahan will preside.""",
# Eileen O'Neary (maiden Fallahee) lives in Hayden, next to Coeur d'Alene: same metro -> survivor.
# "Father Kevin Brosnahan" (officiant, not a client) -> nothing.
gold=[("SPK015", "survivor")]),

dict(guid="spk_courier_obit_2026_0433", pub="2026-04-02T05:30:00-07:00",
title="Louis Skanawa Obituary (1951 - 2026) - Worley, ID - The Inland Courier",
body="""Louis "Sonny" Skanawa, 74, of Worley, Idaho, a Coeur d'Alene Tribal member and Vietnam veteran, passed on March 28, 2026, at Benewah Community Hospital in St. Maries.

Sonny was born June 19, 1951, in Tekoa, Washington, to Joseph and Adeline Skanawa. He served with the 1st Cavalry Division in Vietnam, then came home to work 30 years for the tribe's forestry program, fighting fire and planting trees on the reservation. He was a fancy dancer in his youth and a respected drum keeper at the Julyamsh powwow and the Cataldo pilgrimage.

He was preceded in death by his wife, Bernadette, and his brother, Moses. He is survived by his daughter, Cecilia "Cece" Skanawa of Worley; his sons, Thomas and Joseph Skanawa of Plummer; his sister, Adeline Kwelmahan of Spokane; and 11 grandchildren.

A wake will be held Tuesday evening at the Worley Community Center, with a rosary at 7 p.m. A funeral Mass will be celebrated at 10 a.m. Wednesday at Sacred Heart Mission, DeSmet, with military honors at the Veterans Cemetery. Pallbearers are his grandsons and Lee Shilaskin.""",
# Lee Shilaskin (SPK009) is a pallbearer -> nothing.
gold=[("SPK011", "survivor")]),

dict(guid="spk_courier_obit_2026_0468", pub="2026-04-23T05:30:00-07:00",
title="Armand LaPointe Obituary (1941 - 2026) - Spokane, WA - The Inland Courier",
body="""Armand Joseph LaPointe, 84, of Spokane, died peacefully on April 19, 2026, at Providence Holy Family Hospital.

Armand was born November 12, 1941, in Frenchtown, Montana, to a French-Canadian farm family, and moved to Spokane in 1963 to work for the Great Northern Railway. He was a daily communicant at St. Charles Parish, an usher for 40 years and a deadly cribbage player.

He was preceded in death by his wife, Jeannine, and his son, Paul. He is survived by his daughters, Renee (Tad) Wojtaszek of Spokane and Monique LaPointe of Kalispell; grandsons Jonah and Luke Wojtaszek; and his brother, Rene LaPointe of Missoula.

A funeral Mass will be celebrated at 11 a.m. Tuesday, April 28, at St. Charles Catholic Church, with interment at Holy Cross Cemetery.""",
gold=[("SPK017", "survivor"), ("SPK016", "survivor")]),

dict(guid="spk_courier_obit_2026_0495", pub="2026-05-07T05:30:00-07:00",
title="Hedwig Brandvold Obituary (1930 - 2026) - Spokane Valley, WA - The Inland Courier",
body="""Hedwig "Hedy" Brandvold, 95, of Spokane Valley, entered the Church Triumphant on May 2, 2026.

Hedy was born August 21, 1930, in Bremen, Germany, and came to Spokane in 1956 as a war bride. She worked for many years in the bakery at Rosauers and was a faithful member of Spokane Valley Lutheran Church, where she taught Sunday school for 35 years.

She was preceded in death by her first husband, Karl Mittelstaedt, in 1971; her second husband, Olaf Brandvold, in 2009; and her son, Peter. She is survived by her stepdaughter, Lorraine Brandvold of Medical Lake, and by the many Sunday school children she taught.

A memorial service will be held at 2 p.m. Saturday, May 16, at Spokane Valley Lutheran Church.""",
# "Karl Mittelstaedt" preceded her in death in 1971: not SPK020 Karl-Heinz "Charlie" Mittelstaedt -> nothing.
gold=[]),
dict(guid="spk_courier_obit_2026_0521", pub="2026-07-16T05:30:00-07:00",
title="Eileen O'Neary Obituary (1948 - 2026) - Hayden, ID - The Inland Courier",
body="""Eileen Frances O'Neary, 77, of Hayden, Idaho, died July 11, 2026, at Kootenai Health after a short illness.

Eileen was born September 19, 1948, in Butte, Montana, to Michael and Bridget Fallahee, grew up in Spokane, graduated from Holy Names Academy and taught third grade in Coeur d'Alene for 33 years. She chaired the Friends of the Hayden Library for a decade and lived to see its new children's reading room finished this spring.

She was preceded in death by her husband, Frank O'Neary, in 2019, and by her brother, Des Fallahee, in March. She is survived by her daughters, Bridget O'Neary of Seattle and Maureen (Pete) Laskowski of Hayden; her nephews, Sean and Brendan Fallahee; and five grandchildren.

A funeral Mass will be celebrated at 10 a.m. Tuesday, July 21, at St. Pius X Catholic Church, Coeur d'Alene. Memorials to the Friends of the Hayden Library.""",
# SPK015 Eileen ONeary (maiden Fallahee) of Hayden: name + town + age 77 and birth date Sept. 19, 1948 = roster
# -> deceased_client. No roster spouse (widow).
gold=[("SPK015", "deceased_client")]),
]
