"""Ko'olau Gardens Mortuary & Crematory (Kaneohe / Honolulu): funeral-home feed, Japanese-American family style
(Buddhist temple or church services, "aloha attire", "no koden"), teaser description + HTML content. Hand-labelled."""

FEED = "kgm"
ITEMS = [
dict(guid="hnl_kgm_2026_0114", pub="2026-01-14T09:30:00-10:00", title="Tsuruko Higashionna",
body="""Tsuruko Higashionna, 94, of Pearl City, passed away peacefully on January 6, 2026, at Pali Momi Medical Center, surrounded by family. She was born in Waipahu on Oahu and worked for 31 years at the Waipahu sugar mill office before retiring in 1992. She was a longtime member of the Pearl City Hongwanji Fujinkai and loved her garden, her bonsai and her Sunday hanafuda games.

She is survived by her daughter, Lorraine (Ronald) Kanemori of Aiea; son, Dean (Carol) Higashionna of Mililani; grandchildren, Kyle Kanemori, Brandon Kanemori and Ashley Higashionna; great-grandson, Kainalu; sister, Fumiko Arakaki of Hilo, Hawaii Island. She was preceded in death by her husband, Seiko Higashionna.

Private family service at Pearl City Hongwanji. Inurnment at Hawaiian Memorial Park. No koden please; aloha attire.""",
gold=[("HNL004", "survivor"), ("HNL003", "survivor")]),

dict(guid="hnl_kgm_2026_0203", pub="2026-02-03T10:00:00-10:00", title="Clyde Tsutomu Nakasato",
body="""Clyde Tsutomu Nakasato, 81, of Honolulu, passed away on January 27, 2026, at Kuakini Medical Center. He was born March 9, 1944, in Honolulu. A graduate of McKinley High School and the University of Hawaii, he taught industrial arts at Kaimuki Middle School for 33 years and never missed a Saturday at the Kaimuki Hongwanji mochi pounding.

He is survived by his wife of 54 years, Amy (Fujioka) Nakasato; son, Brian (Tricia) Nakasato of Seattle; daughter, Karen Nakasato-Wong of Mililani; sisters, Sharon (Stanley) Tanigawa of Manoa and Florence Ige of Hilo, Hawaii Island; and three grandchildren.

Visitation 9 a.m., service 10 a.m., Saturday, February 21, at Moiliili Hongwanji Mission. Burial to follow at Diamond Head Memorial Park. Casual attire.""",
gold=[("HNL012", "deceased_client"), ("HNL022", "spouse_of_deceased_client"), ("HNL013", "survivor"),
      ("HNL014", "survivor")]),

dict(guid="hnl_kgm_2026_0310", pub="2026-03-10T08:45:00-10:00", title="George Kiyoshi Tamashiro",
body="""George Kiyoshi Tamashiro, 87, of Kaneohe, a retired Kaneohe Ranch heavy-equipment operator and 442nd Veterans Club volunteer, died March 2, 2026, at home. He was born in Kahaluu to Okinawan immigrant parents and was a lifetime member of the Kaneohe Okinawan Club, where his andagi were famous.

He is survived by his wife, Setsuko; sons, Craig Tamashiro of Kaneohe and Wade (Lori) Tamashiro of Las Vegas; sister, Joyce (Glenn) Shimabukuro of Kaneohe; brother, Thomas Tamashiro of Kahului, Maui; and five grandchildren.

Service 11 a.m., Thursday, March 26, at Ko'olau Gardens Mortuary chapel; Rev. Ryoshin Sato officiating. Pallbearers: Craig Tamashiro, Wade Tamashiro, Dustin Tamashiro, Wendell Ah Sing, Chad Morikawa and Kyle Oda. Aloha attire.""",
gold=[("HNL002", "survivor"), ("HNL001", "survivor")]),
dict(guid="hnl_kgm_2026_0422", pub="2026-04-22T09:15:00-10:00", title="Harriet Soon-ja Pyun",
body="""Harriet Soon-ja Pyun, 91, of Honolulu, died April 13, 2026, at Hale Nani Rehabilitation and Nursing Center. She was born in Honolulu to Korean immigrant parents, graduated from Roosevelt High School and ran Pyun's Dry Goods on Maunakea Street with her late husband for forty years. She was a deaconess of the Korean Christian Church on Liliha Street.

She is survived by her son, Edwin (Grace) Pyun of Aiea; daughter, Janet Pyun Cho of Torrance, Calif.; grandchildren, Calvin Pyun of Honolulu, Megan Pyun of Portland, Ore., and Daniel and Sarah Cho; and one great-granddaughter. She was preceded in death by her husband, Kwang-ho "Harry" Pyun.

Service 10 a.m., Saturday, May 9, at the Korean Christian Church; Rev. Samuel Oh officiating. Private inurnment. In lieu of flowers, donations to the church's scholarship fund.""",
gold=[("HNL018", "survivor")]),

dict(guid="hnl_kgm_2026_0611", pub="2026-06-11T09:00:00-10:00", title="Florence Kazuko Ige",
body="""Florence Kazuko Ige, 79, of Hilo, Hawaii Island, formerly of Kaimuki, died May 30, 2026, in Hilo. Born in Honolulu, she was a registered nurse at Hilo Medical Center for 35 years and a member of Hilo Hongwanji.

She is survived by her husband, Roy Ige of Hilo; daughter, Lynn (Scott) Hamasaki of Hilo; sister, Sharon (Stanley) Tanigawa of Honolulu; sister-in-law, Amy Nakasato of Honolulu; and two grandchildren. She was preceded in death by her parents, Tsutomu and Haruko Nakasato, and her brother, Clyde Nakasato.

Service 10 a.m., Saturday, June 27, at Hilo Hongwanji; a memorial gathering will follow on Oahu at a later date. Arrangements by Ko'olau Gardens Mortuary in cooperation with Dodo Mortuary, Hilo.""",
gold=[("HNL013", "survivor"), ("HNL014", "survivor"), ("HNL022", "survivor")]),
dict(guid="hnl_kgm_2026_0128", pub="2026-01-28T09:00:00-10:00", title="Mildred Haruyo Fujii",
body="""Mildred Haruyo Fujii, 96, of Kaneohe, died January 19, 2026, at Windward Nursing and Rehabilitation. She was born in Kahuku, where her father worked for the plantation, and was a charter member of Kaneohe Hongwanji Mission and its Buddhist Women's Association. She sewed the temple's Bon dance happi coats for fifty summers.

She is survived by her sons, Gary (Elaine) Fujii of Kaneohe and Dennis Fujii of Gardena, Calif.; daughter, Janice Fujii-Kam of Mililani; 6 grandchildren and 9 great-grandchildren. She was preceded in death by her husband, Minoru Fujii.

Service 10 a.m., Sunday, February 15, at Kaneohe Hongwanji Mission; Rev. Glenn Shimabukuro, minister emeritus, officiating. Private inurnment. No koden please.""",
gold=[]),

dict(guid="hnl_kgm_2026_0507", pub="2026-05-07T09:30:00-10:00", title="Abigail Kaleialoha Keawe",
body="""Abigail Kaleialoha Kamakau Keawe, 71, of Hauula, Oahu, returned to the arms of her Heavenly Father on April 26, 2026. She was born in Kaneohe, graduated from Kamehameha Schools in 1972 and worked as a ward clerk at Castle Medical Center for 38 years. She loved singing with the Hauula Congregational Church choir and fishing at Kokololio.

She is survived by her husband of 50 years, Moses Keawe; sons, Moses "Bully" Keawe Jr. of Laie and Kekoa Keawe of Kihei, Maui; daughter, Kaui (Jared) Kekauoha of Keaau, Hawaii Island; sisters, Pualani "Pua" Kamakau of Kaneohe and Rachel Kamakau-Lee of Las Vegas; 8 grandchildren.

Visitation 8:30 a.m., service 10 a.m., Saturday, May 23, at Hauula Congregational Church; Kahu Daniel Kahale officiating. Burial at Valley of the Temples Memorial Park. Aloha attire.""",
gold=[("HNL015", "survivor")]),
]
