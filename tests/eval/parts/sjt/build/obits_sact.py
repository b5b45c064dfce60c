"""San Angelo Courier-Times (invented daily): terse paid death notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "sact"
ITEMS = [
dict(guid="sjt_sact_dn_20260211_schwertner", pub="2026-02-11T05:30:00-06:00",
title="SCHWERTNER, Alvin Otto",
body="""SCHWERTNER, Alvin Otto, 81, of Wall, died Feb. 9, 2026. Retired farmer, member of St. Paul Lutheran Church, Wall. Survivors: wife Hilda; sons Kurt and Dennis; sister Lorene (Dub) Tankersley of San Angelo; nephew Virgil Wohlfahrt of San Angelo. Services 10 a.m. Friday, St. Paul Lutheran Church, Wall. Concho Valley Memorial Chapel.""",
gold=[("SJT002", "survivor"), ("SJT001", "survivor")]),

dict(guid="sjt_sact_dn_20260304_hubbard", pub="2026-03-04T05:30:00-06:00",
title="HUBBARD, Leota Faye",
body="""HUBBARD, Leota Faye, 94, of San Angelo, died March 1, 2026. Retired telephone operator. Survivors: daughters Carol Ann Hubbard and Patsy Greer; four grandchildren. Graveside 11 a.m. Wednesday, Fairmount Cemetery.""",
gold=[]),

dict(guid="sjt_sact_dn_20260422_frerich", pub="2026-04-22T05:30:00-05:00",
title="FRERICH, Erwin Henry",
body="""FRERICH, Erwin Henry, 86, of Miles, died April 19, 2026. Farmed cotton and milo near Rowena for 60 years. Survivors: wife Alma; son Gary Frerich of Miles; sister Jo Ann Hoelscher of Wall. Preceded by brother Harold. Services 2 p.m. Thursday, Zion Lutheran Church, Miles.""",
gold=[("SJT004", "survivor")]),

dict(guid="sjt_sact_dn_20260527_ochotorena", pub="2026-05-27T05:30:00-05:00",
title="OCHOTORENA, Ramiro",
body="""OCHOTORENA, Ramiro, 79, of Del Rio, died May 23, 2026, in Del Rio. Retired U.S. Border Patrol agent. Survivors: wife of 55 years, Carmen; sons Ramiro Jr. and Daniel, both of Del Rio; daughter Yolanda Ochotorena Ruiz of San Antonio. Rosary 7 p.m. Thursday, Mass 10 a.m. Friday, Sacred Heart Catholic Church, Del Rio. Published at the request of the family.""",
gold=[]),

dict(guid="sjt_sact_dn_20260710_dspain", pub="2026-07-10T05:30:00-05:00",
title="D'SPAIN, Ruby Lee",
body="""D'SPAIN, Ruby Lee, 90, of Christoval, died July 7, 2026. Longtime cook at the Christoval school cafeteria. Survivors: sons Lonnie D'Spain of Christoval and Royce D'Spain of Eldorado; six grandchildren. Preceded by husband Floyd. Services 10 a.m. Saturday, Christoval Baptist Church; burial Christoval Cemetery.""",
gold=[("SJT008", "survivor")]),

dict(guid="sjt_sact_dn_20261005_dehoyos", pub="2026-10-05T05:30:00-05:00",
title="DE HOYOS, Oralia",
body="""DE HOYOS, Oralia, of San Angelo, died Oct. 3, 2026. Rosary and Mass of Christian Burial pending with Concho Valley Memorial Chapel.""",
gold=[("SJT007", "possible_deceased_client")]),
]
