"""Elko Basin Courier (invented daily): newspaper obituaries, plain-text descriptions. Hand-labelled."""

ITEMS = [
dict(guid="elk_courier_obit_0112", pub="2026-01-12T06:10:00-08:00",
title="Mercedes Larralde, 94, of Elko",
body="""Mercedes Larralde, 94, of Elko passed away peacefully on Thursday, Jan. 8, 2026, at Highland Manor with her daughter holding her hand.

Mercedes was born Nov. 2, 1931, in Elizondo, Navarra, Spain, and came to Elko in 1952 as the bride of sheepman Fermin Larralde. For thirty years she cooked for the boarders at the old Overland Hotel, and for thirty more she taught half of Elko County how to make chorizo at the Elko Basque Club's annual festival.

She is survived by her daughter, Maite (Jean Pierre) Etcheberry of Elko; her son, Xavier Larralde of Reno; six grandchildren and nine great-grandchildren. She was preceded in death by her husband, Fermin, in 1998, and by her sister, Josefa.

A rosary will be recited at 7 p.m. Monday and a Funeral Mass celebrated at 10 a.m. Tuesday at St. Joseph's Catholic Church, Father Anselmo Garro officiating. Burial will follow at Elko City Cemetery. In lieu of flowers, the family suggests donations to the Elko Basque Club scholarship fund.""",
gold=[("ELK002", "survivor"), ("ELK001", "survivor")]),

dict(guid="elk_courier_obit_0309", pub="2026-03-09T06:05:00-08:00",
title="Emmett James Holtzclaw, 19, of Twin Falls",
body="""Emmett James Holtzclaw, 19, of Twin Falls, Idaho, died Tuesday, March 3, 2026, in a vehicle accident on U.S. 93 south of Rogerson.

Emmett was born Aug. 7, 2006, in Twin Falls and graduated from Canyon Ridge High School in 2024, where he roped calves and played left tackle. He was working toward his lineman's certificate at the College of Southern Idaho.

He is survived by his parents, Kirk and Shawna Holtzclaw of Twin Falls; his sister, Brynlee; and his grandparents, Ron and Deb Holtzclaw of Buhl. He was preceded in death by his great-grandfather, Walt Holtzclaw.

Services will be held Saturday at the Twin Falls Reformed Church.""",
gold=[]),

dict(guid="elk_courier_obit_0417", pub="2026-04-17T06:00:00-07:00",
title="Opal Mae Kimsey, 84, formerly of Wells",
body="""Opal Mae Kimsey, 84, of Ely, who grew up on a ranch in Clover Valley outside Wells, died April 13, 2026, at William Bee Ririe Hospital.

Opal taught third grade in Ely for 31 years. She never missed a Wells Fourth of July parade until her knees gave out, and even then she watched from a lawn chair on Seventh Street.

Survivors include her sister, Winnie Ostrander of Wells; her nephews, Gary and Russ Ostrander; and many cousins across White Pine and Elko counties. She was preceded in death by her husband, Calvin Kimsey; her parents, Roy and Ethel Kimsey; and her brother-in-law, Harold Ostrander.

Graveside services will be held at the Wells Cemetery on Saturday at 11 a.m.""",
gold=[("ELK005", "survivor")]),

dict(guid="elk_courier_obit_0520", pub="2026-05-20T06:15:00-07:00",
title="Jean Pierre Etcheberry, 97, of Bakersfield",
body="""Jean Pierre Etcheberry, 97, of Bakersfield, California, a sheepman who trailed bands from the San Joaquin to the Sierra for sixty summers, died May 14, 2026.

Born in Banca, in the French Basque Country, he herded sheep in Elko County as a young man for the Arregui outfit before settling in Kern County in 1956.

He is survived by his wife of 70 years, Gracianne; his sons, Michel and Pierre; and his nephew and namesake, Jean Pierre "JP" Etcheberry (Maite) of Elko, who spent his boyhood summers in his uncle's sheep camps.

A Mass will be celebrated at St. Francis of Assisi in Bakersfield; the Kern County Basque Club will host a meal afterward.""",
gold=[("ELK001", "survivor"), ("ELK002", "survivor")]),

dict(guid="elk_courier_obit_0622", pub="2026-06-22T06:05:00-07:00",
title="Dale Arvid Rasmusson, 58, of Wendover",
body="""Dale Arvid Rasmusson, 58, of Wendover, Utah, died unexpectedly June 18, 2026, at his home.

Dale worked 33 years on the casino floor and later in maintenance at the Peppermill and Rainbow in West Wendover, and he never turned down a card game or a chance to fix a neighbor's swamp cooler.

He is survived by his mother, Lucy Rasmusson, of Wendover; his daughter, Kaylee Rasmusson of Tooele; and two grandsons. He was preceded in death by his father, Arvid Rasmusson.

Services will be held at the LDS chapel in West Wendover on Saturday.""",
gold=[("ELK022", "survivor")]),

dict(guid="elk_courier_obit_0811", pub="2026-08-11T06:10:00-07:00",
title="Virgil Lee Dunnagan, 82, of Carlin",
body="""Virgil Lee Dunnagan, 82, of Carlin, a railroad man and a Carlin volunteer firefighter for 40 years, died Aug. 7, 2026, in Elko.

Virgil worked for the Southern Pacific and then the Union Pacific out of Carlin until 2005. He was proudest of the grandkids and of the 1977 fire department softball team.

Virgil is survived by his son, Rex Dunnagan of Battle Mountain; his grandson, Tyrel Dunnagan and wife Kasey of Elko, and their new baby girl, his first great-grandchild; and his granddaughter, Jessa Dunnagan of Reno. He was preceded in death by his wife, Norma, and his brother, Wayne.

Funeral services will be held at the Carlin Community Center with Pastor Duane Ketchum officiating. Interment at Carlin Cemetery.""",
gold=[("ELK010", "survivor"), ("ELK009", "survivor")]),

dict(guid="elk_courier_obit_0914", pub="2026-09-14T06:00:00-07:00",
title="Teodoro 'Ted' Aldazabal, 85, of Carlin",
body="""Teodoro "Ted" Aldazabal, 85, of Carlin died Wednesday, Sept. 9, 2026, at Northeastern Nevada Regional Hospital in Elko, surrounded by his family.

Ted was born Feb. 3, 1941, in Lekeitio, Bizkaia, and came to Nevada at 19 to herd sheep in the Independence Mountains. He later drove haul truck and ran a shovel at the Carlin Trend mines for 28 years. He danced the jota at every Elko National Basque Festival he could walk to.

He is survived by his wife of 61 years, Consuelo (Iribarne) Aldazabal of Carlin; his sons, Mikel of Spring Creek and Andoni of Boise; and five grandchildren. He was preceded in death by his parents and his brother, Josu.

A Funeral Mass will be celebrated at 11 a.m. Monday at St. Joseph's Catholic Church in Elko. Pallbearers will be Del Honeycutt, Jean Pierre Etcheberry, Mikel Aldazabal Jr., Tony Arriaga, Bill Sustacha and Lonnie Reese. Burial will follow at Carlin Cemetery.""",
gold=[("ELK006", "deceased_client"), ("ELK007", "spouse_of_deceased_client")]),
]
