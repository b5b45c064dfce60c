"""Holy Rosary & St. Fabian Catholic Community, Hattiesburg: the weekly bulletin's "Pray for the Faithful Departed"
notices (parishioners and parishioners' relatives, one Spanish/English), plain text. Hand-labelled."""

FEED = "hrf"
ITEMS = [
dict(guid="pib_hrf_bulletin_2026_03_15_a", pub="2026-03-14T08:00:00-05:00",
title="Alcide Joseph Lambert - Bay St. Louis",
body="""Please pray for the repose of the soul of Alcide Joseph Lambert, 91, of Bay St. Louis, who died March 10 after a long illness, fortified by the sacraments of the Church. Mr. Lambert, a shrimper and a Knight of Columbus for sixty-five years, was the brother of our parishioner Mena Guidroz of Hattiesburg, who asks for your prayers. He is also survived by his sons, Alcide Jr. and Remy Lambert, both of Bay St. Louis, and by many grandchildren. The Mass of Christian Burial was celebrated Saturday at Our Lady of the Gulf in Bay St. Louis. Eternal rest grant unto him, O Lord.""",
# "Mena" is PIB012's nickname; maiden name Lambert; "our parishioner ... of Hattiesburg"
gold=[("PIB012", "survivor")]),

dict(guid="pib_hrf_bulletin_2026_05_24_a", pub="2026-05-23T08:00:00-05:00",
title="Don Aurelio Barrientos Medina - Hattiesburg / Puruándiro, Mich.",
body="""Oremos por el eterno descanso de Don Aurelio Barrientos Medina, de 78 años, quien falleció el 18 de mayo en Hattiesburg. Originario de Puruándiro, Michoacán, Don Aurelio trabajó veinte años en la planta avícola de Hattiesburg y cuidó el jardín de nuestra parroquia sin que nadie se lo pidiera. Le sobreviven su esposa, Refugio Ochoa de Barrientos; su hija, Graciela "Chela" Barrientos y su esposo Ernesto Salgado, de Hattiesburg; su hijo, Rogelio Barrientos, de Morelia; y siete nietos.

Please pray for the eternal rest of Don Aurelio Barrientos Medina, 78, who died May 18 in Hattiesburg. A native of Puruándiro, Michoacán, he worked twenty years at the Hattiesburg poultry plant and kept our parish garden without ever being asked. He is survived by his wife, Refugio Ochoa de Barrientos; his daughter, Graciela "Chela" Barrientos and her husband Ernesto Salgado of Hattiesburg; his son, Rogelio Barrientos of Morelia; and seven grandchildren. Rosary at 6 p.m. Thursday, funeral Mass at 10 a.m. Friday (bilingual).""",
# roster PIB009 "Graciela Barrientos Ochoa" (father's and mother's surnames), nickname Chela, spouse Ernesto Salgado
gold=[("PIB009", "survivor")]),

dict(guid="pib_hrf_bulletin_2026_09_13_a", pub="2026-09-12T08:00:00-05:00",
title="Rosemary Castiglia Dunaway - Hattiesburg",
body="""Please pray for the repose of the soul of Rosemary Castiglia Dunaway, 68, of Hattiesburg, who died September 7 at home in the care of Forrest General Hospice. Rosemary taught third grade at Sacred Heart School for thirty years and coordinated our parish's Christmas baskets. She is survived by her husband, Frank Dunaway; her children, Angela Dunaway Moore of Madison and Paul Dunaway of Hattiesburg; and her brother, Anthony Castiglia of Kenner, La. The funeral Mass was celebrated on Thursday. May her soul and the souls of all the faithful departed rest in peace.""",
gold=[]),
]
