"""Honolulu Island Ledger obituaries: metro-daily paid obituaries with legacy-style titles ("Name Obituary
(1937 - 2026) - Kailua, HI - Honolulu Island Ledger"), plain text. Native Hawaiian family obituaries (Hawaiian
middle names, survivors listed by island, kahu officiating) and Filipino (Ilocano) obituaries (born in Ilocos
Norte, novena, rosary). Hand-labelled."""

FEED = "ild"
ITEMS = [
dict(guid="hnl_ild_obit_2026_0121", pub="2026-01-21T05:00:00-10:00",
title="Emmaline Leimomi Kahananui Obituary (1937 - 2026) - Kailua, HI - Honolulu Island Ledger",
body="""Emmaline Leimomi Kahananui, 88, of Kailua, Oahu, entered eternal rest on January 12, 2026. She was born in Hana, Maui, and was a kumu of lauhala weaving and a faithful member of Kailua's Ka Hale Pule o Ka Malamalama for more than sixty years.

She is survived by her sons, David "Kawika" (Noelani) Kahananui of Kailua and Samuel Kahananui of Hilo, Hawaii Island; daughters, Rose Kahananui-Pe'a of Wailuku, Maui, and Lehua (Mark) Kaleiwahea of Kapaa, Kauai; brother, Joseph Kaniho of Hana, Maui; 14 grandchildren and 22 great-grandchildren. She was preceded in death by her husband, Samuel Kahananui Sr.

Visitation 9 a.m., service 11 a.m., Saturday, February 7, at Ka Hale Pule o Ka Malamalama, Kailua; Kahu Alika Makanani officiating. Burial at Hawaiian Memorial Park. Aloha attire; flowers welcome.""",
gold=[("HNL005", "survivor"), ("HNL006", "survivor")]),

dict(guid="hnl_ild_obit_2026_0129", pub="2026-01-29T05:00:00-10:00",
title="Marcelino Ramiscal Obituary (1935 - 2026) - Waipahu, HI - Honolulu Island Ledger",
body="""Marcelino "Lino" Ramiscal, 90, of Waipahu, went home to the Lord on January 19, 2026. Born in Badoc, Ilocos Norte, Philippines, he came to Oahu in 1956 to work at Oahu Sugar and later retired as a maintenance foreman from Pearl Harbor Naval Shipyard. He was a founding member of the Badoc Association of Hawaii and kept a backyard garden of marungay, saluyot and bittermelon.

He is survived by his children, Herberto "Herbie" Ramiscal of Waipahu, Erlinda "Linda" (Rogelio) Agbayani of Waipahu and Teresita Ramiscal of Daly City, Calif.; 9 grandchildren and 6 great-grandchildren. He was preceded in death by his wife, Consolacion.

Novena nightly at 7 p.m. at the family home. Visitation 9 a.m., Mass 11 a.m., Monday, February 9, at St. Joseph Church, Waipahu. Burial at Mililani Memorial Park.""",
gold=[("HNL009", "survivor"), ("HNL008", "survivor")]),
dict(guid="hnl_ild_obit_2026_0218", pub="2026-02-18T05:00:00-10:00",
title="Remedios Bumanglag Obituary (1941 - 2026) - Waipahu, HI - Honolulu Island Ledger",
body="""Remedios "Remy" Pascual Bumanglag, 84, of Waipahu, passed away on February 8, 2026, at The Queen's Medical Center - West Oahu. She was born in Laoag, Ilocos Norte, and joined her husband on Oahu in 1968, working as a housekeeper at the Ilikai Hotel for 27 years. She was a devoted member of the St. Joseph Church Legion of Mary and the Ilocos Norte Association of Hawaii.

She is survived by her sons, Ferdinand "Ferdie" Bumanglag Jr. of Waipahu and Reynaldo (Marites) Bumanglag of Kapolei; daughter, Corazon (Antonio) Valdez of Las Vegas; sister, Rosario Pascual of Laoag City; 7 grandchildren. She was preceded in death by her husband, Ferdinand Bumanglag Sr.

Nightly rosary and novena at 7 p.m. at the family home. Visitation 9 a.m., Mass of Christian Burial 10:30 a.m., Friday, March 6, at St. Joseph Church, Waipahu. Burial at Mililani Memorial Park.""",
gold=[("HNL011", "survivor")]),

dict(guid="hnl_ild_obit_2026_0305", pub="2026-03-05T05:00:00-10:00",
title="Solomon Kealoha Kapuniai Obituary (1946 - 2026) - Waianae, HI - Honolulu Island Ledger",
body="""Solomon Kealoha Kapuniai, 79, of Waianae, Oahu, a retired Board of Water Supply foreman, Vietnam veteran and lifelong fisherman off Pokai Bay, passed away on February 24, 2026, at home.

He is survived by his wife, Annabelle Kapuniai; sons, Solomon "Sol" Kapuniai Jr. of Nanakuli and Kimo Kapuniai of Kealakekua, Hawaii Island; daughter, Kehaulani (Duane) Makua of Kahului, Maui; sister, Noelani (Kawika) Kahananui of Kailua; brother, Isaac Kapuniai of Lihue, Kauai; 11 grandchildren and 4 great-grandchildren.

Celebration of life 10 a.m., Saturday, March 21, at Waianae Hawaiian Church; Kahu Daniel Kahale officiating. Pallbearers: Sol Kapuniai Jr., Kimo Kapuniai, Duane Makua, Keola Naone, Bryson Kapuniai and Ikaika Makua. Burial at sea will follow. Aloha attire.""",
gold=[("HNL006", "survivor"), ("HNL005", "survivor")]),

dict(guid="hnl_ild_obit_2026_0402", pub="2026-04-02T05:00:00-10:00",
title="Benjamin Kaaihue Sr. Obituary (1944 - 2026) - Waipahu, HI - Honolulu Island Ledger",
body="""Benjamin Kaleo Kaaihue Sr., 81, of Waipahu, entered into rest on March 24, 2026. He was born in Kalaupapa, Molokai, and came to Oahu as a boy. He drove a Honolulu city bus for 34 years and sang bass with the Waipahu Hawaiian Civic Club choir.

He is survived by his son, Benjamin "Bennie" Kaaihue Jr. of Waipahu; daughters, Leinani Kaaihue of Kaunakakai, Molokai, and Malia (Keoni) Spencer of Waimea, Hawaii Island; sister, Hattie Kaaihue of Honolulu; 6 grandchildren. He was preceded in death by his wife, Rachel Kaaihue.

Visitation 9 a.m., service 10 a.m., Saturday, April 18, at Ko'olau Gardens Mortuary chapel; Kahu Alika Makanani officiating. Burial at Hawaii State Veterans Cemetery, Kaneohe. Aloha attire.""",
gold=[("HNL007", "survivor")]),

dict(guid="hnl_ild_obit_2026_0514", pub="2026-05-14T05:00:00-10:00",
title="Domingo Pascua Obituary (1949 - 2026) - Pearl City, HI - Honolulu Island Ledger",
body="""Domingo "Mingo" Pascua, 76, of Pearl City, passed away on May 3, 2026. Born in Sarrat, Ilocos Norte, he came to Hawaii in 1971 and worked as a cook at Pearl City Tavern and later at Leeward Community College, retiring in 2014. He was a past president of the Sarratenos of Hawaii.

He is survived by his wife, Lourdes Pascua; daughter, Jocelyn "Joy" Pascua of Pearl City; sons, Marlon (Aileen) Pascua of Ewa Beach and Rodel Pascua of San Diego; brothers, Ernesto Pascua of Sarrat and Victor Pascua of Waipahu; 5 grandchildren.

Nine-day novena at 7 p.m. at the family home. Visitation 5 p.m., prayer service 6 p.m., Thursday, May 21, at Our Lady of Good Counsel Church, Pearl City. Burial at Mililani Memorial Park.""",
gold=[("HNL021", "survivor")]),
dict(guid="hnl_ild_obit_2026_0618", pub="2026-06-18T05:00:00-10:00",
title="Rogelio Agbayani Obituary (1952 - 2026) - Waipahu, HI - Honolulu Island Ledger",
body="""Rogelio "Roger" Domingo Agbayani, 74, of Waipahu, passed away peacefully on June 9, 2026, at Hospice Hawaii's Kailua home. Born in Batac, Ilocos Norte, he came to Oahu in 1969, worked at Dole Cannery, retired in 2014 as a supervisor with the Honolulu Board of Water Supply and was a longtime officer of the Batac Association of Hawaii.

He is survived by his wife of 49 years, Erlinda "Linda" (Ramiscal) Agbayani; sons, Rommel (Jennifer) Agbayani of Mililani and Randy Agbayani of Las Vegas; daughter, Rowena Agbayani of Waipahu; brother-in-law, Herbie Ramiscal of Waipahu; 5 grandchildren. He was preceded in death by his parents, Eusebio and Milagros Agbayani.

Nightly rosary at 7 p.m. at the family home. Visitation 9 a.m., Mass 10:30 a.m., Saturday, June 27, at St. Joseph Church, Waipahu. Burial at Mililani Memorial Park.""",
gold=[("HNL008", "deceased_client"), ("HNL009", "spouse_of_deceased_client")]),
dict(guid="hnl_ild_obit_2026_0521", pub="2026-05-21T05:00:00-10:00",
title="Margaret Leimomi Naone Obituary (1952 - 2026) - Kahaluu, HI - Honolulu Island Ledger",
body="""Margaret Leimomi "Aunty Maggie" Naone, 73, of Kahaluu, Oahu, passed into the arms of ke Akua on May 10, 2026, at Adventist Health Castle. Born in Kaunakakai, Molokai, she was a Kahaluu Elementary School educational assistant for 29 years and a kupuna volunteer at the He'eia fishpond.

She leaves behind, on Oahu: her husband, Francis Naone; son, Keola (Leimamo) Naone; grandchildren, Kainoa, Kaimana and Leilani Naone. On Molokai: her sisters, Hannah Dudoit and Loretta Kalanihuia. On Maui: her son, Makana Naone. On Hawaii Island: her brother, Eli "Boy" Dudoit. Also survived by numerous nieces, nephews and calabash ohana.

Visitation 9 a.m., service 11 a.m., Friday, June 5, at Ko'olau Gardens Mortuary chapel; Kahu Alika Makanani officiating. Burial at Hawaii State Veterans Cemetery. Aloha attire; please no plastic lei.""",
gold=[("HNL019", "survivor")]),
]
