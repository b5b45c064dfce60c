"""Our Lady of the Lake Catholic Parish, Page, Ariz.: weekly bulletin "Pray for our departed", short notices sent
in by parishioners, plain text. Hand-labelled."""

FEED = "olb"
ITEMS = [
dict(guid="pga_olb_2026-02-01_pawlak", pub="2026-02-01T07:30:00-07:00", title="Pray for our departed: Tadeusz Pawlak",
body="""Please pray for the repose of the soul of Tadeusz Pawlak, 93, who died January 27 in Tucson. He was the father of our parishioners Dorota (Cas) Wojtaszek and Mary Beth (Lowell) Stallworthy. A Mass for Tadeusz will be offered here on Saturday, February 7, at 5:30 p.m. Wieczny odpoczynek racz mu dać, Panie.""",
gold=[("PGA017", "survivor"), ("PGA016", "survivor"), ("PGA018", "survivor")]),

dict(guid="pga_olb_2026-07-26_ocampo", pub="2026-07-26T07:30:00-07:00", title="Pray for our departed: Graciela Villaseñor de Ocampo",
body="""Remember in your prayers Graciela Villaseñor de Ocampo, 74, who died July 20, less than three months after her husband, Ernesto. Graciela lived with us in Page for the last year of her life and sang in the Spanish choir at the 12:30 Mass. She is survived by her daughter, Rosalinda Ocampo Villaseñor, and son-in-law, Arturo Reyes, of Kanab, and her son, Ernesto Jr., of Las Vegas. Descanse en paz.""",
gold=[("PGA007", "survivor")]),

dict(guid="pga_olb_2026-10-18_chee", pub="2026-10-18T07:30:00-07:00", title="Pray for our departed: Anselm Chee",
body="""Please pray for Anselm Chee, 84, longtime usher at the 8:00 Mass, who died October 12. He is survived by his wife, Philomena, and their six children. The rosary will be led by the Altar Society, Dorota Wojtaszek, president, on Thursday at 6 p.m.; the funeral Mass is Friday at 10 a.m. with Fr. Teodoro Baca presiding.""",
gold=[]),
]
