"""The Bayline Herald (invented Miami metro daily): obituaries with legacy-style titles
("Name Obituary (1931 - 2026) - Town, FL - The Bayline Herald"), HTML description. Includes Haitian-American
family obituaries. Hand-labelled."""

FEED = "mbh"
ITEMS = [
dict(guid="mia_mbh_obit_260210_odette-bellegarde", pub="2026-02-10T06:20:00-05:00",
title="Odette Bellegarde Obituary (1931 - 2026) - North Miami, FL - The Bayline Herald",
body="""Odette Bellegarde, 94, of North Miami, born in Jacmel, Haiti, went home to the Lord on February 6, 2026, at Jackson North Medical Center.

Madame Bellegarde taught French and Latin at the Lycée Pinchinat in Jacmel for twenty years before following her children to Miami in 1984. In Little Haiti she ran a Saturday school in the parish hall of Notre Dame d'Haiti, where hundreds of children learned to read in Kreyòl and French. She wore white every Sunday of her life.

She leaves to cherish her memory her daughter, Marie-Claude Desrameaux, and her husband, Jean-Robert, of Miami; her son, Gérard Bellegarde (Nicole) of Montréal, Québec; her sister, Andrée Bellegarde of Port-au-Prince; seven grandchildren, four great-grandchildren, and a host of nieces, nephews, godchildren and friends in Jacmel, Port-au-Prince, Montréal and Miami. She was preceded in death by her husband, Lucien Bellegarde.

Viewing Friday from 5 to 9 p.m. at the Désir Funeral Chapel, 8200 NE 2nd Ave. Funeral Mass Saturday at 10 a.m. at Notre Dame d'Haiti Catholic Church. Burial at Our Lady of Mercy Cemetery.""",
gold=[("MIA010", "survivor"), ("MIA009", "survivor")]),

dict(guid="mia_mbh_obit_260305_frantz-vilsaint", pub="2026-03-05T06:10:00-05:00",
title="Frantz Vilsaint Obituary (1957 - 2026) - Miami, FL - The Bayline Herald",
body="""Frantz Vilsaint, 68, of Miami, a native of Les Cayes, Haiti, died on March 2, 2026, at home in Little Haiti.

Frantz drove a jitney on the NE 2nd Avenue route for twenty-two years and then a Miami-Dade Transit bus for eighteen more. Riders knew him by the kompa on his radio and the peppermints he handed to every child who climbed aboard. He was a deacon at the Haitian Evangelical Baptist Church.

He is survived by his wife of 41 years, Yolande; his sons, Wesley and Kervens Vilsaint; his sister, Nadège Thermidor of North Miami; his nephew, Fritz Vilsaint of Little Haiti; his brothers, Dieuseul Vilsaint of Les Cayes and Jacques Vilsaint of Brooklyn, N.Y.; and many grandchildren. He was preceded in death by his parents, Anselme and Clémentine Vilsaint.

A wake will be held Friday evening and the homegoing service Saturday at 11 a.m. at the Haitian Evangelical Baptist Church, 7800 NE 2nd Ave. Interment at Dade Memorial Park.""",
gold=[("MIA017", "survivor"), ("MIA011", "survivor")]),

dict(guid="mia_mbh_obit_260326_wilner-jean-charles", pub="2026-03-26T06:30:00-04:00",
title="Wilner Jean-Charles Obituary (1949 - 2026) - Miami, FL - The Bayline Herald",
body="""Wilner Jean-Charles, 76, of Miami, born in Gonaïves, Haiti, passed away on March 22, 2026.

Wilner was a tailor who cut suits for half the pastors and bandleaders in Little Haiti from his shop on NE 54th Street. He sang bass in the choir of Notre Dame d'Haiti for thirty years.

He is survived by his wife, Rose-Marie; his children, Stéphanie, Ricardo and Fabienne Jean-Charles; nine grandchildren; and his sister, Évelyne Jean-Charles of Gonaïves.

Funeral Mass Saturday at 9 a.m. at Notre Dame d'Haiti. Pallbearers: Jean-Robert Desrameaux, Ricardo Jean-Charles, Patrick Lafontant, Emmanuel Dorsainvil, Junior Jean-Charles and Smith Joseph. Burial at Our Lady of Mercy Cemetery.""",
gold=[]),

dict(guid="mia_mbh_obit_260414_ileana-cabrisas-mora", pub="2026-04-14T06:05:00-04:00",
title="Ileana Cabrisas Mora Obituary (1937 - 2026) - Tampa, FL - The Bayline Herald",
body="""Ileana Cabrisas Mora, 88, of Tampa, died April 10, 2026, in Tampa.

Born in Matanzas, Cuba, Ileana came to Miami in 1961 and worked as a seamstress and later a school cafeteria manager in Allapattah before moving to Ybor City in 1990 to be near her grandchildren. She was a devoted member of Our Lady of Perpetual Help parish in Tampa.

She is survived by her sons, José Luis Mora of Tampa and Rafael Mora of Brandon; six grandchildren; and eight great-grandchildren.

A funeral Mass will be held Saturday at Our Lady of Perpetual Help, Tampa. Burial at Myrtle Hill Memorial Park.""",
gold=[]),  # namesake elsewhere (Tampa since 1990, 88); MIA020 has no roster birth date but lives in Miami

dict(guid="mia_mbh_obit_260623_lucienne-thermidor", pub="2026-06-23T06:15:00-04:00",
title="Lucienne Thermidor Obituary (1929 - 2026) - Miami, FL - The Bayline Herald",
body="""Lucienne Pierre Thermidor, 96, of Miami, born in Jérémie, Haiti, died peacefully on June 19, 2026, surrounded by her family and the hymns she loved.

Grann Lucienne, as all of Little Haiti called her, sold griot and pikliz from a cart on NE 54th Street for nearly thirty years and fed anyone who was hungry whether they could pay or not. She was a founding member of the women's fellowship at the Haitian Evangelical Baptist Church.

She is survived by her son, Roland Thermidor of Orlando; her daughter-in-law, Nadège Thermidor of Miami; her grandchildren, Stéphane, Rachelle and Widson; many great-grandchildren; and relatives in Jérémie, Nassau and Montréal. She was preceded in death by her husband, Anselme Thermidor, and her son, Jacques Thermidor.

Homegoing service Saturday at 10 a.m. at the Haitian Evangelical Baptist Church, 7800 NE 2nd Ave. Repast to follow in the fellowship hall.""",
gold=[("MIA017", "survivor")]),
]
