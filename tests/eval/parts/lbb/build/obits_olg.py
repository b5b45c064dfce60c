"""Our Lady of Guadalupe - San José parish bulletin, Lubbock: bilingual notices ('Oremos por nuestros difuntos'),
plain text. Hand-labelled."""

FEED = "olg"
ITEMS = [
dict(guid="lbb_olg_difuntos_2026_02_15", pub="2026-02-15T08:00:00-06:00", title="Consuelo Olivarez de Carrasco, 79, Wolfforth",
body="""Oremos por el eterno descanso de Consuelo Olivarez de Carrasco, 79, de Wolfforth, quien falleció el 10 de febrero de 2026. Nació en Ojinaga, Chihuahua, y llegó a Lubbock en 1968. Por cuarenta años preparó tamales para la jamaica de la parroquia.

Le sobreviven su hija Graciela "Chela" Tafolla y su esposo Juan Pablo, de Wolfforth; su hijo Arturo Carrasco, de El Paso; y siete nietos. Le precedió en la muerte su esposo, Ramón Carrasco.

Please pray for the repose of the soul of Consuelo Olivarez de Carrasco, 79, of Wolfforth. She is survived by her daughter, Chela Tafolla, and son-in-law, Juan Pablo Tafolla, of Wolfforth; her son, Arturo Carrasco of El Paso; and seven grandchildren. Rosario: jueves 7 p.m.; Misa: viernes 10 a.m.""",
gold=[("LBB004", "survivor"), ("LBB003", "survivor")]),

dict(guid="lbb_olg_difuntos_2026_03_22", pub="2026-03-22T08:00:00-05:00", title="Ramiro Esparza Lujan, 68, Lubbock",
body="""Oremos por Ramiro Esparza Lujan, 68, de Lubbock, quien falleció el 17 de marzo de 2026. Ramiro was a welder at the Lubbock railyard for 35 years and an usher at the 8 a.m. Mass.

He is survived by his wife, Hortencia; his sons, Ramiro Jr. and Adrián; and his mother, Trinidad Lujan of Tahoka.

Lectores en la Misa: Eliseo "Cheo" De Hoyos y Norma Salcido. Padre Tomás Aguirre, celebrante.""",
gold=[]),

dict(guid="lbb_olg_difuntos_2026_06_07", pub="2026-06-07T08:00:00-05:00", title="Rosalie Pacheco, 77, Lubbock",
body="""Please pray for the repose of the soul of Rosalie Pacheco, 77, of Lubbock, who died June 2, 2026. Rosalie was born Rosalie D'Ambrosio in Pueblo, Colorado, and came to Lubbock as a bride in 1969. She ran the parish nursery for twenty years.

She is survived by her husband, Frank Pacheco; her sons, Michael and Stephen Pacheco of Lubbock; and her sister, Margie D'Ambrosio of Lubbock.

Oremos por ella. Rosary Tuesday 7 p.m.; Funeral Mass Wednesday 10 a.m.""",
gold=[("LBB013", "survivor")]),
]
