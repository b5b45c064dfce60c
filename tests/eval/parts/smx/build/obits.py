"""Obituaries for part smx, four house styles. Every person is invented. Hand labels in gold=[...]."""

# 1. Santa Maria Valley Courier: daily newspaper, legacy-style titles, plain text.
COURIER = [
dict(guid="smx_cour_2026_0112", pub="2026-01-12T06:10:00-08:00",
title="Antonio Furtado Obituary (1937 - 2026) - Santa Maria, CA - Santa Maria Valley Courier",
body="""Antonio "Tony" Machado Furtado, 88, of Santa Maria, passed away peacefully at home on January 8, 2026, surrounded by his family.

Tony was born on the island of Terceira in the Azores and came to the Santa Maria Valley in 1956 to milk cows for his uncle on the Betteravia Road dairy. He later ran his own herd of 300 Holsteins until 1994. He was a lifelong member of the I.D.E.S. hall and never missed a Festa do Espírito Santo, where his sopas were legendary.

He is survived by his daughter, Dolores (Manny) Silveira of Santa Maria; his son, Jose Furtado and wife Lucy of Tulare; six grandchildren and four great-grandchildren. He was preceded in death by his beloved wife of 61 years, Maria da Luz Furtado, and by his brother, Joaquim.

A Rosary will be recited Thursday at 7 p.m. at St. Mary of the Assumption Church, with the Funeral Mass Friday at 10 a.m., Father Rodrigo Pimentel officiating. Pallbearers will be Reggie Ashworth, Kevin Furtado, Aaron Silveira, Lucas Bettencourt, Danny Avila and Mark Rose. Interment at Santa Maria Cemetery.""",
gold=[("SMX002", "survivor"), ("SMX001", "survivor")]),

dict(guid="smx_cour_2026_0219", pub="2026-02-19T06:05:00-08:00",
title="Kenji Hoshiyama Obituary (1944 - 2026) - Guadalupe, CA - Santa Maria Valley Courier",
body="""Kenji Hoshiyama of Guadalupe died February 15, 2026, at Marian Regional Medical Center. He was 81.

Kenji was born March 9, 1944, in the Gila River relocation camp in Arizona, where his family, vegetable growers from Guadalupe, had been sent two years earlier. The family returned to Guadalupe in 1946 and rebuilt the farm on Simas Road, and Kenji grew celery, broccoli and lettuce there for fifty years. He served on the board of the Guadalupe Buddhist Church and kept the Japanese section of the Guadalupe Cemetery weeded by hand.

He is survived by his wife of 58 years, Ruth (Okamura) Hoshiyama; his daughter, Naomi Hoshiyama-Reyes of Sacramento; his son, Glenn Hoshiyama of Torrance; and three grandchildren. He was preceded in death by his parents, Tetsuo and Fumiko Hoshiyama, and his sister, Amy.

Services will be held at the Guadalupe Buddhist Church, Rev. Kodo Matsuura officiating. In lieu of flowers, the family asks for gifts to the Guadalupe Cultural Arts and Education Center.""",
gold=[("SMX004", "deceased_client"), ("SMX005", "spouse_of_deceased_client")]),

dict(guid="smx_cour_2026_0305", pub="2026-03-05T06:00:00-08:00",
title="Reginald Ashworth Obituary (1936 - 2026) - Santa Maria, CA - Santa Maria Valley Courier",
body="""Reginald Thomas Ashworth, 89, of Santa Maria, died March 1, 2026.

Reg was born in Bakersfield and came to the valley in 1961 as a radar technician at Vandenberg Air Force Base, where he worked for thirty-two years. He sang bass in the Santa Maria Elks Chorus and umpired Little League games at Preisker Park for four decades.

He is survived by his son, Thomas Ashworth of Grover Beach; his grandson and namesake, Reggie Ashworth of Santa Maria; and his granddaughter, Emily Sandoval of Orcutt. He was preceded in death by his wife, Mildred, in 2019.

A memorial service will be held at First Christian Church, Pastor Neil Hendrickson officiating.""",
gold=[("SMX016", "survivor")]),

dict(guid="smx_cour_2026_0410", pub="2026-04-10T06:00:00-07:00",
title="Lorenzo Figueroa Obituary (2008 - 2026) - Santa Maria, CA - Santa Maria Valley Courier",
body="""Lorenzo Daniel Figueroa, 17, of Santa Maria, died April 5, 2026, from injuries suffered in a traffic collision on Highway 166.

Lorenzo was a junior at Pioneer Valley High School, where he played left wing on the soccer team and worked weekends at his grandfather's taco truck on Main Street. He wanted to be a firefighter.

He is survived by his parents, Eduardo and Yesenia Figueroa of Santa Maria; his sisters, Daniela and Xochitl; and his grandparents, Ramón and Alicia Figueroa. A candlelight vigil was held at the Pioneer Valley High School field.

A Funeral Mass will be celebrated at St. Louis de Montfort Church, with burial at Santa Maria Cemetery.""",
gold=[]),

dict(guid="smx_cour_2026_0423", pub="2026-04-23T06:00:00-07:00",
title="Evangeline Dela Cruz Obituary (1963 - 2026) - Daly City, CA - Santa Maria Valley Courier",
body="""Evangeline "Vangie" Dela Cruz, 62, of Daly City, passed away April 17, 2026, after a brave fight with cancer.

Born in Pampanga, Philippines, Vangie came to California in 1989 and worked for thirty years as a pharmacist at Seton Medical Center. She sang in the choir of Our Lady of Mercy Church.

She is survived by her husband, Reynaldo Dela Cruz; her children, Patrick and Joy; and her sister, Marites Santos of Santa Maria. A Mass of Christian Burial will be held in Daly City.""",
gold=[]),

dict(guid="smx_cour_2026_0514", pub="2026-05-14T06:00:00-07:00",
title="Ernesto Leyva Obituary (1935 - 2026) - Orcutt, CA - Santa Maria Valley Courier",
body="""Ernesto Leyva, 90, of Orcutt, went to be with the Lord on May 9, 2026.

Ernesto was born in Jalostotitlán, Jalisco, and came to the Santa Maria Valley as a bracero in 1955, picking strawberries and cutting broccoli before becoming a foreman for Bonita Packing. He and his wife raised their family in Old Orcutt, where he was known for his roses and his tri-tip.

He is survived by his daughter, Amparo Baca (Tino) of Orcutt; his son, Ernesto Leyva Jr. of Lompoc; nine grandchildren; and fourteen great-grandchildren. He was preceded in death by his wife, Refugio, and his son, Alfonso.

Rosary and Mass at St. Louis de Montfort Church, Deacon Marcos Ybarra presiding.""",
gold=[("SMX019", "survivor"), ("SMX018", "survivor")]),

dict(guid="smx_cour_2026_0611", pub="2026-06-11T06:00:00-07:00",
title="Clara Weatherby Obituary (1929 - 2026) - Nipomo, CA - Santa Maria Valley Courier",
body="""Clara Jean Weatherby, 96, of Nipomo, died peacefully June 6, 2026, at the home she shared with her son's family on the Nipomo Mesa.

Clara was born in Arroyo Grande to a family of bean farmers and taught third grade at Dana Elementary School for 31 years. Generations of Nipomo children learned their cursive from her.

She is survived by her son, Harlan Weatherby, and his wife, Jo Ann, of Nipomo; her daughter, Margaret Tillman of Paso Robles; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Walter.

Graveside service at Arroyo Grande District Cemetery.""",
gold=[("SMX009", "survivor"), ("SMX010", "survivor")]),
]

