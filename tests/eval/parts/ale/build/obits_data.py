"""Obituaries for part ale, four house styles, hand-labelled (gold= beside each text)."""

# 1. The Big Bend Sentinel-Dispatch: weekly newspaper (Marfa / Presidio), plain text
SENTINEL = [
dict(guid="ale_sentinel_obit_20260312_01", pub="2026-03-12T07:00:00-05:00",
title="Consuelo Carrasco Ybarra, 88, of Presidio",
body="""Consuelo Carrasco Ybarra, 88, a lifelong resident of Presidio, passed away on Saturday, March 7, 2026, at the Presidio County nursing home in Marfa, surrounded by her family.

Consuelo was born on the Carrasco farm along the river road below Presidio, the eldest of nine children of the late Epifanio and Tomasa (Lujan) Carrasco. She worked for 31 years in the cafeteria of Presidio ISD, where generations of Blue Devils remember her burritos de chile colorado and her rule that no child left the line hungry.

She was preceded in death by her husband, Ramon Ybarra, in 2011, and by her brothers Jose, Candelario and Luis Carrasco.

She is survived by her sister, Hermelinda "Mela" Villalobos (Rosendo) of Presidio; her brother, Epifanio "Pifas" Carrasco of Presidio; her daughter, Norma Ybarra Lujan of Odessa; four grandchildren; and numerous nieces and nephews on both sides of the river.

A rosary will be recited at 7 p.m. Tuesday at Santa Teresa de Jesus Catholic Church, with the funeral Mass at 10 a.m. Wednesday. Burial will follow in the Presidio Cemetery.""",
gold=[("ALE002", "survivor"), ("ALE001", "survivor"), ("ALE016", "survivor")]),

dict(guid="ale_sentinel_obit_20260416_01", pub="2026-04-16T07:00:00-05:00",
title="Clement Wade Stroud, 22, of Alpine",
body="""Clement Wade Stroud, 22, of Alpine, died April 9, 2026, in a single-vehicle accident on Highway 118 south of town.

Clay, as everyone called him, was born in Alpine on June 3, 2003, to Wade and Kristy Stroud. He graduated from Alpine High School in 2021, where he roped for the rodeo team, and was in his last year at Sul Ross State University studying range and wildlife management. He was named for his grandfather Clem and carried the name proudly.

He is survived by his parents, Wade and Kristy Stroud of Alpine; his sister, Kaylee Stroud of Lubbock; his grandparents, Clem and Verna Stroud of Alpine; his great-uncle, Lyndon Kinnard Jr. of Fort Davis; and many friends from the Sul Ross rodeo program.

Services were held Monday at First Baptist Church of Alpine. Interment was in Elm Grove Cemetery.""",
gold=[("ALE021", "survivor"), ("ALE022", "survivor"), ("ALE003", "survivor")]),

dict(guid="ale_sentinel_obit_20260507_01", pub="2026-05-07T07:00:00-05:00",
title="Rosendo Villalobos Jr., 31, of Odessa",
body="""Rosendo "Rudy" Villalobos Jr., 31, of Odessa, passed away April 29, 2026, at Medical Center Hospital in Odessa after a brief illness.

Rudy was born in Odessa and worked as a pipefitter in the Permian Basin oil field. The Sentinel publishes this notice at the request of his family, who spent summers with relatives in Redford.

He is survived by his parents, Rosendo and Alma Villalobos of Odessa; his wife, Stephanie; two sons, Rosendo III and Mateo; and his grandmother, Refugia Villalobos of Redford.

A funeral Mass was celebrated May 4 at St. Joseph Catholic Church in Odessa.""",
gold=[]),

dict(guid="ale_sentinel_obit_20260604_01", pub="2026-06-04T07:00:00-05:00",
title="Ofelia Jurado, 94, of Fort Davis",
body="""Ofelia Morales Jurado, 94, went to be with the Lord on May 28, 2026, at her home in Fort Davis, where she had lived since 1953.

Born in Valentine to the late Trinidad and Eulalia Morales, she married Santiago Jurado in 1950, and together they raised their family in the little adobe house on Fort Street. She sewed the costumes for every Fort Davis Christmas pageant for forty years.

She was preceded in death by her husband, Santiago, and a son, Rogelio.

Survivors include her daughter, Beatriz "Betty" Samaniego of Fort Davis; her son, Gilbert Jurado and his wife, Nora, of Fort Davis; eight grandchildren and eleven great-grandchildren.

Pallbearers will be Harlan Pettigrew, Aaron Jurado, Joseph Samaniego, David Morales, Ruben Jurado and Tony Carrillo.

The rosary will be prayed Sunday evening at St. Joseph Catholic Church in Fort Davis, with Mass on Monday morning.""",
gold=[("ALE019", "survivor"), ("ALE020", "survivor")]),

dict(guid="ale_sentinel_obit_20260709_01", pub="2026-07-09T07:00:00-05:00",
title="Bernice Scarbrough Vance, 79, of Alpine",
body="""Bernice Scarbrough Vance, 79, of Alpine, died Thursday, July 2, 2026, at Big Bend Regional Medical Center.

She was born in Marathon to Floyd and Opal Scarbrough and taught home economics at Alpine High School for 28 years. She was a member of the Alpine Garden Club and never missed a Big Bend Ranch Rodeo.

She is survived by her son, Travis Vance of San Angelo; her sister, Doreen Kinnard and husband Lyndon of Fort Davis; and two grandchildren. She was preceded in death by her husband, Earl Vance, and her brother, Wayne Scarbrough.

A graveside service will be held at 10 a.m. Saturday at Elm Grove Cemetery, the Rev. Dale Whitcomb officiating.""",
gold=[("ALE004", "survivor"), ("ALE003", "survivor")]),

dict(guid="ale_sentinel_obit_20260813_01", pub="2026-08-13T07:00:00-05:00",
title="Caswell T. \"Cas\" Haverkamp, 85, of Marfa",
body="""Caswell Thomas "Cas" Haverkamp, 85, rancher, died peacefully at home on the Haverkamp Ranch north of Marfa on Sunday, August 9, 2026.

Cas was born in Valentine on February 9, 1941, to Otto and Lena Haverkamp, and grew up horseback on the family place in the Davis Mountains. He served in the U.S. Army in Germany, came home to run Herefords on the ranch for sixty years, and served two terms as a Presidio County commissioner.

He is survived by his wife of 61 years, Imogene (Tull) Haverkamp; sons Carl Haverkamp (Debbie) of Marfa and Lee Haverkamp of Amarillo; five grandchildren; and two great-grandchildren. He was preceded in death by his parents and his sister, Lorene.

Pallbearers will be his grandsons and Octavio de la Rosa and Rafael Anzaldua. Services will be held at 2 p.m. Friday at the Marfa United Methodist Church, the Rev. Jan Pruett officiating. Burial will be in the Marfa Cemetery.""",
gold=[("ALE007", "deceased_client"), ("ALE008", "spouse_of_deceased_client")]),
]

