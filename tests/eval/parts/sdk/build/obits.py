"""Obituaries for the sdk part (Erie County, Ohio), three house styles. Hand-labelled (`gold=` beside each text).

REG: the Sandusky Bay Register (daily newspaper), plain text.
FH:  Kuhlman-Frey Funeral Home (Sandusky, Huron and Milan chapels), HTML in content:encoded.
DN:  Firelands paid death notices (brief, surname-first), plain text; one later copy of an FH obituary.
"""

REG = [
dict(guid="sdk_reg_obit_260113", pub="2026-01-15T06:00:00-05:00", title="Anna M. Brugnone",
body="""Anna Maria Brugnone, 94, of Sandusky, passed away Tuesday, Jan. 13, 2026, at Firelands Regional Medical Center.

She was born Sept. 2, 1931, in Sandusky to Salvatore and Concetta (Rizzo) Lombardo. She married Vincenzo Brugnone in 1951 at Sts. Peter and Paul Church; he preceded her in death in 2009. Anna worked at the Sandusky Foundry lunch counter for 22 years and was famous on First Street for her pizzelles.

Survivors include her daughter, Phyllis (Len) Hoffacker of Sandusky; her son, Vincent Brugnone of Tampa, Fla.; five grandchildren and nine great-grandchildren.

In addition to her husband she was preceded in death by a sister, Josephine Lombardo.

Mass of Christian Burial will be 10 a.m. Saturday at Sts. Peter and Paul Church. Kuhlman-Frey Funeral Home is assisting the family.""",
gold=[("SDK002", "survivor"), ("SDK001", "survivor")]),

dict(guid="sdk_reg_obit_260322", pub="2026-03-24T06:00:00-04:00", title="Stephen J. Szabo",
body="""Stephen J. Szabo, 88, of Sandusky, died Sunday, March 22, 2026, at Stein Hospice.

Steve was born in 1937 in Sandusky to Janos and Ilona Szabo and grew up on the east side. He retired from Ford's Sandusky plant after 35 years and bowled Tuesdays at Sunnyside Lanes well into his eighties.

He is survived by his wife of 60 years, Marilyn; his sister, Dolores "Dee" Kromwell of Huron; two sons, Gary (Lisa) Szabo of Perkins Township and Dean Szabo of Columbus; and four grandchildren.

He was preceded in death by his parents; a brother, Frank Szabo; and a brother-in-law, Robert Kromwell.

Friends may call 4-7 p.m. Thursday at the Kuhlman-Frey Funeral Home, Sandusky.""",
gold=[("SDK003", "survivor")]),

dict(guid="sdk_reg_obit_260409", pub="2026-04-11T06:00:00-04:00", title="Craig A. Mutchler",
body="""Craig Allen Mutchler, 34, of Huron, died unexpectedly Thursday, April 9, 2026.

He was born Feb. 19, 1992, in Sandusky and graduated from Huron High School in 2010. Craig was a deckhand with a Lake Erie charter service and coached youth hockey at the Huron Boat Basin rink.

He is survived by his parents, Ronald and Deb Mutchler of Huron; his daughter, Kinsley; his brother, Kyle Mutchler of Norwalk; and his grandmother, June Mutchler of Berlin Heights.

A celebration of life will be held 2 p.m. Saturday at the Huron Playhouse.""",
gold=[]),

dict(guid="sdk_reg_obit_260502", pub="2026-05-05T06:00:00-04:00", title="Theodore J. Kalizewski",
body="""Theodore J. "Teddy" Kalizewski, 81, of Sylvania, formerly of Sandusky, died Saturday, May 2, 2026, at ProMedica Toledo Hospital.

He was born in Sandusky in 1944 and served in the U.S. Navy before a 30-year career with Toledo Edison.

He is survived by his wife, Carol; his daughters, Amy Kalizewski and Jill (Brian) Nowak, both of Sylvania; and his nephew, Ted Kalizewski of Sandusky, who was named for him.

Mass will be 11 a.m. Friday at St. Joseph Church, Sylvania.""",
gold=[("SDK014", "survivor")]),

dict(guid="sdk_reg_obit_260611", pub="2026-06-13T06:00:00-04:00", title="Harold W. Buckenmeyer",
body="""Harold W. Buckenmeyer, 86, of Milan, passed away Thursday, June 11, 2026, at his home surrounded by his family.

Harold was born March 14, 1940, in Milan Township to Walter and Edna (Gasteier) Buckenmeyer. He farmed on Mason Road for more than 50 years, served on the Milan-Edison school board, and never missed the Milan Melon Festival parade.

He is survived by his wife of 61 years, Ilene (Faber) Buckenmeyer; his sons, Dale (Cindy) of Milan and Brian of Norwalk; his daughter, Lynn (Greg) Hauser of Berlin Heights; eight grandchildren and three great-grandchildren.

He was preceded in death by his parents and his sister, Marjorie Gasteier.

Services will be 11 a.m. Tuesday at Milan Christ Lutheran Church with the Rev. Philip Kessling officiating. Pallbearers will be his grandsons and Curtis Vogelsang. Burial in Milan Cemetery.""",
gold=[("SDK009", "deceased_client"), ("SDK010", "spouse_of_deceased_client")]),

dict(guid="sdk_reg_obit_260707", pub="2026-07-09T06:00:00-04:00", title="Frieda L. Lutz",
body="""Frieda Louise Lutz, 90, of Vermilion, died Tuesday, July 7, 2026, at the Vermilion Manor.

Born in Lorain, she married Eugene Lutz in 1955 and kept the books for Lutz Marine on the Vermilion River for 40 years.

She is survived by her daughter, Karen (Jerry) Zieroff of Vermilion; her son, Mark Lutz of Amherst; and her granddaughter, Emma Zieroff.

She was preceded in death by her husband, Eugene.

Visitation 3-6 p.m. Sunday at the Riverside chapel in Vermilion; funeral 10 a.m. Monday at St. Mary Church, Vermilion.""",
gold=[("SDK005", "survivor"), ("SDK004", "survivor")]),

dict(guid="sdk_reg_obit_260818", pub="2026-08-20T06:00:00-04:00", title="Joseph P. Heyman",
body="""Joseph Paul Heyman, 77, of Port Clinton, died Tuesday, Aug. 18, 2026, at Magruder Hospital.

Joe ran the island ferry dock at Catawba for years and knew every walleye hole between Port Clinton and Kelleys Island.

Surviving are his wife, Sandra; his brother, Doug (Pat) Heyman of Kelleys Island; and nieces and nephews.

A funeral service will be 1 p.m. Monday at the Port Clinton chapel.""",
gold=[("SDK020", "survivor")]),
]

