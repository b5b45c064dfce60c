"""San Ignacio de Loyola Parish, East Bakersfield: weekly bulletin, "Pray for our faithful departed / Oremos por
nuestros difuntos", bilingual notices sent in by parishioners and sister parishes, plain text. Hand-labelled."""

FEED = "sil"
ITEMS = [
dict(guid="bfl_sil_bulletin_2026_0111_a", pub="2026-01-11T07:00:00-08:00",
title="Graciano Bracamontes - Oremos por nuestros difuntos",
body="""Please keep in your prayers the soul of Graciano Bracamontes, 84, who died January 3 in Bakersfield. Don Graciano ushered at the 8:30 Spanish Mass for forty years and always had a peppermint for the altar servers.

Descanse en paz. Le sobreviven su esposa, Refugio; sus hijos, Armando, Leticia y Gerardo; su hermana, Felicitas Bracamontes de Rubalcava, de Bakersfield; y numerosos nietos. Le precedieron en la muerte sus padres y su hermano Ramón.

Rosario el jueves a las 7 p.m. y Misa de Cuerpo Presente el viernes a las 10 a.m. aquí en San Ignacio.""",
gold=[("BFL019", "survivor")]),

dict(guid="bfl_sil_bulletin_2026_0301_a", pub="2026-03-01T07:00:00-08:00",
title="Bautista Iturriria - Pray for our faithful departed",
body="""Please pray for the repose of the soul of Bautista "Tista" Iturriria, 84, who was buried from San Ignacio on February 20. Tista cooked for our Basque Mass breakfast every September for fifty years. We keep his wife, Maite, our longtime sacristan, and all the Iturriria and Oyarzabal families in our prayers.

Goian bego. May he rest in peace.""",
gold=[]),

dict(guid="bfl_sil_bulletin_2026_0419_a", pub="2026-04-19T07:00:00-07:00",
title="Marisol Landeros - Oremos por nuestros difuntos",
body="""Our sister parish of Madonna del Sasso in Salinas asks our prayers for Marisol Landeros, 61, of Salinas, who died April 10 after a car accident on Highway 101. Marisol was a catechist there for twenty years. She is survived by her husband, Octavio; her sons, Octavio Jr. and Iván; and her mother, Dolores Landeros, all of Salinas.

Dale, Señor, el descanso eterno, y brille para ella la luz perpetua.""",
gold=[]),

dict(guid="bfl_sil_bulletin_2026_0517_a", pub="2026-05-17T07:00:00-07:00",
title="Leonora Manalastas Ocampo - Pray for our faithful departed",
body="""Please remember in your prayers Leonora Manalastas Ocampo, 97, of Delano, who died May 9. Lola Nora, as everyone knew her, came from Pampanga in 1972 to join her husband, a farmworker and a veteran of the 1965 Delano grape strike. She is survived by her daughter, Perla Ocampo Dimaculangan and son-in-law, Rudy, of Delano, who drive down to our Simbang Gabi every December; her son, Ernesto Ocampo of Daly City; eleven grandchildren and fourteen great-grandchildren. She was preceded in death by her husband, Crisanto Ocampo.

The nine-day novena is being prayed at the family home in Delano. The Funeral Mass will be at Our Lady of Guadalupe Church, Delano, on May 20 at 10 a.m.""",
gold=[("BFL012", "survivor"), ("BFL011", "survivor")]),
]
