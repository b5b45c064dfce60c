"""Capital City Courier paid death notices (Des Moines metro daily): short, surname-first headings, plain text.
Hand-labelled (gold=[...])."""

FEED = "ccc"
ITEMS = [
dict(guid="dsm_ccc_dn_260311_graziano", pub="2026-03-11T05:00:00-05:00", title="GRAZIANO, Anthony J. Sr.",
body="""GRAZIANO, Anthony J. Sr., 91, Des Moines, died March 8, 2026. Retired owner of Graziano's Italian Sausage. Survived by son Anthony J. "Tony" Graziano Jr. (Carla), Des Moines; daughter Theresa Mancuso, Urbandale; 8 grandchildren; 12 great-grandchildren. Preceded in death by wife Rose (Caligiuri). Mass 10 a.m. Saturday, St. Anthony's Catholic Church. Hamilton-Caruso Funeral Home.""",
gold=[("D008", "survivor"), ("D009", "survivor")]),

dict(guid="dsm_ccc_dn_260422_lindahl", pub="2026-04-22T05:00:00-05:00", title="LINDAHL, Gunnar Olaf",
body="""LINDAHL, Gunnar Olaf, 82, Moorhead, Minn., formerly of Fort Dodge, died April 18, 2026. Retired Burlington Northern conductor. Survived by wife of 58 years, Beverly; sons Erik (Amy), Fargo, and Jon, Bemidji; five grandchildren. Service 11 a.m. Friday, Trinity Lutheran Church, Moorhead.""",
gold=[]),

dict(guid="dsm_ccc_dn_260609_brekke", pub="2026-06-09T05:00:00-05:00", title="BREKKE, Harold Leif",
body="""BREKKE, Harold Leif, 80, Story City, died June 5, 2026. Farmed near Roland for 50 years. Survived by wife Lorraine; daughter Lisa Ann Brekke, Cumming; son Kent (Tammy) Brekke, Story City; four grandchildren. Funeral 10:30 a.m. Wednesday, St. Petri Lutheran Church, Story City.""",
gold=[("D023", "survivor")]),

dict(guid="dsm_ccc_dn_260805_damato", pub="2026-08-05T05:00:00-05:00", title="D'AMATO, Vincent P.",
body="""D'AMATO, Vincent P., Des Moines, passed away Aug. 3, 2026. Arrangements pending with Hamilton-Caruso Funeral Home.""",
gold=[("D010", "possible_deceased_client")]),

dict(guid="dsm_ccc_dn_260918_mccallister", pub="2026-09-18T05:00:00-05:00", title="McCALLISTER, Joan Ellen",
body="""McCALLISTER, Joan Ellen, 73, Clive, died Sept. 15, 2026. Retired Principal Financial Group underwriter. Survived by husband Dennis; daughters Kerry (Sean) Walsh, Waukee, and Megan McCallister, Chicago. Memorial 2 p.m. Saturday, St. Pius X Catholic Church, Urbandale.""",
gold=[]),
]