FH = [
dict(guid="sdk_fh_sciarappa_loretta", pub="2026-02-03T15:00:00-05:00", title="Loretta C. Sciarappa (1936 - 2026)",
body="""Loretta Carmela Sciarappa, 89, of Sandusky, entered into eternal rest on Sunday, February 1, 2026.

Loretta was born in Sandusky to Italian immigrant parents and was a lifelong member of Holy Angels Parish, where she ran the spaghetti dinner kitchen for three decades.

She is survived by her sons, Anthony "Tony" (Mary Beth) Sciarappa of Sandusky and Dominic Sciarappa of Cleveland; her grandchildren, Nicole, Anthony Jr. and Gina; and her dear friend, Philomena Russo.

She was preceded in death by her husband, Carmen, and her brother, Rocco DiFranco.

Family will receive friends Thursday 4 to 7 p.m. at the funeral home. Mass of Christian Burial Friday 10 a.m. at Holy Angels Church. In lieu of flowers, memorial contributions may be made to Stein Hospice.""",
gold=[("SDK007", "survivor"), ("SDK006", "survivor")]),

dict(guid="sdk_fh_eckstein_helen", pub="2026-02-19T14:00:00-05:00", title="Helen R. Eckstein (1930 - 2026)",
body="""Helen Rose Eckstein, 95, of Berlin Heights, passed away peacefully on February 17, 2026.

A retired Berlin Heights elementary teacher, Helen taught three generations of the village to read.

Helen is survived by her nieces, Joyce Eckstein of Huron and Paula Eckstein Moore of Akron, and by her cousin, Ruth Gasteier.

She was preceded in death by her brothers, Carl and Norman Eckstein.

A graveside service will be held in the spring at Berlin Heights Cemetery.""",
gold=[("SDK017", "survivor")]),

dict(guid="sdk_fh_ortiz_ramon", pub="2026-03-10T16:00:00-05:00", title="Ramón Ortiz Santiago (1953 - 2026)",
body="""Ramón Ortiz Santiago, 72, of Sandusky, went home to the Lord on Saturday, March 7, 2026, surrounded by his family.

Born in Cayey, Puerto Rico, Ramón came to Sandusky in 1972 to work at the Cedar Point kitchens and later retired from the Sandusky Foundry.

He is survived by his wife, Carmen Delgado de Ortiz; his daughter, Marisol Ortiz of Sandusky; his son, Javier Ortiz of Lorain; and six grandchildren.

Visitation Thursday 5 to 8 p.m. at the funeral home. Mass Friday 11 a.m. at St. Mary Church, Sandusky, with the Rev. Philip Kessling assisting.""",
gold=[("SDK019", "survivor")]),

dict(guid="sdk_fh_whitcomb_bernard", pub="2026-04-22T13:00:00-04:00", title="Bernard F. Whitcomb (1934 - 2026)",
body="""Bernard F. "Bud" Whitcomb, 91, of Huron, died Monday, April 20, 2026, at Ohio Veterans Home.

Bud was a Korea-era Army veteran and a founding member of the Huron Boat Basin commission.

He is survived by his daughter, Nadine Whitcomb-Feller of Huron, and his grandsons, Eric and Travis Feller.

He was preceded in death by his wife, Doris, and his son-in-law, Kenneth Feller.

Military honors will be rendered at 11 a.m. Saturday at the Huron chapel.""",
gold=[("SDK011", "survivor")]),

dict(guid="sdk_fh_wiedemann_gertrude", pub="2026-05-19T12:00:00-04:00", title="Gertrude A. Wiedemann (1929 - 2026)",
body="""Gertrude Anna Wiedemann, 96, of Milan, died Saturday, May 16, 2026.

She was the last charter member of the Milan Garden Club and a volunteer at the Milan Historical Museum for 40 years.

She is survived by her nephews, Karl Wiedemann of Fremont and Otto Wiedemann of Fort Myers, Fla.

Funeral services will be held 10 a.m. Thursday at the Milan chapel with the Rev. Philip Kessling officiating. Casket bearers will be Warren Pfanner, Karl Wiedemann, Otto Wiedemann and Tom Gasteier. Burial will follow in Milan Cemetery.""",
gold=[]),

dict(guid="sdk_fh_hoffacker_leonard", pub="2026-06-02T17:00:00-04:00", title="Leonard J. Hoffacker (2003 - 2026)",
body="""Leonard James "L.J." Hoffacker, 22, of Sandusky, died Saturday, May 30, 2026, as the result of a motorcycle accident.

L.J. graduated from Sandusky High School in 2021 and was an apprentice electrician with IBEW Local 129. He was named for his grandfather and shared his love of the Bay.

He is survived by his parents, Mark and Tina Hoffacker of Sandusky; his sister, Kayla; and his grandparents, Len and Phyllis Hoffacker of Sandusky.

Friends may call Thursday 3 to 8 p.m. at the funeral home.""",
gold=[("SDK001", "survivor"), ("SDK002", "survivor")]),

dict(guid="sdk_fh_kaminski_irene", pub="2026-07-21T11:00:00-04:00", title="Irene T. Kaminski (1938 - 2026)",
body="""Irene Theresa Kaminski, 87, of Huron, died peacefully Sunday, July 19, 2026.

Born in Sandusky to Stanley and Helen Bartos, she was a proud member of the Polish Falcons and a fixture at the Sandusky Polish picnic.

Irene is survived by her sister, Rosemarie (the late Edward) Orshefsky of Milan; her son, Paul Kaminski of Huron; and three grandchildren.

She was preceded in death by her husband, Stanley Kaminski, and her brother, Walter Bartos.

Mass of Christian Burial 10 a.m. Saturday at St. Peter Church, Huron.""",
gold=[("SDK008", "survivor")]),
]

