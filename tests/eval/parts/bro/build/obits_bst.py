"""The Border Star (Brownsville daily), obituaries: legacy-style titles, plain-text descriptions. Hand-labelled."""

FEED = "bst"
ITEMS = [
dict(guid="bro_bst_obit_2026_0211", pub="2026-02-12T05:30:00-06:00",
title="Orville Haugen Obituary (1941 - 2026) - Bemidji, MN and Port Isabel, TX - The Border Star",
body="""Orville Magnus Haugen, 84, of Bemidji, Minnesota, and for the past nineteen winters of Port Isabel, died Sunday, February 8, 2026, at Valley Regional Medical Center in Brownsville after a short illness.

Orville was born on a dairy farm near Bagley, Minnesota, and taught industrial arts at Bemidji High School for 31 years. After he retired he and his late wife, Lorraine, followed his sister south and became Winter Texans. At the RV park on Highway 100 he was the man with the tool belt, and there is hardly a screen door in Lot Row C he did not rehang. He fished the Laguna Madre every morning the wind allowed and claimed he never once bought a redfish.

He is survived by his sister, Arlene (Dale) Brekke of Port Isabel; his sons, Mark Haugen of Fargo and Steven Haugen of Duluth; and five grandchildren. He was preceded in death by his wife of 52 years, Lorraine, and by his brother, Harold.

A memorial gathering will be held at 2 p.m. Saturday at the park clubhouse. A funeral service will be held in Bemidji in May.""",
gold=[("BRO008", "survivor"), ("BRO007", "survivor")]),

dict(guid="bro_bst_obit_2026_0317", pub="2026-03-18T05:30:00-05:00",
title="Rogelio Cavazos III Obituary (2002 - 2026) - Brownsville, TX - The Border Star",
body="""Rogelio "Rudy" Cavazos III, 23, of Brownsville, was called home on Saturday, March 14, 2026, as the result of a motorcycle accident on Boca Chica Boulevard.

Rudy graduated from Homer Hanna High School in 2020 and was in his second year as an apprentice electrician. He was a Cowboys fan in a family of Texans fans, and he never let anyone forget it. He played bass in a conjunto with his cousins and could make his grandfather laugh at the dinner table until Grandma told them both to behave.

He is survived by his parents, Rogelio Cavazos Jr. and Diana (Lerma) Cavazos of Brownsville; his sister, Adriana Cavazos; his grandparents, Rogelio "Roy" Cavazos Treviño and Herminia Villarreal Cavazos of Brownsville, and Rosa Lerma of Port Isabel; his girlfriend, Kassandra Tijerina; and many aunts, uncles and cousins.

Visitation will be held Thursday from 5 to 9 p.m. at Garza Memorial Funeral Home, with a rosary at 7 p.m. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at the Immaculate Conception Cathedral. Pallbearers will be his cousins.""",
gold=[("BRO001", "survivor"), ("BRO002", "survivor")]),

dict(guid="bro_bst_obit_2026_0409", pub="2026-04-10T05:30:00-05:00",
title="Eliseo Garza Obituary (1939 - 2026) - Los Fresnos, TX - The Border Star",
body="""Eliseo Garza, 86, of Los Fresnos, passed away peacefully at home on Tuesday, April 7, 2026, surrounded by his family.

Eliseo was born in Los Fresnos to the late Pedro and Amalia Garza and farmed cotton and grain sorghum on the same land his father cleared. He served in the U.S. Army in Germany and was a member of American Legion Post 390 for sixty years. He loved his mesquite smoker, the Los Fresnos Falcons and, above all, his grandchildren.

He is survived by his wife of 63 years, Ofelia; his daughters, Norma Zamora (Memo) of Los Fresnos and Irma Tamez of Rancho Viejo; his son, Eliseo Garza Jr. of Houston; eleven grandchildren and four great-grandchildren; his sister, Oralia Barrera, and her husband, Homero Barrera, of Brownsville. He was preceded in death by his brothers, Pedro Jr. and Arnoldo.

Visitation will be held Friday from 4 to 9 p.m. at Los Fresnos Funeral Home, with a rosary at 7 p.m. Funeral Mass will be at 10 a.m. Saturday at St. Mary's Catholic Church, Los Fresnos, with burial with military honors at Los Fresnos Cemetery.""",
gold=[("BRO010", "survivor"), ("BRO009", "survivor")]),

dict(guid="bro_bst_obit_2026_0514", pub="2026-05-15T05:30:00-05:00",
title="Ernesto Garza Obituary (1948 - 2026) - Corpus Christi, TX - The Border Star",
body="""Ernesto Garza, 77, of Corpus Christi, formerly of Kingsville, died Monday, May 11, 2026, at Christus Spohn Hospital Shoreline.

Ernesto worked thirty-four years at the Naval Air Station Kingsville as an aircraft mechanic and later coached Little League in Flour Bluff for two decades. He is remembered by his players as the coach who bought the snow cones win or lose.

He is survived by his wife, Gloria; his sons, Ernesto Jr. and David, both of Corpus Christi; and seven grandchildren. He was preceded in death by his parents and his brother, Rubén.

Services were held in Corpus Christi. The family placed this notice for friends in the Valley, where he spent every childhood summer with his grandparents in Harlingen.""",
gold=[]),

dict(guid="bro_bst_obit_2026_0612", pub="2026-06-13T05:30:00-05:00",
title="Yolanda Marie Salinas Obituary (1996 - 2026) - San Benito, TX - The Border Star",
body="""Yolanda Marie Salinas, 29, of San Benito, passed away on Wednesday, June 10, 2026, after a courageous two-year battle with leukemia.

Yolanda was a 2014 graduate of San Benito High School and earned her nursing degree from UT Rio Grande Valley. She worked in the neonatal unit at Valley Baptist Medical Center in Harlingen, where the parents of her tiniest patients called her "la angelita."

She is survived by her husband, Christopher Ruiz; her parents, José "Joe" and Irma Salinas of San Benito; her brothers, Joey and Marcos Salinas; and her grandmother, Anita Salinas.

Visitation will be held Sunday at Thomae-Garza Funeral Home in San Benito, with a rosary at 7 p.m. A Mass of Christian Burial will follow Monday at Our Lady of Mount Carmel Catholic Church.""",
gold=[]),

dict(guid="bro_bst_obit_2026_0818", pub="2026-08-19T05:30:00-05:00",
title="Consuelo Olivarez Obituary (1940 - 2026) - Brownsville, TX - The Border Star",
body="""Consuelo "Chelo" Rendón Olivarez, 85, of Brownsville, went home to be with the Lord on Sunday, August 16, 2026.

Chelo was born in Matamoros, Tamaulipas, and crossed the river as a girl of twelve. For thirty-one years she ran the cafeteria at Cummings Middle School, and two generations of Brownsville children knew her by the way she said "mijo" when she handed over an extra tortilla. She sang alto in the choir at Sacred Heart Church for more than fifty years.

She is survived by her daughters, Rosa Olivarez Peña and Dora Olivarez; her son, Javier Olivarez and his wife, Linda; her sister, Aurora Rendón of San Antonio; nine grandchildren and six great-grandchildren. She was preceded in death by her husband of 48 years, Efraín Olivarez, and by her parents.

Visitation will be held Thursday from 5 to 9 p.m. at Darling-Mouser Funeral Home, with a rosary at 7 p.m. A funeral Mass will be celebrated at 9 a.m. Friday at Sacred Heart Church, with the Rev. Tomás Villanueva giving the eulogy at the family's request. Pallbearers will be Baltazar Hinojosa, Javier Olivarez Jr., Roberto Peña, Efraín Peña, Marco Olivarez and Daniel Rendón.""",
gold=[("BRO011", "deceased_client")]),
]
