"""The Steel City Courier (Pueblo daily newspaper) obituaries: legacy-style titles, plain text. Hand-labelled."""

FEED = "sc"
ITEMS = [
dict(guid="pue_sc-obit-2026-0114", pub="2026-01-14T05:30:00-07:00",
title="Angela Zupancic Obituary (1928 - 2026) - Pueblo, CO - The Steel City Courier",
body="""Angela Marie Zupancic, 97, a lifelong resident of the Bessemer neighborhood, passed away peacefully on Saturday, January 10, 2026, at Belmont Lodge, with her rosary in her hand and a plate of her own potica, brought by a granddaughter, on the nightstand.

Angela was born June 2, 1928, in Pueblo to Anton and Ivanka (Jerman) Kochevar, the youngest of nine children raised in the shadow of the CF&I blast furnaces. She married Frank Zupancic at St. Mary Help of Christians Church in 1948 and for thirty-one years kept the house on Pine Street running on a steelworker's paycheck and a garden the size of a city lot. She was a member of KSKJ Lodge No. 7 and the St. Mary's Altar Society, and every Christmas she baked potica by the dozen for the Slovenian Hall bazaar.

She is survived by her daughter, Frances (Bernie) Mihelich of Pueblo; her son, Stan (Marlene) Zupancic of Pueblo; her son, Joseph Zupancic of Longmont; eight grandchildren, including Lucas; and eleven great-grandchildren. She was preceded in death by her husband, Frank, in 1994; her son, Anthony; and all eight of her brothers and sisters.

Rosary will be recited at 9:30 a.m. Friday, followed by a Mass of Christian Burial at 10 a.m., at St. Mary Help of Christians Church, with Deacon Leonard Romero presiding. Interment, Roselawn Cemetery. Pallbearers will be her grandsons. Memorial contributions may be made to the St. Mary's Food Pantry in care of Holy Cross & Arkansas Valley Funeral Chapels.""",
gold=[("PUE002", "survivor"), ("PUE001", "survivor"), ("PUE014", "survivor")]),

dict(guid="pue_sc-obit-2026-0204", pub="2026-02-04T05:30:00-07:00",
title="Satoru \"Scott\" Hirakata Obituary (1932 - 2026) - Rocky Ford, CO - The Steel City Courier",
body="""ROCKY FORD - Satoru "Scott" Hirakata, 93, who grew cantaloupes on the same eighty acres east of Rocky Ford for sixty-five years, died Sunday, February 1, 2026, at Arkansas Valley Regional Medical Center in La Junta.

Scott was born in Los Angeles in 1932 and was ten years old when his family was sent to the Granada Relocation Center, Camp Amache, in Prowers County. After the war the Hirakatas stayed in the Arkansas Valley rather than return to California, and Scott, the eldest son, took over the farm from his father in 1961. He served on the Rocky Ford School Board, was a founding member of the Arkansas Valley Japanese American Citizens League chapter and for twenty years led the volunteers who care for the cemetery at Amache.

He is survived by his son, David Hirakata of Denver; his daughter, June Nakagawa of Gardena, California; his grandson, Scott Hirakata (Nadine) of Rocky Ford, who was named for him and who now farms the home place; and four great-grandchildren, including Mika. He was preceded in death by his wife of 61 years, Alice, in 2019.

A memorial service will be held at 11 a.m. Saturday at the First Presbyterian Church of Rocky Ford. Honorary pallbearers are Kenji Tashiro, Roy Oda and the members of the Rocky Ford Growers Association.""",
gold=[("PUE019", "survivor"), ("PUE018", "survivor")]),

dict(guid="pue_sc-obit-2026-0312", pub="2026-03-12T05:30:00-06:00",
title="Amalia Sandoval Obituary (1933 - 2026) - Avondale, CO - The Steel City Courier",
body="""AVONDALE - Amalia Sandoval, 92, went to be with the Lord on Sunday, March 8, 2026, at her home east of Avondale, in the same adobe house her husband built for her in 1955.

She was born on a ranch near San Luis in the San Luis Valley to Epifanio and Crucita (Valdez) Martinez, and married Fidel "Fred" Sandoval in 1953. For forty years she cooked for the Avondale Elementary School cafeteria, and there are grandmothers all over the St. Charles Mesa who still talk about her green chile on Fridays. She roasted chiles from her own garden every September until she was ninety, and she prayed the rosary for each of her children and grandchildren, by name, every single night.

She is survived by her daughters, Terri (Ramon Jr.) Archuleta of Pueblo West and Cecilia Sandoval of Alamosa; her sons, Fred Sandoval Jr. of Avondale and Marcos Sandoval of Albuquerque; fourteen grandchildren; and twenty great-grandchildren. She was preceded in death by her husband, Fred; her son, Benito; and her sisters, Lupe and Eufemia.

Rosary and Mass of Christian Burial, 10 a.m. Friday, St. Therese Catholic Church in Pueblo. Alabados will be sung by the Hermanos of the Morada de San Isidro. Interment, Avondale Cemetery. Arrangements by Holy Cross & Arkansas Valley Funeral Chapels.""",
gold=[("PUE007", "survivor"), ("PUE006", "survivor")]),

dict(guid="pue_sc-obit-2026-0327", pub="2026-03-27T05:30:00-06:00",
title="Ernest Lujan Obituary (1946 - 2026) - Pueblo, CO - The Steel City Courier",
body="""Ernest "Ernie" Lujan, 79, of Pueblo, retired CF&I millwright and Korean-language interpreter in the U.S. Army, died March 23, 2026, at Sangre de Cristo Medical Center after a long illness.

Ernie was born in Walsenburg and came to Pueblo in 1968 to work in the rod and bar mill, where he stayed thirty-four years. He coached Little League on the East Side for two decades and never missed a Central High School football game.

He is survived by his wife of 55 years, Dora; his sons, Michael and Steven Lujan, both of Pueblo; his daughter, Anna Lujan-Ruiz of Colorado Springs; and nine grandchildren. He was preceded in death by his parents and his brother, Jose.

The family thanks Dr. Priscilla Lucero-Baca and the nurses of the fourth-floor medical unit for their care. Mass of Christian Burial, 10 a.m. Tuesday, St. Francis Xavier Church. Pallbearers: Michael Lujan, Steven Lujan, Andrew Lujan, Stan Zupancic, Rudy Ortega and Paul Chavez. Interment with military honors at Imperial Memorial Gardens.""",
gold=[]),

dict(guid="pue_sc-obit-2026-0502", pub="2026-05-02T05:30:00-06:00",
title="Raymond Gallegos Obituary (1941 - 2026) - Espanola, NM - The Steel City Courier",
body="""ESPAÑOLA, N.M. - Raymond A. Gallegos, 84, of Española, New Mexico, formerly of Pueblo, died April 28, 2026, at his home in the Santa Cruz Valley.

Ray was born in Pueblo in 1941 and graduated from Central High School in 1959. He worked for the Denver & Rio Grande Western Railroad in Pueblo and Alamosa before moving to New Mexico in 1975, where he raised chile and apples and served as mayordomo of the Acequia de la Cañada for twenty-six years.

He is survived by his wife of 60 years, Bernadette; his children, Theresa, Anthony and Rita; eleven grandchildren; and his cousin, Josie Medina of Fowler, with whom he spoke on the telephone every Sunday for fifty years. He was preceded in death by his parents, Abenicio and Lucia Gallegos.

A Rosary will be prayed at 7 p.m. Thursday and a funeral Mass celebrated at 10 a.m. Friday at Holy Cross Catholic Church in Santa Cruz, N.M.""",
gold=[("PUE020", "survivor")]),
]
