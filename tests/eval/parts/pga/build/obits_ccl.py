"""Canyon Country Ledger (regional daily, Kanab / Page / Arizona Strip): paid death notices, terse, surname-first
headings, plain text. Hand-labelled."""

FEED = "ccl"
ITEMS = [
dict(guid="pga_ccl_dn_2026_0211_torkelsen", pub="2026-02-11T06:00:00-07:00", title="TORKELSEN, Lavinia",
body="""TORKELSEN, Lavinia - Kanab. Passed away February 8, 2026. Arrangements pending with Vermilion Cliffs Mortuary, Kanab.""",
gold=[("PGA022", "possible_deceased_client")]),

dict(guid="pga_ccl_dn_2026_0505_ocampo", pub="2026-05-05T06:00:00-06:00", title="OCAMPO, Ernesto",
body="""OCAMPO, Ernesto, 71, of Kanab, died May 1, 2026, in St. George. Born in Jalostotitlán, Jalisco. Worked 26 years in the kitchen of the Parry Lodge. Survived by wife, Graciela; daughter, Rosie Ocampo (Arturo Reyes) of Kanab; son, Ernesto Jr. of Las Vegas; five grandchildren. Rosary Thursday 7 p.m., Mass Friday 10 a.m., St. Christopher Catholic Church, Kanab.""",
gold=[("PGA007", "survivor")]),

dict(guid="pga_ccl_dn_2026_0612_hollenbeck", pub="2026-06-12T06:00:00-07:00", title="HOLLENBECK, Emmerich \"Emmett\"",
body="""HOLLENBECK, Emmerich "Emmett", 64, of Flagstaff, died June 9, 2026. Retired NAU groundskeeper. Survived by wife, Pauline; sons, Kurt and Derek, both of Flagstaff. Services Monday 2 p.m., Norvel Owens Mortuary, Flagstaff.""",
gold=[]),

dict(guid="pga_ccl_dn_2026_0722_wojtaszek", pub="2026-07-22T06:00:00-07:00", title="WOJTASZEK, Stanisław \"Stan\"",
body="""WOJTASZEK, Stanisław "Stan", 91, of Chicago, Ill., died July 16, 2026. Born in Nowy Targ, Poland; machinist 40 years. Preceded in death by wife, Helena. Survived by son, Casimir (Dorota) of Page, Ariz.; daughter, Krystyna Nowicki of Niles, Ill.; four grandchildren. Mass at St. Hyacinth Basilica, Chicago.""",
gold=[("PGA016", "survivor"), ("PGA017", "survivor")]),

dict(guid="pga_ccl_dn_2026_0903_nethercott", pub="2026-09-03T06:00:00-06:00", title="NETHERCOTT, Alma Ruth (Tuckett)",
body="""NETHERCOTT, Alma Ruth (Tuckett), 97, of St. George, died August 30, 2026. Survived by sons, Ephraim (Liesl) of Kanab and Joseph (Karen) of Enterprise; 12 grandchildren; 31 great-grandchildren. Funeral Saturday 11 a.m., St. George Dixie Downs Stake Center. Spilsbury Mortuary.""",
gold=[("PGA008", "survivor"), ("PGA009", "survivor")]),

dict(guid="pga_ccl_dn_2026_0917_fotheringham", pub="2026-09-17T06:00:00-06:00", title="FOTHERINGHAM, Ardell",
body="""FOTHERINGHAM, Ardell, 90, of Orderville, died September 14, 2026. Rancher, Long Valley irrigation company president. Survived by wife, Beulah; daughters, Carma Heaps of Glendale and LaDawn Brinkerhoff of Mount Carmel. Funeral Saturday noon, Orderville Ward chapel.""",
gold=[]),
]
