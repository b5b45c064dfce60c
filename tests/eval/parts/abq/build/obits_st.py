"""Albuquerque Sun-Tribune obituaries: metro daily, legacy-style titles, plain text; includes Pueblo family
obituaries (Kewa / Santo Domingo, Isleta). Hand-labelled."""

FEED = "st"
ITEMS = [
dict(guid="abq_st_obit_2026_0115", pub="2026-01-30T05:30:00-07:00", title="Delbert Coriz Obituary (1949 - 2026) - Santo Domingo Pueblo, NM - Albuquerque Sun-Tribune",
body="""Delbert Coriz, 76, of Kewa (Santo Domingo) Pueblo, began his journey to the spirit world on January 26, 2026.

Delbert was born April 8, 1949, at Santo Domingo Pueblo, to the late Juan Rey and Felicita Coriz. He was a member of the Turquoise Kiva and served his people as a tribal councilman and as lieutenant governor. He was a heishi and turquoise jeweler whose necklaces were sold under the portal of the Palace of the Governors in Santa Fe for more than forty years, and he took first place at Indian Market in 1988.

He is survived by his wife of 52 years, Rosalie (Calabaza) Coriz; his sons, Marvin and Stanley Coriz; his daughters, Loretta Coriz and Bernadette Tenorio (Jerome); his brother, Andy Coriz; 14 grandchildren and 6 great-grandchildren, all of Santo Domingo Pueblo.

Traditional services were held at Santo Domingo Pueblo. The family thanks the staff of the Santo Domingo Health Center for their kindness.""",
gold=[("ABQ008", "deceased_client"), ("ABQ009", "spouse_of_deceased_client")]),

dict(guid="abq_st_obit_2026_0162", pub="2026-03-25T05:30:00-06:00", title="Lorenzo Jojola Obituary (1941 - 2026) - Isleta Pueblo, NM - Albuquerque Sun-Tribune",
body="""Lorenzo "Larry" Jojola, 84, of Isleta Pueblo, was called home by our Creator on Saturday, March 21, 2026.

Lorenzo was born January 5, 1941, at Isleta and grew up farming along the river with his grandfather. He worked for the BIA roads department for 33 years, and he was a fixture at the feast of San Agustín every August, where he sang with the men's society well into his seventies. He made the best horno bread in the village, and he would tell you so himself.

Lorenzo is survived by his daughter, Ernestina "Tina" Lente and her husband, Virgil, of Isleta; his son, Tobias "Toby" Jojola of Isleta; his sister, Cecilia Abeita; eight grandchildren and three great-grandchildren. He was preceded in death by his wife, Josephine, and his son, Gilbert.

A rosary was held Monday evening at the family home. Funeral Mass was celebrated at St. Augustine Church, Isleta Pueblo, with burial in the pueblo cemetery.""",
gold=[("ABQ006", "survivor"), ("ABQ007", "survivor")]),

dict(guid="abq_st_obit_2026_0190", pub="2026-04-18T05:30:00-06:00", title="Darrell Yellowhorse Obituary (2002 - 2026) - Shiprock, NM - Albuquerque Sun-Tribune",
body="""Darrell James Yellowhorse, 23, of Shiprock, died April 12, 2026, in a rollover accident near Newcomb.

He was born September 9, 2002, in Shiprock, to Lenora Yellowhorse and the late James Nez. He is of the Tódích'íi'nii (Bitter Water) clan, born for the Tł'ízí łání (Many Goats) clan. Darrell graduated from Shiprock High School, where he was a state-qualifying cross-country runner, and was a second-year student at Navajo Technical University.

He is survived by his mother, Lenora; his brothers, Kyle and Dwayne; his grandmother, Ella Yellowhorse of Sanostee; and many relatives.

Services will be held at 10 a.m. Thursday at the Shiprock Chapter House, with burial at the family plot.""",
gold=[]),

dict(guid="abq_st_obit_2026_0211", pub="2026-05-06T05:30:00-06:00", title="Dermot Francis O'Keeffe Obituary (1945 - 2026) - Santa Fe, NM - Albuquerque Sun-Tribune",
body="""SANTA FE - Dermot Francis O'Keeffe, 80, who came to Santa Fe from County Cork by way of Boston and never once considered leaving, died May 2, 2026, at Christus St. Vincent hospital.

Dermot was born March 17, 1945 - "naturally," he would say - in Skibbereen, Ireland. He taught English at St. Michael's High School for 34 years and was a founding member of the Santa Fe Irish Music Session, which still meets Thursday nights on Water Street.

He is survived by his daughter, Siobhan O'Keeffe of Santa Fe; his son, Liam O'Keeffe of Portland, Ore.; his sister, Nuala Hegarty of Cork; and two grandchildren. His wife, Maureen, preceded him in death in 2020.

A Funeral Mass will be celebrated at 11 a.m. Friday, May 8, at the Cathedral Basilica of St. Francis of Assisi, followed by a reception at Rosario Cemetery Chapel.""",
gold=[("ABQ018", "survivor")]),

dict(guid="abq_st_obit_2026_0240", pub="2026-06-01T05:30:00-06:00", title="Ramona Vigil Obituary (1939 - 2026) - Santa Fe, NM - Albuquerque Sun-Tribune",
body="""Ramona Archuleta Vigil, 86, of Santa Fe's Agua Fría village, went home to the Lord on May 28, 2026.

Ramona was born in Chimayó on February 14, 1939, and made her first pilgrimage to the Santuario on foot at age nine; she walked it again every Good Friday for 70 years. She worked as a seamstress for La Fonda for 25 years and sewed first-communion dresses for half the girls of the parish of San Isidro.

She is survived by her daughter, Gloria C de Baca and her husband, Sam, of Santa Fe; her son, Ernesto Vigil (Irene) of Española; seven grandchildren and ten great-grandchildren. She was preceded in death by her first husband, Juan Bautista Apodaca, in 1961, her second husband, Federico Vigil, in 2005, and her brother, Abel Archuleta.

Rosary will be recited Wednesday, June 3, at 7 p.m. at San Isidro Church, Agua Fría, with the Funeral Mass Thursday at 10 a.m. Interment at Rosario Cemetery.""",
gold=[("ABQ014", "survivor"), ("ABQ013", "survivor")]),

dict(guid="abq_st_obit_2026_0171", pub="2026-03-31T05:30:00-06:00", title="Pablita Calabaza Obituary (1930 - 2026) - Santo Domingo Pueblo, NM - Albuquerque Sun-Tribune",
body="""Pablita Calabaza, 95, of Kewa (Santo Domingo) Pueblo, peacefully left us to join her loved ones on March 27, 2026.

Pablita was born at Santo Domingo on October 4, 1930, the feast of St. Francis. She was a potter in the old Kewa style, with black-on-cream birds and rain clouds, and she taught three generations of her family to gather and process clay from the hills west of the village. She sold her pottery at the Santo Domingo Feast Day every August 4 for over sixty years.

She is survived by her daughters, Rosalie Coriz and Marie Calabaza Lovato (Phillip); her son, Ben Calabaza; 16 grandchildren, 31 great-grandchildren and 5 great-great-grandchildren. She was preceded in death by her husband, Santiago Calabaza; her son, Raymond; and her son-in-law, Delbert Coriz, who passed in January.

Traditional services were held at Santo Domingo Pueblo.""",
gold=[("ABQ009", "survivor")]),
]