# 2. Trans-Pecos Funeral Home (Alpine, with chapels in Marfa and Fort Davis): HTML in content:encoded
FUNERAL_HOME = [
dict(guid="ale_tpfh_arturo-granados-1946-2026", pub="2026-02-20T10:15:00-06:00",
title="Arturo Granados (1946 - 2026)",
body="""Arturo "Turo" Granados, 80, of Alpine, passed from this life on February 16, 2026.

Turo was born in Shafter, the son of a silver miner, and spent forty years as a section foreman for the Southern Pacific and then the Union Pacific between Alpine and Sierra Blanca. He loved Sul Ross football, his garden of chiles and his dominoes on Saturday afternoons.

He is survived by his wife of 57 years, Socorro; his daughters, Lorena Leyva (Ernesto) of Alpine and Diana Granados of El Paso; his granddaughter, Marisol Leyva of Alpine; and three more grandchildren.

Rosary and funeral Mass at Our Lady of Peace Catholic Church, Alpine, Deacon Gilbert Jurado officiating. Pallbearers: Ignacio "Nacho" Prieto, Ernesto Leyva, Ruben Granados, Daniel Granados, Manuel Ortega and Luis Lujan. Dr. Tobias Rensch, a longtime neighbor, will give the eulogy.""",
gold=[("ALE017", "survivor")]),

dict(guid="ale_tpfh_ruben-bustamante-1968-2026", pub="2026-03-24T09:00:00-05:00",
title="Ruben Bustamante (1968 - 2026)",
body="""Ruben Bustamante, 58, of San Antonio, formerly of Alpine, died March 19, 2026, in San Antonio.

Ruben graduated from Alpine High School in 1986 and from Sul Ross, and taught history at Burbank High School in San Antonio for 30 years.

He is survived by his mother, Juanita "Janie" Bustamante of Alpine; his wife, Laura; a son, Gabriel; and his sister, Irene Bustamante Ruiz of Austin. He was preceded in death by his father, Ramiro Bustamante.

A funeral Mass will be celebrated at Our Lady of Peace Catholic Church in Alpine on Saturday, with burial in Holy Angels Cemetery beside his father.""",
gold=[("ALE011", "survivor")]),

dict(guid="ale_tpfh_harvey-teague-1940-2026", pub="2026-04-02T15:40:00-05:00",
title="Harvey Lee Teague (1940 - 2026)",
body="""Harvey Lee Teague, 86, of Marathon, died Sunday, March 29, 2026, at his home.

Harvey opened Teague's Feed & Supply on the highway in Marathon in 1968 and ran it until his son took over. He was a volunteer firefighter for 40 years and a deacon of the First Baptist Church of Marathon.

He is survived by his son, Roy Dale Teague and his wife, Pattie, of Marathon; a daughter, Connie Marsh of Fort Stockton; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife of 58 years, Dorothy.

Services at First Baptist Church of Marathon, Rev. Bill Haskins officiating. Pallbearers: Dwight Ellerbe, Travis Marsh, Cody Teague, Jimmy Fuentes, Rex Wilbanks and Sam Cordero.""",
gold=[("ALE012", "survivor")]),

dict(guid="ale_tpfh_amparo-de-la-rosa-1943-2026", pub="2026-05-21T11:05:00-05:00",
title="Amparo Olivas de la Rosa (1943 - 2026)",
body="""Amparo Olivas de la Rosa, 83, of Marfa, fell asleep in the Lord on May 17, 2026.

Born in Marfa, she worked 25 years at the Presidio County courthouse and was known across town for her tamales at Christmas, which she made by the hundred dozen with her comadres at Saint Mary's.

She is survived by her son, Octavio de la Rosa and his wife, Tina, of Marfa; her daughter, Graciela de la Rosa Mendez of Midland; a new granddaughter, Amparo Celeste, born in January and named for her; and four other grandchildren. She was preceded in death by her husband, Octavio de la Rosa Sr.

Rosary Thursday at 7 p.m. and funeral Mass Friday at 10 a.m. at Saint Mary's Catholic Church, Marfa.""",
gold=[("ALE014", "survivor"), ("ALE013", "survivor")]),

dict(guid="ale_tpfh_eldon-threlkeld-1935-2026", pub="2026-06-18T08:30:00-05:00",
title="Eldon Ray Threlkeld (1935 - 2026)",
body="""Eldon Ray Threlkeld, 90, of Lubbock, formerly of Alpine, died June 12, 2026, in Lubbock.

Eldon was a brand inspector for the Texas and Southwestern Cattle Raisers Association in the Big Bend for 30 years before moving to Lubbock to be near his daughter.

He is survived by his daughter, Sharon Threlkeld Combs of Lubbock; his niece, Pauline Threlkeld of Marfa; and three grandchildren. He was preceded in death by his wife, Wanda, and his brother, Lloyd Threlkeld.

Graveside services will be held at Elm Grove Cemetery in Alpine on Saturday at 10 a.m.""",
gold=[("ALE024", "survivor")]),

dict(guid="ale_tpfh_lyndon-kinnard-sr-1930-2026", pub="2026-07-23T14:00:00-05:00",
title="Lyndon Kinnard Sr. (1930 - 2026)",
body="""Lyndon Wesley Kinnard Sr., 96, of Fort Davis, died July 19, 2026, at the ranch in Limpia Canyon where he was born.

Mr. Kinnard ranched in Jeff Davis County for seventy years, served on the board of the Fort Davis State Bank and was a charter member of the Davis Mountains Hereford Association.

He is survived by his son, Lyndon Kinnard Jr. (Doreen) of Fort Davis; his daughter, Verna Stroud (Clem) of Alpine; five grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Inez, in 2009, and by his great-grandson, Clay Stroud, this spring.

Services will be held at the Fort Davis Union Church at 10 a.m. Saturday.""",
gold=[("ALE003", "survivor"), ("ALE004", "survivor"), ("ALE022", "survivor"), ("ALE021", "survivor")]),

dict(guid="ale_tpfh_rafael-anzaldua-trevino-1934-2026", pub="2026-08-27T09:45:00-05:00",
title="Rafael Anzaldúa Treviño (1934 - 2026)",
body="""Rafael Anzaldúa Treviño, 91, of Ojinaga, Chihuahua, died August 22, 2026, at his home across the river from Presidio.

Don Rafael was a saddle maker whose work is still ridden on ranches from Ojinaga to Fort Stockton.

He is survived by his children, Rafael Anzaldúa Nieto and Rosa María Anzaldúa, both of Ojinaga; his grandson and namesake, Rafael "Rafa" Anzaldúa of Marfa; and eleven other grandchildren.

A funeral Mass will be celebrated at the Catedral de Nuestra Señora de Guadalupe in Ojinaga; a memorial rosary will be prayed at Saint Mary's in Marfa on Thursday.""",
gold=[("ALE023", "survivor")]),
]

