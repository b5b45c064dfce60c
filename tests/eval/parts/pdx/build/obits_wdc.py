"""Willamette Daily Courier - paid death notices (statewide Oregon and Clark County, Wash.): surname-first
headings, terse plain text. Hand-labelled (gold=[...])."""

FEED = "wdc"
ITEMS = [
dict(guid="pdx_wdc_dn_2026_0114", pub="2026-01-15T06:00:00-08:00", title="O'SHEA, Kathleen M. \"Kate\"",
body="""Kathleen Marie "Kate" O'Shea, 67, of Bend, died Jan. 11, 2026. Retired Deschutes County nurse. Survived by husband, Brian; sons Liam and Declan, both of Bend; sister Noreen Keefe, Redmond. Mass 11 a.m. Friday, St. Francis of Assisi, Bend.""",
gold=[]),

dict(guid="pdx_wdc_dn_2026_0139", pub="2026-02-10T06:00:00-08:00", title="RANGEL, Refugio",
body="""Refugio Rangel, 88, of Cornelius, died Feb. 6, 2026. Born in Tangancícuaro, Michoacán; came to the Tualatin Valley in 1957 with the bracero program and stayed to farm berries. Survived by daughters Carmen Villaseñor and her husband, Chuy, of Hillsboro, and Alicia Rangel of Salem; sons Rigoberto and Efraín Rangel of Cornelius; 14 grandchildren. Preceded by wife, Socorro. Rosary 7 p.m. Thursday, Mass 10 a.m. Friday, St. Alexander Catholic Church, Cornelius.""",
gold=[("PDX014", "survivor"), ("PDX013", "survivor")]),

dict(guid="pdx_wdc_dn_2026_0151", pub="2026-02-24T06:00:00-08:00", title="OCHOA DELGADO, Ramón",
body="""Ramón Ochoa Delgado, 80, of Forest Grove, died Feb. 20, 2026. Foreman at Tualatin Valley nurseries for 41 years. Survived by wife, Estela; sons Ramón Jr. and Hugo, Forest Grove; sister Guadalupe "Lupe" Ochoa of Hillsboro; brother Arturo Ochoa, Guadalajara. Mass 11 a.m. Saturday, St. Anthony Catholic Church, Forest Grove.""",
gold=[("PDX012", "survivor")]),

dict(guid="pdx_wdc_dn_2026_0166", pub="2026-03-10T06:00:00-07:00", title="THORNBURY, Everett",
body="""Everett Thornbury of Lake Oswego died March 6, 2026. Arrangements are pending with Lakeside Funeral Chapel.""",
gold=[("PDX017", "possible_deceased_client")]),

dict(guid="pdx_wdc_dn_2026_0170", pub="2026-03-14T06:00:00-07:00", title="MATSUKAWA, Harold T. \"Hal\"",
body="""Harold Tadashi "Hal" Matsukawa, 84, of Gresham, died March 8, 2026. Retired Gresham High teacher. Survived by wife of 60 years, Grace; son Kenji, Seattle; daughter Joy Matsukawa-Ferris, Tigard; four grandchildren. Memorial 11 a.m. March 21, Epworth United Methodist Church. Arrangements: Riverview & Sunnyside Family Chapels.""",
gold=[]),  # second copy of pdx_rsfc_0355_harold-matsukawa: labelled on the earlier copy only

dict(guid="pdx_wdc_dn_2026_0188", pub="2026-04-03T06:00:00-07:00", title="AGUILAR, Tomás",
body="""Tomás Aguilar, 79, of Beaverton, died March 30, 2026. Retired machinist, Tektronix. Survived by his wife of 55 years, Rosa; daughters Elena Aguilar-Pratt of Aloha and Marisol Aguilar of Portland; five grandchildren. Mass 10 a.m. Wednesday, St. Cecilia Catholic Church, Beaverton.""",
gold=[]),  # roster PDX022 Tomas Aguilar of Beaverton is 46 and has no spouse: a namesake
]
