"""Hrabosky-Lenhart Funeral Home (Westmont and Windber chapels, and a Davidsville chapel for Somerset County):
a funeral-home web site. Title "Name, age", one-sentence plain description, HTML body in content:encoded.
Hand-labelled (gold beside each text)."""

ITEMS = [
dict(guid="jst_hlfh_obit_20260210_hritzko", pub="2026-02-10T16:20:00-05:00",
title="Bernard J. \"Bernie\" Hritzko, 77",
body="""Bernard J. "Bernie" Hritzko, 77, of Westmont, fell asleep in the Lord on Sunday, February 8, 2026, at Conemaugh Memorial Medical Center, surrounded by his family.

He was born March 11, 1948, in Johnstown, a son of the late John and Anna (Sopko) Hritzko. Bernie graduated from Westmont Hilltop High School in 1966, where he was a two-way lineman on the undefeated team, and retired in 2010 after 41 years as a millwright at the Franklin works of Bethlehem Steel and its successors.

He was a lifelong member of St. Nicholas of Myra Byzantine Catholic Church, where he sang in the cantor's choir, and a member of the First Catholic Slovak Union, Branch 228, and the Westmont Hilltop Booster Club.

Surviving are his wife of 54 years, Dolores (Zahurak) Hritzko; a son, Mark (Jennifer) Hritzko of Cranberry Township; a daughter, Lisa (Doug) Amrhein of Westmont; five grandchildren, Nathan, Claire, Owen, Maya and Luke; and a sister, Irene Kozar of Greensburg. He was preceded in death by a brother, Rev. Msgr. Paul Hritzko.

Friends will be received Thursday from 2 to 4 and 6 to 8 p.m. at the Hrabosky-Lenhart Funeral Home, Westmont Chapel, where a Parastas service will be sung at 7 p.m. Divine Liturgy of Christian Burial will be celebrated Friday at 10 a.m. at St. Nicholas of Myra Byzantine Catholic Church, the Very Rev. Dimitri Lazorchak, celebrant. Interment, Grandview Cemetery. Pallbearers will be his grandsons Nathan and Owen, and Brandon Ferencak, Gary Oberdick, Tom Kozar and Jim Amrhein.

Memory Eternal! Vičnaja jemu pamjat!""",
gold=[("JST001", "deceased_client"), ("JST002", "spouse_of_deceased_client")]),

dict(guid="jst_hlfh_obit_20260303_pudliner", pub="2026-03-03T11:05:00-05:00",
title="Gerald J. Pudliner Sr., 91",
body="""Gerald J. Pudliner Sr., 91, of Windber, died peacefully Saturday, February 28, 2026, at Windber Woods.

Born August 2, 1934, in Scalp Level, he was a son of the late Joseph and Verona (Hoffman) Pudliner. He served in the U.S. Army in Germany from 1954 to 1956 and worked for 38 years as a mine electrician for Berwind-White and later Rosebud Mining. Jerry was a member of Holy Child Parish, the Windber Volunteer Fire Company and the Paint Township Sportsmen's Club, and he never missed a Windber Ramblers game.

He is survived by his son, Gerald "Gerry" Pudliner Jr. and his wife, Theresa, of Windber; his daughter, Carol Ann Bodolosky of Somerset; four grandchildren, including Kayla Pudliner; and his brother, Leonard Pudliner of Central City. He was preceded in death by his wife of 60 years, Dorothy (Gallo) Pudliner, in 2021.

Mass of Christian Burial will be celebrated Wednesday at 11 a.m. at Holy Child Parish, Windber, the Rev. Anthony Sersen, celebrant. Interment with military honors by the Windber Area Veterans Honor Guard. Arrangements by the Hrabosky-Lenhart Funeral Home, Windber Chapel.""",
gold=[("JST004", "survivor"), ("JST005", "survivor")]),

dict(guid="jst_hlfh_obit_20260320_bucci", pub="2026-03-20T09:40:00-04:00",
title="Filomena \"Mena\" Bucci, 99",
body="""Filomena "Mena" Bucci, 99, of Kernville, Johnstown, went to be with the Lord on Wednesday, March 18, 2026, just four months shy of her 100th birthday.

She was born July 6, 1926, in Pacentro, Abruzzo, Italy, and came to Johnstown as a bride in 1946 with her husband, the late Carmine Bucci, who preceded her in death in 1998. For thirty years she ran the kitchen at the Sons of Italy lodge, and generations of Johnstowners learned the word "pizzelle" at her elbow.

Mena is survived by her daughters, Rosemarie (Eugene) Stofko of Kernville and Anna Marie Chiodo of Pittsburgh; six grandchildren; eleven great-grandchildren; and her cherished friend and neighbor of sixty years, Marie Ciccone. She was also preceded in death by a son, Dominic Bucci, and by her sisters, Concetta and Assunta, in Italy.

Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. John Gualbert Cathedral, Johnstown. Committal, Calvary Cemetery. In lieu of flowers, the family suggests gifts to the St. Vincent de Paul Society food pantry. Arrangements by the Hrabosky-Lenhart Funeral Home, Westmont Chapel.""",
gold=[("JST018", "survivor"), ("JST017", "survivor")]),

dict(guid="jst_hlfh_obit_20260409_glessner", pub="2026-04-09T14:30:00-04:00",
title="Edward Thomas \"Eddie\" Glessner, 27",
body="""Edward Thomas "Eddie" Glessner, 27, of Somerset, died unexpectedly on Monday, April 6, 2026, as the result of an accident at his workplace near Berlin.

Eddie was born November 19, 1998, in Somerset, the son of Mark and Lisa (Hay) Glessner of Somerset. He was a 2017 graduate of Somerset Area High School and a journeyman lineman with IBEW Local 5. He loved hunting on his grandparents' farm, his Ford F-150 and the Steelers, in that order.

In addition to his parents, he is survived by his sister, Abby Glessner of State College; his paternal grandparents, Edward and Janice (Lichty) Glessner of Somerset, for whom he was named; his maternal grandmother, Ruth Hay of Meyersdale; and his girlfriend, Kelsey Maurer.

Friends will be received Friday from 4 to 8 p.m. at the Hrabosky-Lenhart Funeral Home, Davidsville Chapel. Funeral service Saturday at 11 a.m. at Trinity Lutheran Church, Somerset, Pastor Emily Schrock officiating. Interment, Union Cemetery.""",
gold=[("JST022", "survivor"), ("JST023", "survivor")]),

dict(guid="jst_hlfh_obit_20260502_hvozdovich", pub="2026-05-02T10:15:00-04:00",
title="Stephen M. Hvozdovich, 59",
body="""Stephen M. Hvozdovich, 59, of Nanty Glo, passed away Thursday, April 30, 2026, at UPMC Presbyterian in Pittsburgh after a courageous battle with pancreatic cancer.

He was born October 2, 1966, in Johnstown, son of the late Michael and Olga (Dudash) Hvozdovich. Steve worked for 30 years as a heavy-equipment operator for the Cambria County highway department and coached Little League in Nanty Glo for two decades.

Surviving are his wife of 33 years, Patricia (Hudak) Hvozdovich; sons Michael of Nanty Glo and Andrew of Mechanicsburg; a granddaughter, Sophia; and his sister, Diane Yaworski of Vintondale.

Divine Liturgy of Christian Burial will be celebrated Tuesday at 10 a.m. at St. Mary Byzantine Catholic Church, Nanty Glo. Interment, St. Mary's Cemetery. Arrangements by the Hrabosky-Lenhart Funeral Home, Westmont Chapel.""",
gold=[]),

dict(guid="jst_hlfh_obit_20260514_weyand", pub="2026-05-14T15:45:00-04:00",
title="Mildred L. Weyand, 96",
body="""Mildred L. (Blough) Weyand, 96, of Jerome, entered into rest Tuesday, May 12, 2026, at Arbutus Park Manor.

Born January 9, 1930, in Conemaugh Township, Somerset County, she was the daughter of the late Harvey and Susie (Berkey) Blough. She was the widow of Ira Weyand, who died in 2009. Mildred was a lifelong member of the Maple Spring Church of the Brethren, where she taught the primary Sunday school class for 45 years and quilted every Wednesday with the Sisters' Aid Society. She kept the farm's books, canned everything that grew, and her shoofly pie was a fixture at every love feast.

She is survived by her daughter, Arlene, wife of Loren Berkebile, of Hollsopple; her son, Dale Weyand and his wife, Marcia, of Davidsville; seven grandchildren and fourteen great-grandchildren.

A memorial service will be held Saturday at 2 p.m. at the Maple Spring Church of the Brethren, Elder Nathan Custer officiating. Burial will be private in the church cemetery. Arrangements by the Hrabosky-Lenhart Funeral Home, Davidsville Chapel. Memorial gifts may be made to the Brethren Disaster Ministries.""",
gold=[("JST009", "survivor"), ("JST010", "survivor")]),

dict(guid="jst_hlfh_obit_20260721_brezovec", pub="2026-07-21T12:00:00-04:00",
title="Stella M. Brezovec, 81",
body="""Stella M. (Wnukowski) Brezovec, 81, of Lilly, died Sunday, July 19, 2026, at home.

She was born June 4, 1945, in Lilly, daughter of the late Stanley and Josephine Wnukowski. Stella worked for 27 years at the Cresson State Hospital laundry and later at the Loretto Sheetz. She was a member of Our Mother of Sorrows Parish and its Rosary Society.

She is survived by her husband of 59 years, Francis Brezovec; her daughters, Denise Hoover of Gallitzin and Julie (Mike) Semelsberger of Ashville; and five grandchildren. She was preceded in death by her brothers, Casimir and Walter Wnukowski, and her sister, Irene.

Mass of Christian Burial Thursday at 10 a.m. at Our Mother of Sorrows, Lilly. Interment, parish cemetery. Arrangements by the Hrabosky-Lenhart Funeral Home (Portage office).""",
gold=[]),
]
