"""Magnolia Heritage Notes - Passings: a community paper gathering notices from Choctaw communities, the Chinese
Baptist and Lebanese Orthodox/Maronite congregations and the Spanish-language Mass community of central Mississippi.
Teaser in description, HTML in content:encoded. Hand-labelled (gold=[...] beside each text)."""

FEED = "heritage"
ITEMS = [
dict(guid="jan_heritage_2026_01_29", pub="2026-01-29T09:00:00-06:00", title="Eliza Willis Billie, Pearl River community",
body="""Eliza Willis Billie, 83, of the Pearl River community near Choctaw, passed on January 25, 2026, at the Choctaw Health Center.

Mrs. Billie was a fluent Choctaw speaker and a master basket weaver whose swamp-cane baskets are in the collection of the Mississippi Museum of Art. She taught Choctaw language classes at Pearl River Elementary for twenty years and sewed the traditional dresses for generations of Choctaw Indian Princess contestants.

She is survived by her husband, Jimmie Billie; her daughters, Sandra Billie and Teresa Billie John; her sister, Loretta Chitto of Pearl; her brothers, Harrison Willis of Bogue Chitto and Ellis Willis of Conehatta; her nephew, Darrell Tubby of Madison; and many grandchildren.

Wake services were held at the family home. Funeral services were Wednesday at Pearl River Baptist Church, with burial in the church cemetery.""",
# sister Loretta Chitto (maiden Willis) of Pearl = JAN008; nephew Darrell Tubby of Madison = JAN009.
gold=[("JAN008", "survivor"), ("JAN009", "survivor")]),

dict(guid="jan_heritage_2026_03_12", pub="2026-03-12T09:00:00-05:00", title="Joe Sam Wong, 1936-2026",
body="""Joe Sam Wong, 89, of Jackson, formerly of Greenville, died March 9, 2026, at the Blake at Township.

Born in Taishan, Guangdong, he came to the Delta at fifteen to work in his uncle's grocery and later ran Wong's Food Store on Nelson Street in Greenville for thirty-eight years, extending credit to field hands and doctors alike. After retiring he moved to Jackson to be near family and became a fixture at First Chinese Baptist Church.

He is survived by his son, Dr. Albert Wong of Nashville; his daughter, Lily Wong Chin of Jackson; his nephew Ray Gong and his wife, Frances, of Ridgeland, who cared for him in his last years; four grandchildren; and many cousins in the Delta and in California. His wife, Mae Ling, died in 2012.

A memorial service will be held Saturday at First Chinese Baptist Church, Jackson.""",
# nephew Ray (nickname of Raymond) Gong and his wife Frances of Ridgeland: JAN010, JAN011.
gold=[("JAN010", "survivor"), ("JAN011", "survivor")]),

dict(guid="jan_heritage_2026_04_16", pub="2026-04-16T09:00:00-05:00", title="Antoine \"Tony\" Khoury, of Dearborn",
body="""Antoine "Tony" Khoury, 58, of Dearborn, Michigan, died April 11, 2026, after a short illness. He was a cousin of several Lebanese families in Vicksburg and Jackson and spent his boyhood summers in Vicksburg.

He owned Cedar Land Bakery in Dearborn for twenty-five years. He is survived by his wife, Rima Khoury; his children, Elie, Maya and Joseph; his mother, Samia Khoury of Dearborn; and his brothers, Fadi and Georges.

Funeral services were held at St. Sharbel Maronite Catholic Church, Dearborn. The St. George Lebanese Heritage Society of Vicksburg will offer a Mass in his memory.""",
# namesake far away (Dearborn), 58 (JAN005 Tony Khoury of Jackson is b. 1961, married to Nadia): nothing.
gold=[]),

dict(guid="jan_heritage_2026_05_07", pub="2026-05-07T09:00:00-05:00", title="Rosa Ortega de Ramírez",
body="""Rosa Ortega de Ramírez, 79, of Madison, died May 3, 2026, surrounded by her family. Born in Puebla, México, she came to Mississippi in 2004 to help raise her grandchildren and became the heart of the Spanish-language Mass community at St. Francis of Assisi in Madison, where she led the rosary on Wednesday nights.

Le sobreviven su hija, Ana Lucía Ramírez, of Madison; her son, Jorge Ramírez Ortega, of Puebla; six grandchildren; and her sister, Carmen Ortega. She was preceded in death by her husband, Jorge Ramírez.

A rosary will be prayed Thursday at 7 p.m. and the Funeral Mass celebrated Friday at 10 a.m. at St. Francis of Assisi Catholic Church, Madison.""",
# daughter Ana Lucía Ramírez of Madison = JAN016 (roster "Ana Lucia" / "Ramirez Ortega"; one part of the compound surname).
gold=[("JAN016", "survivor")]),
]
