"""Blackstone Valley Telegraph obituary section (newspaper, plain-text descriptions). Hand-labelled."""

FEED = "bvt"
ITEMS = [
dict(guid="bvt-obit-2026-0103", pub="2026-01-09T06:00:00-05:00", title="Gerald R. Hollings Sr., 86, of Shrewsbury",
body="""SHREWSBURY - Gerald Raymond Hollings Sr., 86, of Shrewsbury, died peacefully on Tuesday, January 6, 2026, at St. Brigid Medical Center in Worcester with his family at his side.

Born in Worcester, he was the son of the late Raymond and Alice (Tierney) Hollings. Jerry, as his friends called him, worked for 34 years as a machinist at Quinsig Tool & Die before retiring in 2001. He was a communicant of St. Mary Church, a longtime member of the Knights of Columbus, and rarely missed one of his grandchildren's Little League games.

He leaves his son, Gerald "Gerry" Hollings Jr. (Pam) of Shrewsbury; his daughter, Karen Whitlock and her husband Scott of Nashua, N.H.; five grandchildren, Ryan, Megan, Connor, Abigail and Tess; and his brother, Edward Hollings of Sarasota, Fla. He was predeceased by his wife of 52 years, Dorothy (Kane) Hollings, in 2013.

Calling hours are Friday from 4 to 7 p.m. at the Mercier-Lavallee Funeral Home, 120 Main Street, Shrewsbury. A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Mary Church. Burial will follow in St. John's Cemetery, Worcester. In lieu of flowers, donations may be made to the Shrewsbury Senior Center.""",
gold=[("R001", "survivor"), ("R002", "survivor")]),

dict(guid="bvt-obit-2026-0118", pub="2026-01-12T06:00:00-05:00", title="Jean M. Dubois, 84, of Holden",
body="""HOLDEN - Jean Marie Dubois, 84, of Holden, the former Jean Kowalski, passed away Saturday, January 10, 2026, at home, surrounded by her family.

She leaves her husband of 61 years, Robert A. Dubois; her daughter, Anne Pratt and her husband Mark of Rutland; her son, Daniel Dubois of Worcester; four grandchildren; and her sister, Irene Mazur of Chicopee.

Jean was born in Worcester on August 2, 1941, the daughter of Stanley and Sophie (Nowak) Kowalski, and grew up in the Vernon Hill neighborhood. She graduated from Commerce High School and worked as a bookkeeper for the Holden Hills Dairy for 27 years. She sang in the choir at St. Mary's Parish for four decades, and she loved her garden, her Tuesday cribbage games and summers at the lake.

Relatives and friends are invited to calling hours Wednesday from 4 to 7 p.m. at the Ahlstrom-Kerr Funeral Home, 16 Maple Street, Holden. A funeral Mass will be held Thursday at 10 a.m. at St. Mary's. Bearers will be Thomas Carrigan, Mark Pratt, Daniel Dubois and Jacob Pratt. Burial will be in Grove Cemetery, Holden.""",
gold=[("R003", "deceased_client"), ("R004", "spouse_of_deceased_client")]),

dict(guid="bvt-obit-2026-0155", pub="2026-01-27T06:00:00-05:00", title="Dorothy A. Flynn, 91, of Worcester",
body="""WORCESTER - Dorothy Agnes (Callahan) Flynn, 91, a lifelong resident of Worcester, died Sunday, January 25, 2026, at Hadwen Park Rehabilitation Center after a short illness.

Dottie was predeceased by her husband, John J. Flynn, in 2008, and by her son, Michael Flynn, in 1994. She is survived by her daughters, Mary Beth (Kevin) Sullivan of Worcester and Noreen O'Connell of Worcester; her grandchildren, Brendan O'Connell of Worcester and Kathleen and Sean Sullivan; and her dear friend and neighbor of fifty years, Peggy Sheehan, who walked over with the newspaper every morning.

A graduate of St. Peter's High School, Dottie worked for 22 years in the cafeteria of the Chandler Street School, where generations of children knew her as "Mrs. F." She loved parish bingo, the Red Sox on the radio and a Friday fish fry.

Her funeral Mass will be celebrated by the Rev. Michael Flaherty on Friday at 10 a.m. in Our Lady of the Angels Church. Burial will follow in St. John's Cemetery. Arrangements are by the Callahan & Ryan Funeral Home, Worcester.""",
gold=[("R005", "survivor"), ("R006", "survivor"), ("R021", "survivor"), ("R020", "survivor")]),

dict(guid="bvt-obit-2026-0189", pub="2026-02-03T06:00:00-05:00", title="Carmine L. D'Angelo, 90, of Auburn",
body="""AUBURN - Carmine L. D'Angelo, 90, of Auburn, died Saturday, January 31, 2026, at his home.

He leaves his sons, Anthony D'Angelo and his wife Lisa of Millbury, and Paul D'Angelo of Oxford; a daughter, Theresa Manzi of Auburn; eight grandchildren and three great-grandchildren. He was predeceased by his wife, Concetta (Fusco) D'Angelo, and by his brother, Salvatore.

Born in Worcester, the son of Italian immigrants, Carmine owned and operated D'Angelo's Shoe Repair for 41 years and could resole a work boot faster than anyone on the street. He served in the U.S. Army in Germany and was a proud member of the Sons of Italy.

A Mass of Christian Burial will be held Thursday at 11 a.m. in St. Joseph Church, Auburn. Calling hours are Wednesday from 4 to 7 p.m. at the Pakachoag Funeral Home.""",
gold=[("R007", "survivor")]),

dict(guid="bvt-obit-2026-0207", pub="2026-02-10T06:00:00-05:00", title="Francis X. \"Frankie\" Mahoney, 24, of Worcester",
body="""WORCESTER - Francis X. "Frankie" Mahoney, 24, of Worcester, died unexpectedly Thursday, February 5, 2026.

He was born in Worcester, the son of Brian and Colleen (Doyle) Mahoney, who survive him. He also leaves his brother, Liam Mahoney of Worcester; his sister, Shannon Mahoney of Boston; his grandmother, Rita Doyle of Auburn; his girlfriend, Alyssa Moreau; and many aunts, uncles and cousins.

Frankie graduated from North Worcester High School in 2019 and was an apprentice electrician with Lakeside Electric. He played hockey every winter on the city's outdoor rinks, coached his cousins' teams and never met a dog he didn't like.

Visiting hours will be Monday from 4 to 8 p.m. at the Callahan & Ryan Funeral Home. His funeral Mass will be Tuesday at 10 a.m. in Blessed Sacrament Church.""",
gold=[]),

dict(guid="bvt-obit-2026-0231", pub="2026-02-17T06:00:00-05:00", title="Raymond J. Pelletier, 88, of Leominster",
body="""LEOMINSTER - Raymond J. Pelletier, 88, of Leominster, died Friday, February 13, 2026, at Nashoba Valley Hospice House.

He leaves his daughter, Donna Pelletier of Fitchburg; his son, Marc Pelletier and his wife Julie of Gardner; his sister, Catherine "Kay" Brennan of Worcester; three grandchildren; and his faithful beagle, Rusty. His wife, Jeannette (Roy) Pelletier, died in 2020.

Ray worked for 37 years in the comb and plastics shops of Leominster, retiring as a foreman at Pioneer Molding. He was a member of the Franco-American Club, where he called bingo every Thursday, and he never missed a Leominster-Fitchburg Thanksgiving game.

A funeral Mass will be celebrated Saturday at 11 a.m. at St. Cecilia Church, Leominster. Burial will be in the spring.""",
gold=[("R015", "survivor")]),

dict(guid="bvt-obit-2026-0264", pub="2026-02-26T06:00:00-05:00", title="Astrid E. Bergquist, 88, of Holden",
body="""HOLDEN - Astrid Elisabet (Lind) Bergquist, 88, of Holden, died Monday, February 23, 2026, at home.

She was predeceased by her husband of 60 years, Walter Bergquist, who died in 2019, and by her brother, Nils Lind.

Astrid leaves her sons, Erik Bergquist of Paxton and Karl Bergquist and his wife Annika of Nashua, N.H.; her granddaughters, Linnea and Freja; and many friends at Trinity Lutheran Church, where she ran the Santa Lucia breakfast for thirty years.

Born in Worcester to Swedish parents, she worked as a nurse at the old Memorial Hospital and later as the school nurse in Holden. Her funeral will be held Saturday at 11 a.m. at Trinity Lutheran Church, with Pastor Kristin Ahlgren officiating. Memorial gifts may be made to the church's food pantry.""",
gold=[]),

dict(guid="bvt-obit-2026-0302", pub="2026-03-06T06:00:00-05:00", title="Maria da Conceição Furtado, 92, of Pawtucket",
body="""PAWTUCKET - Maria da Conceição (Medeiros) Furtado, 92, of Pawtucket, died Tuesday, March 3, 2026, at Miriam Hospital. She was the wife of the late José Furtado.

Born in Ribeira Grande, São Miguel, Azores, she came to Pawtucket in 1967 and worked for 25 years at a Central Falls lace mill. She was a devoted member of St. Anthony Church and of its Holy Ghost society, and her sweet bread was known up and down Cottage Street.

She leaves her son, Manuel Furtado and his wife, Fatima, of Pawtucket; her daughter, Lurdes Rego of Fall River; seven grandchildren; and five great-grandchildren.

Her funeral will be held Saturday at 9 a.m. from the Lusitano Funeral Home, 400 Dexter Street, Central Falls, with a Mass at 10 a.m. at St. Anthony Church. Burial will be in Notre Dame Cemetery, Pawtucket.""",
gold=[("R031", "survivor"), ("R032", "survivor")]),

dict(guid="bvt-obit-2026-0315", pub="2026-03-11T06:00:00-04:00", title="Vincent J. DiPrete, 81, of Johnston",
body="""JOHNSTON - Vincent J. DiPrete, 81, of Johnston, died Sunday, March 8, 2026, at Rhode Island Hospital. He was the beloved husband of 58 years of Carmela (Russo) DiPrete.

Born in Providence, a son of the late Giuseppe and Angela (Iannotti) DiPrete, he lived in Johnston for 50 years. Vinny ran DiPrete Brothers Masonry with his late brother, Nicholas, for four decades; many of the stone walls along Greenville Avenue are his work. He was an Army veteran and a member of the Johnston Sons of Italy lodge.

Besides his wife, he leaves two sons, Joseph DiPrete of Smithfield and Anthony DiPrete of North Providence; his sister, Gina Rossi of Johnston; and six grandchildren.

His funeral will be held Friday at 9 a.m. from the Federal Hill Funeral Home, with a Mass of Christian Burial at 10 a.m. in St. Rocco Church. Burial will be in St. Ann Cemetery, Cranston.""",
gold=[("R034", "deceased_client"), ("R035", "spouse_of_deceased_client")]),

dict(guid="bvt-obit-2026-0338", pub="2026-03-18T06:00:00-04:00", title="Harriet Katz, 94, of Providence",
body="""PROVIDENCE - Harriet (Bloom) Katz, 94, of Providence, died Monday, March 16, 2026. She was the wife of the late Irving Katz.

Born in Providence, a daughter of the late Samuel and Esther Bloom, she taught fourth grade in the Providence schools for 31 years. She was a life member of Hadassah and of the Sisterhood of Temple Beth Shalom, and a fierce Scrabble player until the very end.

Devoted mother of David (Ruth) Katz of Providence and Miriam (Alan) Gold of Sharon, Mass.; cherished grandmother of Rachel, Joshua and Eli.

A graveside funeral service will be held Wednesday at 11 a.m. at Lincoln Park Cemetery, Warwick. Shiva will be observed at the home of David and Ruth Katz on Wednesday and Thursday evenings. Contributions in her memory may be made to the Jewish Family Service pantry. Arrangements by Temkin Memorial Chapel.""",
gold=[("R040", "survivor"), ("R041", "survivor")]),

dict(guid="bvt-obit-2026-0370", pub="2026-03-27T06:00:00-04:00", title="Eileen T. O'Neil, 88, of Cranston",
body="""CRANSTON - Eileen T. (Moriarty) O'Neil, 88, of Cranston, died Wednesday, March 25, 2026, at home. She was the wife of the late Thomas F. O'Neil.

She leaves her daughter, Ann Marie O'Neil of Cranston, with whom she lived and who cared for her devotedly; her son, Thomas O'Neil Jr. of Coventry; and four grandchildren.

Born in County Kerry, Ireland, Eileen came to Rhode Island at nineteen and worked for many years as a seamstress. She was a member of St. Mark Church and its Ladies' Guild and could still dance a reel at her granddaughter's wedding.

Her funeral will be held Monday at 9 a.m. from the Knightsville Funeral Home, with a Mass at 10 a.m. at St. Mark Church.""",
gold=[("R033", "survivor")]),

dict(guid="bvt-obit-2026-0401", pub="2026-04-06T06:00:00-04:00", title="Joseph M. Amaral, 77, of Fall River",
body="""FALL RIVER, Mass. - Joseph M. Amaral, 77, of Fall River, died Friday, April 3, 2026, at Charlton Memorial Hospital.

He leaves his wife of 54 years, Dolores (Pavao) Amaral; a daughter, Linda Amaral of Naples, Fla.; a son, Steven Amaral of Somerset; and five grandchildren.

Joe was a loom fixer and later a mail carrier in the Flint neighborhood for 28 years. His funeral Mass will be Thursday at 10 a.m. at Espirito Santo Church.""",
gold=[]),

dict(guid="bvt-obit-2026-0422", pub="2026-04-14T06:00:00-04:00", title="Richard A. Costa, 80, of Cranston",
body="""CRANSTON - Richard A. Costa, 80, of Cranston, died Saturday, April 11, 2026, at Kent Hospital.

He leaves his sons, Raymond "Ray" Costa of Cranston and Peter Costa of Tiverton; a sister, Lucille Medina of Bristol; and three grandchildren. He was predeceased by his wife, Joan (Sardinha) Costa.

Dick was a Navy veteran and a union pipefitter for 35 years. He coached Cranston Western Little League for two decades and was happiest on his boat off Conimicut Point.

Calling hours are Thursday from 5 to 8 p.m. at the Pawtuxet Valley Funeral Home. A Mass of Christian Burial will be held Friday at 10 a.m. in St. Paul Church.""",
gold=[("R038", "survivor")]),

dict(guid="bvt-obit-2026-0447", pub="2026-04-22T06:00:00-04:00", title="Héctor Manuel García López, 70, of Providence",
body="""PROVIDENCE - Héctor Manuel García López, 70, of Providence, died Sunday, April 19, 2026, surrounded by his family.

Born in Santo Domingo, Dominican Republic, son of the late Rafael García and Mercedes López, he came to Providence in 1985 and ran a bodega on Broad Street for more than thirty years. Don Héctor was known in the neighborhood for extending credit to anyone short at the end of the month.

He leaves his wife, Altagracia (Peña) García; his children, Yokasta García and Rafael García, both of Providence; his sisters, María García of Providence and Ana García of Lawrence, Mass.; and seven grandchildren.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Michael the Archangel Church. Visiting hours are Friday from 4 to 8 p.m. at the Broad Street Funeral Home.""",
gold=[("R030", "survivor")]),

dict(guid="bvt-obit-2026-0469", pub="2026-05-01T06:00:00-04:00", title="Lillian R. Gaudette, 89, of Fitchburg",
body="""FITCHBURG - Lillian R. (Morin) Gaudette, 89, of Fitchburg, died Tuesday, April 28, 2026, at the Wachusett Care Center. She was predeceased by her husband, Albert Gaudette, in 2011.

She leaves two sisters, Mrs. Harold Peters of Leominster and Mrs. Roland Girard of Lunenburg; a brother, Armand Morin of Gardner; and many nieces and nephews.

Lillian worked as a bank teller in Fitchburg for 30 years and was a member of St. Joseph Church and the Daughters of Isabella. A Mass of Christian Burial will be held Monday at 10 a.m. in St. Joseph Church. Burial will be in St. Bernard Cemetery.""",
gold=[("R022", "survivor")]),

dict(guid="bvt-obit-2026-0490", pub="2026-05-09T06:00:00-04:00", title="Kenneth W. Arsenault, 67, of Millbury",
body="""MILLBURY - Kenneth W. Arsenault, 67, of Millbury, died Wednesday, May 6, 2026, at home after a long illness.

He leaves his wife, Cheryl (Lamoureux) Arsenault; his daughters, Nicole Arsenault of Grafton and Danielle Berube of Sutton; and two grandchildren.

Ken drove a delivery truck for a Worcester bakery for 40 years and knew every back road in the Blackstone Valley. The family is grateful to Dr. Samuel Adeyemi and the cardiac nurses at St. Brigid Medical Center for their kindness.

A memorial service will be held Saturday at 2 p.m. at the First Congregational Church of Millbury.""",
gold=[]),

dict(guid="bvt-obit-2026-0512", pub="2026-05-20T06:00:00-04:00", title="Rosa Pimentel, 83, of Pawtucket",
body="""PAWTUCKET - Rosa (Lopes) Pimentel, 83, of Pawtucket, died Sunday, May 17, 2026. She was the wife of the late Arlindo Pimentel.

Born on the island of Brava, Cape Verde, she came to Rhode Island in 1972. She leaves her children, Carlos Pimentel of East Providence, Fernanda Tavares of Pawtucket and Jorge Pimentel of Brockton, Mass.; eleven grandchildren; and four great-grandchildren.

Her funeral will be Friday at 9 a.m. from the Lusitano Funeral Home, with a Mass at 10 a.m. at St. Joseph Church. Burial will be in Notre Dame Cemetery.""",
gold=[]),

dict(guid="bvt-obit-2026-0535", pub="2026-06-02T06:00:00-04:00", title="Chester J. Ostrowski, 79, of Millbury",
body="""MILLBURY - Chester J. Ostrowski, 79, of Millbury, died Saturday, May 30, 2026, at St. Brigid Medical Center.

A lifelong bachelor, Chet leaves his sister, Lucy Ostrowski of Millbury, with whom he shared the family home on Elm Street; his nephews, Mark and Peter Zielinski of Sutton; and his friends at the Polish American Veterans club, where he tended bar on Friday nights.

He served in the U.S. Navy and later worked as a machinist for 35 years. A Mass of Christian Burial will be celebrated Wednesday at 10 a.m. in Our Lady of Czestochowa Church, Worcester. Burial with military honors will be in St. John's Cemetery.""",
gold=[("R013", "survivor")]),
]
