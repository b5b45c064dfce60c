"""Sangre de Cristo Funeral Home & Mortuary (South Valley / Rio Rancho): Hispano New Mexican family obituaries,
teaser description + HTML content:encoded. Hand-labelled."""

FEED = "sdc"
ITEMS = [
dict(guid="abq_sdc_obit_260114_0412", pub="2026-01-14T10:20:00-07:00", title="Adelaida Lucero Gurulé (1928 - 2026)",
body="""Adelaida Lucero Gurulé, 97, of the South Valley, went to be with our Lord on Sunday, January 11, 2026, surrounded by her family at the home on Atrisco Drive where she raised eight children.

Adelaida was born July 3, 1928, in Los Padillas to Fermín and Manuelita (Chávez) Lucero. She married the love of her life, Ambrosio Gurulé Sr., at San José Church in 1947. For thirty years she made tortillas every morning at dawn, and no grandchild ever left her kitchen hungry. She was devoted to San Martín de Porres and led the rosary at every velorio in the parish for more than half a century.

She is survived by her daughter, Cipriana "Sippy" Archibeque (Eloy Sr.) of Albuquerque; her son, Ambrosio "Brosie" Gurulé of Albuquerque; her daughter, Teodora Gurulé Padilla of Belen; her granddaughter, Vangie Trujillo and her husband Ray of Rio Rancho; 17 other grandchildren, 29 great-grandchildren and 4 great-great-grandchildren. She was preceded in death by her husband, Ambrosio Sr., her sons Fermín and Rudy, and her daughter Lupe.

Rosary will be recited Thursday, January 15, at 6:30 p.m. at Sangre de Cristo South Valley Chapel, 2900 Isleta Blvd SW. Mass of Christian Burial will be celebrated Friday at 10 a.m. at San José Catholic Church. Pallbearers: Darrell Yellowhorse, Eloy Archibeque Jr., Matthew Padilla, Gabriel Gurulé, Isaac Trujillo and Josué Padilla.""",
gold=[("ABQ002", "survivor"), ("ABQ001", "survivor"), ("ABQ017", "survivor"), ("ABQ020", "survivor"), ("ABQ021", "survivor")]),

dict(guid="abq_sdc_obit_260220_0437", pub="2026-02-20T11:05:00-07:00", title="Tranquilino \"Lino\" Sedillo Sr. (1931 - 2026)",
body="""Tranquilino "Lino" Sedillo Sr., 94, a lifelong resident of the North Valley, passed away peacefully on February 17, 2026.

Lino was born on the feast of San Isidro, May 15, 1931, in Los Griegos, and farmed the same acequia-fed chile and alfalfa fields his grandfather had worked. He served in the U.S. Army in Korea and then spent 31 years at Kirtland Air Force Base as a heavy-equipment mechanic. Every May he carried the santo of San Isidro through the fields for the blessing of the crops, and he did it until he was 90.

He is survived by his son, Tranquilino "Lino" Sedillo Jr. and his wife Lola of Albuquerque; his daughters, Margarita Sedillo Baca of Los Ranchos and Ofelia Sedillo of Denver; nine grandchildren and eleven great-grandchildren. He was preceded in death by his beloved wife of 61 years, Florencia, and by his brother, Abrán.

Rosary Monday, February 23, 7 p.m., and Funeral Mass Tuesday, 10 a.m., both at Our Lady of Guadalupe Church, 1860 Griegos Rd NW. Interment with military honors at Santa Fe National Cemetery.""",
gold=[("ABQ011", "survivor"), ("ABQ012", "survivor")]),

dict(guid="abq_sdc_obit_260309_0459", pub="2026-03-09T09:40:00-07:00", title="Benito Ulibarri (1937 - 2026)",
body="""Benito Ulibarri, 88, of Rio Rancho, formerly of Mora, entered into eternal rest on March 5, 2026.

Benito was born in Mora on November 2, 1937, the seventh of eleven children of Eliseo and Perfecta Ulibarri. He came down to Albuquerque to work for the Santa Fe Railway shops and stayed 35 years. In retirement he built beautiful trasteros and bultos in his garage, and his carving of San Rafael hangs in the church at Cleveland, N.M.

Benito is survived by his daughter, Angie Sisneros and her husband, Benny, of Rio Rancho; his son, Eliseo Ulibarri of Las Vegas, N.M.; his sisters, Priscilla Maestas and Orlinda Romero, both of Mora; and six grandchildren. He was preceded in death by his wife, Rumalda, in 2019.

Mass of Christian Burial will be offered Thursday, March 12, at 10 a.m. at St. Thomas Aquinas Church in Rio Rancho. Burial will follow at the family cemetery in Mora.""",
gold=[("ABQ003", "survivor"), ("ABQ004", "survivor")]),

dict(guid="abq_sdc_obit_260402_0481", pub="2026-04-02T15:30:00-06:00", title="Juan Bautista Apodaca (2006 - 2026)",
body="""Juan Bautista Apodaca, 19, of Los Lunas, was called home far too soon on March 29, 2026.

"JuanBa" was born March 11, 2006, in Albuquerque and graduated from Los Lunas High School in 2024, where he wrestled at 152 pounds and never once missed a practice. He was studying welding at Central New Mexico Community College and working weekends at his uncle's tire shop. He loved lowriders, his abuela's posole and the Dallas Cowboys, in that order.

He is survived by his parents, Juan and Yolanda Apodaca of Los Lunas; his sisters, Alyssa and Marisa; his grandparents, Reynaldo and Lucy Apodaca of Tomé; and more cousins than anyone could count.

Rosary and Funeral Mass will be held Monday, April 6, at 10 a.m. at San Clemente Catholic Church in Los Lunas.""",
gold=[]),

dict(guid="abq_sdc_obit_260511_0502", pub="2026-05-11T10:00:00-06:00", title="Henrietta Mae Brackenridge (1934 - 2026)",
body="""Henrietta Mae Brackenridge, 91, of Rio Rancho, died May 7, 2026, at home, with her daughter holding her hand.

Born in Amarillo, Texas, on August 19, 1934, Henrietta came to Albuquerque in 1961 when her husband, Walter, took a job at Sandia Laboratories. She taught second grade at Zia Elementary for 27 years and was known up and down the Westside for her sourdough.

She is survived by her daughter, Becky Brackenridge of Corrales, and her son, Walt Brackenridge Jr. (Denise) of Tulsa, Okla.; and three grandchildren. She was preceded in death by Walter in 2012.

A memorial service will be held at 2 p.m. Saturday, May 16, at Sangre de Cristo Rio Rancho Chapel. In lieu of flowers, please consider a gift to Roadrunner Food Bank.""",
gold=[("ABQ010", "survivor")]),
dict(guid="abq_sdc_obit_260428_0490", pub="2026-04-28T12:10:00-06:00", title="Graciela Tafoya Montaño (1940 - 2026)",
body="""Graciela "Chela" Tafoya Montaño, 86, of Bernalillo, went to rest in the Lord on April 19, 2026, at Presbyterian Hospital.

Chela was born February 17, 1940, in Algodones to Ignacio and Luz Tafoya. She married Salomón Montaño in 1959 and together they ran Montaño's Feed & Hardware on Camino del Pueblo for forty years. She danced in the Matachines procession for the Fiestas de San Lorenzo as a girl and sewed the danzantes' coronas for decades afterward.

She is survived by her sons, David Montaño (Theresa) of Bernalillo and Lorenzo Montaño of Albuquerque; her daughter, Yvonne Montaño Lucero of Placitas; eleven grandchildren and nine great-grandchildren. She was preceded in death by her husband, Salomón, in 2014, and by her brothers, Ignacio Jr. and Eusebio Tafoya.

Rosary Thursday, April 30, 7 p.m., and Mass of Christian Burial Friday, May 1, 10 a.m., at Our Lady of Sorrows Church, Bernalillo. Burial at Our Lady of Sorrows Cemetery.""",
gold=[("ABQ015", "deceased_client")]),

dict(guid="abq_sdc_obit_260617_0533", pub="2026-06-17T14:00:00-06:00", title="Wilson Yellowhorse (1953 - 2026)",
body="""Wilson Yellowhorse, 72, of Rio Rancho, passed away June 13, 2026, at the Albuquerque VA Medical Center.

Wilson was born December 1, 1953, at Crownpoint, N.M. He is Kinyaa'áanii (Towering House) clan, born for Tó'aheedlíinii (Water Flows Together). He served in the U.S. Marine Corps and then worked 30 years as an electrician at the Intel plant in Rio Rancho. He was a gourd dancer and a devoted fan of the Lobos.

He is survived by his son, Darrell Yellowhorse of Rio Rancho; his daughter, Renita Yellowhorse Begay of Farmington; his sisters, Ella and Nora; and four grandchildren. He was preceded in death by his wife, Carmelita, and his parents.

Services will be held at 11 a.m. Saturday, June 20, at Sangre de Cristo Rio Rancho Chapel, with burial with military honors at Santa Fe National Cemetery.""",
gold=[("ABQ016", "survivor")]),
]