# 2. Valle Verde Mortuary & Chapel: funeral-home site, HTML content:encoded.
VVM = [
dict(guid="smx_vvm_rosalinda-cabral", pub="2026-01-27T11:00:00-08:00", title="Rosalinda Cabral (1946 - 2026)",
body="""Rosalinda Cabral, 79, of Guadalupe, entered into eternal rest on January 22, 2026.

Rosalinda worked for many years in the packing sheds along Highway 1 and was a devoted member of the Sociedad Guadalupana at Our Lady of Guadalupe Church. She made the best champurrado in town and never let a guest leave hungry.

She leaves behind her daughter, Teresa Maldonado (Rogelio) of Orcutt; her sons, Miguel Cabral and Arturo Cabral, both of Guadalupe; and eleven grandchildren. She was preceded in death by her husband, Jesús Cabral.

A Rosary led by Lupe Ochoa of the Sociedad Guadalupana will be prayed at 6 p.m. Tuesday at Our Lady of Guadalupe Church, followed by the Funeral Mass on Wednesday at 10 a.m.""",
gold=[("SMX007", "survivor"), ("SMX006", "survivor")]),

dict(guid="smx_vvm_feliciano-maglalang", pub="2026-02-26T10:30:00-08:00", title="Feliciano Maglalang (1940 - 2026)",
body="""Feliciano "Sanny" Maglalang, 85, of Santa Maria, passed away February 21, 2026.

Sanny came from Ilocos Norte in 1966 and worked in the fields of the Santa Maria Valley and later for thirty years at the Betteravia sugar plant. He was a founding member of the Filipino Community of Santa Maria and a champion of the Sunday bowling league.

He is survived by his daughter, Evangeline "Vangie" Dela Cruz of Santa Maria; his sons, Rodel and Ferdinand Maglalang; and seven grandchildren. He was preceded in death by his wife, Corazon, and his son-in-law, Romeo Dela Cruz.

A nine-day novena will be held at the family home. Funeral Mass at St. John Neumann Church. Pallbearers: Desmond Tavares, Rodel Maglalang Jr., Paolo Dela Cruz, Ariel Maglalang, Jun Bautista and Nonoy Ramos.""",
gold=[("SMX008", "survivor")]),

dict(guid="smx_vvm_guillermo-arreola", pub="2026-03-18T09:45:00-07:00", title="Guillermo Arreola (1951 - 2026)",
body="""Guillermo Arreola, 74, of Santa Maria, died March 14, 2026, at home.

A proud Marine who served in Vietnam, Guillermo drove a truck for Santa Maria Produce for 38 years. He coached Pee Wee baseball at Rotary Centennial Park.

He is survived by his wife of 50 years, Elvira; his daughter, Marisol, and her husband, Lorenzo Figueroa, of Santa Maria; his son, Guillermo Jr. of Las Vegas; and five grandchildren.

Military honors will be rendered at Santa Maria Cemetery.""",
gold=[("SMX014", "survivor"), ("SMX013", "survivor")]),

dict(guid="smx_vvm_jacinto-zepeda", pub="2026-05-02T14:00:00-07:00", title="Jacinto Zepeda (1932 - 2026)",
body="""Jacinto Zepeda, 93, of Guadalupe, died April 28, 2026.

Jacinto came from Michoacán in 1952 and spent sixty years in the lettuce and celery fields of the Guadalupe area. He was known to everybody on Guadalupe Street, where he sat on the bench outside the Far Western Tavern every afternoon until it closed.

He is survived by his son, Ignacio "Nacho" Zepeda of Guadalupe; his daughter, Alma Rocha of Santa Maria; his sister-in-law, Connie Villaseñor of Nipomo; and eight grandchildren. He was preceded in death by his wife, Esperanza.

Funeral Mass at Our Lady of Guadalupe Church, Fr. Ernesto Lomelí officiating.""",
gold=[("SMX022", "survivor")]),

dict(guid="smx_vvm_priscilla-etcheverry", pub="2026-06-24T10:00:00-07:00", title="Priscilla Etcheverry (1969 - 2026)",
body="""Priscilla Marie Etcheverry, 56, of Bakersfield, passed away June 19, 2026, at Mercy Hospital in Bakersfield. Arrangements are by our sister chapel in Kern County.

Priscilla was the granddaughter of Basque sheepherders and danced with the Kern County Basque Club for thirty years. She taught Spanish at Bakersfield High School.

She is survived by her mother, Gracie Etcheverry of Bakersfield; her brother, Michel Etcheverry; and her cousins, Dante Brambilla of Santa Maria and Chantal Iriart of Fresno.

Funeral Mass at St. Francis of Assisi Church, Bakersfield.""",
gold=[("SMX011", "survivor")]),

dict(guid="smx_vvm_bernardo-ochoa", pub="2026-07-08T09:15:00-07:00", title="Bernardo Ochoa Ramírez (1944 - 2026)",
body="""Bernardo Ochoa Ramírez, 81, of Guadalupe, passed away July 3, 2026.

Bernardo drove a school bus for the Guadalupe Union School District for 28 years and played trumpet with Mariachi Guadalupano.

He is survived by his wife, Josefina; his sons, Bernardo Jr. and Samuel; his sister, María Guadalupe "Lupe" Ochoa Ramírez of Guadalupe; and many nieces and nephews. He was preceded in death by his parents, Anselmo Ochoa and Rosario Ramírez.

Rosary and Funeral Mass at Our Lady of Guadalupe Church.""",
gold=[("SMX003", "survivor")]),
]

