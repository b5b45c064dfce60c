"""The Forks Herald, "Death Notices": brief paid notices, surname-first headings, 20-60 words. Hand-labelled."""

ITEMS = [
dict(guid="gfk_frh_dn_2026_0108_kuznia", pub="2026-01-08T05:15:00-06:00",
title="KUZNIA, Bernard \"Bernie\"",
body="""KUZNIA, Bernard "Bernie," 80, Warren, Minn., died Monday, January 5, 2026, at North Valley Health Center, Warren. Survived by his sisters, Nadine Vonasek, East Grand Forks, and Rose Kuznia, Warren. Mass of Christian Burial 11 a.m. Saturday, St. Mary's Catholic Church, Warren. Arrangements: Carlin Funeral Home, Warren.""",
gold=[("GFK019", "survivor")]),

dict(guid="gfk_frh_dn_2026_0226_stavenes", pub="2026-02-26T05:15:00-06:00",
title="STAVENES, Oscar",
body="""STAVENES, Oscar M., 93, Larimore, died Tuesday, February 24, 2026, at Larimore Good Samaritan Center. Survived by his daughter, Jo Ann Torkelson, Larimore, and son, Dean Stavenes, Mesa, Ariz. Funeral 1 p.m. Monday, Larimore Lutheran Church. Arrangements: Larimore Funeral Home.""",
gold=[("GFK009", "survivor")]),

dict(guid="gfk_frh_dn_2026_0421_ghimire", pub="2026-04-21T05:15:00-05:00",
title="GHIMIRE, Hari Prasad",
body="""GHIMIRE, Hari Prasad, 79, Grand Forks, died Saturday, April 18, 2026, at his son's home in Grand Forks. Born in Dagana, Bhutan; lived 18 years in the Beldangi refugee camp, Nepal; came to Grand Forks in 2010. Survived by his wife, Devi; sons, Bishnu (Tulasa) and Dilli, both of Grand Forks. Hindu funeral rites Monday; Sondreal-Bakken Funeral Chapel.""",
gold=[("GFK011", "survivor"), ("GFK012", "survivor")]),

dict(guid="gfk_frh_dn_2026_0730_rinkenberger", pub="2026-07-30T05:15:00-05:00",
title="RINKENBERGER, Wilhelmina \"Willa\"",
body="""RINKENBERGER, Wilhelmina "Willa," 61, Fergus Falls, Minn., died Sunday, July 26, 2026, at Lake Region Healthcare, Fergus Falls. Survived by husband, Dale; daughters, Amy and Kristin. Funeral 11 a.m. Friday, Bethlehem Lutheran Church, Fergus Falls. Arrangements: Olson Funeral Home.""",
gold=[]),

dict(guid="gfk_frh_dn_2026_1110_vonasek", pub="2026-11-10T05:15:00-06:00",
title="VONASEK, Nadine M.",
body="""VONASEK, Nadine M., East Grand Forks, died Sunday, November 8, 2026, at Altru Hospital, Grand Forks. Arrangements are pending with the Sondreal-Bakken East Grand Forks chapel.""",
gold=[("GFK019", "possible_deceased_client")]),
]
