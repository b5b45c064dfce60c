"""Western Slope Courier paid death notices (Grand Junction daily; brief notices, surname-first headings, plain
text). Hand-labelled (gold=[...] beside each text)."""

FEED = "wsc"
ITEMS = [
dict(guid="gjt_wsc-dn-2026-0114", pub="2026-01-24T06:00:00-07:00", title="SWEITZER, Opal Marie",
body="""Opal Marie Sweitzer, 88, Delta, died Jan. 21, 2026. Born in Cory; retired Delta County Memorial Hospital nurse's aide. Survived by son Harlan Sweitzer, Delta; daughter Bonnie (Gary) Fehr, Cedaredge; four grandchildren. Preceded in death by husband, Delbert. Graveside 11 a.m. Tuesday, Delta City Cemetery. Taylor Funeral Service.""",
gold=[]),  # GJT018 Harlan Sweitzer is do_not_contact

dict(guid="gjt_wsc-dn-2026-0131", pub="2026-02-02T06:00:00-07:00", title="NAKAGAWA, Kenji",
body="""Kenji Nakagawa, 93, Delta, died Jan. 29, 2026. Born in Delta to Issei onion farmers; served in the Army in Korea; farmed on Garnet Mesa for fifty years. Survived by son, Glenn Nakagawa, Delta; daughter, Amy Nakagawa Ross, Denver; three grandchildren. Preceded in death by wife, Fumiko. Memorial service 2 p.m. Saturday, Delta United Methodist Church.""",
gold=[("GJT020", "survivor")]),

dict(guid="gjt_wsc-dn-2026-0152", pub="2026-02-23T06:00:00-07:00", title="GALLEGOS, Amarante \"Amos\"",
body="""Amarante "Amos" Gallegos, 83, Olathe, died Feb. 19, 2026. Born in Chama, Colo., in the San Luis Valley; worked for the Uncompahgre Valley Water Users 38 years. Survived by wife, Eremita; brother, Eloy Gallegos (Rosella), Montrose; sister, Cleofas Manzanares, Antonito; many nieces and nephews. Rosary 7 p.m. Thursday; Mass 10 a.m. Friday, St. Mary's Catholic Church, Montrose.""",
gold=[("GJT003", "survivor"), ("GJT004", "survivor")]),

dict(guid="gjt_wsc-dn-2026-0177", pub="2026-03-18T06:00:00-06:00", title="DE JONG, Hendrika \"Riek\"",
body="""Hendrika "Riek" De Jong, 90, Montrose, died March 14, 2026. Born in Friesland, the Netherlands; came to the Uncompahgre Valley in 1958 and milked cows beside her husband for forty years. Survived by sons Pete DeJong, Montrose, and Klaas De Jong, Lynden, Wash.; eight grandchildren. Preceded in death by husband, Jan. Service 11 a.m. Saturday, Montrose Christian Reformed Church.""",
gold=[("GJT017", "survivor")]),

dict(guid="gjt_wsc-dn-2026-0203", pub="2026-04-07T06:00:00-06:00", title="BAUMGARTNER, Fred",
body="""Fred Baumgartner, Carbondale, died April 3, 2026. Arrangements pending with Roaring Fork Mortuary, Glenwood Springs.""",
gold=[("GJT021", "possible_deceased_client")]),

dict(guid="gjt_wsc-dn-2026-0219", pub="2026-04-21T06:00:00-06:00", title="CHRISTIANSEN, Lorin Kay",
body="""Lorin Kay Christiansen, 78, Logan, Utah, died April 16, 2026. Born in Fruita; Utah State University extension agent for 35 years. Survived by wife of 55 years, Janice; sons Bryce and Tyler, both of Logan; 14 grandchildren. Funeral 11 a.m. Saturday, Logan Utah Temple View Stake Center.""",
gold=[]),  # namesake far away, different wife and age: nothing for GJT013

dict(guid="gjt_wsc-dn-2026-0236", pub="2026-05-12T06:00:00-06:00", title="HAMADA, Yoshiko",
body="""Yoshiko Hamada, 96, Gardena, Calif., formerly of Delta, died May 6, 2026. Survived by nephews Glenn Nakagawa, Gardena, Calif., and Dean Hamada, Torrance, Calif.; nieces Joyce Hamada Lee and Nancy Oda. Preceded in death by husband, Tom, and sister, Miyo. Services were held in Gardena.""",
gold=[]),  # nephew Glenn Nakagawa lives in California: namesake of GJT020 (Delta), nothing

dict(guid="gjt_wsc-dn-2026-0258", pub="2026-06-09T06:00:00-06:00", title="FLAHERTY, Margaret Anne \"Peggy\"",
body="""Margaret Anne "Peggy" Flaherty, 97, Glenwood Springs, died June 5, 2026. Born in Butte, Mont.; Hotel Colorado housekeeper and later head of housekeeping for 30 years. Survived by her sister, Patty O'Bannon, Glenwood Springs; nephews Sean and Michael O'Bannon, Denver. Preceded in death by husband, Jack. Mass 10 a.m. Friday, St. Stephen Catholic Church.""",
gold=[("GJT008", "survivor")]),
]
