"""Lakeshore-Bayfront Funeral Homes (chapels on East 26th Street, Erie, and in Fairview): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "lbf"
BASE = "eri_lbf-"
ITEMS = [
dict(guid=BASE + "vincenzo-catalano", pub="2026-02-10T11:20:00-05:00", title="Vincenzo \"Jimmy\" Catalano (1944 - 2026)",
body="""Vincenzo "Jimmy" Catalano, 81, of Erie, passed away on Saturday, February 7, 2026, at UPMC Hamot, with his family at his side.

Jimmy was born in Erie on September 2, 1944, the son of the late Salvatore and Concetta (Russo) Catalano, and grew up on East 18th Street, where his father's bakery sold bread to half of Little Italy. He graduated from Tech Memorial High School, served in the U.S. Army in Germany, and spent 38 years as a machinist at the locomotive works. He was a lifelong member of St. Paul's Italian Church and of the Sons of Italy, and he made his own wine in the basement every October whether anyone asked him to or not.

He is survived by his beloved wife of 58 years, Angela (Mazza) Catalano; two sons, Vincent (Carla) Catalano of Millcreek and Paul Catalano of Charlotte, N.C.; a sister, Rosemarie Tullio of Erie; and five grandchildren. He was preceded in death by a brother, Salvatore Jr.

Friends may call at the East 26th Street chapel on Wednesday from 4 to 7 p.m. A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Paul's, with the Rev. Dominic Ferraro as celebrant. Burial in Calvary Cemetery.""",
gold=[("ERI005", "deceased_client"), ("ERI006", "spouse_of_deceased_client")]),

dict(guid=BASE + "edward-kowalczyk", pub="2026-03-03T09:40:00-05:00", title="Edward F. Kowalczyk (1949 - 2026)",
body="""Edward F. "Eddie" Kowalczyk, 76, of Erie, died Sunday, March 1, 2026, at home after a long illness.

Born in Erie on May 3, 1949, he was the son of the late Frank and Stella (Nowicki) Kowalczyk. Eddie was a 1967 graduate of East High School and worked 31 years at the paper mill. He was a member of St. Stanislaus Church and of Polish Falcons Nest 123, where he bowled on Thursdays for four decades and kept the kielbasa fund honest.

He is survived by his sister, Dorothy "Dottie" (Stan) Wisniewski of Harborcreek; his nephews, Mark and Stephen Wisniewski; his cousin, Richard Lesniewski of Erie; and his longtime friend and neighbor, Wanda Pietrzak. He was preceded in death by his wife, Irene, in 2019.

A Mass of Christian Burial will be held Friday at 10 a.m. at St. Stanislaus. Pallbearers will be Mark Wisniewski, Stephen Wisniewski, Joe Marchetti, Ted Pietrzak, Leo Sobczak and Gary Dombrowski.""",
gold=[("ERI001", "survivor"), ("ERI002", "survivor")]),
# Stan & Dottie: roster Erie 16503 (East Side), text "of Harborcreek" (adjacent, ~10 km). Richard Lesniewski is
# do_not_contact. Joe Marchetti is only a pallbearer: nothing.

dict(guid=BASE + "margaret-brugger", pub="2026-03-19T14:05:00-04:00", title="Margaret A. Brugger (1945 - 2026)",
body="""Margaret A. Brugger, née Heisler, 80, of Fairview, entered into eternal rest on Tuesday, March 17, 2026, at Saint Vincent Hospital.

Margaret was born on a dairy farm on Heidler Road to the late Anton and Luise (Hoffmann) Heisler, and was the oldest of seven. She married Walter Brugger at Sacred Heart Church in 1966. She taught religious education for 30 years, baked for every parish festival, and never once let a grandchild leave her kitchen without a coffee can of sugar cookies.

She is survived by her son, Jerry Brugger of Erie; her daughter, Anne (Michael) Kuhn of Girard; her sister, Rita (Len) Schaaf of Fairview; her brother, Albert Heisler of McKean; nine grandchildren; and four great-grandchildren. She was preceded in death by her husband, Walter, in 2011, and by brothers Joseph, Frederick and Paul Heisler.

Mass of Christian Burial will be celebrated Saturday at 11 a.m. at Sacred Heart Church, Fairview, with the Rev. Thomas Gerber, celebrant. Interment at Fairview Cemetery.""",
gold=[("ERI024", "survivor"), ("ERI017", "survivor"), ("ERI016", "survivor")]),

dict(guid=BASE + "francis-weindorf", pub="2026-04-22T10:15:00-04:00", title="Francis J. \"Frankie\" Weindorf (2001 - 2026)",
body="""Francis J. "Frankie" Weindorf, 24, of Harborcreek, died unexpectedly on Sunday, April 19, 2026.

Frankie was born in Erie on June 30, 2001, and graduated from Harborcreek High School, where he pitched for the Huskies, and from the electrical program at Erie County Technical School. He was a second-year apprentice lineman, a volunteer with the Harborcreek Fire Department, and the kind of friend who showed up with a truck and a chainsaw before anyone had called him.

He is survived by his parents, Mark and Julie Weindorf of Harborcreek; his sister, Emily; his grandmother, Carol Brandt of Wesleyville; and his girlfriend, Kayla Smith. He was preceded in death by his grandfather, Robert Brandt.

A Mass of Christian Burial will be held Saturday at 10 a.m. at St. James Church, Harborcreek.""",
gold=[]),
# Young namesake of ERI018 Francis "Frank" Weindorf (Harborcreek, b. 1955, married to Joan): nothing.

dict(guid=BASE + "carmen-figueroa-santiago", pub="2026-05-12T16:30:00-04:00", title="Carmen Figueroa Santiago (1941 - 2026)",
body="""Carmen Figueroa Santiago, 84, of Erie, went home to the Lord on Friday, May 8, 2026, surrounded by her family.

Carmen was born in Aguadilla, Puerto Rico, and came to Erie in 1962, when the foundries were hiring. She worked for many years in the kitchen at Hamot and was a founding member of the Spanish-language choir at St. Peter Cathedral. Her arroz con gandules fed every baptism, wedding and wake on the west side for fifty years.

Le sobreviven su hija, Rosa Elena Ramos, de Erie; su hijo, Luis Ramos Figueroa, de Orlando, Florida; seis nietos y tres bisnietos. She is survived by her daughter, Rosa Elena Ramos of Erie; her son, Luis Ramos Figueroa of Orlando, Fla.; six grandchildren and three great-grandchildren. She was preceded in death by her husband, Ángel Ramos, and her sister, Iris.

A Mass will be celebrated Thursday at 10 a.m. at St. Peter Cathedral.""",
gold=[("ERI021", "survivor")]),
]
