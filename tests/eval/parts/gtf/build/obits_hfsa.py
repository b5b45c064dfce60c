"""Holy Family & St. Anthony Parishes, Black Eagle and Great Falls: weekly bulletin, "Remember in your prayers"
notices (Croatian and Italian smelter families), plain text. Hand-labelled."""

FEED = "hfsa"
ITEMS = [
dict(guid="gtf_hfsa_bulletin_2026_03_08_a", pub="2026-03-08T07:00:00-07:00",
title="Stjepan \"Steve\" Matulich - Black Eagle",
body="""Please remember in your prayers Stjepan "Steve" Matulich, 88, of Black Eagle, who died March 4 after a long illness. Steve sang bass in the parish choir for sixty years and built the grotto behind the church with his own hands in 1974. He leaves his wife, Katica; his daughters, Ana (Joe) Ruzich of Great Falls and Maria Matulich of Seattle; and seven grandchildren.

The rosary will be prayed Tuesday at 7 p.m. in the church; Tony Perkovich will lead the rosary in Croatian and the choir will sing "Zdravo Djevo." The funeral Mass is Wednesday at 10 a.m. The Altar Society will serve lunch in the parish hall; please call Loretta at the parish office if you can bring a dish.

Pokoj vječni daruj mu, Gospodine. Eternal rest grant unto him, O Lord.""",
gold=[]),

dict(guid="gtf_hfsa_bulletin_2026_05_03_a", pub="2026-05-03T07:00:00-06:00",
title="Rose Bonacci - Black Eagle",
body="""Please remember in your prayers Rosa "Rose" Bonacci, 96, the oldest member of St. Anthony's, who died April 29 at Park Place. Rose came to Black Eagle from Calabria as a bride in 1951 and for fifty years made the pizzelle for every parish wedding.

She is survived by her daughter, Loretta Perkovich (Tony) of Black Eagle, who serves our parish office; her son, Dominic Bonacci of Las Vegas; her grandchildren, Nicholas Perkovich and Gina Perkovich Lacey; and four great-grandchildren. Her husband, Sal, went before her in 1998.

The funeral Mass will be celebrated Thursday at 11 a.m., with burial at Mount Olivet. L'eterno riposo dona a lei, o Signore.""",
gold=[("GTF004", "survivor"), ("GTF003", "survivor")]),

dict(guid="gtf_hfsa_bulletin_2026_07_05_b", pub="2026-07-05T07:00:00-06:00",
title="Anton Perkovich - Anaconda (from our sister parish)",
body="""From our sister parish of St. Peter's in Anaconda, please pray for Anton Perkovich, 61, who died suddenly on June 28 while fishing the Big Hole. Anton was a welder at the Anaconda foundry and a cousin of many Black Eagle families through the old smelter towns.

He is survived by his wife, Darlene; his daughters, Kristy and Megan; and his mother, Vera Perkovich, of Anaconda. The funeral Mass was celebrated July 3 at St. Peter's, Anaconda.""",
gold=[]),

dict(guid="gtf_hfsa_bulletin_2026_08_16_a", pub="2026-08-16T07:00:00-06:00",
title="Yvette D'Amour - Great Falls",
body="""Please remember in your prayers Yvette Jeanne D'Amour, 89, of Great Falls, who died August 11 at Benefis Hospital. Yvette was a seamstress who altered wedding gowns for half the brides of this parish and never charged a priest for a hem.

She is survived by her son, Marcel D'Amour and his wife, Evangeline, of Great Falls; her granddaughters, Chantal and Renee; and her brother, Gilles Parenteau of Lewistown. She was preceded in death by her husband, Armand.

The funeral Mass will be Tuesday at 10 a.m. at Holy Family, with burial at Mount Olivet.""",
gold=[("GTF019", "survivor")]),
]
