"""St. Stanislaus & Holy Cross Parish (Kingston's Polish parish and its sister church), weekly bulletin
"Remember in Prayer" notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hzn_ststan_bulletin_2026_03_08_a", pub="2026-03-08T07:00:00-05:00",
title="Stanisław \"Stan\" Wierzbicki - Kingston",
body="""Please remember in your prayers our parishioner Stanisław "Stan" Wierzbicki, 79, who fell asleep in the Lord on March 2. Stan came to Kingston from Rzeszów in 1981 with two suitcases and a toolbox, worked for many years as a machinist at the Kingston plant, and for two decades was the first man in the church hall every Friday of Lent to start the pierogi.

Stan is survived by his son, Tomasz (Beata) Wierzbicki of Kingston, his granddaughters Zofia and Marta, and his sister Halina in Poland. He was preceded in death by his wife, Krystyna.

The Funeral Mass was offered on Saturday, March 7, by Fr. Jerzy Malinowski. Wieczny odpoczynek racz mu dać, Panie. Eternal rest grant unto him, O Lord.""",
gold=[("HZN022", "survivor")]),

dict(guid="hzn_ststan_bulletin_2026_04_19_a", pub="2026-04-19T07:00:00-04:00",
title="Irena Nowicka - Kingston",
body="""Please keep in your prayers Irena Nowicka, 93, our oldest member of the Rosary Society, who died on April 13 at Golden Hill. Pani Irena embroidered the altar cloths that we still use at Easter.

She is survived by her nieces, Dorota and Ewa, of Chicago, and by her many friends in the Rosary Society. Her husband, Józef, died in 1998.

The Funeral Mass was celebrated on Friday. Our thanks to the Knights of Columbus Council 275 and to the bearers, Tomasz Wierzbicki, Piotr Zaleski, Leland Lounsbury and Marek Dudek, and to Philippa Lounsbury, who arranged the luncheon in the hall.""",
gold=[]),

dict(guid="hzn_ststan_bulletin_2026_06_14_b", pub="2026-06-14T07:00:00-04:00",
title="Wilhelmina \"Billie\" Crispell - Hurley (notice from our sister parish, St. Joseph's)",
body="""From St. Joseph's: please pray for Wilhelmina "Billie" Osterhoudt Crispell, 82, of Hurley, who died June 9. Billie taught second grade at the Hurley Elementary School for thirty-one years and sang alto in the choir until Easter of this year.

She is survived by her husband, Lyman Crispell; her brother, Abe Osterhoudt, and his wife Nell, of Kingston; and her children, Paul Crispell and Anne Terwilliger. She was preceded in death by her brother, Jan.

Mass of Christian Burial was celebrated at St. Joseph's on June 13. May her soul and all the souls of the faithful departed rest in peace.""",
gold=[("HZN002", "survivor"), ("HZN001", "survivor")]),
]
