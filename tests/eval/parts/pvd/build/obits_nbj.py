"""Narragansett Bay Journal (Providence metro daily) obituaries: legacy-style titles "Name Obituary (1931 - 2026) -
Town, RI - Narragansett Bay Journal", plain text; Federal Hill Italian-American families and others. Hand-labelled."""

FEED = "nbj"
ITEMS = [
dict(guid="pvd_nbj_obit_2026_0119", pub="2026-01-20T05:30:00-05:00",
title="Carmela Trombetta Obituary (1931 - 2026) - Providence, RI - Narragansett Bay Journal",
body="""PROVIDENCE - Carmela (DiSandro) Trombetta, 94, a lifelong resident of Federal Hill, died peacefully on Saturday, January 17, 2026, at home on Spruce Street, in the company of her daughters. She was the beloved wife of the late Salvatore "Sal" Trombetta, who died in 2011.

Born in Providence to the late Pasquale and Filomena (Iacovelli) DiSandro, whose families came from Itri, she worked for thirty years at the family's fruit stand on Atwells Avenue and then for twenty more behind the counter at the Federal Hill post office. Her Sunday gravy was made with pork neck bones and no shortcuts; her opinions were made the same way. She was a member of the Ladies of St. Joseph at Holy Ghost Church and marched in every Columbus Day parade until she was 88.

She is survived by her daughters, Anna Marie Capobianco and her husband Joseph Jr. of Providence, and Francesca "Fran" Trombetta of Cranston; her grandchildren, Marisa Capobianco of Providence and Dr. Paul Capobianco of Boston; and her great-grandson, Luca. She was the sister of the late Rocco DiSandro and Theresa Iannotti.

Her funeral will be held Thursday at 9 a.m. from the Caruolo-Venditto Funeral Home, 320 Atwells Ave., with a Mass of Christian Burial at 10 a.m. at Holy Ghost Church. Burial will be in St. Ann Cemetery, Cranston. Calling hours Wednesday 4-7 p.m. In lieu of flowers, donations may be made to the Federal Hill House.""",
gold=[("PVD004", "survivor"), ("PVD003", "survivor"), ("PVD015", "survivor"), ("PVD021", "survivor")]),

dict(guid="pvd_nbj_obit_2026_0324", pub="2026-03-24T05:30:00-04:00",
title="Joseph Capobianco Obituary (1934 - 2026) - North Providence, RI - Narragansett Bay Journal",
body="""NORTH PROVIDENCE - Joseph A. Capobianco Sr., 91, of North Providence, formerly of Federal Hill, died Friday, March 20, 2026, at Our Lady of Fatima Hospital. He was the husband of the late Josephine (Cardi) Capobianco.

Born in Providence, a son of the late Antonio and Angelina Capobianco, he served in the U.S. Army in Germany and then ran Capobianco's Shoe Repair on Atwells Avenue for forty-six years, where he resoled the shoes of three mayors and, he claimed, one cardinal. He was a member of the Sons of Italy and of the Holy Ghost Church Holy Name Society.

He leaves his son, Joseph Capobianco Jr. and his wife Anna (Trombetta) of Providence; his daughter, Lisa Capobianco Ferri of Smithfield; five grandchildren, including Marisa Capobianco of Providence; and two great-grandchildren. He was predeceased by his brother, Michael Capobianco.

Relatives and friends are invited to his funeral Friday at 8:30 a.m. from the Caruolo-Venditto Funeral Home, 320 Atwells Ave., Providence, followed by a Mass at 9:30 a.m. at Holy Ghost Church. Burial with military honors in St. Ann Cemetery.""",
gold=[("PVD003", "survivor"), ("PVD004", "survivor"), ("PVD021", "survivor")]),

dict(guid="pvd_nbj_obit_2026_0428", pub="2026-04-28T05:30:00-04:00",
title="Dominic Galluzzo Obituary (1946 - 2026) - Johnston, RI - Narragansett Bay Journal",
body="""JOHNSTON - Dominic P. Galluzzo, 79, of Johnston, died Saturday, April 25, 2026, at Rhode Island Hospital after a short illness.

Born in Providence, son of the late Peter and Rose (Mattera) Galluzzo, he grew up on Knight Street and graduated from Classical High School. He was a tool-and-die maker at Brown & Sharpe for thirty-two years, an usher at St. Rocco Church and a bocce player of local renown at the Johnston Senior Center.

He leaves his wife of 54 years, Gloria (Votta) Galluzzo; his daughter, Kristen Galluzzo-Hart of Smithfield; two grandsons; and his sister, Rosemary "Ro" Mancieri of Johnston. He was predeceased by his brother-in-law, Vincent Mancieri.

His funeral will be held Thursday at 9 a.m. from the Iannotti Funeral Home, Johnston, with a Mass at 10 a.m. at St. Rocco Church. Burial in Highland Memorial Park.""",
gold=[("PVD009", "survivor")]),

dict(guid="pvd_nbj_obit_2026_0616", pub="2026-06-16T05:30:00-04:00",
title="Nicholas D'Ercole Obituary (1943 - 2026) - Naples, FL - Narragansett Bay Journal",
body="""NAPLES, Fla. - Nicholas J. D'Ercole, 82, of Naples, Florida, formerly of Cranston, died June 11, 2026, at NCH Baker Hospital.

A graduate of Cranston High School East and Providence College, he taught mathematics at Cranston West for twenty-eight years and coached its golf team before retiring to Florida in 2001.

He leaves his wife of 57 years, Patricia (Fagan) D'Ercole; his sons, Michael D'Ercole of Naples and Stephen D'Ercole of Atlanta; and four grandchildren.

A memorial Mass will be celebrated at St. Ann Church, Naples. Burial will be private.""",
gold=[]),

dict(guid="pvd_nbj_obit_2026_0721", pub="2026-07-21T05:30:00-04:00",
title="Fernanda Câmara Obituary (1946 - 2026) - East Providence, RI - Narragansett Bay Journal",
body="""EAST PROVIDENCE - Fernanda (Borges) Câmara, 80, of East Providence, died Saturday, July 18, 2026, at Hope Hospice, Providence. She was the wife of the late Luís Câmara.

Born in Ponta Delgada, São Miguel, she came to East Providence in 1969 and worked for many years as a nurse's aide at Pawtucket Memorial Hospital. She was an active member of St. Francis Xavier Church and of the Holy Ghost Brotherhood of Charity, and she kept the best-tended hydrangeas on Warren Avenue.

She is survived by her daughter, Helena Câmara of East Providence; her son, Luís Câmara Jr. of Seekonk; and three grandchildren. She was predeceased by a son, Miguel.

A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Francis Xavier Church. Burial in Gate of Heaven Cemetery.""",
gold=[("PVD017", "survivor")]),

dict(guid="pvd_nbj_obit_2026_0825", pub="2026-08-25T05:30:00-04:00",
title="Angelo Iannuccilli Obituary (1937 - 2026) - Providence, RI - Narragansett Bay Journal",
body="""PROVIDENCE - Angelo R. Iannuccilli, 88, the Federal Hill baker whose pepper biscuits were sold in every corner store from Silver Lake to Mount Pleasant, died Sunday, August 23, 2026, at home.

Born in Providence to immigrants from Frosinone, he started sweeping floors at his uncle's bakery on DePasquale Avenue at eleven and owned it by thirty. He retired in 2004 and spent his mornings at the counter of the same bakery, giving advice to its new owners whether or not they had asked for it.

He is survived by his wife, Carmela (Rossi) Iannuccilli; his daughters, Gina Iannuccilli of North Providence and Teresa Russo of Warwick; and six grandchildren.

His funeral will be held Thursday at 9 a.m. from the Caruolo-Venditto Funeral Home, with a Mass at 10 a.m. at Holy Ghost Church. Bearers will be Vincenzo "Vinny" DiMaiolo, Richard Russo, Anthony Russo, Mark Iannuccilli, Peter Rossi and Daniel Rossi. Burial in St. Ann Cemetery, Cranston.""",
gold=[]),

dict(guid="pvd_nbj_obit_2026_0922", pub="2026-09-22T05:30:00-04:00",
title="Carmine DiMaiolo Obituary (1941 - 2026) - Providence, RI - Narragansett Bay Journal",
body="""PROVIDENCE - Carmine V. DiMaiolo, 85, founder of DiMaiolo's Pasticceria on Atwells Avenue, died Friday, September 18, 2026, at the Scalabrini Villa in North Kingstown, where he had lived since 2023.

Born in Sulmona, Abruzzo, he came to Providence at fifteen, learned to bake at the old Scialo Bros. bakery and opened his own shop in 1972 with a borrowed oven and his wife's recipes. He handed the business to his son in 1998 but came in every morning for another twenty years to criticize the cannoli.

He is survived by his son, Vincenzo "Vinny" DiMaiolo of Providence, and his wife Carla; his daughter, Angela DiMaiolo-Santos of Johnston; and five grandchildren. He was predeceased by his wife, Lucia (Sabatini) DiMaiolo, in 2019, and by his brother, Vincenzo DiMaiolo, for whom his son was named.

His funeral will be held Saturday at 9 a.m. from the Caruolo-Venditto Funeral Home, with a Mass at 10 a.m. at Holy Ghost Church. Burial in St. Ann Cemetery, Cranston.""",
gold=[("PVD010", "survivor")]),

dict(guid="pvd_nbj_obit_2026_1110", pub="2026-11-10T05:30:00-05:00",
title="Rosemary Mancieri Obituary (1955 - 2026) - Johnston, RI - Narragansett Bay Journal",
body="""JOHNSTON - Rosemary (Galluzzo) Mancieri, 71, of Johnston, died Saturday, November 7, 2026, at Rhode Island Hospital. She was the wife of the late Vincent Mancieri, who died in 2017.

Born September 30, 1955, in Providence, a daughter of the late Peter and Rose (Mattera) Galluzzo, Ro grew up on Knight Street and graduated from Mount Saint Charles Academy. She was a bookkeeper for the Johnston school department for thirty-one years and, for almost as long, the person who ran the raffle at every St. Rocco feast.

She is survived by her sister-in-law, Gloria Galluzzo of Johnston; her niece, Kristen Galluzzo-Hart and her husband David of Smithfield; and her beloved cat, Biscotti. She was predeceased by her brother, Dominic Galluzzo, earlier this year.

Her funeral will be held Thursday at 9 a.m. from the Iannotti Funeral Home, Johnston, with a Mass at 10 a.m. at St. Rocco Church. Burial in Highland Memorial Park beside her husband.""",
gold=[("PVD009", "deceased_client")]),
]