# 3. Parish bulletins: Santa Teresa de Jesus (Presidio) and St. Joseph (Fort Davis), plain text, bilingual
BULLETIN = [
dict(guid="ale_bulletin_santateresa_20260125", pub="2026-01-25T08:00:00-06:00",
title="Descanse en paz / Rest in peace: Eusebio Villalobos",
body="""Please pray for the repose of the soul of Eusebio Villalobos, 90, of Redford, who died January 19. Eusebio was the older brother of our parishioner Rosendo "Chendo" Villalobos. Please keep Chendo and Mela Villalobos and all the family in your prayers.

Oremos por el eterno descanso de Eusebio Villalobos. La misa de cuerpo presente sera el martes a las 10 de la manana. El rosario sera el lunes a las 7 de la noche.""",
gold=[("ALE001", "survivor"), ("ALE002", "survivor")]),

dict(guid="ale_bulletin_santateresa_20260301", pub="2026-03-01T08:00:00-06:00",
title="Oremos por Lupe Arredondo",
body="""Our parish family mourns María Guadalupe "Lupe" Arredondo, 24, of Presidio, who was killed February 22 in a car accident near Shafter. Lupe sang in the 11 o'clock choir since she was ten years old.

She leaves her parents, Jesús and Irma Arredondo, her brothers Jesús Jr. and Adrián, and her grandmother Refugio. The funeral Mass will be Friday at 10 a.m. Donations for the family may be left at the parish office.""",
gold=[]),

dict(guid="ale_bulletin_santateresa_20260503", pub="2026-05-03T08:00:00-05:00",
title="Eulalia Ontiveros - descanse en paz",
body="""Please remember in your prayers Eulalia Ontiveros, 81, who died April 27 at her home in Presidio. Dona Eulalia taught catechism here for 35 years.

She is survived by her daughter, Yesenia Prieto (Ignacio) of Presidio; her son, Arnulfo Ontiveros of Ojinaga; and seven grandchildren. Funeral Mass Wednesday, 10 a.m.

Pedimos oraciones por la familia Ontiveros y la familia Prieto.""",
gold=[("ALE010", "survivor"), ("ALE009", "survivor")]),

dict(guid="ale_bulletin_stjoseph_20260621", pub="2026-06-21T08:00:00-05:00",
title="St. Joseph, Fort Davis: In our prayers",
body="""Please pray for Refugio "Cuco" Samaniego, 80, of Fort Davis, who died June 15, and for his family. Cuco was the brother of the late Joe Samaniego.

He is survived by his wife, Dolores; his sons, Ramon and Eddie; and his sister-in-law, Betty Samaniego of Fort Davis. Deacon Gil Jurado will lead the rosary Monday at 7 p.m.; the funeral Mass is Tuesday at 10 a.m.""",
gold=[("ALE019", "survivor")]),
]

