"""Cuesta Oaks Funeral Home & Sea Cliff Chapel (San Luis Obispo and Cambria): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold= beside each text)."""

FEED = "cofh"
ITEMS = [
dict(guid="sbp_cofh_harvey-kjeldgaard", pub="2026-02-05T10:15:00-08:00", title="Harvey Niels Kjeldgaard (1943 - 2026)",
body="""Harvey Niels Kjeldgaard, 82, of Solvang, passed away peacefully on Saturday, January 31, 2026, at Santa Ynez Cottage Hospital, three miles from the ranch where he was born.

Harvey was the son of Danish immigrants Niels and Karen Kjeldgaard, and grew up speaking Danish at the kitchen table and English at the schoolhouse. He ran cattle in the Santa Ynez Valley for six decades, served two terms on the county farm bureau board and never missed a Danish Days parade, in which he rode his father's saddle until he was eighty.

He is survived by his sister, Linnea (Wendell) Ostergaard of Atascadero; his nephews, Erik Ostergaard of Fresno and Toby Wexford of Bend, Oregon; and his cousins in Denmark. He was preceded in death by his wife of 49 years, Solveig, and by his brother, Anders.

A memorial service will be held at 11 a.m. Saturday, February 14, at Bethania Lutheran Church in Solvang, followed by aebleskiver and coffee in the fellowship hall. Arrangements by Cuesta Oaks Funeral Home.""",
gold=[("SBP010", "survivor"), ("SBP009", "survivor")]),

dict(guid="sbp_cofh_aurelio-brugnoli", pub="2026-02-20T09:40:00-08:00", title="Aurelio Battista Brugnoli (1937 - 2026)",
body="""Aurelio Battista Brugnoli, 88, a lifelong dairyman of the San Simeon Creek and Santa Rosa Creek country, died at home in Cambria on February 16, 2026, surrounded by his family.

Aurelio was born in 1937 in Cambria to Battista and Erminia Brugnoli, whose families came from the Ticino valley of Switzerland in the 1880s. He milked cows on the home ranch until 1979, then raised beef cattle and, in his last years, one stubborn donkey named Pio. He was a charter member of the Cambria Lions Club and sang with the Swiss Club chorus at every Swiss-Italian picnic for fifty years.

Aurelio is survived by his wife of 64 years, Lina; his son, Marco Brugnoli of Harmony; his daughter, Mrs. Giulio Pedrotti Jr. (Rosalind) of Cambria; five grandchildren, including Chiara Pedrotti; and two great-grandsons.

A Rosary will be recited at 6 p.m. Thursday at Santa Rosa Catholic Church, Cambria, with the Funeral Mass there at 10 a.m. Friday. Burial at Santa Rosa Chapel cemetery. Sea Cliff Chapel is assisting the family.""",
gold=[("SBP002", "survivor"), ("SBP001", "survivor")]),

dict(guid="sbp_cofh_garrett-pilkington", pub="2026-04-02T14:05:00-07:00", title="Garrett James Pilkington (2001 - 2026)",
body="""Garrett James Pilkington, 24, of Atascadero, died Saturday, March 28, 2026, of injuries suffered in a motorcycle crash on Highway 41.

Garrett graduated from Atascadero High School in 2019, where he wrestled at 152 pounds, and was an apprentice electrician with IBEW Local 639. He could fix anything with a motor and spent his weekends at the Pozo OHV area with a truck full of friends.

He is survived by his parents, Wade and Terri Pilkington of Atascadero; his sister, Kaylin; his grandmother, Bonnie Pilkington of Bakersfield; and his girlfriend, Alyssa Ferreira.

A celebration of life will be held at 2 p.m. Saturday, April 11, at the Atascadero Lake Park pavilion. Cuesta Oaks Funeral Home is caring for the family.""",
gold=[]),   # young namesake of SBP022 (b. 1961, wife Shannon): nothing

dict(guid="sbp_cofh_vlasta-haskovec", pub="2026-05-20T11:30:00-07:00", title="Vlasta Marie Haskovec (1931 - 2026)",
body="""Vlasta Marie Haskovec, 94, of Templeton, died peacefully on May 16, 2026, at Twin Cities Community Hospital.

Born in Brno, Czechoslovakia, Vlasta came to California in 1949 as a displaced person with her mother and a single suitcase. She and her late husband, Josef, planted almonds and later wine grapes west of Templeton, and she was known at the Templeton farmers market for her kolaches, which sold out by 9 a.m.

She is survived by her daughter, Delphine Haskovec of Templeton, who cared for her at home for many years; her son, Paul Haskovec of Sacramento; three grandchildren; and one great-granddaughter. She was preceded in death by her husband, Josef, in 2004.

A Funeral Mass will be celebrated at 10 a.m. Tuesday, May 26, at St. John Bosco Catholic Church, Templeton.""",
gold=[("SBP016", "survivor")]),

dict(guid="sbp_cofh_cornelius-oshaughnessy", pub="2026-08-05T09:00:00-07:00", title="Cornelius James \"Neil\" O'Shaughnessy (1941 - 2026)",
body="""Cornelius James "Neil" O'Shaughnessy, 85, of San Luis Obispo, died on Sunday, August 2, 2026, at French Hospital, with his wife of 59 years, Bernadette, holding his hand.

Neil was born on March 27, 1941, in Butte, Montana, the fifth of nine children of an Irish copper miner. He came to San Luis Obispo in 1966 to teach history at San Luis Obispo High School and stayed for forty years, coaching the cross-country team and running the Mission Plaza St. Patrick's Day 5K until his knees retired before he did.

He is survived by Bernadette; his children, Kevin O'Shaughnessy of Sacramento and Maura Reyes of San Luis Obispo; seven grandchildren; and his sister, Sister Brigid O'Shaughnessy, S.C., of Butte.

The Vigil will be held at 7 p.m. Thursday at Cuesta Oaks Funeral Home, and the Funeral Mass at 10 a.m. Friday, August 14, at Old Mission San Luis Obispo de Tolosa. Pallbearers will be his grandsons and his longtime running partners, Doug Quisenberry and Martin Abernathy.""",
gold=[("SBP012", "deceased_client")]),   # born March 27, 1941 = roster; wife Bernadette = roster spouse

dict(guid="sbp_cofh_wendell-ostergaard", pub="2026-09-18T10:45:00-07:00", title="Wendell Arne Ostergaard (1946 - 2026)",
body="""Wendell Arne Ostergaard, 80, of Atascadero, died September 14, 2026, at home on Santa Rosa Road, after a short illness.

Wendell was born January 17, 1946, in Ferndale, California, to a Danish dairy family, and came to Cal Poly in 1964 to study dairy science. He spent thirty-three years as a county farm advisor, and many growers in the North County still quote his advice on irrigation, usually without crediting him.

He is survived by his wife of 55 years, Linnea (Kjeldgaard) Ostergaard; his son, Erik Ostergaard (Renee) of Fresno; his daughter, Karin Sundby of Templeton; and five grandchildren. He was preceded in death by his brother-in-law, Harvey Kjeldgaard, earlier this year.

A memorial service will be held at 2 p.m. Saturday, September 26, at Atascadero Bible Church. Pallbearers will be Erik Ostergaard, Nils Sundby, Garrett Pilkington and Dale Rennick.""",
gold=[("SBP009", "deceased_client"), ("SBP010", "spouse_of_deceased_client")]),

dict(guid="sbp_cofh_theodora-wexford", pub="2026-11-12T13:20:00-08:00", title="Theodora \"Teddie\" Wexford (1929 - 2026)",
body="""Theodora "Teddie" Wexford, 97, formerly of Pasadena, died November 8, 2026, at Vineyard Hills assisted living in Paso Robles.

Teddie taught piano for half a century and, by her own count, to more than 1,400 children, several of whom now teach piano themselves. She moved to the North County in 2011 to be near her son's vineyard, where she held Sunday recitals in the barrel room.

She is survived by her son, Tobias (Anneliese) Wexford of Templeton; her granddaughters, Clara and Hedy; and her niece, Margo Ellery of Pasadena. She was preceded in death by her husband, Charles.

A private family service will be held. Memorial gifts may be made to the Paso Robles Youth Arts Foundation.""",
gold=[("SBP015", "survivor")]),   # Toby "of Templeton", roster Paso Robles (adjacent town)
]
