"""Cathedral of Our Lady of Guadalupe (Dodge City) and St. Anthony of Padua (Liberal): parish bulletin
prayer notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="gcm_bulletin_2026_02_08_a", pub="2026-02-08T07:00:00-06:00", title="Please pray for our faithful departed",
body="""Please remember in your prayers the soul of Esperanza Armendariz, 91, who died Feb. 3 in Dodge City, mother-in-law of our parishioner Lupe Armendariz, who lost her husband, Rogelio, only two years ago. Funeral Mass was celebrated Thursday at the Cathedral. Que descanse en paz.""",
gold=[("GCM010", "survivor")]),

dict(guid="gcm_bulletin_2026_03_15_b", pub="2026-03-15T07:00:00-05:00", title="Anniversary Masses this week",
body="""Mass intentions this week: Monday 8 a.m., for the repose of the soul of Leon Seiwert (fifth anniversary), requested by LaVerne Seiwert. Wednesday 6 p.m., for the Ochoa and Ramirez families. Saturday 5 p.m., for the people of the parish.""",
gold=[]),

dict(guid="gcm_bulletin_2026_04_19_c", pub="2026-04-19T07:00:00-05:00", title="Oremos por nuestros difuntos / Let us pray for our departed",
body="""Tomasa Villalobos, 96, died April 14 in Hooker, Oklahoma. She was the grandmother of Nacho Villalobos, who ushers at the 11 a.m. Spanish Mass. Please keep Nacho and the Villalobos family in your prayers. Oremos por ella.""",
gold=[("GCM012", "survivor")]),
]
