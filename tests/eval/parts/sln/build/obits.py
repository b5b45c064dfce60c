"""Hand-written obituaries for part sln, four house styles. gold=[(client_id, role)] beside each text."""

# 1. Central Plains Courier (daily newspaper, Salina): plain text, legacy-style titles
CPC = [
dict(guid="sln_cpc_obit_20260114_301", pub="2026-01-14T05:30:00-06:00",
     title="Gladys Regier Obituary (1928 - 2026) - Moundridge, KS - Central Plains Courier",
     body="""Gladys (Penner) Regier, 97, of Moundridge, died Sunday, January 11, 2026, at Moundridge Manor.

She was born March 2, 1928, on a farm near Goessel to Jacob and Aganetha (Wiens) Penner. She married Edwin Regier in 1947 at Alexanderwohl Mennonite Church; he preceded her in death in 2009. Gladys quilted for the Mennonite Central Committee relief sale for more than fifty years.

Survivors include her daughter, Marlys Voth and her husband, Harlan, of Salina; a son, Dwight Regier of Newton; seven grandchildren and eleven great-grandchildren.

She was preceded in death by her husband, two brothers and a sister.

Funeral will be 10:30 a.m. Friday at First Mennonite Church, Moundridge. Pallbearers will be her grandsons and Curtis Dreiling. Memorials to MCC Kansas in care of Prairie Rose Funeral Chapel.""",
     gold=[("SLN002", "survivor"), ("SLN001", "survivor")]),

dict(guid="sln_cpc_obit_20260303_318", pub="2026-03-03T05:30:00-06:00",
     title="Delbert Unruh Obituary (1942 - 2026) - McPherson, KS - Central Plains Courier",
     body="""Delbert "Del" Unruh, 84, of McPherson, passed away Saturday, February 28, 2026, at McPherson Hospital surrounded by family.

Del was born January 9, 1942, in Galva, the son of Henry and Katharina (Koehn) Unruh. He graduated from Canton-Galva High School and served in the Kansas Army National Guard. He worked 38 years at the McPherson refinery and retired as a shift supervisor. On June 3, 1964, he married LaVonne Schrag at Hoffnungsau Mennonite Church.

Survivors include his wife of 61 years, LaVonne, of the home; two sons, Gary (Pam) Unruh of Wichita and Todd Unruh of Lenexa; a daughter, Lisa Harms of Hesston; and six grandchildren.

He was preceded in death by his parents and a brother, Milton.

Funeral service will be 2 p.m. Thursday at Trinity Mennonite Church, McPherson, with the Rev. Joel Bergquist officiating. Burial in McPherson Cemetery.""",
     gold=[("SLN005", "deceased_client"), ("SLN006", "spouse_of_deceased_client")]),

dict(guid="sln_cpc_obit_20260209_309", pub="2026-02-09T05:30:00-06:00",
     title="Rodney Brungardt Sr. Obituary (1943 - 2026) - Victoria, KS - Central Plains Courier",
     body="""Rodney L. Brungardt Sr., 82, of Victoria, died Friday, February 6, 2026, at HaysMed.

Rod was born April 19, 1943, in Victoria to Alois and Theresa (Dinkel) Brungardt. He farmed south of Victoria all his life and was a member of the Basilica of St. Fidelis and the Knights of Columbus.

Survivors include his wife, Rita, of the home; a son, Rod Brungardt Jr. (Janelle) of Salina; a daughter, Angela Schmidtberger of Hays; a brother, Leonard Brungardt of Ellis; and five grandchildren.

Vigil service 7 p.m. Tuesday and Mass of Christian Burial 10 a.m. Wednesday at the Basilica of St. Fidelis, Victoria.""",
     gold=[("SLN008", "survivor"), ("SLN009", "survivor")]),

dict(guid="sln_cpc_obit_20260317_322", pub="2026-03-17T05:30:00-05:00",
     title="Mary Beth Stucky Obituary (1967 - 2026) - Goshen, IN - Central Plains Courier",
     body="""Mary Beth Stucky, 58, of Goshen, Indiana, died March 13, 2026, at Goshen Hospital after a long illness.

She was born in Elkhart, Indiana, and taught third grade in the Goshen Community Schools for 30 years. She spent summers as a girl with cousins near Pretty Prairie.

Survivors include her husband, Dale Stucky of Goshen; two daughters in Indiana; and a brother, Neil Graber of Kalona, Iowa.

Services were held in Goshen.""",
     gold=[]),

dict(guid="sln_cpc_obit_20260402_331", pub="2026-04-02T05:30:00-05:00",
     title="Fern Ehrhardt Obituary (1934 - 2026) - Abilene, KS - Central Plains Courier",
     body="""Fern M. Ehrhardt, 91, of Abilene, died Monday, March 30, 2026, at Village Manor.

Fern was born Dec. 8, 1934, in Dickinson County to Otto and Lena (Boese) Kasselman. She married Lloyd Ehrhardt in 1955; they farmed near Talmage until 1990, when they moved into Abilene.

Survivors include a son, Dean Ehrhardt of Chapman; a sister-in-law, Wilma Kasselman of Abilene; and several nieces and nephews.

She was preceded in death by her husband; her parents; and brothers Vernon Kasselman and Harold Kasselman.

Funeral will be 10 a.m. Saturday at Martin-Becker-Carlson Chapel, Abilene.""",
     gold=[("SLN007", "survivor")]),

dict(guid="sln_cpc_obit_20260421_338", pub="2026-04-21T05:30:00-05:00",
     title="Tanner Ostlund Obituary (2003 - 2026) - Lindsborg, KS - Central Plains Courier",
     body="""Tanner Eugene Ostlund, 22, of Lindsborg, died Friday, April 17, 2026, in a vehicle accident near Marquette.

Tanner was born Oct. 2, 2003, in McPherson, the son of Eric and Kari (Nelson) Ostlund. He was named for his grandfather. He graduated from Smoky Valley High School in 2022, where he wrestled and sang in the Messiah chorus, and was a lineman apprentice for a rural electric cooperative.

Survivors include his parents, of Lindsborg; a sister, Linnea Ostlund of Manhattan; grandparents Gene and Carol Ostlund of Lindsborg and Diane Nelson of Marquette.

Funeral will be 11 a.m. Saturday at Bethany Lutheran Church, Lindsborg.""",
     gold=[("SLN019", "survivor")]),
]

