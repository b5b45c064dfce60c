"""Catholic parish notices (Cathedral Basilica of St. Francis, Santa Fe; Our Lady of Sorrows, Bernalillo; San
Felipe de Neri, Old Town): funeral Masses, rosaries, prayer intentions, plain text. Hand-labelled."""

FEED = "pn"
ITEMS = [
dict(guid="abq_pn_2026_0318", pub="2026-03-18T07:00:00-06:00", title="Funeral Mass: Eufemia Montaño de Apodaca - Cathedral Basilica",
body="""Please pray for the repose of the soul of Eufemia Montaño de Apodaca, 92, a faithful parishioner of the Cathedral for seventy years and a member of the Altar Society and the Cofradía de Nuestra Señora de la Conquistadora, who died March 14.

She leaves her son, Juan Bautista "J.B." Apodaca Montaño of Santa Fe; her daughters, Rosina Apodaca Gallegos of Pecos and Marcelina Apodaca of Los Alamos; and her grandchildren. Her husband, Bautista Apodaca, preceded her in 1999.

Rosary: Friday, March 20, 6 p.m., Blessed Sacrament Chapel. Mass of Christian Burial: Saturday, March 21, 10 a.m. Deacon Anselmo C de Baca will preside at the rosary; Fr. Tomás Quiñones, celebrant. Burial at Rosario Cemetery. May she rest in the arms of La Conquistadora.""",
gold=[("ABQ005", "survivor")]),

dict(guid="abq_pn_2026_0422", pub="2026-04-22T07:00:00-06:00", title="Our Lady of Sorrows, Bernalillo - Prayers for the Faithful Departed",
body="""Please keep in your prayers our sister in Christ Graciela Montaño of Bernalillo, who was called home this week. Rosary and Mass of Christian Burial arrangements are pending and will be announced in next Sunday's bulletin.

We also remember in prayer Celestino Lucero and Amalia Perea, whose funeral Masses were celebrated here last week. Eternal rest grant unto them, O Lord.""",
gold=[("ABQ015", "possible_deceased_client")]),

dict(guid="abq_pn_2026_0519", pub="2026-05-19T07:00:00-06:00", title="Funeral Mass: Dolores Sedillo - San Felipe de Neri, Old Town",
body="""Dolores "Lola" Sedillo, 101, of Peña Blanca, formerly of Old Town Albuquerque, passed away May 15 at the Cochiti Lake care home. She was baptized at San Felipe de Neri in 1925 and married there in 1946.

She is survived by her nephews, Orlando Sedillo of Peña Blanca and Raymond Sedillo of Socorro, and by many grand-nieces and grand-nephews. She was preceded in death by her husband, Alfonso Sedillo, and her sisters, Adelina and Crucita.

Rosary Thursday, May 21, 9:30 a.m., followed by Mass of Christian Burial at 10 a.m., San Felipe de Neri Church, Old Town. Interment at Mount Calvary Cemetery.""",
gold=[]),
]