# 4. Permian Basin Courier paid death notices: terse, surname first
NOTICES = [
dict(guid="ale_pbc_dn_20260220_ellerbe", pub="2026-02-20T05:00:00-06:00",
title="ELLERBE, Dwight Allen",
body="""ELLERBE, Dwight Allen, 71, of Zanesville, Ohio, died Feb. 15, 2026. Retired from Ohio Power. Survived by wife Carol; daughters Amy and Beth. Arrangements by Bryan & Hardwick, Zanesville. Notice placed by his nephew, Todd Ellerbe of Midland.""",
gold=[]),

dict(guid="ale_pbc_dn_20260815_haverkamp", pub="2026-08-15T05:00:00-05:00",
title="Caswell T. \"Cas\" Haverkamp, 85, of Marfa",
body="""Caswell Thomas "Cas" Haverkamp, 85, rancher, died peacefully at home on the Haverkamp Ranch north of Marfa on Sunday, August 9, 2026.

Cas was born in Valentine on February 9, 1941, to Otto and Lena Haverkamp, and grew up horseback on the family place in the Davis Mountains. He served in the U.S. Army in Germany, came home to run Herefords on the ranch for sixty years, and served two terms as a Presidio County commissioner.

He is survived by his wife of 61 years, Imogene (Tull) Haverkamp; sons Carl Haverkamp (Debbie) of Marfa and Lee Haverkamp of Amarillo; five grandchildren; and two great-grandchildren. He was preceded in death by his parents and his sister, Lorene.

Pallbearers will be his grandsons and Octavio de la Rosa and Rafael Anzaldua. Services will be held at 2 p.m. Friday at the Marfa United Methodist Church, the Rev. Jan Pruett officiating. Burial will be in the Marfa Cemetery.""",
gold=[]),

dict(guid="ale_pbc_dn_20260916_bustamante", pub="2026-09-16T05:00:00-05:00",
title="BUSTAMANTE, Juanita",
body="""BUSTAMANTE, Juanita, Alpine, died Sept. 14, 2026. Arrangements pending with Trans-Pecos Funeral Home, Alpine.""",
gold=[("ALE011", "possible_deceased_client")]),
]

ITEMS = SENTINEL + FUNERAL_HOME + BULLETIN + NOTICES
