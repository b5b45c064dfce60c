"""Golden Crescent Death Notices (brief paid notices, surname-first headings, plain text). Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="vct_dn_000311", pub="2026-01-10T06:00:00-06:00", title="KUSSEROW, Wilhelm Otto \"Willie\"",
body="""CUERO - Wilhelm Otto "Willie" Kusserow, 84, of Cuero passed away Sunday, January 4, 2026, at Cuero Regional Hospital surrounded by his family. Born October 14, 1941, in Meyersville. Survived by his wife of 61 years, Lorene (Dornburg) Kusserow of Cuero; sons Dale (Tammy) and Kent. Funeral Friday 10 a.m., St. Mark's Lutheran Church. Buhler-Dietze Funeral Home, Cuero.""",
gold=[]),  # later copy of vct_cc_obit_260108: labelled on the earlier copy only

dict(guid="vct_dn_000342", pub="2026-02-04T06:00:00-06:00", title="NGUYEN, Van Duc",
body="""Van Duc Nguyen, 78, of Port Lavaca, died Jan. 31, 2026. Came to Seadrift in 1979 and shrimped Espiritu Santo Bay for 35 years. Survived by son Hoang "Henry" Nguyen (Mai) of Port Lavaca; daughter Lan Vo of Houston; eight grandchildren. Preceded in death by wife, Thu. Funeral Mass 10 a.m. Saturday, Our Lady of Vietnam Catholic Church, Port Lavaca.""",
gold=[("VCT015", "survivor"), ("VCT016", "survivor")]),

dict(guid="vct_dn_000367", pub="2026-03-02T06:00:00-06:00", title="TRAN, Thanh",
body="""Thanh Tran, 24, of Houston, died Feb. 26, 2026. Graduate of Alief Hastings High School and the University of Houston. Survived by parents Minh and Lien Tran of Houston; sister, Vy. Services Saturday, Vietnamese Martyrs Catholic Church, Houston.""",
gold=[]),

dict(guid="vct_dn_000389", pub="2026-04-06T06:00:00-05:00", title="ZENGERLE, Patricia \"Patsy\"",
body="""Patricia "Patsy" Zengerle of Cuero died April 2, 2026. Arrangements are pending with Freund Funeral Home, Cuero.""",
gold=[("VCT013", "possible_deceased_client")]),

dict(guid="vct_dn_000402", pub="2026-04-28T06:00:00-05:00", title="WENDEL, Harvey L.",
body="""Harvey Lee Wendel, 81, of Port Lavaca, died April 24, 2026. Retired Alcoa Point Comfort operator; Calhoun County Fair volunteer for 40 years. Survived by son Kyle Wendel of Port Lavaca; daughter Tracy Hawes (Troy) of Port O'Connor; four grandchildren. Preceded in death by wife, Glenda. Service 2 p.m. Thursday, First Baptist Church, Port Lavaca.""",
gold=[("VCT012", "survivor")]),
]
