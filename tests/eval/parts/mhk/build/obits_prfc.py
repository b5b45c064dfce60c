"""Prairie Rose Funeral Chapel (Manhattan and Council Grove): funeral-home site, HTML in content:encoded,
one-sentence description. Hand-labelled."""

ITEMS = [
dict(guid="mhk_prfc_2026_0114", pub="2026-01-29T15:20:00-06:00", title="Harold Eugene Kaufman",
body="""Harold Eugene Kaufman, age 82, of Council Grove, passed away January 27, 2026, at Council Grove Healthcare Center.

Harold was born March 9, 1943, on the home place southwest of Council Grove to Emil and Lydia (Reh) Kaufman. He ranched in the Flint Hills all his life, running cow-calf pairs on pasture his grandfather had leased in 1911, and he burned those pastures every April with the same drip torch for forty years. He was a member of the Morris County Farm Bureau and of Council Grove Presbyterian Church.

Harold is survived by his wife, Jolene, of the home; his daughters, Tracy Rumold of Herington and Megan Kaufman of Wichita; his sister-in-law, Mary Beth Kaufman of Council Grove; and six grandchildren. He was preceded in death by his parents and his brother, Richard Kaufman.

Funeral service will be 10:00 a.m. Monday, February 2, at Council Grove Presbyterian Church. Interment will follow in Greenwood Cemetery. Memorials are suggested to the Kaw Mission State Historic Site and may be sent in care of Prairie Rose Funeral Chapel, Council Grove.""",
gold=[("MHK007", "survivor")]),

dict(guid="mhk_prfc_2026_0139", pub="2026-03-10T11:45:00-05:00", title="Opal Irene Gilliland",
body="""Opal Irene Gilliland, 101, of Cottonwood Falls, passed away peacefully March 7, 2026, at the Chase County Care and Rehabilitation Center.

Opal was born October 12, 1924, in Bazaar, the daughter of Cyrus and Ethel (Rogler) Wood. She taught in one-room schools in Chase County, including the Bazaar school and the Thurman school, before marrying Floyd Gilliland on December 1, 1945. Together they ranched south of Cottonwood Falls for fifty-one years. She was the oldest member of the Cottonwood Falls United Methodist Church and the last charter member of the Chase County Historical Society.

Survivors include her son, Roy Dean Gilliland and wife Peggy of Cottonwood Falls; her daughter, Marilyn Hays of Emporia; four grandchildren; nine great-grandchildren and three great-great-grandchildren. She was preceded in death by her husband, Floyd, in 1997.

Services will be 10:30 a.m. Saturday at the Cottonwood Falls United Methodist Church. Burial in Prairie Grove Cemetery.""",
gold=[("MHK017", "survivor")]),

dict(guid="mhk_prfc_2026_0162", pub="2026-04-16T09:10:00-05:00", title="Bernice A. Hoffman",
body="""Bernice Agnes (Pishny) Hoffman, 76, of Clay Center, died Monday, April 13, 2026, at Clay County Medical Center.

Bernice was born May 2, 1949, in Clay Center to Frank and Agnes (Vopat) Pishny. She married Lyle Hoffman in 1968, and the couple farmed northeast of Clay Center. She was a 4-H leader for twenty-two years, made kolaches for the Czech festival every spring, and belonged to St. Peter and St. Paul Catholic Church.

She is survived by her husband, Lyle, of the home; two sons, Jason Hoffman of Clay Center and Eric Hoffman of Manhattan; her sister, Evangeline "Vangie" (Arlo) Kufahl of Leonardville; her brother, Joe Pishny of Wakefield; and seven grandchildren. She was preceded in death by her parents and a sister, Dorothy Pishny.

Rosary will be 7 p.m. Wednesday and Mass of Christian Burial 10 a.m. Thursday at St. Peter and St. Paul Catholic Church, Clay Center.""",
gold=[("MHK010", "survivor"), ("MHK011", "survivor")]),

dict(guid="mhk_prfc_2026_0188", pub="2026-06-03T14:00:00-05:00", title="María de Jesús Villarreal de Ochoa",
body="""María de Jesús Villarreal de Ochoa, 86, of Junction City, went to be with the Lord on May 31, 2026, surrounded by her family.

She was born December 24, 1939, in Sabinas Hidalgo, Nuevo León, México, to Ramón and Guadalupe (Garza) Villarreal. She came to Junction City in 1971 with her husband, Rogelio Ochoa, a soldier stationed at Fort Riley, and never left. For thirty years her tamales were sold out by ten in the morning at the St. Xavier Christmas bazaar.

She is survived by her daughters, Chela Ochoa of Junction City and Rosa Ochoa Burgos of San Antonio; her son, Rogelio Ochoa Jr. of Killeen, Texas; nine grandchildren and six great-grandchildren. She was preceded in death by her husband, Rogelio, in 2008, and by her brothers, Ramón and Efraín.

Rosario at 7 p.m. Thursday and Misa de Cuerpo Presente at 10 a.m. Friday at St. Xavier Catholic Church, Junction City. Burial at Fort Riley Post Cemetery beside her husband.""",
gold=[("MHK006", "survivor")]),

dict(guid="mhk_prfc_2026_0203", pub="2026-07-07T16:30:00-05:00", title="Tobias \"Tob\" Zeferjahn",
body="""Tobias "Tob" Zeferjahn, 90, of Riley, passed away July 4, 2026, at the Riley Family Care Home, just after the fireworks he had watched every year from the same lawn chair.

Tob was born January 18, 1936, north of Riley to August and Clara (Erpelding) Zeferjahn. He farmed and fed cattle near Riley until he was 82, served 20 years on the Riley County USD 378 school board, and was a member of Riley United Methodist Church for 70 years.

He married Lorraine Hageman on September 3, 1957; she preceded him in death in 2022. Survivors include his sons, Larry Zeferjahn of Riley and Dale Zeferjahn of Abilene; his daughter, Karen Hofman of Manhattan; nine grandchildren, including his grandson and namesake, Toby Zeferjahn and wife Amber of Riley; and 14 great-grandchildren, the youngest of whom, Ellie Jo, he held for the first time on New Year's Day.

Services 10 a.m. Friday at Riley United Methodist Church. Burial in Riley Cemetery. Grandsons will serve as casket bearers.""",
gold=[("MHK012", "survivor")]),
]
