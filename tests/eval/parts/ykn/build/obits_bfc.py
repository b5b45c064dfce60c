"""Bluffview Funeral Chapels (Yankton and Vermillion, S.D.; Hartington and Wynot, Neb.): funeral-home site, HTML in
content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "bfc"
BASE = "https://www.bluffviewchapels.example/obituaries/"
ITEMS = [
dict(guid="ykn_bfc_rodney-pinkelman-4471", pub="2026-03-05T16:10:00-06:00", title="Rodney J. \"Rod\" Pinkelman",
body="""Rodney J. "Rod" Pinkelman, 78, of Hartington passed away Tuesday, March 3, 2026, at Avera Sacred Heart Hospital in Yankton.

Mass of Christian Burial will be 10:30 a.m. Saturday, March 7, at Holy Trinity Catholic Church in Hartington, with Father Bernard Schmitz as celebrant. Burial will be in the Holy Trinity Cemetery with military rites by the Hartington American Legion. Visitation will be 5 to 7 p.m. Friday at the church, with a Christian Mothers rosary at 4:30 p.m. and a parish vigil at 7 p.m.

Rodney Joseph Pinkelman was born March 30, 1947, on the family farm southeast of Fordyce to Aloys and Clara (Kuchta) Pinkelman. He graduated from Cedar Catholic High School in 1965 and served with the U.S. Army in Germany. On June 14, 1969, he married Carol Wieseler at Holy Trinity. Rod farmed east of Hartington for 45 years and served on the Cedar County Fair Board for two decades.

Survivors include his wife of 56 years, Carol of Hartington; sons, Mark (Julie) Pinkelman of Norfolk and Tony (Shelly) Pinkelman of Hartington; a daughter, Angela (Mike) Arens of Fordyce; 11 grandchildren; his sister, Rita Becker of Bow Valley; and his brother-in-law, Bernie Wieseler of Hartington.

He was preceded in death by his parents; his brother, Alvin; and his sister-in-law, Bernadine Wieseler.

Casket bearers will be his grandsons. Honorary bearers will be Dennis Kathol, Len Arens Jr., Duane Hochstein and the members of the Fair Board.""",
gold=[("YKN004", "deceased_client"), ("YKN005", "spouse_of_deceased_client"), ("YKN012", "survivor")]),

dict(guid="ykn_bfc_leonard-arens-sr-4480", pub="2026-03-19T15:40:00-05:00", title="Leonard A. Arens Sr.",
body="""Leonard A. Arens Sr., 86, of Hartington died Monday, March 16, 2026, at the Hartington Care Center.

Mass of Christian Burial will be 10:30 a.m. Friday, March 20, at Holy Trinity Catholic Church in Hartington. Father Bernard Schmitz will officiate. Burial will be in the Holy Trinity Cemetery.

Leonard was born Dec. 1, 1939, to Henry and Elizabeth (Heimes) Arens. He married Darlene Steffen in 1961; she preceded him in death in 2020. He ran the Arens Standard station on Broadway for 38 years and never charged the priests for a fill-up.

Survivors include his sons, Leonard "Len" Arens Jr. (Barbara) of Hartington and Mike (Angela) Arens of Fordyce; his daughter, Joan Lammers of Coleridge; and nine grandchildren.

He was preceded in death by his wife, Darlene; his parents; and his brothers, Ray and Clarence.""",
gold=[("YKN008", "survivor")]),

dict(guid="ykn_bfc_dorothy-rysavy-4493", pub="2026-04-02T14:15:00-05:00", title="Dorothy Rysavy",
body="""Dorothy Rysavy, 90, of Tyndall died Sunday, March 29, 2026, at the Good Samaritan Society in Tyndall.

Mass of Christian Burial will be 10:30 a.m. Saturday, April 4, at St. Leonard's Catholic Church in Tyndall. Burial will be in the St. Leonard's Cemetery.

Dorothy Ann Hovorka was born July 7, 1935, near Tabor to Joseph and Mary (Soukup) Hovorka. She married Milo Rysavy in 1955, and the couple farmed near Tyndall. Dorothy was a lifelong member of the Czech Heritage Preservation Society and taught three generations of girls to dance the beseda.

Survivors include her daughters, Tasha (Wade) Nedved of Yankton and Lisa (Greg) Tereshinski of Avon; her son, Milo Rysavy Jr. of Tyndall; and eight grandchildren.

She was preceded in death by her husband, Milo, and her brother, Ervin Hovorka.""",
gold=[("YKN019", "survivor"), ("YKN018", "survivor")]),

dict(guid="ykn_bfc_duane-hochstein-4502", pub="2026-04-16T11:30:00-05:00", title="Duane F. Hochstein",
body="""Duane F. Hochstein, 91, of Wynot died Tuesday, April 14, 2026, at his home.

Mass of Christian Burial will be 10:30 a.m. Monday, April 20, at St. James Catholic Church in St. James, with Father Owen Korth officiating. Burial will be in the St. James Cemetery.

Duane Francis Hochstein was born Feb. 19, 1935, near St. James to Joseph and Theresa (Wortmann) Hochstein. He married Marcella Heine in 1956. In 1976 he founded Hochstein Implement in Wynot, which he ran with his son until he was 80.

Survivors include his son, Duane (Lori) Hochstein of Wynot; his daughter, Rose (Jim) Kuehn of Crofton; his sister, Shirley Heine of Crofton; 12 grandchildren; and 20 great-grandchildren.

He was preceded in death by his wife, Marcella, in 2019; and his brother-in-law, Leroy Heine.""",
gold=[("YKN015", "survivor"), ("YKN014", "survivor")]),

dict(guid="ykn_bfc_agnes-lammers-4517", pub="2026-05-06T10:20:00-05:00", title="Agnes Lammers",
body="""Agnes Lammers, 95, of Hartington died Sunday, May 3, 2026, at the Hartington Care Center.

Mass of Christian Burial will be 10:30 a.m. Thursday, May 7, at Holy Trinity Catholic Church in Hartington. Burial will be in the Holy Trinity Cemetery.

Agnes Marie Kathol was born Nov. 11, 1930, near Crofton to John and Rosa (Pinkelman) Kathol. She married Edwin Lammers in 1950. Agnes was a 4-H leader for 30 years and a Christian Mother for 75.

Survivors include her sons, Gary (Jan) Lammers of Hartington and Paul Lammers of Lincoln; her nephew, Denny Kathol of Crofton; 14 grandchildren, including Kelsey Lammers of Hartington; and 22 great-grandchildren.

She was preceded in death by her husband, Edwin; her daughter, Joan; and her brother, Leo Kathol.""",
gold=[("YKN007", "survivor"), ("YKN022", "survivor")]),

dict(guid="ykn_bfc_orville-kuehn-4530", pub="2026-06-10T09:05:00-05:00", title="Orville Kuehn",
body="""Orville Kuehn of Gayville died Tuesday, June 9, 2026, at Sanford Vermillion Medical Center.

Arrangements are pending with Bluffview Funeral Chapel of Vermillion. A full obituary will follow.""",
gold=[("YKN020", "possible_deceased_client")]),
]
