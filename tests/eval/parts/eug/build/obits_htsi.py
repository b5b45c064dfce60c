"""Holy Trinity & San Isidro Parish (Springfield and Eugene): weekly bulletin, 'Please pray for' notices, some
bilingual, plain text. Hand-labelled."""

ITEMS = [
dict(guid="eug_htsi_bulletin_20260412_zavala", pub="2026-04-12T07:00:00-07:00", title="Please pray for Ruben Zavala",
body="""Please keep in your prayers the soul of Ruben Zavala, 59, of Springfield, who died on April 6 after a long illness, and his wife, Chela Zavala, and their children Itzel and Mateo. Ruben ushered at the 12:30 Spanish Mass for many years. Por favor oren por el eterno descanso de Ruben Zavala y por su esposa Chela y sus hijos. The funeral Mass will be celebrated Saturday at 10 a.m. at San Isidro.""",
gold=[("EUG006", "survivor")]),

dict(guid="eug_htsi_bulletin_20260503_oshaughnessy", pub="2026-05-03T07:00:00-07:00", title="Pray for Brigid O'Shaughnessy",
body="""We ask your prayers for Brigid O'Shaughnessy, 88, of Oranmore, County Galway, who died in Ireland on April 27. She was the mother of our parishioner Dermot O'Shaughnessy of Eugene, who has flown home for the funeral. A Mass for her will be offered at Holy Trinity on Saturday, May 9, at 9 a.m.""",
gold=[("EUG007", "survivor")]),

dict(guid="eug_htsi_bulletin_20260614_arredondo", pub="2026-06-14T07:00:00-07:00", title="Oremos por Ezequiel Arredondo",
body="""Please pray for Ezequiel Arredondo, 19, of Woodburn, who died June 8 in a crash on Interstate 5, and for his parents, Jaime and Lucía Arredondo, relatives of several families at San Isidro. Oremos por Ezequiel y por sus padres. A rosary will be prayed Tuesday at 7 p.m. in the parish hall.""",
gold=[]),
]