# 3. Church bulletin: St. Joseph & Our Lady of Guadalupe parishes, plain text.
BULLETIN = [
dict(guid="smx_bul_2026_03_08a", pub="2026-03-08T08:00:00-08:00", title="Please pray for Tomasa Frausto",
body="""Please keep in your prayers Tomasa Frausto, who was called home on March 2. Tomasa was the mother of Andrés Frausto and the mother-in-law of Mrs. Gwendolyn Frausto, who teaches fourth grade at our parish school. Funeral Mass will be Saturday at 9 a.m. Que descanse en paz.""",
gold=[("SMX017", "survivor")]),

dict(guid="smx_bul_2026_04_19a", pub="2026-04-19T08:00:00-07:00", title="Eternal rest: Manuel Silveira Sr.",
body="""Our parish family mourns Manuel Silveira Sr., 93, a faithful usher at the 8 a.m. Mass for fifty years, who died April 13. He is survived by his son Manny Silveira Jr. and Manny's wife Dolores, of Santa Maria, and by his daughter Fatima Souza of Hanford. Rosary Thursday 7 p.m.; Funeral Mass Friday 10 a.m., Fr. Rodrigo Pimentel, celebrant.""",
gold=[("SMX001", "survivor"), ("SMX002", "survivor")]),

dict(guid="smx_bul_2026_06_14a", pub="2026-06-14T08:00:00-07:00", title="Oremos por Juana Maldonado",
body="""Please pray for the soul of Juana Maldonado, 88, who died June 9 in Orcutt. She was the mother of Roy Maldonado of Orcutt and of Sister Inés Maldonado of the Carmelite Sisters. Oremos por su eterno descanso.""",
gold=[("SMX006", "survivor")]),
]

