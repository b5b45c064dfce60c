"""Immaculate Conception Cathedral and Sacred Heart parishes, Brownsville: weekly bulletin, "Please pray for the
repose of the souls of ..." notices in English and Spanish, plain text. Hand-labelled."""

FEED = "icc"
ITEMS = [
dict(guid="bro_icc_bulletin_2026_05_10_a", pub="2026-05-10T07:00:00-05:00", title="Esperanza Ybarra - Brownsville",
body="""Please pray for the repose of the soul of Esperanza Ybarra, 88, a faithful parishioner for more than sixty years, who died on Tuesday, May 5. Esperanza sewed the altar linens for the Cathedral and taught catechism to the first communion classes for decades.

She leaves behind her daughters, Leticia "Lety" Guerra (the late Rubén Guerra) of Brownsville and Marta Ybarra of Los Angeles; her son, Felipe Ybarra of Olmito; and eleven grandchildren. She was preceded in death by her husband, Felipe Ybarra Sr.

Funeral Mass: Saturday, May 16, at 10 a.m. at the Cathedral. Que en paz descanse.""",
gold=[("BRO021", "survivor")]),

dict(guid="bro_icc_bulletin_2026_06_21_a", pub="2026-06-21T07:00:00-05:00", title="Teresa Montemayor - Brownsville",
body="""Oremos por el eterno descanso de Teresa Montemayor, 79, who died peacefully on June 15 at the home of her niece, Licha Montemayor, in Brownsville, who cared for her during her long illness.

Teresa never married. She worked for forty years at the Brownsville Public Library and started its Spanish-language story hour. Besides her niece Licha, she leaves her brother, Octavio Montemayor of Monterrey, N.L., and many cousins.

A memorial Mass will be offered on Saturday, June 27, at 9 a.m. Que descanse en paz.""",
gold=[("BRO012", "survivor")]),

dict(guid="bro_icc_bulletin_2026_07_26_a", pub="2026-07-26T07:00:00-05:00", title="Manuel \"Meme\" Cisneros - Brownsville",
body="""Please keep in your prayers the family of Manuel "Meme" Cisneros, 71, usher at the 8 a.m. Mass for thirty years, who died on July 19. He is survived by his wife, Herminia Cisneros; his sons, Manuel Jr. and Roy Cisneros; and six grandchildren. His funeral Mass was celebrated on Friday. Que en paz descanse.""",
gold=[]),
]
