"""The Sioux Valley Courier: newspaper death notices, surname-first headings, terse plain text. Hand-labelled."""

FEED = "svc"
ITEMS = [
dict(guid="fsd_svc_dn_2026_02_0117", pub="2026-02-05T05:00:00-06:00",
title="SCHLENKER, Duane Sr.",
body="""SCHLENKER, Duane F. Sr., 88, Brandon, died Feb. 2, 2026, at Sanford USD Medical Center. Born Feb. 10, 1937, near Menno. Retired from the Brandon Valley School District transportation department. Survivors: son Duane Jr. (Carla), Brandon; daughter Renae (Todd) Pfeiffer, Valley Springs; five grandchildren, including Jace Schlenker, Brandon. Preceded by wife Edna (2018). Funeral 11 a.m. Monday, Brandon Lutheran Church. Arrangements: Heritage Valley Funeral Home, Brandon.""",
gold=[("FSD003", "survivor")]),

dict(guid="fsd_svc_dn_2026_02_0142", pub="2026-02-19T05:00:00-06:00",
title="TWEDT, Orville J.",
body="""TWEDT, Orville J., 81, Story City, Iowa, died Feb. 15, 2026. Born in Roland, Iowa. Farmed near Story City 50 years. Survivors: wife Marian; sons Kyle (Deb), Ames, and Mark, Des Moines; six grandchildren. Services 10:30 a.m. Saturday, St. Petri Lutheran Church, Story City. Notice placed by family in Sioux Falls.""",
gold=[]),

dict(guid="fsd_svc_dn_2026_03_0208", pub="2026-03-27T05:00:00-05:00",
title="BARTUNEK, Leonard",
body="""BARTUNEK, Leonard J., 84, Tabor, died March 24, 2026, at Avera Sacred Heart Hospital, Yankton. Born Oct. 3, 1941, in Tabor to Joseph and Marie (Hora) Bartunek. Farmed south of Tabor; longtime member of the Tabor Czech Heritage Festival board and the ZCBJ Lodge. Survivors: wife Lorraine; sons Dale (Patty), Tabor, and Mike, Yankton; sister JoAnn Kocourek, Dell Rapids; brother Frank (Helen) Bartunek, Wagner. Preceded by sister Agnes Pesek. Mass 10:30 a.m. Saturday, St. Wenceslaus Catholic Church, Tabor.""",
gold=[("FSD010", "survivor")]),

dict(guid="fsd_svc_dn_2026_04_0251", pub="2026-04-16T05:00:00-05:00",
title="OLTMANNS, Verna Mae",
body="""OLTMANNS, Verna Mae (Fossum), 89, Garretson, died April 13, 2026, at Palisade Manor. Born Sept. 21, 1936, in Sherman to Nels and Hilda (Berg) Fossum. Married Harvey Oltmanns 1957; he died in 2012. Taught country school in Minnehaha County, then 30 years at Garretson Elementary. Survivors: sons Dean (Lori), Garretson, and Curtis, Sioux Falls; daughter Janelle (Rick) Bakken, Luverne, Minn.; eight grandchildren. Funeral 10:30 a.m. Monday, Our Savior's Lutheran Church, Garretson. Prairie Rose Funeral Chapel, Garretson.""",
gold=[("FSD020", "deceased_client")]),

dict(guid="fsd_svc_dn_2026_05_0307", pub="2026-05-21T05:00:00-05:00",
title="HOFMEYER, Jerome \"Jerry\"",
body="""HOFMEYER, Jerome "Jerry," 65, Grand Junction, Colo., died May 17, 2026. Born in Mitchell, S.D.; moved to Colorado in 1984. Retired from Mesa County Road and Bridge. Survivors: wife Pam; daughter Shelby (Ryan) Ortiz, Fruita, Colo.; sister Joyce Weber, Mitchell. Services Saturday in Grand Junction.""",
gold=[]),

dict(guid="fsd_svc_dn_2026_07_0388", pub="2026-07-09T05:00:00-05:00",
title="WEISBECK, Elmer",
body="""WEISBECK, Elmer A., 83, Crooks, died July 6, 2026. Born near Freeman. Owned Weisbeck Welding in Crooks 40 years. Survivors: wife Dorothy; daughter Lisa (Kyle) Jarding, Renner; brother Harlan Weisbeck, Crooks; sister LaDonna Kleinsasser, Freeman. Funeral 10 a.m. Friday, St. Mary's Catholic Church, Dell Rapids.""",
gold=[]),

dict(guid="fsd_svc_dn_2026_09_0441", pub="2026-09-24T05:00:00-05:00",
title="SIEBRECHT, Paul A.",
body="""SIEBRECHT, Paul A., 59, Sioux Falls, died Sept. 21, 2026, after a short illness. Born in Watertown. Architect with Koch Hazard for 30 years; coached Sioux Falls Youth Hockey. Survivors: wife Kathryn "Kit" Siebrecht, Sioux Falls; sons Eli and Grant, Sioux Falls; mother Janice Siebrecht, Watertown. Memorial service 2 p.m. Saturday, Good Shepherd Lutheran Church, Sioux Falls.""",
gold=[("FSD017", "survivor")]),

dict(guid="fsd_svc_dn_2026_10_0467", pub="2026-10-08T05:00:00-05:00",
title="DE LEON, Armando Jr.",
body="""DE LEON, Armando Jr., 19, Worthington, Minn., died Oct. 4, 2026, in Worthington. Born in Worthington; 2025 graduate of Worthington High School, where he played soccer. Survivors: parents Armando Sr. and Maribel De Leon, Worthington; brothers Mateo and Luis; grandparents in Texas and Guatemala. Mass 11 a.m. Saturday, St. Mary's Catholic Church, Worthington.""",
gold=[]),

dict(guid="fsd_svc_dn_2026_11_0512", pub="2026-11-12T05:00:00-06:00",
title="DYKHUIZEN, Pauline",
body="""DYKHUIZEN, Pauline, Hartford. Arrangements pending with Prairie Rose Funeral Chapel, Sioux Falls.""",
gold=[("FSD014", "possible_deceased_client")]),
]
