"""The Channel Coast Star (Ventura) obituaries and paid death notices: newspaper, legacy-style titles, plain text.
Hand-labelled (`gold=`)."""

FEED = "ccs"
ITEMS = [
dict(guid="oxr_ccs_obit_2026_0114", pub="2026-01-14T05:30:00-08:00",
title="Ramona Ocampo Obituary (1934 - 2026) - Oxnard, CA - The Channel Coast Star",
body="""OXNARD - Ramona Ocampo, 91, who raised six children in a two-bedroom house on Hayes Street and still found room at the table for anyone who knocked, died peacefully on January 10, 2026, at St. John's Regional Medical Center, surrounded by her family.

Ramona was born in Jalostotitlán, Jalisco, on June 3, 1934, and came to Oxnard in 1955 with her husband, Aurelio Ocampo, who worked the lemon groves of the Oxnard Plain for four decades. She packed celery at the old Sunkist plant on Fifth Street, sang in the Spanish choir at Santa Clara Church for fifty years and never once missed the Fiesta de la Virgen.

She is survived by her daughters, Consuelo (Teodoro) Zamarripa of El Rio and Leticia Ocampo Nava of Bakersfield; her sons, Aurelio Jr. of Santa Maria and Ramiro of Oxnard; 17 grandchildren; and 22 great-grandchildren. She was preceded in death by her husband in 2004 and by her son Gilberto in 1989.

A Rosary will be prayed Thursday, January 15, at 7 p.m. at Santa Clara Church, 323 S. E Street, Oxnard, with a Funeral Mass there Friday at 10 a.m. Interment will follow at Ivy Lawn Memorial Park, Ventura.""",
gold=[("OXR002", "survivor"), ("OXR001", "survivor")]),

dict(guid="oxr_ccs_obit_2026_0222", pub="2026-02-22T05:30:00-08:00",
title="Kiyoshi \"Kiyo\" Tsuchiyama Obituary (1938 - 2026) - Camarillo, CA - The Channel Coast Star",
body="""CAMARILLO - Kiyoshi "Kiyo" Tsuchiyama, whose family grew lima beans and strawberries on the Oxnard Plain for three generations, died February 18, 2026, at his home in Camarillo. He was 87.

Kiyo was born April 2, 1938, in Oxnard, the youngest son of Tomekichi and Fusae Tsuchiyama. In 1942, when he was four, the family was sent to the Gila River incarceration camp in Arizona; they returned in 1945 to find their leased land taken and started over as sharecroppers. Kiyo graduated from Oxnard High School in 1956 and from Cal Poly San Luis Obispo, and by 1970 the family farmed 600 acres of its own near Pleasant Valley. He served on the board of the Ventura County Farm Bureau and, for twenty years, led the Oxnard Buddhist Temple's Obon festival.

His wife of 52 years, Hisako, died in 2015. He is survived by his daughter, Naomi Tsuchiyama-Reyes (Arturo) of Ventura; his son, Glenn Tsuchiyama of Torrance; and four grandchildren.

A memorial service will be held Saturday, March 7, at 1 p.m. at the Oxnard Buddhist Temple, with Rev. Shoyu Kanamori officiating. In lieu of flowers, the family asks for donations to the Japanese American National Museum.""",
gold=[("OXR009", "deceased_client")]),

dict(guid="oxr_ccs_obit_2026_0428", pub="2026-04-28T05:30:00-07:00",
title="Garrison Pettengill Sr. Obituary (1931 - 2026) - Ventura, CA - The Channel Coast Star",
body="""VENTURA - Garrison Wells Pettengill Sr., 94, who opened Pettengill Marine Hardware at the Ventura Harbor in 1963 and could find you a bronze cleat from 1950 faster than you could describe it, died April 24, 2026, at Lexington Assisted Living.

Born in Gloucester, Massachusetts, on December 2, 1931, Garrison served as a Navy Seabee at Port Hueneme during the Korean War, fell in love with the Channel Islands and never went back east. He was a founding member of the Ventura Yacht Club and a 50-year Rotarian.

He was preceded in death by his wife, Eleanor, in 2019. He is survived by his son, Garrison "Gary" Pettengill Jr. (Lorna) of Ventura, who has run the store since 1994; his daughter, Cynthia Pettengill Moore of Anacortes, Washington; five grandchildren; and three great-grandchildren.

A celebration of life will be held Sunday, May 3, at 2 p.m. at the Ventura Yacht Club. Ashes will be scattered at sea off Anacapa Island.""",
gold=[("OXR007", "survivor"), ("OXR008", "survivor")]),

dict(guid="oxr_ccs_notice_2026_0505", pub="2026-05-05T05:30:00-07:00",
title="VAN TASSEL, Wilhelmina - Camarillo",
body="""VAN TASSEL, Wilhelmina, of Camarillo, passed away May 1, 2026. Private services. Arrangements by Conejo Mountain Funeral Home.""",
gold=[("OXR017", "possible_deceased_client")]),

dict(guid="oxr_ccs_obit_2026_0520", pub="2026-05-20T05:30:00-07:00",
title="Conrad Ravenscroft Obituary (1947 - 2026) - Ojai, CA - The Channel Coast Star",
body="""OJAI - Conrad Ellis Ravenscroft, 78, potter, rancher and for thirty years the unofficial mayor of the Ojai Valley's pink-moment crowd at Meditation Mount, died at home on May 16, 2026, after a long illness, with the Topatopa bluffs turning pink outside his window.

Conrad was born in Pasadena on August 30, 1947. After two years in the Peace Corps in Kenya he came to Ojai in 1972 to teach ceramics at the Happy Valley School, bought a small tangerine ranch on Foothill Road in 1979, and kept both the kiln and the Pixies going for the rest of his life. He leased the old packing shed to a string of young artists at almost no rent.

He is survived by his wife of 54 years, Philippa "Pippa" (Aldous) Ravenscroft; his daughter, Wren Ravenscroft of Portland, Oregon; his son, Jasper Ravenscroft of Carpinteria; and three grandchildren.

A gathering in the orchard will be held Saturday, June 6, at 4 p.m. Donations may be made to the Ojai Valley Land Conservancy.""",
gold=[("OXR015", "deceased_client"), ("OXR014", "spouse_of_deceased_client")]),

dict(guid="oxr_ccs_obit_2026_0620", pub="2026-06-20T05:30:00-07:00",
title="Bridget Keohane Obituary (1941 - 2026) - Ventura, CA - The Channel Coast Star",
body="""VENTURA - Bridget Mary Keohane, 84, a retired surgical nurse at Community Memorial Hospital who emigrated from Skibbereen, County Cork, in 1963, died June 15, 2026, in Ventura.

Bridget trained at the Mercy Hospital in Cork and nursed in London before a job notice brought her to Ventura. She never married, and she took enormous pride in being the aunt who paid for the flights home. She was a daily communicant at Mission San Buenaventura.

She is survived by her nieces, Siobhan O'Driscoll of Ventura and Maeve Keohane of Clonakilty, Ireland; her nephew, Declan Keohane of Dublin; and many grand-nieces and grand-nephews. She was preceded in death by her sisters, Nora O'Driscoll and Kathleen Keohane.

The Funeral Mass will be celebrated Friday, June 26, at 10 a.m. at Mission San Buenaventura. Pallbearers will be Declan Keohane, Liam O'Driscoll, Tad Quackenbush, Ruben Estrada, Colm Hurley and Patrick Nagle. Burial at Ivy Lawn Memorial Park.""",
gold=[("OXR021", "survivor")]),

dict(guid="oxr_ccs_obit_2026_0702", pub="2026-07-02T05:30:00-07:00",
title="Rosalind Achterberg Obituary (1958 - 2026) - Holland, MI - The Channel Coast Star",
body="""HOLLAND, Mich. - Rosalind Joy Achterberg, 67, a kindergarten teacher in the Holland Public Schools for 34 years, died June 27, 2026, at Holland Hospital after a brief battle with pancreatic cancer.

Rosalind was born in Grand Rapids on September 2, 1958, to Pieter and Gerda Achterberg, and graduated from Hope College. She walked in the Tulip Time Klompen dance every May from the age of nine.

She is survived by her brother, Pieter Achterberg Jr. (Janneke) of Ventura, California, and her nephews, Bram and Joost. A memorial service will be held at Third Reformed Church, Holland, on July 11. The family has placed this notice so that friends in Ventura may remember her.""",
gold=[]),

dict(guid="oxr_ccs_obit_2026_0716", pub="2026-07-16T05:30:00-07:00",
title="Leland Brisbane Obituary (1947 - 2026) - Thousand Oaks, CA - The Channel Coast Star",
body="""THOUSAND OAKS - Leland Ashworth Brisbane, 78, an aerospace engineer who spent 31 years at the Naval Air Warfare Center at Point Mugu, died July 11, 2026, in Thousand Oaks.

Born in Tulsa, Oklahoma, Leland came to Ventura County in 1971 and helped develop telemetry for the Sea Range. He loved Dodgers baseball, the Sierra and his grandchildren, in no particular order.

He is survived by his wife, Marjorie; his sons, Kent of Newbury Park and Scott of Boise, Idaho; and five grandchildren. Services will be held at Pierce Brothers Valley Oaks Memorial Park, Westlake Village, on July 22.""",
gold=[]),
]
