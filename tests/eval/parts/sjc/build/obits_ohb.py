"""Oak Hill & Bayside Family Funeral Chapels (San Jose, Milpitas, Gilroy): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

FEED = "ohb"
ITEMS = [
dict(guid="sjc_ohb_2026_0114", pub="2026-01-14T10:20:00-08:00", title="Hai Van Pham (1937 - 2026)",
body="""Pham Van Hai, known to his American friends as Harry, 88, of San Jose, passed away peacefully at home on January 10, 2026, surrounded by his children and grandchildren.

Born in Nam Dinh, he served as an engineer officer before 1975 and spent six years in re-education camps. He arrived in San Jose with his family in 1983 and worked for twenty-two years as a machinist in Sunnyvale. He was a founding member of the Vietnamese Catholic community at St. Maria Goretti and never missed the Tet festival at the fairgrounds.

He is survived by his wife of 64 years, Nguyen Thi Hoa; his son, Tuan "Tony" Pham (Lan) of San Jose; his daughter, Pham Thi Thu (Kevin Le) of Garden Grove; seven grandchildren and three great-grandchildren.

A funeral Mass will be celebrated at 10 a.m. Saturday at St. Maria Goretti Church, with Father Joseph Dinh presiding. Burial at Oak Hill Memorial Park.""",
gold=[("SJC001", "survivor"), ("SJC002", "survivor")]),

dict(guid="sjc_ohb_2026_0203", pub="2026-02-03T09:05:00-08:00", title="Maria de Fatima Silveira (1934 - 2026)",
body="""Maria de Fatima Silveira, 91, of Milpitas, went home to the Lord on January 30, 2026.

Maria was born on the island of Sao Jorge in the Azores and came to California in 1958 with her husband, Jose Silveira, who ran a dairy in Milpitas until the land became houses. She crocheted a blanket for every baby baptized at St. John the Baptist for forty years and made sweet bread for every Holy Ghost festa.

She is survived by her daughter, Fatima (Manny) Avila of Milpitas; her son, John Silveira of Turlock; six grandchildren and nine great-grandchildren. She was preceded in death by her husband, Jose, and her sister, Conceicao Bettencourt.

Rosary at 7 p.m. Thursday at the Milpitas chapel; Mass of Christian Burial at 10 a.m. Friday at St. John the Baptist Catholic Church.""",
gold=[("SJC008", "survivor"), ("SJC007", "survivor")]),

dict(guid="sjc_ohb_2026_0311", pub="2026-03-11T11:40:00-07:00", title="Joseph Manuel Bettencourt (1942 - 2026)",
body="""Joseph Manuel "Joe" Bettencourt, 83, of Santa Clara, died on March 7, 2026, at O'Connor Hospital after a short illness.

Joe was born May 14, 1942, in Angra do Heroismo on the island of Terceira and came to Santa Clara at fourteen. He ran Bettencourt Plumbing on Franklin Street for 41 years, coached Santa Clara Little League for two decades and served as president of the Santa Clara I.E.S. council.

He is survived by his wife of 60 years, Mary (Freitas) Bettencourt; his sons, Michael of Santa Clara and David of Roseville; and five grandchildren.

Pallbearers will be Michael Bettencourt, David Bettencourt, Manuel Avila Jr., Lionel D'Souza, Tony Freitas and Steven Bettencourt. Mass of Christian Burial at 11 a.m. Wednesday at Mission Santa Clara; interment at Santa Clara Mission Cemetery.""",
gold=[("SJC009", "deceased_client"), ("SJC010", "spouse_of_deceased_client")]),

dict(guid="sjc_ohb_2026_0402", pub="2026-04-02T15:10:00-07:00", title="Teodoro Santos (1946 - 2026)",
body="""Teodoro "Teddy" Santos, 79, of Daly City, passed away on March 29, 2026, at Seton Medical Center.

Born in San Fernando, Pampanga, Teddy came to the United States in 1972 as a Navy steward and retired from the U.S. Postal Service after 28 years. He loved ballroom dancing, karaoke and his grandchildren, in no particular order.

He leaves behind his beloved wife, Remedios Santos; his daughter, Maria Teresa "Tess" Macaraeg and her husband, Arnel, of Santa Clara; his son, Jun Santos of Vallejo; and four grandchildren.

Viewing and novena at 6 p.m. Friday; funeral Mass at 10 a.m. Saturday at Our Lady of Mercy Church, Daly City.""",
gold=[("SJC012", "survivor")]),

dict(guid="sjc_ohb_2026_0428", pub="2026-04-28T09:30:00-07:00", title="Refugio Cardenas Mendoza (1935 - 2026)",
body="""Refugio Cárdenas Mendoza, 90, of Hollister, passed away on April 24, 2026, at Hazel Hawkins Memorial Hospital.

Don Cuco, as everyone called him, came from Jalostotitlán, Jalisco, in 1956 as a bracero, picked garlic and cherries across the Santa Clara Valley and later bought the ten acres outside Hollister that he farmed until he was 85.

Le sobreviven su esposa, Josefina; sus hijas, Alicia Ramírez (José Luis) de Gilroy y Rosa Cárdenas de Salinas; y doce nietos. He is survived by his wife, Josefina; his daughters, Alicia Ramírez (José Luis) of Gilroy and Rosa Cárdenas of Salinas; and twelve grandchildren.

Rosario el jueves a las 7 p.m.; Misa el viernes a las 10 a.m. en la Iglesia de San Benito, Hollister.""",
gold=[("SJC006", "survivor"), ("SJC005", "survivor")]),
]
