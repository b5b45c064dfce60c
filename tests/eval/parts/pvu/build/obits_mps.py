"""Mana Pasifika Utah (Tongan and Samoan community paper, Provo/Orem/West Valley): "In Loving Memory" notices,
plain text, Tongan/Samoan phrases, ʻokina in names. Hand-labelled (gold=[(client_id, role)])."""

ITEMS = [
dict(guid="pvu_mps-ilm-2026-0031", pub="2026-02-27T12:00:00-07:00",
title="In Loving Memory: Pita Fifita Kauvaka, 76, Provo",
body="""ʻOfa atu Tangataʻeiki. Pita Fifita Kauvaka, 76, of Provo, passed away on Monday, February 23, 2026, at Utah Valley Hospital, surrounded by his children and grandchildren singing hymns in Tongan.

Pita was born on March 1, 1949, in Neiafu, Vavaʻu, Tonga, to Sione Kauvaka and Mele Fifita. He came to Utah in 1974 to attend the Church College of Hawaii and then BYU, and stayed to build half the retaining walls in Utah Valley with his own crew. He was a founding member of the Provo Tongan 1st Ward and served as its first bishop, and for years he was the man who led the kava circle after every wedding and every putu.

He was married to Losaline Kauvaka (née Vea) for 51 years; she passed in 2022. He leaves his children: Viliami (Ofa) Kauvaka of West Valley City; Mele Kauvaka Taufa of Euless, Texas; ʻAna and her husband Sione Tuipulotu of Provo; and Tevita Kauvaka of Kahuku, Hawaii; 23 grandchildren and 9 great-grandchildren.

The famili will hold a prayer service and viewing on Thursday, March 5, from 6 p.m. at the Provo Tongan 1st Ward building, 600 W. 500 N., Provo, followed by an all-night putu. The funeral service will be Friday, March 6, at 10 a.m. at the same building. Interment at the East Lawn Memorial Hills, Provo. Mālō ʻaupito to everyone who brought food and support.""",
gold=[("PVU004", "survivor"), ("PVU003", "survivor")]),

dict(guid="pvu_mps-ilm-2026-0038", pub="2026-03-20T12:00:00-06:00",
title="In Loving Memory: Faʻamoana Tuilagi Leota, 64, Orem",
body="""Faʻamoana Tuilagi Leota, 64, of Orem, beloved husband, father and matai of the Leota family, passed away peacefully on March 16, 2026.

Faʻamoana was born September 8, 1961, in Apia, Samoa. He held the matai title Tuilagi from his family's village of Falealupo on Savaiʻi. He came to Utah in 1983 and worked 30 years at Geneva Steel and then at the Orem Costco, where everybody knew him as Big Moana. He coached rugby at Timpanogos High School for twenty years.

He is survived by his wife, Sina Leota; his children, Faʻamoana Jr. "Junior" (Tasi), Malia, Tavita and Lupe; his mother, Fetu Leota of Apia; and 14 grandchildren.

The family faʻalavelave and viewing will be held Friday, March 27, from 5 p.m. at the Orem Samoan Ward, 1275 N. 400 E., Orem, with funeral services Saturday at 11 a.m. Pallbearers: Tavita Leota, Junior Leota, Iosefa Mauga, Sione Tuipulotu, Brandon Quarnberg and Pele Aumua. Interment, Orem City Cemetery.""",
gold=[]),  # Sione Tuipulotu and Brandon Quarnberg are pallbearers: nothing

dict(guid="pvu_mps-ilm-2026-0044", pub="2026-05-22T12:00:00-06:00",
title="In Loving Memory: Siosaia Tuipulotu, 22, West Valley City",
body="""With heavy hearts the Tuipulotu family of West Valley City announces the passing of their son and brother, Siosaia "Saia" Tuipulotu, 22, on May 18, 2026.

Saia was born June 30, 2003, in Salt Lake City to Viliami and Lesieli Tuipulotu. He played defensive line at Granger High School and was studying to be a diesel mechanic at Salt Lake Community College. He sang bass in the Tongan choir of the Granger Free Wesleyan Church.

He is survived by his parents, Viliami and Lesieli Tuipulotu; his sisters, Losana and Kalolaine; his brother, Sione Tuipulotu Jr.; and his grandmother, Seini Tuipulotu of Nukuʻalofa.

A putu and viewing will be held Friday, May 29, at 6 p.m. at the Free Wesleyan Church, 3535 S. Redwood Road, West Valley City, with the funeral Saturday at 10 a.m. Interment, Valley View Memorial Park.""",
gold=[]),  # namesakes in West Valley City (Sione Tuipulotu Jr. is a brother aged about 20): not the Provo Tuipulotus
]
