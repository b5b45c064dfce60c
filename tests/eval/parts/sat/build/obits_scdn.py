"""San Antonio Star-Courier paid death notices: brief paid notices, plain text, surname-first headings.
Hand-labelled (gold=[...] beside each text)."""

FEED = "scdn"
ITEMS = [
dict(guid="sat_scdn_2026_004112", pub="2026-01-28T06:00:00-06:00", title="CANTÚ, Refugio \"Cuca\"",
body="""CANTÚ, Refugio "Cuca," 94, of San Antonio, entered into rest on January 25, 2026. Born in Cotulla. Survived by her daughters, Lupita (Ernesto) Saldaña of San Antonio and Rosario Cantú of Dallas; 11 grandchildren and 19 great-grandchildren. Preceded in death by her husband, Eusebio Cantú. Rosary 7 p.m. Thursday, Funeraria del Oeste; Mass 10 a.m. Friday, St. Mary Magdalen Catholic Church. Interment San Fernando Cemetery II.""",
gold=[("SAT001", "survivor"), ("SAT002", "survivor")]),

dict(guid="sat_scdn_2026_004187", pub="2026-02-04T06:00:00-06:00", title="SALDAÑA, Ernesto R.",
body="""SALDAÑA, Ernesto R., 76, of Laredo, passed away January 31, 2026. Retired U.S. Customs inspector. Survived by his wife of 50 years, Elvia; sons Ernesto Jr. and Raúl; six grandchildren. Funeral Mass 10 a.m. Saturday, San Agustín Cathedral, Laredo. Arrangements by Rose Garden Funeral Home, Laredo.""",
gold=[]),

dict(guid="sat_scdn_2026_004260", pub="2026-02-19T06:00:00-06:00", title="PAWELEK, Theresa Marie",
body="""PAWELEK, Theresa Marie "Tessa," 24, of San Antonio, died February 15, 2026. A 2023 graduate of UTSA and a second-grade teacher at Harlandale ISD. Survived by her parents, Michael and Diane Pawelek of San Antonio; her brother, Nathan; and her grandmother, Terry Pawelek of San Antonio, for whom she was named. Mass of Christian Burial 11 a.m. Monday, St. Leo the Great Catholic Church.""",
gold=[("SAT014", "survivor")]),

dict(guid="sat_scdn_2026_004311", pub="2026-03-03T06:00:00-06:00", title="YBARRA, Rodrigo Andrés",
body="""YBARRA, Rodrigo Andrés, 22, of Converse, was called home February 27, 2026. Judson High School Class of 2022; apprentice electrician. Survived by his parents, Armando and Sylvia Ybarra of Converse; sisters Jazmín and Valeria; grandparents Rodrigo and Elena Ybarra of Eagle Pass. Visitation 5-9 p.m. Wednesday, Porter Loring North. Mass 10 a.m. Thursday, St. Monica Catholic Church, Converse.""",
gold=[]),

dict(guid="sat_scdn_2026_004398", pub="2026-03-24T06:00:00-05:00", title="OGLETREE, Mattie Lou",
body="""OGLETREE, Mattie Lou, 89, of Selma, Alabama, went home to be with the Lord on March 18, 2026. Retired schoolteacher. Survived by her sons, MSgt (Ret.) Darnell Ogletree of Converse, Texas, and Curtis Ogletree of Montgomery, Ala.; her daughter, Bernice Ogletree Harris of Selma; nine grandchildren. Homegoing service 11 a.m. Saturday, Brown Chapel AME Church, Selma.""",
gold=[("SAT011", "survivor")]),

dict(guid="sat_scdn_2026_004455", pub="2026-04-15T06:00:00-05:00", title="O'CONNELL, Margaret \"Peggy\"",
body="""O'CONNELL, Margaret "Peggy" (née Hanrahan), 86, of Cibolo, died April 11, 2026. Born in Chicago; an Air Force wife who followed her late husband, CMSgt James O'Connell, to eleven bases before they settled near Randolph in 1979. Survived by her son, Pat O'Connell (Linda) of Cibolo; daughter Maureen Keefe of Tampa; five grandchildren. Mass 10 a.m. Friday, St. Monica Catholic Church, Converse; interment Fort Sam Houston National Cemetery.""",
gold=[("SAT015", "survivor")]),

dict(guid="sat_scdn_2026_004530", pub="2026-06-05T06:00:00-05:00", title="VOGEL, Herman",
body="""VOGEL, Herman, of Seguin, passed away June 3, 2026. Arrangements are pending with Guadalupe Valley Funeral Home, Seguin chapel.""",
gold=[("SAT022", "possible_deceased_client")]),

dict(guid="sat_scdn_2026_004611", pub="2026-08-11T06:00:00-05:00", title="ELIZONDO, Jesús \"Chuy\"",
body="""ELIZONDO, Jesús "Chuy," 79, of San Antonio, passed away August 7, 2026. Retired Kelly AFB machinist and a lifelong Spurs season-ticket holder. Survived by his daughter, Carmen Elizondo of San Antonio; his son, Jesse Elizondo (Norma) of Helotes; four grandchildren. Preceded in death by his wife, Alicia (Ruiz) Elizondo. Rosary 7 p.m. Monday, Mission Park Funeral Chapels North; Mass 11 a.m. Tuesday, St. Brigid Catholic Church.""",
gold=[("SAT019", "survivor")]),
]
