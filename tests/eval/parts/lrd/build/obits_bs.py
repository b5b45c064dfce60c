"""The Laredo Border Sentinel (invented daily): obituaries and paid death notices, legacy-style titles
("Name Obituary (1929 - 2026) - Laredo, TX - Laredo Border Sentinel"), plain text. Hand-labelled."""

FEED = "bs"
ITEMS = [
dict(guid="lrd_bs_obit_20260112_0031", pub="2026-01-12T06:10:00-06:00",
title="Eleuterio Barrientos Sr. Obituary (1929 - 2026) - Laredo, TX - Laredo Border Sentinel",
body="""Eleuterio Barrientos Sr., 96, of Laredo, went home to the Lord on Friday, January 9, 2026, at his home in the Heights, surrounded by his family.

He was born on April 2, 1929, in Guerrero Viejo, Tamaulipas, and came to Laredo as a boy when the family crossed with two mules and a sewing machine. He worked forty-one years for the Missouri Pacific and later the Union Pacific railroad, retiring as a yard foreman, and for decades he was the man who fixed every neighbor's swamp cooler on Zacatecas Street for the price of a cold Big Red.

He was preceded in death by his beloved wife of 64 years, Guadalupe "Lupe" Barrientos; his parents, Anacleto and Refugio Barrientos; and his brother, Nemesio.

He is survived by his son, Eleuterio "Lolo" Barrientos Jr. (Maricela) of Laredo; his daughters, Irma Barrientos Salazar (Arnulfo) of San Antonio and Norma Linda Barrientos of Dallas; eleven grandchildren and nineteen great-grandchildren.

Pallbearers will be Arnulfo Salazar, Teo Sciaraffa, Rene Barrientos, Joel Barrientos, Marco Salazar and David Barrientos.

Visitation will be held Tuesday from 5 to 9 p.m. with a rosary at 7 p.m. at Funeraria Los Laureles. A Mass of Christian Burial will be celebrated Wednesday at 10 a.m. at Nuestra Señora del Río Bravo Catholic Church, with interment at Calvary Catholic Cemetery.""",
gold=[("LRD003", "survivor"), ("LRD004", "survivor")]),

dict(guid="lrd_bs_obit_20260203_0077", pub="2026-02-03T06:05:00-06:00",
title="Baudelio Arizpe III Obituary (2001 - 2026) - Laredo, TX - Laredo Border Sentinel",
body="""Baudelio "Beto" Arizpe III, 24, of Laredo, was called home on Saturday, January 31, 2026, following a motorcycle accident on Mines Road.

Beto was born on September 17, 2001, in Laredo and graduated from United High School in 2019, where he played trumpet in the marching band. He was a diesel mechanic at a trucking yard on the north side and was saving to open his own shop. He could not pass a stray dog without feeding it.

He is survived by his parents, Baudelio Arizpe Jr. and Sandra Arizpe; his sister, Daniela Arizpe; his grandparents, Baudelio "Lelo" and Herlinda Arizpe of Laredo, and Tomasa Garza of Roma; and his girlfriend, Kassandra Reyna.

Visitation will be Wednesday from 5 to 9 p.m., with a rosary at 7 p.m., at Funeraria Los Laureles. A funeral Mass will be celebrated Thursday at 9:30 a.m. at Our Lady of Guadalupe Catholic Church.""",
gold=[("LRD001", "survivor"), ("LRD002", "survivor")]),

dict(guid="lrd_bs_obit_20260221_0102", pub="2026-02-21T06:15:00-06:00",
title="Wenceslao Mireles Obituary (1938 - 2026) - Laredo, TX - Laredo Border Sentinel",
body="""Wenceslao "Wency" Mireles, 87, of Laredo, passed away on Wednesday, February 18, 2026, at Laredo Medical Center.

Wency was born on September 28, 1938, in Laredo to the late Pablo and Esperanza Mireles. He served in the U.S. Army in Germany and then ran Mireles Upholstery on Chihuahua Street for fifty years; half the church pews and most of the quinceañera thrones in east Laredo passed through his hands.

He is survived by his wife of 61 years, Perla Anzaldúa Mireles; his sons, Pablo Mireles (Sonia) and Gilberto Mireles; his daughter, Esperanza "Hope" Mireles Cantú (Javier); nine grandchildren and four great-grandchildren.

A rosary will be prayed Monday at 7 p.m. at Funeraria Los Laureles. Mass of Christian Burial will be Tuesday at 10 a.m. at Holy Redeemer Catholic Church, followed by interment with military honors at Calvary Catholic Cemetery.""",
gold=[("LRD020", "deceased_client"), ("LRD021", "spouse_of_deceased_client")]),

dict(guid="lrd_bs_obit_20260310_0144", pub="2026-03-10T06:00:00-05:00",
title="Octavio Zertuche Obituary (1946 - 2026) - San Antonio, TX - Laredo Border Sentinel",
body="""Octavio Zertuche, 79, of San Antonio, passed away on March 6, 2026, in San Antonio.

Octavio was born in the old town of Zapata before it was flooded by Falcon Lake and moved to San Antonio in 1968, where he worked for Kelly Air Force Base for 34 years. He loved Spurs basketball, conjunto music and his Saturday menudo at Mi Tierra.

He is survived by his wife of 54 years, Beatriz Zertuche of San Antonio; his sons, Octavio Jr. and Marco Antonio, both of San Antonio; his sister, Yoli Pruneda of Hebbronville; and six grandchildren.

Services will be held at Porter Loring Mortuary North in San Antonio. Interment will be at Fort Sam Houston National Cemetery.""",
gold=[("LRD017", "survivor")]),

dict(guid="lrd_bs_obit_20260405_0191", pub="2026-04-05T06:20:00-05:00",
title="Ramón Ugarte Salinas Obituary (1934 - 2026) - Laredo, TX - Laredo Border Sentinel",
body="""Ramón Ugarte Salinas, 91, of Laredo, passed away peacefully on April 2, 2026.

Born in Sabinas Hidalgo, Nuevo León, Don Ramón owned a tortillería on Santa Maria Avenue for forty years and was a founding member of the Club de Leones de Laredo.

He is survived by his wife, Eustolia Ugarte; his sons, Héctor Ugarte of Laredo and Ramón Ugarte Jr. of Corpus Christi; his grandson, Ramón Ugarte III of Houston; and many nieces and nephews on both sides of the river.

Visitation and rosary will be held Sunday at Rose Hill Funeral Chapel. The funeral Mass will be Monday at San Agustín Cathedral.""",
gold=[]),

dict(guid="lrd_bs_notice_20260519_0240", pub="2026-05-19T06:05:00-05:00",
title="Gumersindo Rendón - Death Notice - Laredo, TX - Laredo Border Sentinel",
body="""RENDÓN, Gumersindo, of Laredo, died Sunday, May 17, 2026. Arrangements are pending with Funeraria Los Laureles.""",
gold=[("LRD022", "possible_deceased_client")]),

dict(guid="lrd_bs_obit_20260614_0288", pub="2026-06-14T06:10:00-05:00",
title="Aurora Quiroga Lozano Obituary (1941 - 2026) - Laredo, TX - Laredo Border Sentinel",
body="""Aurora Quiroga Lozano, 84, of Laredo, entered eternal rest on June 11, 2026.

A seamstress at the Farah plant until it closed, Aurora sewed every first-communion dress in her family for three generations and never once charged for a hem.

She is survived by her son, Estanislao "Tanis" Quiroga of Laredo; her daughter, Marisela Quiroga Fuentes of Nuevo Laredo, Tamaulipas; her comadre of sixty years, Chayo Benavides; and seven grandchildren.

A rosary will be prayed Tuesday at 7 p.m. at Funeraria Los Laureles, and the funeral Mass will be celebrated Wednesday at 10 a.m. at Nuestra Señora del Río Bravo.""",
gold=[]),
]
