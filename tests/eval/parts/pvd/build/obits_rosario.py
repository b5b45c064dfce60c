"""Rosario & Filhos Funeral Home (Fall River and New Bedford, Mass.): Portuguese (Azorean, mainland) and Cape
Verdean families. HTML in content:encoded, one-sentence plain description. Hand-labelled."""

FEED = "rosario"
ITEMS = [
dict(guid="pvd_rf_2026_0112", pub="2026-02-10T11:00:00-05:00", title="Antonio Pacheco Vieira, 84, New Bedford",
body="""Antonio Pacheco Vieira, 84, of New Bedford, passed away peacefully on Saturday, February 7, 2026, at St. Luke's Hospital, surrounded by his family. He was the husband of 58 years of Maria de Lurdes (Estrela) Vieira.

Born June 12, 1941, in Ribeira Grande, São Miguel, Azores, a son of the late José Pacheco Vieira and the late Maria da Glória Pacheco, he came to New Bedford in 1967 and worked for thirty-four years as a cutter at the Acushnet Apparel mill on Belleville Avenue. Tony was a communicant of Our Lady of the Immaculate Conception Church, a founding member of the Clube Micaelense and a stubborn, happy gardener whose kale and favas fed half of Ashley Boulevard.

Survivors include his wife, Lurdes; two sons, Carlos Vieira and his wife Paula of Acushnet, and Steven Vieira of Tiverton, R.I.; a daughter, Dina Vieira-Moniz and her husband Jason of Dartmouth; six grandchildren; a sister, Albertina Pacheco of Ribeira Grande; and his brother-in-law, Armando Estrela and his wife Conceição of New Bedford. He was predeceased by a brother, Eduíno Pacheco Vieira.

His funeral will be held Thursday at 9 a.m. from the Rosario & Filhos Funeral Home, 1040 Acushnet Ave., followed by a Mass at 10 a.m. at Immaculate Conception Church. Burial will be in Pine Grove Cemetery. Visiting hours Wednesday 4-8 p.m.""",
gold=[("PVD005", "deceased_client"), ("PVD006", "spouse_of_deceased_client"), ("PVD019", "survivor")]),

dict(guid="pvd_rf_2026_0131", pub="2026-03-03T10:30:00-05:00", title="Maria da Conceição Cabral, 96, Fall River",
body="""Maria da Conceição (Medeiros) Cabral, 96, of Fall River, died Saturday, February 28, 2026, at the Catholic Memorial Home. She was the widow of José Cabral, who died in 1999.

Born in Vila Franca do Campo, São Miguel, she came to Fall River in 1960 with her husband and three small daughters and sewed for the Shelburne Shirt Company until it closed. She prayed the rosary every afternoon at three, never missed the Feast of the Holy Ghost and taught four generations to make massa sovada.

She is survived by her daughters, Maria de Fátima Raposo and her husband Manuel of Fall River, and Ilda Cabral Martins of Lisbon, Portugal; seven grandchildren; and eleven great-grandchildren. She was predeceased by a daughter, Rosa Cabral Arruda.

Her funeral will be held Wednesday at 9 a.m. from the Rosario & Filhos Funeral Home, Fall River, followed by a Mass at 10 a.m. at Santo Christo Church. Bearers will be Raymond Cabeceiras, Michael Arruda, Daniel Raposo, Jonathan Raposo, Peter Martins and Luís Medeiros. Interment in St. Patrick's Cemetery.""",
gold=[("PVD001", "survivor"), ("PVD002", "survivor")]),

dict(guid="pvd_rf_2026_0158", pub="2026-04-14T12:00:00-04:00", title="Joana \"Nha Djina\" Fortes, 88, New Bedford",
body="""Joana Fortes, known to all of the South End as Nha Djina, 88, of New Bedford, entered eternal rest on April 11, 2026, at her home on Rivet Street.

Born on the island of Brava, Cape Verde, the daughter of the late Bernardo Fortes and Antónia Gonsalves, she came to New Bedford in 1970 and worked for twenty-five years in the cranberry bogs of Wareham and later at the Titleist plant. Her cachupa was famous, her morna singing at christenings more so.

Nha Djina is survived by her daughter, Ana Lúcia Semedo and her husband Domingos "Mingo" Semedo of Pawtucket, R.I.; her son, Bernardino Fortes of Brockton; nine grandchildren; and many nieces and nephews in New Bedford, Boston and Brava. She was predeceased by her husband, Ildo Fortes.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at Our Lady of the Assumption Church, the Cape Verdean parish on South Water Street. Visiting hours Friday 4-7 p.m. at Rosario & Filhos, 1040 Acushnet Ave. Burial in St. John's Cemetery.""",
gold=[("PVD008", "survivor"), ("PVD007", "survivor")]),

dict(guid="pvd_rf_2026_0183", pub="2026-05-20T09:45:00-04:00", title="Manuel A. Raposo, 31, Taunton",
body="""Manuel Alexandre Raposo, 31, of Taunton, died unexpectedly on Sunday, May 17, 2026.

Manny was born in Fall River, the son of João and Lúcia (Pavão) Raposo of Taunton, and graduated from Diman Regional Vocational High School. He was a licensed electrician with IBEW Local 437, a Bruins fanatic and the proud uncle of three.

Besides his parents, he leaves his sister, Cátia Raposo Lima and her husband Tiago of Taunton; his grandmother, Eduarda Pavão of Fall River; and his girlfriend, Ashley Cormier.

A funeral Mass will be celebrated Friday at 10 a.m. at St. Anthony Church, Taunton. Visiting hours Thursday 4-8 p.m. at Rosario & Filhos Funeral Home, Fall River.""",
gold=[]),

dict(guid="pvd_rf_2026_0207", pub="2026-06-09T10:00:00-04:00", title="Ilda (Amaral) Sousa Rebelo, 82, Fall River",
body="""Ilda (Amaral) Sousa Rebelo, 82, of Fall River, passed away June 6, 2026, at Charlton Memorial Hospital after a brief illness. She was the wife of the late Jorge Sousa Rebelo.

Born in Fafe, Portugal, a daughter of the late Joaquim Amaral and Rosa Furtado, she lived in Fall River's Flint neighborhood for fifty-two years and worked as a stitcher for Cliftex. She loved her garden, her grandchildren and Benfica, not necessarily in that order.

She is survived by her son, Paulo Jorge Rebelo and his wife Cristina of Fall River; her daughter, Sandra Rebelo Pimentel of Westport; her brother, José Carlos Amaral Furtado of North Dartmouth; and five grandchildren.

Her funeral will be held Friday at 8 a.m. from Rosario & Filhos, followed by a Mass at 9 a.m. at Espírito Santo Church. Burial in Notre Dame Cemetery.""",
gold=[("PVD022", "survivor")]),

dict(guid="pvd_rf_2026_0244", pub="2026-08-04T11:15:00-04:00", title="Eileen M. Lonergan, 90, Somerset",
body="""Eileen Margaret (Sheehan) Lonergan, 90, of Somerset, died Friday, July 31, 2026, at Clifton Rehabilitation Center. She was the wife of the late Francis X. Lonergan.

Born in Fall River's Corky Row, she graduated from Sacred Hearts Academy and worked as a telephone operator and later a school secretary at the Doran School. She was a devoted member of St. Thomas More Parish and never missed a Red Sox home opener on the radio.

She leaves her daughter, Debbie Cabeceiras and her husband Ray of Somerset; her son, Kevin Lonergan of Swansea; her sister, Sr. Mary Sheehan, RSM; four grandchildren; and two great-grandchildren.

A Mass of Christian Burial will be celebrated Tuesday at 10 a.m. at St. Thomas More Church, Somerset. Arrangements by Rosario & Filhos Funeral Home.""",
gold=[("PVD014", "survivor"), ("PVD013", "survivor")]),
]
