"""Susquehanna Valley Death Notices (invented paid-notice page of the Cumberland, Dauphin and Lebanon county papers):
brief paid notices, surname-first headings, plain text. Hand-labelled (gold= beside each text)."""

FEED = "dn"
ITEMS = [
dict(guid="mdt_dn_2026_0219_zerbe", pub="2026-02-19T04:00:00-05:00", title="ZERBE, Walter H.",
body="""ZERBE, Walter H., 88, of Millersburg, died Feb. 16, 2026, at Millersburg Manor. Retired from the Millersburg Area School District maintenance department. Member of Trinity Lutheran Church. Husband of the late Irene (Deimler) Zerbe. Survived by a son, Gary Zerbe of Liverpool; nephews Curt Deimler of Millersburg and Dean Zerbe of Elizabethville; and three grandchildren. Service 11 a.m. Saturday at Trinity Lutheran Church, Millersburg. Arrangements by Lenker & Feidt Funeral Home, Millersburg.""",
gold=[("MDT017", "survivor")]),

dict(guid="mdt_dn_2026_0407_longenecker", pub="2026-04-07T04:00:00-04:00", title="LONGENECKER, Raymond D. \"Ray\"",
body="""LONGENECKER, Raymond D. "Ray", 68, of Shiremanstown, died April 4, 2026, at Holy Spirit Hospital, Camp Hill. A retired PennDOT engineer and a Cumberland Valley Rescue Hose volunteer for 40 years. Survived by his daughter, Gretchen Longenecker of Camp Hill; his son, Eric Longenecker of Fort Collins, Colo.; his former wife, Susan Pfeffer; and his partner, Deb Mumma. Memorial service 2 p.m. April 11 at Shiremanstown United Methodist Church. In lieu of flowers, contributions to the Cumberland Valley Rescue Hose Co.""",
gold=[("MDT012", "survivor")]),

dict(guid="mdt_dn_2026_0512_hoffer", pub="2026-05-12T04:00:00-04:00", title="HOFFER, Dennis L.",
body="""HOFFER, Dennis L., 66, of Lemoyne, passed away May 9, 2026, at home after a brief illness. Dennis worked 35 years as a pressman at the Patriot Street plant and umpired West Shore Little League for as long as anyone can remember. Survived by his wife, Cheryl (Reed) Hoffer; a son, Trevor Hoffer and his wife, Megan, of Lemoyne; a daughter, Amanda Hoffer of Pittsburgh; and a granddaughter, Nora. Viewing 10 a.m. to noon Friday at Westbank Funeral Chapel, Lemoyne, with a service to follow.""",
gold=[("MDT023", "survivor")]),

dict(guid="mdt_dn_2026_0824_snavely", pub="2026-08-24T04:00:00-04:00", title="SNAVELY, Beverly J.",
body="""SNAVELY, Beverly Jean, 41, of Middletown, died Aug. 21, 2026, at Penn State Health Hershey Medical Center after a courageous battle with cancer. A respiratory therapist. Survived by her husband, Travis Snavely; her sons, Carter and Logan, at home; and her parents, Wayne and Lori Bitner of Royalton. Celebration of life 4 p.m. Sunday at the Middletown Elks Lodge.""",
gold=[]),

dict(guid="mdt_dn_2026_1111_kreider", pub="2026-11-11T04:00:00-05:00", title="KREIDER, Franklin",
body="""KREIDER, Franklin, of Carlisle, died Monday, Nov. 9, 2026. Arrangements are pending and will be announced by Heller & Orris Funeral Home, Carlisle.""",
gold=[("MDT021", "possible_deceased_client")]),
]
