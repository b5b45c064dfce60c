"""Northeast Catholic Courier (diocesan weekly) - "Pray for Our Dead": parish and religious-community notices,
plain text, "Mrs. Edward Mleziva" forms. Hand-labelled."""

FEED = "nec"
ITEMS = [
dict(guid="grb_nec-pfod-2026-0412", pub="2026-04-10T07:00:00-05:00", title="Sister M. Bernadine Wildenberg, OSF",
body="""Sister Mary Bernadine Wildenberg, OSF, 91, a School Sister of St. Francis for 72 years, died April 5, 2026, at the motherhouse infirmary in Bay Settlement. Born Clara Wildenberg in Kimberly, she taught music in parish schools in Kaukauna, Chilton and Marinette and played the organ for the Sisters' chapel until her 90th year. She is survived by her religious community; her brother, Bernard "Bernie" Wildenberg of Kimberly; and many nieces and nephews. She was preceded in death by her parents and by her brothers, Norbert and Alois. The Mass of Christian Burial was celebrated April 9 in the motherhouse chapel.""",
gold=[("GRB018", "survivor")]),

dict(guid="grb_nec-pfod-2026-0539", pub="2026-05-15T07:00:00-05:00", title="Irene Mleziva (Mrs. Edward Mleziva) - Sturgeon Bay",
body="""Irene Mleziva (Mrs. Edward Mleziva), 80, of Sturgeon Bay, a member of St. Joseph Parish, died May 9, 2026. A Czech-Bohemian daughter of the Door peninsula, she ran the parish fish boil for 22 summers. She is survived by her husband, Edward; her son, James, and his wife, Angela, of Sturgeon Bay; her daughter, Renee Brey of Egg Harbor; and six grandchildren. Funeral Mass was celebrated May 13 at St. Joseph, Fr. Dominic Chao presiding.""",
gold=[("GRB019", "survivor")]),

dict(guid="grb_nec-pfod-2026-0701", pub="2026-07-17T07:00:00-05:00", title="Joan Vandenhouten - Marinette",
body="""Joan C. Vandenhouten, 72, of Marinette, a member of Holy Family Parish, died July 11, 2026. A nurse at the Marinette hospital for 38 years, she was the wife of the late Robert Vandenhouten. She is survived by her children, Kristin (Jeff) Lauzon of Peshtigo and Brian Vandenhouten of Menominee, Mich.; and four grandchildren. Funeral Mass was celebrated July 15 at Holy Family.""",
gold=[]),

dict(guid="grb_nec-pfod-2026-0833", pub="2026-08-21T07:00:00-05:00", title="Walter S. Kaczmarowski - Pulaski",
body="""Walter S. Kaczmarowski, 82, of Pulaski, a Franciscan tertiary and longtime cantor at the Polish Mass, died August 15, 2026, the feast of the Assumption. He farmed near Krakow until 2004. Survivors include his wife, Bernice (Rataczak); his sons, Peter and Paul Kaczmarowski of Pulaski; and his brother, Stanley "Stan" Kaczmarowski of Pulaski. He was preceded in death by his parents, Jan and Rozalia, and by his sister-in-law, Dorothy Kaczmarowski, last month. Wieczny odpoczynek racz mu dać, Panie. Mass of Christian Burial was celebrated August 19, Fr. Kazimierz Nowacki presiding; pallbearers were Ron Schermitzler, Len Vandenhouten and his grandsons.""",
gold=[("GRB005", "survivor")]),
]
