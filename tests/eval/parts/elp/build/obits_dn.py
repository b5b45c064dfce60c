"""Borderland Times paid death notices (newspaper, El Paso / Las Cruces): terse, surname first, plain text.
Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="elp_dn_2026_000214", pub="2026-02-06T05:00:00-07:00", title="PROVENCIO SALAS, Ramón",
body="""Ramón Provencio Salas, 90, Las Cruces, died Jan. 30, 2026. Retired, Elephant Butte Irrigation District. Survived by daughter Rosalinda "Rosie" Arzabal (Ernesto), Las Cruces; son Teodoro Provencio, Deming; six grandchildren. Rosary Thursday 7 p.m., Rio Grande Memorial Chapels, Las Cruces; Mass Friday 10 a.m., Basilica of San Albino, Mesilla.""",
gold=[]),  # later copy of elp_rg_2026_0203_provencio: labelled on the earlier copy only

dict(guid="elp_dn_2026_000251", pub="2026-02-20T05:00:00-07:00", title="SAMANIEGO, Jesús \"Chuy\"",
body="""Jesús "Chuy" Samaniego, 80, Las Cruces, died Feb. 16, 2026. Retired NMSU groundskeeper; Mesilla Valley Mariachi Conference volunteer. Survived by daughter Leticia Quintela (Rubén), Las Cruces; sons Jesús Jr. and Abel Samaniego, El Paso; nine grandchildren. Preceded in death by wife Ofelia. Mass 10 a.m. Monday, Immaculate Heart of Mary Cathedral.""",
gold=[("ELP014", "survivor")]),

dict(guid="elp_dn_2026_000288", pub="2026-03-06T05:00:00-07:00", title="ARMENDARIZ, Ofelia",
body="""Ofelia Armendariz, 91, Canutillo, died March 2, 2026. Survived by sons Guillermo "Memo" Armendariz, Canutillo, and Jaime Armendariz, Vinton; daughter Rosa Elia Parra, Anthony, N.M.; 12 grandchildren. Rosary 7 p.m. Tuesday, St. Joseph's Canutillo.""",
gold=[]),  # Memo Armendariz is do_not_contact

dict(guid="elp_dn_2026_000317", pub="2026-03-20T05:00:00-06:00", title="BARELA, Tomás",
body="""Tomás Barela, 88, Hatch, N.M., died March 15, 2026. Chile farmer. Survived by sister Consuelo "Chelo" De la O, Mesilla; brother Eliseo Barela, Garfield; many nieces and nephews. Mass 11 a.m. Saturday, Our Lady of Health Church, Hatch.""",
gold=[("ELP008", "survivor")]),

dict(guid="elp_dn_2026_000402", pub="2026-04-24T05:00:00-06:00", title="SODERQUIST, Karl E.",
body="""Karl Einar Soderquist, 92, Alamogordo, N.M., died April 19, 2026. Retired Holloman AFB civil engineer. Survived by daughter Ingrid Pfannenstiel and son-in-law Walt, Las Cruces; son Nils Soderquist, Tucson; four grandchildren. Preceded in death by wife Britt. Service 2 p.m. Friday, Grace Lutheran Church, Alamogordo.""",
gold=[("ELP021", "survivor"), ("ELP020", "survivor")]),

dict(guid="elp_dn_2026_000468", pub="2026-06-05T05:00:00-06:00", title="APODACA, Dolores",
body="""Dolores Apodaca, Anthony, N.M., died June 2, 2026. Arrangements pending with Rio Grande Memorial Chapels, Las Cruces.""",
gold=[("ELP015", "possible_deceased_client")]),

dict(guid="elp_dn_2026_000503", pub="2026-06-19T05:00:00-06:00", title="ONTIVEROS, Arnulfo",
body="""Arnulfo Ontiveros, 68, Santa Teresa, N.M., died June 14, 2026. Co-founder, Ontiveros Cold Storage, Santa Teresa port of entry. Survived by wife of 44 years, Nohemí "Mimi" (Fierro) Ontiveros; sons Arnulfo Jr. and Diego; daughter Karla Ontiveros Beltrán, Ciudad Juárez; seven grandchildren. Rosary 7 p.m. Monday, San Martín de Porres Church, Sunland Park; Mass 10 a.m. Tuesday.""",
gold=[("ELP019", "survivor")]),

dict(guid="elp_dn_2026_000611", pub="2026-09-11T05:00:00-06:00", title="ARZABAL, Carmen M.",
body="""Carmen Molina Arzabal, 94, Las Cruces, died Sept. 7, 2026. Retired seamstress, Popular Dry Goods. Survived by sons Ernesto "Neto" Arzabal (Rosie) and Gabriel Arzabal, Las Cruces; 11 grandchildren; 16 great-grandchildren. Preceded in death by husband, Ernesto Arzabal Sr., in 1999. Rosary 7 p.m. Sunday; Mass 10 a.m. Monday, St. Genevieve Church.""",
gold=[("ELP004", "survivor"), ("ELP003", "survivor")]),
]