# 2. Prairie Rose Funeral Chapels (Salina, McPherson, Abilene): HTML in content:encoded, permalink guids
PRFC = [
dict(guid="sln_prfc_astrid-lundeen", pub="2026-02-19T10:10:00-06:00", title="Astrid Holmquist Lundeen",
     body="""Astrid Holmquist Lundeen, 88, of Lindsborg, went home to her Lord on Tuesday, February 17, 2026, at Bethany Home.

Astrid was born in Lindsborg to Carl and Hulda Holmquist and graduated from Bethany College in 1959. She taught piano to two generations of Smoky Valley children and sang in the Bethany Oratorio Society's Messiah for 55 years.

She is survived by her sister, Dottie Engstrand of Lindsborg; her niece, Ingrid Sjogren and husband Tory of Lindsborg; and nephews in Minnesota and Colorado.

She was preceded in death by her husband, Roy Lundeen, and a brother, Arvid Holmquist.

Services will be at 2 p.m. Monday at Bethany Lutheran Church, with Pastor Joel Bergquist officiating.""",
     gold=[("SLN012", "survivor"), ("SLN004", "survivor"), ("SLN003", "survivor")]),

dict(guid="sln_prfc_melvin-hett", pub="2026-03-25T09:40:00-05:00", title="Melvin R. Hett",
     body="""Melvin Ray Hett, 79, of Salina, died Sunday, March 22, 2026, at Salina Regional Health Center.

Mel was born in Bennington and worked for the Union Pacific for 34 years. He coached Little League at Bill Burke Park for many summers.

Survivors include his wife, Darla, of the home; a daughter, Tessa Gierhart (Brandon) of Salina; a son, Kyle Hett of Olathe; and three grandchildren, including Nora Gierhart.

The family wishes to thank Dr. Priya Raghunathan and the nurses of the fourth floor for their kindness.

Memorial service 10 a.m. Saturday at Prairie Rose Funeral Chapel, Salina.""",
     gold=[("SLN017", "survivor"), ("SLN018", "survivor")]),

dict(guid="sln_prfc_graciela-santos-de-aguirre", pub="2026-04-08T11:05:00-05:00", title="Graciela Santos de Aguirre",
     body="""Graciela Santos de Aguirre, 86, of Salina, died peacefully on Sunday, April 5, 2026, at home.

Graciela was born in Jerez, Zacatecas, Mexico, and came to Salina in 1961 with her husband, Augustin Aguirre, who worked for the Missouri Pacific. She was a member of Sacred Heart Cathedral and the Guadalupanas, and her tamales were famous at the parish fiesta.

Survivors include her sons, Gus Aguirre (Lupe) of Salina and Ramon Aguirre of Garden City; a daughter, Rosa Delgado of Dodge City; 12 grandchildren; and 9 great-grandchildren.

She was preceded in death by her husband and a grandson.

Rosary 7 p.m. Thursday and Mass of Christian Burial 10 a.m. Friday at Sacred Heart Cathedral.""",
     gold=[("SLN011", "survivor")]),

dict(guid="sln_prfc_rosalie-pfannenstiel", pub="2026-05-06T08:50:00-05:00", title="Rosalie Pfannenstiel",
     body="""Rosalie A. Pfannenstiel, 90, of Salina, died Monday, May 4, 2026, at Kenwood View.

She was born near Hays to Joseph and Mary (Leiker) Dreher, and worked in the cafeteria at St. Mary's Grade School for 25 years.

Survivors include a son, Lorne Pfannenstiel of Salina; a daughter, Jean Wasinger of Hays; and four grandchildren.

Pallbearers will be Kirby Wedel, Dean Wasinger, Nick Wasinger and Jake Pfannenstiel.

Mass of Christian Burial 10 a.m. Friday at St. Mary Queen of the Universe.""",
     gold=[]),

dict(guid="sln_prfc_arnold-wedel", pub="2026-06-10T13:20:00-05:00", title="Arnold Wedel",
     body="""Arnold J. Wedel, 88, of Abilene, died June 8, 2026, at Abilene Memorial Hospital.

Arnold opened Wedel Hardware on Buckeye Avenue in 1951 with his father and worked behind the counter until he was 85.

He is survived by his son, Kirby (Shonda) Wedel of Abilene; a daughter, Joyce Frey of Salina; five grandchildren and two great-grandchildren.

Funeral 10:30 a.m. Saturday at Trinity Lutheran Church, Abilene. Memorials to the Dickinson County Historical Society.""",
     gold=[("SLN013", "survivor"), ("SLN014", "survivor")]),

dict(guid="sln_prfc_leland-schrag", pub="2026-07-15T10:00:00-05:00", title="Leland Schrag",
     body="""Leland Schrag, 87, of Moundridge, died July 12, 2026, at Pine Village.

Leland farmed east of Moundridge and served on the board of the Moundridge co-op elevator for 20 years.

Survivors include his wife, Erna; a son, Mark Schrag of Moundridge; and a sister, LaVonne Unruh of McPherson.

He was preceded in death by his parents; a brother, Willard; and brothers-in-law Del Unruh and Ervin Goering.

Funeral 2 p.m. Friday at Eden Mennonite Church.""",
     gold=[("SLN006", "survivor")]),
]

