"""Duchamp & Sons Funeral Home (Treme and Metairie chapels; Northshore chapel in Covington): funeral-home site,
HTML in content:encoded, a one-sentence plain description, slug guids (not permalinks). Hand-labelled."""

FEED = "dsf"
BASE = "msy_dsf_"  # guid prefix; the permalink is https://www.duchampandsons.example/obituaries/<slug>
ITEMS = [
dict(guid=BASE + "ferdinand-lacour-jr", pub="2026-02-16T10:15:00-06:00", title="Ferdinand Joseph \"Ferdie\" Lacour Jr. (1948 - 2026)",
body="""Ferdinand Joseph "Ferdie" Lacour Jr., a lifelong son of the Seventh Ward, entered into eternal rest on Thursday, February 12, 2026, at Touro Infirmary, one day after his 78th birthday. He was born in New Orleans on February 11, 1948, to the late Ferdinand Sr. and Octavia Lacour.

Ferdie was a plasterer by trade and a master of ornamental cornices; there are ceilings from Esplanade Avenue to St. Charles that carry his hand. He was a proud member of the Young Seventh Ward Social Aid & Pleasure Club for fifty years and never missed a second-line Sunday until his knees told him otherwise. He was a faithful parishioner of Corpus Christi-Epiphany Church.

He leaves to cherish his memory his devoted wife of 52 years, Yvonne Rousseve Lacour; his daughters, Monique Lacour Batiste (Dwight) and Andrea Lacour; his son, Ferdinand "Trey" Lacour III; his sister, Earline Lacour Ruffin (Melvin); seven grandchildren; two great-grandchildren; and a host of nieces, nephews, godchildren, cousins and friends. He was preceded in death by his parents and his brother, Wilfred Lacour.

Relatives and friends, members of the Young Seventh Ward SA&PC, and the Plasterers' Local 93 are invited to attend the Mass of Christian Burial on Saturday, February 21, 2026, at 10:00 a.m. at Corpus Christi-Epiphany Church, 2022 St. Bernard Ave. Deacon Augustin Perrilloux will preside. Visitation at 8:00 a.m. A jazz funeral procession with the Tremé Originals Brass Band will follow Mass. Pallbearers: Lionel Gaspard, Dwight Batiste, Kerwin Rousseve, Trey Lacour, Marcus Ruffin and Anthony Lacour. Repast to follow at the Club hall.""",
gold=[("MSY001", "deceased_client"), ("MSY002", "spouse_of_deceased_client"), ("MSY021", "survivor")]),

dict(guid=BASE + "odile-beauvais-marchand", pub="2026-03-03T09:40:00-06:00", title="Odile Beauvais Marchand (1931 - 2026)",
body="""Odile Beauvais Marchand, a gracious lady of Uptown New Orleans, died peacefully at home on Prytania Street on Saturday, February 28, 2026, at the age of 94.

Born in New Orleans to the late Dr. Étienne Beauvais and Lucille Dreux Beauvais, she was a graduate of the Academy of the Sacred Heart and Newcomb College. She reigned as Queen of the Krewe of Orpheon in 1950 and remained a devoted member of the Christ Church Cathedral altar guild, the Orleans Club and the Garden Study Club for more than sixty years.

She was the wife of the late Henri Marchand. She is survived by her son, Henri Marchand Jr. (Anne) of Houston; her niece, Caroline "Cary" Beauvais Montaigne (Chip) of New Orleans, who cared for her devotedly in her last years; three grandchildren; and four great-grandchildren. She was preceded in death by her brother, Dr. Paul Beauvais.

A funeral service will be held at Christ Church Cathedral, 2919 St. Charles Avenue, on Friday, March 6, at 11 a.m., with the Very Rev. Matthew Lorio officiating. Interment in Metairie Cemetery will be private. In lieu of flowers, the family suggests gifts to the Touro Infirmary Foundation.""",
gold=[("MSY009", "survivor"), ("MSY008", "survivor")]),

dict(guid=BASE + "alcide-sonny-cheramie", pub="2026-03-19T11:05:00-05:00", title="Alcide \"Sonny\" Cheramie (1937 - 2026)",
body="""Alcide "Sonny" Cheramie, 88, of Covington, a native of Golden Meadow, passed away on Monday, March 16, 2026, surrounded by his family.

Sonny ran shrimp boats out of Leeville for thirty years before moving the family to the Northshore in 1979, where he opened Sonny's Marine Repair on the Bogue Falaya. He could fix any outboard ever made and many that should not have been. He was a member of St. Peter Catholic Church and the Knights of Columbus.

He is survived by his son, Raymond "Ray" Cheramie of Covington; his daughter, Dolores Cheramie Pitre (Roy) of Abita Springs; his nephew, Clement "Clem" Landry (Rhonda) of Kenner, whom he raised as a son; nine grandchildren; and six great-grandchildren. He was preceded in death by his wife of 55 years, Ozite Landry Cheramie.

A Mass of Christian Burial will be celebrated at St. Peter Catholic Church, Covington, on Saturday at 11 a.m. Visitation from 9 a.m. Burial in St. Joseph Abbey Cemetery.""",
gold=[("MSY006", "survivor")]),

dict(guid=BASE + "wilhelmina-billie-rousseve", pub="2026-04-22T10:30:00-05:00", title="Wilhelmina \"Billie\" Rousseve (1934 - 2026)",
body="""Wilhelmina "Billie" Rousseve, 91, entered into eternal rest on Saturday, April 18, 2026. A native and lifelong resident of New Orleans, she was a retired educator who taught first grade at Joseph A. Craig Elementary for 33 years.

She was the beloved mother of Yvonne Rousseve Lacour, Kerwin Rousseve (Paulette) and the late Alvin Rousseve; grandmother of Monique, Andrea, Trey, Kerwin Jr. and Jasmine; and great-grandmother of four. She was preceded in death by her husband, Lloyd Rousseve, and by her son-in-law, Ferdinand "Ferdie" Lacour Jr., who was laid to rest only two months ago.

Relatives and friends are invited to attend the funeral Mass at St. Peter Claver Church, 1923 St. Philip St., on Monday, April 27, 2026, at 11 a.m. Visitation from 9 a.m. Interment in St. Louis Cemetery No. 2. A repast will follow at the church hall.""",
gold=[("MSY002", "survivor")]),

dict(guid=BASE + "terrence-michael-dumas", pub="2026-05-08T09:00:00-05:00", title="Terrence Michael Dumas (2003 - 2026)",
body="""Terrence Michael Dumas, 22, of Baton Rouge, was called home on Monday, May 4, 2026, as the result of an automobile accident on Interstate 12.

Terrence was a senior at Southern University majoring in mechanical engineering and played trumpet in the Human Jukebox marching band. He was a member of Living Faith Christian Center.

He is survived by his parents, Gerard and Lisa Dumas of Baton Rouge; his sisters, Kiana and Brielle; and his grandmother, Loretta Dumas of Zachary.

A celebration of life will be held on Saturday at 10 a.m. at Living Faith Christian Center, Baton Rouge. Arrangements by the Metairie chapel of Duchamp & Sons at the request of the family.""",
gold=[]),

dict(guid=BASE + "eulalie-lalie-naquin", pub="2026-06-10T09:20:00-05:00", title="Eulalie \"Lalie\" Landry Naquin (1935 - 2026)",
body="""Eulalie "Lalie" Landry Naquin, 90, of Kenner, a native of Houma, passed away on Sunday, June 7, 2026.

Lalie spoke Cajun French before she spoke English and never let her grandchildren forget it. She kept a garden of mirlitons and satsumas behind the house on Williams Boulevard for forty years, and her shrimp and okra gumbo won the St. Jerome fair three years running.

She is survived by her daughters, Marie Therese "Tess" Arceneaux of Metairie and Annette Naquin Guillot (Brent) of Luling; seven grandchildren; and ten great-grandchildren. She was preceded in death by her husband, Nolan Naquin, and her brothers, Ulysse and Alphe Landry.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Jerome Catholic Church, Kenner, with the Rev. Vincent Tregre celebrant. Pallbearers will be her grandsons and Terry Dumas. Interment in Garden of Memories.""",
gold=[("MSY005", "survivor")]),
]
