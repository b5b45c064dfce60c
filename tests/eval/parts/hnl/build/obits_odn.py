"""Island Ledger - Oahu Death Notices: terse paid notices, surname-first headings. Hand-labelled."""

FEED = "odn"
ITEMS = [
dict(guid="hnl_odn_2026_00118", pub="2026-02-12T05:00:00-10:00", title="NAKASATO, Clyde T.",
body="""Clyde Tsutomu Nakasato, 81, of Honolulu, a retired Kaimuki Middle School teacher, died Jan. 27, 2026. Born in Honolulu. Survived by wife Amy; son Brian; daughter Karen Nakasato-Wong; sisters Sharon Tanigawa and Florence Ige. Service 10 a.m. Feb. 21, Moiliili Hongwanji Mission. Arrangements by Ko'olau Gardens Mortuary.""",
gold=[]),
dict(guid="hnl_odn_2026_00097", pub="2026-02-04T05:00:00-10:00", title="CABANILLA, Crispina A.",
body="""Crispina Agustin Cabanilla, 93, of Honolulu (Kalihi), died Jan. 28, 2026. Born in Vintar, Ilocos Norte. Retired seamstress. Survived by daughter Maria Luz "Luz" Cabanilla of Honolulu; son Romeo Cabanilla of Vallejo, Calif.; 4 grandchildren. Novena nightly at 7 p.m. Mass 10 a.m. Feb. 14, Holy Trinity Church, Kalihi.""",
gold=[("HNL010", "survivor")]),

dict(guid="hnl_odn_2026_00153", pub="2026-03-18T05:00:00-10:00", title="KANEMORI, Ronald S.",
body="""Ronald Shoji Kanemori, 36, of Hilo, Hawaii Island, died March 9, 2026. Hilo High School graduate; electrician with Hawaii Electric Light. Survived by parents Glenn and Alice Kanemori of Hilo; sister Kristi Kanemori of Keaau. Service 4 p.m. March 28, Hilo Memorial Chapel.""",
gold=[]),

dict(guid="hnl_odn_2026_00171", pub="2026-04-09T05:00:00-10:00", title="RAPOZA, Darlene",
body="""Darlene Rapoza of Kailua died April 4, 2026. Arrangements pending with Ko'olau Gardens Mortuary.""",
gold=[("HNL017", "possible_deceased_client")]),

dict(guid="hnl_odn_2026_00189", pub="2026-04-23T05:00:00-10:00", title="KAMAKAU, Pualani K.",
body="""Pualani Keala Kamakau, 27, of Wailuku, Maui, died April 15, 2026. Baldwin High School and UH Maui College graduate; preschool teacher. Survived by parents Keoni and Lani Kamakau of Wailuku; brothers Koa and Kekoa. Celebration of life 11 a.m. May 2, Kanaha Beach Park, Kahului.""",
gold=[]),
dict(guid="hnl_odn_2026_00214", pub="2026-05-27T05:00:00-10:00", title="AH SING, Rose Lin Ho",
body="""Rose Lin Ho Ah Sing, 89, of Honolulu (Liliha), died May 19, 2026. Retired Chinatown herbal shop clerk; member of the Lung Doo Benevolent Society. Survived by sons Wendell Ah Sing of Honolulu and Randall (Gail) Ah Sing of Kaneohe; daughter Lorna Ah Sing-Kamaka of Pahoa, Hawaii Island; 5 grandchildren. Preceded in death by husband Alvin. Service 10 a.m. June 13, Ko'olau Gardens Mortuary. Casual attire.""",
gold=[("HNL016", "survivor")]),
]