# 3. Smoky Hill Death Notices: brief paid notices, surname-first headings
SHDN = [
dict(guid="sln_shdn_2026_0412", pub="2026-04-12T07:00:00-05:00", title="RIEDEL, Marcella",
     body="""RIEDEL, Marcella, Solomon. Passed away April 10, 2026. Arrangements pending with Danner Funeral Home, Abilene.""",
     gold=[("SLN020", "possible_deceased_client")]),
dict(guid="sln_shdn_2026_0306", pub="2026-03-06T07:00:00-06:00", title="UNRUH, Delbert \"Del\"",
     body="""Delbert "Del" Unruh, 84, of McPherson, passed away Saturday, February 28, 2026, at McPherson Hospital surrounded by family. Del was born January 9, 1942, in Galva. Survivors include his wife of 61 years, LaVonne, of the home; two sons, Gary (Pam) Unruh of Wichita and Todd Unruh of Lenexa; a daughter, Lisa Harms of Hesston; and six grandchildren. Funeral 2 p.m. Thursday at Trinity Mennonite Church, McPherson.""",
     gold=[]),  # later copy of sln_cpc_obit_20260303_318: labelled on the earlier copy only
dict(guid="sln_shdn_2026_0128", pub="2026-01-28T07:00:00-06:00", title="HEINRICHS, Walter J.",
     body="""HEINRICHS, Walter J., 80, Inman, died Jan. 25, 2026. Survived by wife Elsie; daughter Janelle Brungardt and husband Rod, Salina; son Brent, Inman. Service 10 a.m. Saturday, Bethel Mennonite Brethren Church, Inman.""",
     gold=[("SLN009", "survivor"), ("SLN008", "survivor")]),
dict(guid="sln_shdn_2026_0519", pub="2026-05-19T07:00:00-05:00", title="VOTH, Harlan D.",
     body="""VOTH, Harlan D., 76, Newton, died May 16, 2026. Survived by wife Darlene; sons Keith and Marvin, both of Newton. Service 2 p.m. Thursday, First Mennonite Church, Newton.""",
     gold=[]),
]

