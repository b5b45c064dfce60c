"""Nuestra Señora del Río Bravo Parish (invented), Laredo: the weekly bulletin's "Oremos por nuestros difuntos /
Let us pray for our deceased" notices, bilingual, plain text, short. Hand-labelled."""

FEED = "nsrb"
ITEMS = [
dict(guid="lrd_nsrb_2026_03_08_zamarripa", pub="2026-03-08T07:00:00-06:00",
title="Oremos por: Rogelio Zamarripa",
body="""Oremos por el eterno descanso de Rogelio Zamarripa, 80, quien falleció el 3 de marzo. Rogelio sirvió como ujier en la Misa de las 8 por más de veinte años.

Le sobreviven su esposa Elodia, sus hijos Rogelio Jr. y Marisa, y su hermana Herlinda Zamarripa de Arizpe (Baudelio).

Please pray for the repose of the soul of Rogelio Zamarripa, 80, an usher at our 8 a.m. Mass for more than twenty years, and for his wife Elodia, his children, and his sister Herlinda and her husband Baudelio. Misa de difuntos: sábado 14 de marzo, 10 a.m.""",
gold=[("LRD002", "survivor"), ("LRD001", "survivor")]),

dict(guid="lrd_nsrb_2026_04_12_penaloza", pub="2026-04-12T07:00:00-05:00",
title="Let us pray for: Lucila Peñaloza",
body="""Let us pray for Lucila Peñaloza, 97, who died April 7 at her daughter's home on Zacatecas Street. Doña Lucila was the oldest member of our Guadalupanas and made the tamales for the parish jamaica every December until she was ninety-three.

She is survived by her daughter, Maricela Barrientos, and her son-in-law, Lolo Barrientos, of our parish; her son Efrén Peñaloza of Piedras Negras; and many grandchildren.

Oremos por Doña Lucila Peñaloza y por su familia. Rosario el martes a las 7 p.m. en la iglesia.""",
gold=[("LRD004", "survivor"), ("LRD003", "survivor")]),

dict(guid="lrd_nsrb_2026_05_24_de_la_pena", pub="2026-05-24T07:00:00-05:00",
title="Oremos por: Anastacio de la Peña",
body="""Oremos por Anastacio de la Peña, 92, de San Ygnacio, padre de nuestro lector Nacho De La Peña. Don Tacho was born in the old stone house on Treviño Street and kept goats there until he was eighty-eight.

Le sobreviven su hijo Ignacio "Nacho" De La Peña y su esposa Graciela, de San Ygnacio; su hija Dora de la Peña Uribe de Zapata; y nueve nietos.

Please keep the de la Peña family in your prayers. Funeral Mass Wednesday, 10 a.m., at Our Lady of Refuge Mission, San Ygnacio.""",
gold=[("LRD018", "survivor")]),

dict(guid="lrd_nsrb_2026_06_21_mass_intentions", pub="2026-06-21T07:00:00-05:00",
title="Mass intentions / Intenciones de la semana",
body="""Saturday 5:30 p.m.: † Wenceslao "Wency" Mireles, four months (requested by his wife, Perla Mireles).
Sunday 8:00 a.m.: † Eleuterio Barrientos Sr. (requested by the Barrientos family).
Sunday 10:30 a.m.: For the people of the parish / Por la comunidad.
Sunday 12:30 p.m.: † Lucila Peñaloza (requested by the Guadalupanas).
Tuesday 7:00 a.m.: In thanksgiving for the health of Amparo Bazán.""",
gold=[]),

dict(guid="lrd_nsrb_2026_07_19_saadeh", pub="2026-07-19T07:00:00-05:00",
title="Let us pray for: Nabil Saadeh",
body="""Please pray for the repose of the soul of Nabil Saadeh, 81, of Monterrey, Nuevo León, who died July 13. He was the brother of our parishioner Dr. Jamil Saadeh. Born in Zahlé, Lebanon, Don Nabil came to Monterrey in 1962 and built a textile business there.

Le sobreviven su esposa Samira, sus hijos Jorge y Mariam, y sus hermanos Jamil (Laredo) y Farid (Ciudad de México).

A Mass for Don Nabil will be offered at our 6 p.m. Mass on Thursday, July 23.""",
gold=[("LRD010", "survivor")]),
]
