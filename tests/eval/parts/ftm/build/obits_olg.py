"""Our Lady of the Gulf Catholic Parish (Bonita Springs / Estero) weekly bulletin, "Please Pray For": short
notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ftm_olg_bulletin_20260201_01", pub="2026-02-01T07:00:00-05:00", title="Rosa Tzoc de Quiej - San Pedro Soloma, Guatemala",
body="""Please keep in your prayers Doña Rosa Tzoc de Quiej, 70, who died January 25 in San Pedro Soloma, Huehuetenango, Guatemala, the mother of our parishioner Rosalba Quiej of Bonita Springs, who sings with the Spanish choir at the 12:30 Mass. Oremos por ella. A novena is being prayed in the Quiej home on Pennsylvania Avenue each evening at 7; all are welcome.""",
gold=[("FTM017", "survivor")]),

dict(guid="ftm_olg_bulletin_20260315_01", pub="2026-03-15T07:00:00-04:00", title="Edward 'Eddie' Pruitt - Bonita Springs",
body="""Please pray for the repose of the soul of Edward "Eddie" Pruitt, 84, of Bonita Springs, who died March 9. Eddie ushered at the 8 a.m. Mass for twenty years. He is survived by his sister, our longtime parishioner Carol Ann Dunleavy of Bonita Springs, and by his nephews in Ohio. Funeral Mass Thursday at 10 a.m.; the Knights of Columbus will serve as honor guard.""",
gold=[("FTM008", "survivor")]),

dict(guid="ftm_olg_bulletin_20260426_01", pub="2026-04-26T07:00:00-04:00", title="Bernard Fitch - Estero",
body="""Please pray for Bernard Fitch, 90, of Estero, who died April 19, and for his wife, Joan. His Funeral Mass was celebrated Friday by Father Michael Boateng. Readers were Diane Osterhout and Carol Ann Dunleavy; the Altar Society, with Ken Osterhout at the coffee urn, hosted the reception in the parish hall. Thank you to all who helped.""",
gold=[]),
]
