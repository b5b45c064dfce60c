"""St. Anne & Holy Ghost Church Family bulletin (Mansura / Marksville / Hessmer): "Pray for Our Faithful Departed",
short plain-text notices. Hand-labelled."""

ITEMS = [
dict(guid="aex_bulletin_2026_02_08_normand", pub="2026-02-08T07:00:00-06:00",
title="Pray for Alcide Joseph Normand - Cottonport",
body="""Please keep in your prayers the soul of Alcide Joseph Normand, 96, of Cottonport, who died February 3. His funeral Mass was celebrated at St. Mary's Assumption on February 6. Mr. Alcide sang in the French choir for sixty years. He leaves his daughters, Verna (Tooky) St. Romain of Cottonport and Vangie Normand of Bunkie, four grandchildren and six great-grandchildren. He was preceded in death by his wife, Azalie. Eternal rest grant unto him, O Lord.""",
gold=[("AEX009", "survivor"), ("AEX008", "survivor"), ("AEX015", "survivor")]),

dict(guid="aex_bulletin_2026_03_01_guidry", pub="2026-03-01T07:00:00-06:00",
title="Pray for Eula Mayeux Guidry - Hessmer",
body="""Pray for the repose of the soul of Eula Mayeux Guidry, 90, of Hessmer, who went to the Lord on February 24. Her funeral Mass was offered at St. Alphonsus on February 27. Miss Eula was a Eucharistic minister and a faithful member of the Altar Society. Survivors include her sons, Glenn and Russell Guidry of Hessmer; her sister, Lula Mae Guillot of Marksville; and many nieces and nephews. She was preceded in death by her husband, Nolan Guidry, and her brothers, Leo and Willis Mayeux. May she rest in peace.""",
gold=[("AEX013", "survivor")]),

dict(guid="aex_bulletin_2026_06_14_lachney", pub="2026-06-14T07:00:00-05:00",
title="Pray for Dorothy \"Dot\" Lachney - Hessmer",
body="""Please remember in your prayers Dorothy "Dot" Lachney, 90, of Hessmer, who died June 9 at Avoyelles Manor. Funeral Mass was offered at St. Alphonsus on June 12, Rev. Alphonse Ledoux celebrant. Miss Dot taught catechism for fifty years. She leaves her sons, Ray and Donald Lachney of Hessmer, and her daughter, Theresa Lachney Roy of Mansura. She was preceded in death by her husband, Ulysse Lachney. Eternal rest grant unto her, O Lord.""",
gold=[]),  # old namesake in another town; the client Dot Lachney (b. 1950, Pineville, husband Ferris) is alive
]
