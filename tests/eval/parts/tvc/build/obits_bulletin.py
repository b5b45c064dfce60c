"""Holy Rosary (Cedar) & St. Wenceslaus (Gills Pier) Catholic Community - weekly bulletin, "Pray for Our Faithful
Departed": a Leelanau parish cluster of Polish and Czech (Bohemian) farm families; plain text, Polish/Czech prayer
lines, notices sent in for relatives elsewhere. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="tvc_hrsw_2026-03-01_pachulski", pub="2026-03-01T07:00:00-05:00", title="Irene Pachulski (née Bohnet) - Traverse City",
body="""Please keep in your prayers Irene Pachulski (née Bohnet), of Traverse City, formerly of Cedar, who died peacefully on February 24, 2026. Irene was the widow of Stanley Pachulski and for many years baked the paczki for our Fat Tuesday sale, 600 dozen in a good year. She is survived by her nephews, Thomas Bohnet of Kalkaska and Michael Pachulski of Bay City, and her goddaughter, Krystyna Wilczek. Funeral Mass was celebrated Saturday at Holy Rosary, Fr. Dominic Wiśniewski presiding; burial in Holy Rosary Cemetery.

Wieczny odpoczynek racz jej dać, Panie. Eternal rest grant unto her, O Lord.""",
gold=[("TVC016", "deceased_client")]),

dict(guid="tvc_hrsw_2026-03-22_sobieralski-jozef", pub="2026-03-22T07:00:00-04:00", title="Józef \"Joe\" Sobieralski - Cedar",
body="""Our parish family mourns Józef "Joe" Sobieralski, 74, of Cedar, who died on March 17, 2026, at Munson Medical Center. Joe was an usher at the 8 o'clock Mass for forty years, cut the church lawn without being asked and played the accordion at every Polish Harvest Festival since 1972.

He is survived by his wife, Bernadette; his daughters, Kasia (Mark) Rentz of Maple City and Monika Sobieralski of Chicago; his brother, Leonard (Dolores) Sobieralski of Cedar; and five grandchildren. He was preceded in death by his parents, Kazimierz and Helena (Mikowski) Sobieralski.

The Funeral Mass will be Thursday at 11 a.m. at Holy Rosary, with the Rosary at 10:30. Wieczny odpoczynek racz mu dać, Panie.""",
gold=[("TVC001", "survivor"), ("TVC002", "survivor")]),

dict(guid="tvc_hrsw_2026-04-12_sobieralski-dolores", pub="2026-04-12T07:00:00-04:00", title="Dolores Sobieralski (née Nowicki) - Hamtramck",
body="""Please pray also for Dolores Sobieralski (née Nowicki), 76, of Hamtramck, who died April 6, 2026, at Henry Ford Hospital in Detroit. She was the aunt of our organist, Mark Nowicki, and sang in the choir at St. Florian for more than fifty years. She is survived by her husband of 54 years, Stanley Sobieralski; her sons, Peter and Gregory; and seven grandchildren. The Funeral Mass was celebrated at St. Florian Church, Hamtramck.""",
gold=[]),  # namesake of TVC002 Dolores Sobieralski (nee Pleva) of Cedar, same age: other maiden name, other husband, other town

dict(guid="tvc_hrsw_2026-06-07_kolarik-rose", pub="2026-06-07T07:00:00-04:00", title="Růžena \"Rose\" Kolarik - Northport",
body="""Our prayers are with the family of Růžena "Rose" Kolarik, 97, of Northport, our oldest parishioner at St. Wenceslaus, who died May 31, 2026. Rose was born in Gills Pier to Bohemian parents, Václav and Marie (Pleva) Hájek, spoke Czech to her chickens and to the bishop alike, and made kolaches for every funeral luncheon for sixty years.

She is survived by her daughter, Jo Ann Kolarik of Northport, who cared for her at home; her son, Frank Kolarik of Lansing; and three grandchildren. She was preceded in death by her husband, Joseph.

Funeral Mass Friday at 10 a.m. at St. Wenceslaus, Gills Pier. Odpočinutí věčné dej jí, Pane.""",
gold=[("TVC021", "survivor")]),
]
