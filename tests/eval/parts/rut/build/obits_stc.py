"""St. Casimir & Holy Innocents parish bulletin (West Rutland / Rutland): "Pray for our faithful departed",
plain text, short notices. Hand-labelled."""

ITEMS = [
dict(guid="rut_stc_bul_20260412", pub="2026-04-12T07:00:00-04:00", title="Jadwiga Szczepanik - West Rutland",
body="""Please pray for the repose of the soul of Jadwiga "Jadzia" Szczepanik, 97, who died April 8 at home on Barnes Street, West Rutland, where she lived for seventy years. She was the mother of our parishioner and usher Bart Szczepanik, with whom she lived, and of the late Joseph. Wieczny odpoczynek racz jej dać, Panie. A Mass of Christian Burial will be offered Wednesday at 10 a.m.""",
gold=[("RUT016", "survivor")]),

dict(guid="rut_stc_bul_20260419", pub="2026-04-19T07:00:00-04:00", title="Stanley Wojcik - Rutland Town",
body="""Please keep in your prayers Stanley Wojcik, 80, of Rutland Town, who died April 14. He is survived by his wife, Barbara, and his daughters, Anne and Christine. The funeral Mass will be Monday at 11 a.m.; his friend Stan Wojcikowski will read the first reading, and the Altar Society will host the luncheon.""",
gold=[]),

dict(guid="rut_stc_bul_20260426", pub="2026-04-26T07:00:00-04:00", title="Colette Beaudoin - Castleton",
body="""Eternal rest grant unto her, O Lord. Colette Marie Beaudoin, 88, of Castleton, died April 21. She is survived by her daughter and namesake, Colette Beaudoin-Greene of Castleton, and her son, Luc Beaudoin of Montreal. She was predeceased by her husband, Gerard. Priez pour elle.""",
gold=[("RUT007", "survivor")]),

dict(guid="rut_stc_bul_20260503", pub="2026-05-03T07:00:00-04:00", title="Month's Mind Mass - Arthur Lafountain",
body="""A Month's Mind Mass for the late Arthur "Art" Lafountain of Brandon will be offered Saturday at 4 p.m., requested by his wife, Priscilla. All are welcome.""",
gold=[]),

dict(guid="rut_stc_bul_20260510", pub="2026-05-10T07:00:00-04:00", title="Frances Guarino - Rutland",
body="""Please pray for Frances (Fanny) Guarino, 82, of Rutland, who died May 5. She is survived by her daughter, Dr. Imogen Haskins of Rutland, and her grandsons, Owen and Felix Haskins. She was predeceased by her husband, Vincent. The funeral Mass will be Tuesday at 10 a.m.""",
gold=[("RUT020", "survivor")]),

dict(guid="rut_stc_bul_20260524", pub="2026-05-24T07:00:00-04:00", title="Peter Valente - Cranston, R.I.",
body="""Please keep in your prayers Peter Valente, 84, of Cranston, Rhode Island, who died May 18. He was the uncle and godfather of our parishioner Peter Valente of Rutland. He is survived by his wife, Carmela, and his children in Rhode Island.""",
gold=[("RUT018", "survivor")]),
]
