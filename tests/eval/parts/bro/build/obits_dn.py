"""Valley Death Notices (paid notices placed in The Border Star and the Valley Morning papers): brief, surname-first
headings, plain text. Hand-labelled. One item is a later, shorter copy of a Border Star obituary."""

FEED = "dn"
ITEMS = [
dict(guid="bro_dn_2026_00031", pub="2026-01-27T06:00:00-06:00", title="ALBRECHT, Wilma R.",
body="""Wilma Ruth Albrecht, 97, of Sheboygan, Wis., died Jan. 22, 2026, at Sunny Ridge Health Center. Survived by son Kenneth (Sharon) Albrecht, South Padre Island, Texas; daughter Judith Lemke, Plymouth, Wis.; five grandchildren. Preceded in death by husband, Elmer. Services were held at St. Paul Lutheran Church, Sheboygan. Notice placed by the family for friends on the Island.""",
gold=[("BRO019", "survivor"), ("BRO020", "survivor")]),

dict(guid="bro_dn_2026_00058", pub="2026-02-18T06:00:00-06:00", title="BREKKE, Dale Roger",
body="""Dale Roger Brekke, 82, of Fergus Falls, Minn., and for fifteen winters of Mission, Texas, died Feb. 13, 2026, in Mission. Retired rural mail carrier. Survived by wife of 58 years, Lorraine; daughters Karen (Tom) Sather and Julie Brekke; four grandchildren. Memorial at Bethlehem Lutheran Church, Fergus Falls, in April. Friends at Bentsen Palm RV Resort will gather Sunday at 4 p.m.""",
gold=[]),

dict(guid="bro_dn_2026_00094", pub="2026-03-24T06:00:00-05:00", title="TREVIÑO, Juan José \"JJ\"",
body="""Juan José "JJ" Treviño, 44, of Brownsville, died March 20, 2026. Survived by wife, Marisol; children Juan José Jr., Camila and Diego; parents, Juan and Herlinda Treviño; brothers Rubén and Omar. Rosary 7 p.m. Wednesday, Garza Memorial Funeral Home. Mass 10 a.m. Thursday, St. Luke Catholic Church.""",
gold=[]),

dict(guid="bro_dn_2026_00171", pub="2026-07-07T06:00:00-05:00", title="SOLÍS, Arturo",
body="""Arturo Solís, of Weslaco, passed away July 3, 2026. Arrangements are pending with Funeraria del Valle, Weslaco.""",
gold=[("BRO014", "possible_deceased_client")]),

dict(guid="bro_dn_2026_00212", pub="2026-08-21T06:00:00-05:00", title="OLIVAREZ, Consuelo \"Chelo\" (Rendón)",
body="""Consuelo "Chelo" Rendón Olivarez, 85, of Brownsville, died Aug. 16, 2026. Retired Cummings Middle School cafeteria manager. Survived by daughters Rosa Olivarez Peña and Dora Olivarez; son Javier (Linda) Olivarez; sister Aurora Rendón, San Antonio; nine grandchildren, six great-grandchildren. Preceded in death by husband, Efraín. Rosary 7 p.m. Thursday, Darling-Mouser Funeral Home. Mass 9 a.m. Friday, Sacred Heart Church.""",
gold=[]),
]
