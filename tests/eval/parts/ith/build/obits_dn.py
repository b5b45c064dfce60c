"""The Cayuga Sentinel (Ithaca daily): paid death notices, surname-first headings, terse plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="ith_sentinel_dn_2026_0418", pub="2026-01-21T05:00:00-05:00", title="TEN EYCK, Pieter",
body="""TEN EYCK, Pieter H., 74, of Albany, died January 18, 2026, at Albany Medical Center. Retired from the New York State Comptroller's office. Survived by his wife of 50 years, Johanna (Vos) Ten Eyck; sons Hendrik of Delmar and Willem of Saratoga Springs; five grandchildren. Calling hours Friday 4-7 p.m., Tebbutt Funeral Home, Albany. Funeral Saturday 10 a.m., First Reformed Church of Albany.""",
gold=[]),  # namesake: Albany, 74, wife Johanna; client ITH008 is 76, Groton, wife Gretchen

dict(guid="ith_sentinel_dn_2026_0452", pub="2026-03-05T05:00:00-05:00", title="FEUERSTEIN, Howard S.",
body="""FEUERSTEIN, Howard S., 64, of Teaneck, N.J., on March 2, 2026. Beloved husband of Sharon (Adler) Feuerstein; devoted father of Jonah and Talia; dear brother of Jeffrey Feuerstein of Ithaca. Services were held March 4 at Congregation Beth Sholom, Teaneck. Shiva in Teaneck through Sunday.""",
gold=[]),  # namesake: 64, Teaneck, wife Sharon; client ITH021 is 72, Ithaca, wife Miriam. Jeffrey is not a client.

dict(guid="ith_sentinel_dn_2026_0477", pub="2026-04-09T05:00:00-04:00", title="SZCZEPANIK, Bartholomew J. Sr.",
body="""SZCZEPANIK, Bartholomew J. Sr., 86, of Cortland, April 6, 2026, at Cortland Regional Medical Center. Retired from Smith Corona after 31 years. Member of St. Anthony's Church and the Polish Home. Survived by his son, Bart Szczepanik Jr. (Deirdre) of Lansing; daughter Teresa Kowalczyk (Stan) of Homer; six grandchildren. Predeceased by his wife, Helen (Nowak), in 2018. Mass of Christian Burial Saturday 10 a.m., St. Anthony's, Cortland. Arrangements by Wright-Bosworth Funeral Home.""",
gold=[("ITH003", "survivor")]),

dict(guid="ith_sentinel_dn_2026_0503", pub="2026-05-19T05:00:00-04:00", title="MARSH, Doris E.",
body="""MARSH, Doris E., 90, of Dryden, May 16, 2026, at Dryden Manor. A Dryden Central School cafeteria cook for 27 years. Survived by her son, Glenn Marsh of Dryden; her niece, Siobhan O'Shaughnessy of Freeville, who cared for her in her last years; three grandchildren. Predeceased by her husband, Everett Marsh, and her sister, Eileen O'Shaughnessy. Graveside service Thursday 11 a.m., Green Hills Cemetery, Dryden.""",
gold=[("ITH007", "survivor")]),  # niece placed in Freeville, ~7 km from the roster town Dryden

dict(guid="ith_sentinel_dn_2026_0531", pub="2026-07-10T05:00:00-04:00", title="WIXOM, Henrietta \"Etta\" (Brink)",
body="""WIXOM, Henrietta "Etta" (Brink), 85, of Lansing, July 7, 2026, at home. Born January 17, 1941, in Ludlowville, the daughter of Harold and Ada Brink. Lansing Central School librarian for 33 years and a founding member of the Lansing Historical Association. Predeceased by her husband, Carl Wixom, in 2012. Survived by her sons, Paul (Janet) Wixom of Lansing and Mark Wixom of Syracuse; five grandchildren. Memorial service Saturday 2 p.m., Lansing United Methodist Church.""",
gold=[("ITH015", "deceased_client")]),  # birth date and maiden name match the roster

dict(guid="ith_sentinel_dn_2026_0588", pub="2026-09-26T05:00:00-04:00", title="QUACKENBUSH, Everett J. \"Ev\"",
body="""QUACKENBUSH, Everett J. "Ev", 80, of Ithaca, September 20, 2026. Navy veteran, retired machinist, Morse Chain and Cornell University. Husband of Lorraine (Tichenor) Quackenbush. Memorial service Monday 11 a.m., First Presbyterian Church, Ithaca. Cayuga Lakeview & Fall Creek Funeral Chapel.""",
gold=[]),  # second, later copy of ith_clfc_obit_2026_0236: labelled on the earlier copy only

dict(guid="ith_sentinel_dn_2026_0612", pub="2026-10-06T05:00:00-04:00", title="BRACKENRIDGE, Wilhelmina",
body="""BRACKENRIDGE, Wilhelmina, of Ithaca, October 3, 2026. Arrangements are pending with the Cayuga Lakeview & Fall Creek Funeral Chapel, Ithaca.""",
gold=[("ITH010", "possible_deceased_client")]),  # same name and town, nothing else to confirm or rule out

dict(guid="ith_sentinel_dn_2026_0640", pub="2026-11-12T05:00:00-05:00", title="VORONKOVA, Galina Petrovna",
body="""VORONKOVA, Galina Petrovna, 80, of Cayuga Heights, formerly of St. Petersburg, Russia, November 9, 2026. A retired engineer of the Kirov Works who came to Ithaca in 2011 to be near her family. Survived by her son, Dmitri Voronkov, and his wife, Natalya, of Cayuga Heights; her granddaughters, Sofia and Anya. Predeceased by her husband, Pyotr Voronkov. Funeral service Saturday 10 a.m., St. Nicholas Orthodox Chapel, Ithaca; burial at Lake View Cemetery.""",
gold=[("ITH016", "survivor"), ("ITH017", "survivor")]),  # Cayuga Heights lies inside ZIP 14850, next to Ithaca
]
