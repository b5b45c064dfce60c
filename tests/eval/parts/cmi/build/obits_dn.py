"""The Prairie Gazette (Champaign County daily): paid death notices, surname-first headings, plain text.
Hand-labelled (`gold=` beside each text)."""

FEED = "dn"
ITEMS = [
dict(guid="cmi_pg_dn_260212_schnetzler", pub="2026-02-12T05:30:00-06:00",
title="SCHNETZLER, Wilma Jean",
body="""SCHNETZLER, Wilma Jean, 94, of Sidney, died Tuesday, Feb. 10, 2026, at Sidney Village. Born Jan. 5, 1932, in Broadlands, she married Walter Schnetzler, who preceded her in death in 1998. Survivors include a daughter, Mrs. Harold (Loretta) Wendtland of Champaign; two sons, Dale of Sidney and Roger of Philo; eleven grandchildren. Services 10 a.m. Saturday, St. John Lutheran Church, Sidney. Blackwell-Hartsock Chapel, Sidney, in charge.""",
gold=[("CMI002", "survivor"), ("CMI001", "survivor")]),

dict(guid="cmi_pg_dn_260219_vanhoorebeke", pub="2026-02-19T05:30:00-06:00",
title="VAN HOOREBEKE, Maurice J.",
body="""VAN HOOREBEKE, Maurice J., 76, of Moline, died Monday, Feb. 16, 2026, at UnityPoint Health-Trinity, Moline. He retired from John Deere Harvester Works after 38 years and was a lifelong member of the Center for Belgian Culture. Survivors: wife, Yvonne; sons, Gerard and Luc, both of Moline; brother, Rene of Kewanee. Funeral Mass 10 a.m. Friday, Sacred Heart Church, Moline. Trimble Funeral Home, Moline.""",
gold=[]),   # namesake of CMI020 (Urbana, same age) 240 km away, with a wife the client does not have

dict(guid="cmi_pg_dn_260305_hollinshead", pub="2026-03-05T05:30:00-06:00",
title="HOLLINSHEAD, Dwayne Sr.",
body="""HOLLINSHEAD, Dwayne Sr., 78, of Rantoul, died Tuesday, March 3, 2026, at home. A U.S. Air Force veteran, he came to Chanute AFB in 1968 and stayed on as a civilian aircraft mechanic. Survivors: wife, Bernice; son, Dwayne Hollinshead Jr. (Sharonda) of Rantoul; daughter, Carla Hollinshead of Chicago; six grandchildren. Homegoing service 11 a.m. Saturday, Greater Faith Missionary Baptist Church, Rantoul.""",
gold=[("CMI004", "survivor")]),

dict(guid="cmi_pg_dn_260326_trimmell", pub="2026-03-26T05:30:00-05:00",
title="TRIMMELL, Russell James \"R.J.\"",
body="""TRIMMELL, Russell James "R.J.", 24, of St. Joseph, died Sunday, March 22, 2026, in a traffic accident on Interstate 74. A 2020 graduate of St. Joseph-Ogden High School, he worked at the Kraft Heinz plant in Champaign. Survivors: parents, Dale and Kimberly Trimmell of St. Joseph; sister, Paige; grandparents, Jim and Carol Trimmell of Homer. Services 1 p.m. Saturday, St. Joseph United Methodist Church.""",
gold=[]),   # young namesake of CMI011 (Russ Trimmell, b. 1960, wife Jo Ann): survived by parents, no roster relative named

dict(guid="cmi_pg_dn_260409_oberkfell", pub="2026-04-09T05:30:00-05:00",
title="OBERKFELL, Mary Beth",
body="""OBERKFELL, Mary Beth, 67, of Belleville, died Monday, April 6, 2026, at Memorial Hospital East, Shiloh. A nurse at St. Elizabeth's Hospital for 40 years. Survivors: husband, Dennis; sons, Kyle (Amanda) of O'Fallon and Brian of Swansea. Mass of Christian Burial 10 a.m. Saturday, Blessed Sacrament Church, Belleville. Kurrus Funeral Home in charge.""",
gold=[]),   # namesake of CMI003 (Urbana, unmarried) in Belleville, with a husband

dict(guid="cmi_pg_dn_260514_kauffeld", pub="2026-05-14T05:30:00-05:00",
title="KAUFFELD, Levi D.",
body="""KAUFFELD, Levi D., 71, of rural Arthur, died Tuesday, May 12, 2026, at his home. He farmed and built harness near Arthur all his life. Survivors: wife, Ruth (Beachy) Kauffeld; sons, Menno, Eli and Daniel; daughters, Sarah Miller and Esther Schlabach; 31 grandchildren; a sister-in-law, Elnora Kauffeld of Tuscola. Preceded in death by a brother, Amos Kauffeld. Services 9 a.m. Friday at the Menno Kauffeld home; burial in Otto Cemetery.""",
gold=[("CMI019", "survivor")]),

dict(guid="cmi_pg_dn_260716_stahlhut", pub="2026-07-16T05:30:00-05:00",
title="STAHLHUT, Cornelia \"Connie\" (Eichelberger)",
body="""STAHLHUT, Cornelia "Connie" (Eichelberger), 86, of Tolono, died Tuesday, July 14, 2026, at Carle Foundation Hospital, Urbana. Born Oct. 3, 1939, in Pesotum to Fred and Anna Eichelberger, she married Elmer Stahlhut in 1960; he died in 2011. She was Tolono's village clerk for 24 years. Survivors: nephews, Dean Eichelberger of Pesotum and Craig Stahlhut of Savoy; nieces. Services 10 a.m. Monday, Trinity Lutheran Church, Tolono.""",
gold=[("CMI009", "deceased_client")]),   # birth date and maiden name = roster

dict(guid="cmi_pg_dn_260901_kauffeld", pub="2026-09-01T05:30:00-05:00",
title="KAUFFELD, Elnora",
body="""KAUFFELD, Elnora, of Tuscola, died Sunday, Aug. 30, 2026. Arrangements are pending at Reinhart Funeral Home, Tuscola.""",
gold=[("CMI019", "possible_deceased_client")]),   # name and town only: please verify
]