# 4. Bethany Lutheran Church, Lindsborg: weekly bulletin prayer list, plain text
BLC = [
dict(guid="sln_blc_bulletin_20260301_a", pub="2026-03-01T08:00:00-06:00", title="In our prayers: the family of Signe Sjogren",
     body="""Please keep in your prayers Tory and Ingrid Sjogren and their family, on the death of Tory's mother, Signe Sjogren, 97, who died February 25 at Bethany Home. Signe was a member of this congregation for 80 years. Her funeral was Friday; lunch was served by the Dorcas circle. "Jesus, still lead on." """,
     gold=[("SLN003", "survivor"), ("SLN004", "survivor")]),
dict(guid="sln_blc_bulletin_20260531_a", pub="2026-05-31T08:00:00-05:00", title="Entered into rest: Dottie Engstrand",
     body="""Our sister in Christ Dorothea "Dottie" Engstrand (née Lind), born June 4, 1933, entered into eternal rest on May 27, just days short of her 93rd birthday. Dottie taught Sunday school here for forty years and was the widow of Walter Engstrand. She is survived by nieces and nephews. Her funeral will be Tuesday at 11 a.m. in the sanctuary with Pastor Joel Bergquist presiding.""",
     gold=[("SLN012", "deceased_client")]),
dict(guid="sln_blc_bulletin_20260614_a", pub="2026-06-14T08:00:00-05:00", title="Sympathy to Pastor Bergquist",
     body="""Our sympathy to Pastor Joel Bergquist and Ruth on the death of Joel's brother, Carl Bergquist, 70, of Cokato, Minnesota, who died June 9 after a long illness. Cards may be left in the church office and will be sent on to the family.""",
     gold=[("SLN021", "survivor")]),
]

ITEMS = CPC + PRFC + SHDN + BLC
