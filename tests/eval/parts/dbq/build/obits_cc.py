"""Key City Faith & Community: the archdiocesan weekly's "Rest in Peace" column (religious sisters and priests,
religious name with the baptismal name in parentheses), a parish bulletin from the Luxembourger country north of
town, and notices sent in by the Marshallese and Latino congregations (one bilingual). Plain text. Hand-labelled."""

FEED = "cc"
ITEMS = [
dict(guid="dbq_cc_rip_2026_0214", pub="2026-02-14T07:00:00-06:00", title="Sister Mary Immaculata (Rita) Oberbroeckling, BVM",
body="""Sister Mary Immaculata (Rita) Oberbroeckling, BVM, 94, died Tuesday, February 10, 2026, at Mount Carmel Bluffs, Dubuque. She was in her 75th year of religious life.

Rita was born January 6, 1932, in Luxemburg, Iowa, to Nicholas and Susanna (Goerdt) Oberbroeckling. She entered the congregation of the Sisters of Charity of the Blessed Virgin Mary in 1951 and professed final vows in 1958. She taught primary grades in Chicago, Des Moines and Davenport for thirty-four years, then served in parish ministry in Dubuque until 2015.

Sister Immaculata is survived by her sister, Kay (Dennis) Vorwald of Dyersville; her brother, Francis Oberbroeckling of Luxemburg; nieces and nephews; and her BVM community, with whom she shared life for 75 years. She was preceded in death by her parents and by four brothers and sisters.

The Mass of Christian Burial will be celebrated at 11 a.m. Friday in the Mount Carmel Bluffs chapel. Burial will be in the Mount Carmel cemetery.""",
gold=[("DBQ007", "survivor"), ("DBQ008", "survivor")]),

dict(guid="dbq_cc_rip_2026_0620", pub="2026-06-20T07:00:00-05:00", title="Msgr. Anselm N. Tigges",
body="""The Rev. Msgr. Anselm N. Tigges, 89, a priest of the Archdiocese of Dubuque for 63 years, died Wednesday, June 17, 2026, at the Stonehill Franciscan Services residence for retired priests.

Father Tigges was born March 9, 1937, in Dubuque to Anselm and Magdalena (Kurt) Tigges. He attended Loras College and Mount St. Bernard Seminary and was ordained June 1, 1963, in St. Raphael Cathedral. He served parishes in Waterloo, Cresco, New Hamburg and Dyersville and was pastor of St. Anthony Parish, Dubuque, for nineteen years.

He is survived by his sister, Marlys Udelhofen of Dubuque; nieces and nephews; and his brother priests. He was preceded in death by his parents, his brothers Victor and Raymond, and his brother-in-law, Len Udelhofen.

Archbishop-emeritus Jerome Hanrahan will preside at the Mass of Christian Burial at 10:30 a.m. Tuesday at St. Anthony Church, Dubuque; the vigil and rosary will be Monday evening. Burial will be in the priests' circle at Mount Olivet Cemetery, Key West.""",
gold=[("DBQ002", "survivor")]),  # Len Udelhofen (DBQ001) preceded in death: nothing

dict(guid="dbq_cc_mcc_2026_0309", pub="2026-03-09T12:00:00-05:00", title="Elmo Jetnil, 71, Dubuque (formerly of Majuro)",
body="""Iakwe. The Marshallese Community Church of Dubuque shares with sadness the passing of our elder, Elmo Jetnil, 71, of Dubuque, formerly of Majuro, Marshall Islands, who went to be with the Lord on Thursday, March 5, 2026, at Bluffview Medical Center.

Elmo was born on Ebeye, Kwajalein Atoll, in 1954. He was a boat builder and a deacon of the Laura church on Majuro before he came to Dubuque in 2006 to be near his children. He worked many years at the window plant and taught the young men of our church to sing the old hymns.

He is survived by his wife, Neimi Jetnil; his daughter, Tarines Lojkar and her husband, Bobson, of Dubuque; his sons, Harold Elmo of Springdale, Ark., and Joel Elmo of Majuro; many grandchildren; and his church family.

Family and friends are welcome at the family home each evening this week for prayer, singing and the sharing of food. The funeral service will be held at 10 a.m. Saturday at the Marshallese Community Church, 1600 Central Ave. The family will take Elmo home to Majuro for burial.""",
gold=[("DBQ018", "survivor"), ("DBQ019", "survivor")]),

dict(guid="dbq_cc_sgp_2026_0725", pub="2026-07-25T09:00:00-05:00", title="Sra. María de la Luz Arreola viuda de Zamudio / Mrs. María de la Luz Zamudio",
body="""Con profunda tristeza, la familia Zamudio Arreola anuncia el fallecimiento de la Sra. María de la Luz Arreola viuda de Zamudio, de 81 años, quien descansó en la paz del Señor el miércoles 22 de julio de 2026 en Dubuque. Nació en Jalostotitlán, Jalisco, el 2 de febrero de 1945.

Le sobreviven su hija, Rosa Elena Zamudio Arreola (Manuel Echeverría), de Dubuque; sus hijos, Jorge Zamudio Arreola de Jalostotitlán y Luis Zamudio Arreola de Waterloo; y once nietos. Le precedió su esposo, Don Ignacio Zamudio.

María de la Luz Zamudio, 81, of Dubuque, formerly of Jalostotitlán, Jalisco, died July 22, 2026. She is survived by her daughter, Rosa Elena Zamudio (Manuel Echeverría) of Dubuque; her sons, Jorge and Luis; and eleven grandchildren.

El rosario será el viernes a las 7 p.m. y la Misa de cuerpo presente el sábado a las 10 a.m. en la Iglesia de San Patricio (St. Patrick Church), Dubuque. / Rosary Friday 7 p.m.; funeral Mass Saturday 10 a.m., St. Patrick Church.""",
gold=[("DBQ009", "survivor")]),

dict(guid="dbq_cc_stdonatus_2026_0913", pub="2026-09-13T08:00:00-05:00", title="Please remember in your prayers: Gary Wilgenbusch",
body="""Please remember in your prayers Gary L. Wilgenbusch, 69, of Asbury, who died Wednesday, September 9, 2026, at Bluffview Medical Center after a short illness. Gary was born in St. Donatus and was baptized and married at St. Donatus Church, where his family has had a pew since the 1850s; he was the man who rang the bells for the Way of the Cross on Good Friday every year.

He leaves his wife of 46 years, Bernie (Kluesner) Wilgenbusch of Asbury; his children, Adam Wilgenbusch and Kristin (Josh) Frommelt; and six grandchildren.

The Mass of Christian Burial will be offered at 10:30 a.m. Tuesday at St. Donatus Church, with burial in the parish cemetery. Luxemburger Verein members are invited to gather at 10 a.m.""",
gold=[("DBQ003", "survivor")]),
]
