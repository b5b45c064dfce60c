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
]