# 4. Paid death notices: terse, surname-first.
NOTICES = [
dict(guid="smx_dn_2026_0306", pub="2026-03-06T05:00:00-08:00", title="LUNDQUIST, Beatrice",
body="""LUNDQUIST, Beatrice - of Orcutt, passed away March 3, 2026. Private services will be held. Arrangements by Valle Verde Mortuary.""",
gold=[("SMX015", "possible_deceased_client")]),

dict(guid="smx_dn_2026_0224", pub="2026-02-24T05:00:00-08:00", title="HOSHIYAMA, Kenji",
body="""HOSHIYAMA, Kenji, 81, of Guadalupe, died February 15, 2026. Born March 9, 1944. Survived by his wife of 58 years, Ruth (Okamura) Hoshiyama; daughter Naomi Hoshiyama-Reyes; son Glenn Hoshiyama; three grandchildren. Services at the Guadalupe Buddhist Church. In lieu of flowers, gifts to the Guadalupe Cultural Arts and Education Center.""",
gold=[]),  # second, later copy of smx_cour_2026_0219: labelled on the earlier copy only

dict(guid="smx_dn_2026_0520", pub="2026-05-20T05:00:00-07:00", title="OKAMURA, Shigeru",
body="""OKAMURA, Shigeru "Shig", 87, of Santa Maria, died May 16, 2026. Retired strawberry grower. Survived by his sister, Ruth Hoshiyama of Guadalupe, and by nieces and nephews. Predeceased by his wife, Alice, and his brother-in-law, Kenji Hoshiyama. Memorial service at the Guadalupe Buddhist Church.""",
gold=[("SMX005", "survivor")]),
]

FEEDS = {"courier": COURIER, "vvm": VVM, "bulletin": BULLETIN, "notices": NOTICES}
ITEMS = COURIER + VVM + BULLETIN + NOTICES