DN = [
dict(guid="sdk_dn_0211", pub="2026-02-11T07:00:00-05:00", title="SCIARAPPA, Loretta C.",
body="""Loretta Carmela Sciarappa, 89, of Sandusky, entered into eternal rest on Sunday, February 1, 2026.

Loretta was born in Sandusky to Italian immigrant parents and was a lifelong member of Holy Angels Parish, where she ran the spaghetti dinner kitchen for three decades.

She is survived by her sons, Anthony "Tony" (Mary Beth) Sciarappa of Sandusky and Dominic Sciarappa of Cleveland; her grandchildren, Nicole, Anthony Jr. and Gina; and her dear friend, Philomena Russo.

She was preceded in death by her husband, Carmen, and her brother, Rocco DiFranco.

Family will receive friends Thursday 4 to 7 p.m. at the funeral home. Mass of Christian Burial Friday 10 a.m. at Holy Angels Church. In lieu of flowers, memorial contributions may be made to Stein Hospice.""",
gold=[]),  # later copy of sdk_fh_sciarappa_loretta: labelled on the earlier copy only

dict(guid="sdk_dn_0304", pub="2026-03-04T07:00:00-05:00", title="QUILLEN, Marvin E.",
body="""Marvin E. Quillen, 78, Vermilion, died March 1, 2026. Retired Ford Lorain Assembly. Survived by wife, Bernadette "Bernie"; son, Neil (Tara) Quillen, Avon Lake. Services private. Riverside chapel, Vermilion.""",
gold=[]),  # the widow SDK015 is do_not_contact

dict(guid="sdk_dn_0415", pub="2026-04-15T07:00:00-04:00", title="OSTERHOLT, Dale R.",
body="""Dale R. Osterholt, 67, Norwalk, died April 12, 2026. Survived by wife, Jean; sister, Gail (Warren) Pfanner, Sandusky; brother, Roger Osterholt, Monroeville. Funeral 11 a.m. Saturday, St. Paul Lutheran Church, Norwalk.""",
gold=[("SDK016", "survivor")]),

dict(guid="sdk_dn_0527", pub="2026-05-27T07:00:00-04:00", title="ECKSTEIN, Joyce A.",
body="""Joyce A. Eckstein, 79, of Mesa, Ariz., formerly of Lorain, died May 22, 2026. Survived by her husband of 55 years, Herbert; daughters Lisa and Jennifer. Memorial in Mesa at a later date.""",
gold=[]),  # namesake: SDK017 Joyce A. Eckstein of Huron is 64 and unmarried

dict(guid="sdk_dn_0805", pub="2026-08-05T07:00:00-04:00", title="RAUSCHER, Evelyn",
body="""Evelyn Rauscher, of Milan, passed away August 3, 2026. Private family services. Arrangements by Kuhlman-Frey Funeral Home, Milan chapel.""",
gold=[("SDK021", "possible_deceased_client")]),
]
