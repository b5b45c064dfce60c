"""The Lane Ledger-Guard: paid death notices, surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="eug_llg_dn_20260211_haugland", pub="2026-02-11T05:30:00-08:00", title="HAUGLAND, Sigrid Marie",
body="""HAUGLAND, Sigrid Marie, 97, of Eugene, died Feb. 6, 2026. Born in Astoria, she taught piano to three generations of Santa Clara children. Survived by her daughter, Inge Kjelstad (Bart) of Eugene; son, Nils Haugland of Astoria; five grandchildren. Preceded by husband Harald. Service 11 a.m. Feb. 14, Central Lutheran Church. Willamette Grove Funeral Chapel.""",
gold=[("EUG010", "survivor"), ("EUG009", "survivor")]),

dict(guid="eug_llg_dn_20260304_varnholt", pub="2026-03-04T05:30:00-08:00", title="VARNHOLT, Ignatius J. Sr.",
body="""VARNHOLT, Ignatius J. Sr., 92, of Springfield, died Feb. 28, 2026. Retired millwright, Booth-Kelly and Weyerhaeuser. Member, Springfield Elks Lodge. Survived by son Ignatius "Iggy" Varnholt Jr. (Delphine) of Springfield; daughter Rose Ann Meecham of Creswell; six grandchildren. Preceded by wife Hedwig. Rosary 7 p.m. Thursday, funeral Mass 10 a.m. Friday, St. Alice Catholic Church.""",
gold=[("EUG003", "survivor")]),

dict(guid="eug_llg_dn_20260424_vanscoyoc", pub="2026-04-24T05:30:00-07:00", title="VAN SCOYOC, Henrietta \"Hattie\"",
body="""VAN SCOYOC, Henrietta "Hattie," of Eugene, born June 2, 1939, in Coos Bay; died April 21, 2026, at 86. Retired from 31 years at the University of Oregon Knight Library. Preceded in death by her husband, Clarence. Survived by nephews Mark and Paul Dressler of Portland. No service at her request. Musgrove-Aldridge Cremation Society.""",
gold=[("EUG008", "deceased_client")]),

dict(guid="eug_llg_dn_20260505_tambellini", pub="2026-05-05T05:30:00-07:00", title="TAMBELLINI, Dolores Jean",
body="""TAMBELLINI, Dolores Jean, 81, of Eugene, died April 30, 2026. Born in Klamath Falls. Survived by her husband, Frank; daughters Gina Tambellini and Teresa Honsowetz. The family thanks Dr. Priya Sethuraman and the nurses of PeaceHealth Home Health and Hospice for their kindness. Memorial 2 p.m. May 16, First Christian Church.""",
gold=[]),

dict(guid="eug_llg_dn_20260603_ostergaard", pub="2026-06-03T05:30:00-07:00", title="OSTERGAARD, Leland James",
body="""OSTERGAARD, Leland James, 24, of Cottage Grove, died May 30, 2026, in a logging accident near Dorena Lake. A 2020 graduate of Cottage Grove High School and a choker setter for Bohemia Timber Services. Survived by his parents, Curtis and Renee Ostergaard; his sister, Kayla; and his girlfriend, Brianna Voss. Service 1 p.m. June 8, Cottage Grove Armory. Row River Chapel.""",
gold=[]),

dict(guid="eug_llg_dn_20260616_darcangelo", pub="2026-06-16T05:30:00-07:00", title="D'ARCANGELO, Vito Antonio",
body="""D'ARCANGELO, Vito Antonio, 76, of Eugene, died June 12, 2026. Born in Pescara, Italy; owned Vito's Shoe Repair on Willamette Street for 38 years. Survived by his wife of 50 years, Philomena "Mena" D'Arcangelo; sons Marco and Luca; four grandchildren. Funeral Mass 11 a.m. June 20, St. Mary Catholic Church. Willamette Grove Funeral Chapel.""",
gold=[("EUG017", "survivor")]),

dict(guid="eug_llg_dn_20260710_quackenbush", pub="2026-07-10T05:30:00-07:00", title="QUACKENBUSH, Merrilee",
body="""QUACKENBUSH, Merrilee, of Cottage Grove, died July 7, 2026. Arrangements pending with Row River Chapel.""",
gold=[("EUG019", "possible_deceased_client")]),
]
