"""Corridor Gazette paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="cid_gaz-2026-00412", pub="2026-01-09T05:30:00-06:00", title="PETRZELKA, Stanley F.",
body="""PETRZELKA, Stanley F., 86, Cedar Rapids, died Jan. 6, 2026. Retired Collins Radio technician. Survived by sister, Lorraine Hoskovec, Cedar Rapids; brother, Richard Petrzelka, Ely; nieces and nephews. Preceded in death by wife, Marlys. Services 1 p.m. Tuesday, Linnwood & Prairie Memorial Chapels, Cedar Rapids.""",
gold=[("CID010", "survivor")]),

dict(guid="cid_gaz-2026-00498", pub="2026-02-27T05:30:00-06:00", title="MULHEARN, Agnes C.",
body="""MULHEARN, Agnes C., 94, Cedar Rapids, died Feb. 24, 2026. Survived by son, Quentin Mulhearn, Cedar Rapids; daughter, Maureen Tobin, Naperville, Ill. Preceded in death by husband, Dennis. Mass 10 a.m. Saturday, Immaculate Conception Church.""",
gold=[]),

dict(guid="cid_gaz-2026-00533", pub="2026-03-24T05:30:00-05:00", title="LEINBAUGH, Tobias R.",
body="""LEINBAUGH, Tobias R., 86, Sigourney, died March 20, 2026. Keokuk County dairyman. Survived by sons, Dean (Carla) Leinbaugh, Sigourney, and Roger Leinbaugh, Ottumwa; grandchildren including Toby Leinbaugh, Iowa City, who carries his name. Preceded in death by wife, Arlene. Services 10:30 a.m. Friday, St. Mary Catholic Church, Sigourney.""",
gold=[("CID022", "survivor")]),

dict(guid="cid_gaz-2026-00581", pub="2026-04-28T05:30:00-05:00", title="STANCZYK, Walter J.",
body="""STANCZYK, Walter J., 80, Marion, died April 25, 2026. U.S. Army veteran, Vietnam; retired Linn County deputy. Survived by daughter, Lt. Col. Marguerite "Margo" Stanczyk, Iowa Army National Guard, Marion; son, Paul Stanczyk, Cedar Falls. Preceded in death by wife, Irene. Military honors at Linn Memorial Gardens, 2 p.m. Monday.""",
gold=[("CID017", "survivor")]),

dict(guid="cid_gaz-2026-00617", pub="2026-06-02T05:30:00-05:00", title="SCHWICKERATH, Lou Ann",
body="""SCHWICKERATH, Lou Ann, Mount Vernon, died May 30, 2026. Arrangements pending with Hollis-Beck Funeral Home, Mount Vernon.""",
gold=[("CID013", "possible_deceased_client")]),

dict(guid="cid_gaz-2026-00655", pub="2026-07-07T05:30:00-05:00", title="OSTERGAARD, Wendell A. Sr.",
body="""OSTERGAARD, Wendell A. Sr., 88, Marion, died July 3, 2026. Founder of Ostergaard Implement. Survived by wife, Bernice; son, Wendell "Dell" Ostergaard Jr. (Rochelle), Marion; daughter, Karen Lund, Waterloo; six grandchildren. Services 11 a.m. Thursday, First Lutheran Church, Marion.""",
gold=[("CID001", "survivor"), ("CID002", "survivor")]),

dict(guid="cid_gaz-2026-00689", pub="2026-08-04T05:30:00-05:00", title="O'FLAHERTY, Bridget M.",
body="""O'FLAHERTY, Bridget M., 79, Coralville, died Aug. 1, 2026. Retired UIHC nurse. Survived by sons, Desmond "Des" O'Flaherty, Coralville, and Kieran O'Flaherty, Galway, Ireland; three grandchildren. Preceded in death by husband, Sean. Mass 10 a.m. Saturday, St. Thomas More Parish, Coralville.""",
gold=[("CID007", "survivor")]),

dict(guid="cid_gaz-2026-00702", pub="2026-08-13T05:30:00-05:00", title="VANDER PLOEG, Marijke",
body="""VANDER PLOEG, Marijke, 81, Sioux Center, died Aug. 10, 2026. Born in Friesland, the Netherlands; came to Sioux County in 1952. Survived by husband, Jan; sons, Pieter and Gerrit; eleven grandchildren. Services 2 p.m. Friday, First Reformed Church, Sioux Center.""",
gold=[]),
]
