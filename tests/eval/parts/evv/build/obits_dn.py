"""Tri-State Courier paid death notices: surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="evv_tsc_dn_20260112_03", pub="2026-01-12T06:00:00-05:00", title="KLUEMPER, Bernhard J.",
body="""KLUEMPER, Bernhard J., 80, of Ferdinand, died Friday, Jan. 9, 2026. Retired from Kimball International. Survived by wife, Rita; sisters, Ilse Schnellenberger (Gary) of Evansville and Hedwig Rasche of Jasper. Mass 10 a.m. Wednesday, St. Ferdinand Catholic Church. Becher-Kluesner Funeral Home, Ferdinand, in charge.""",
gold=[("EVV002", "survivor"), ("EVV001", "survivor")]),

dict(guid="evv_tsc_dn_20260205_01", pub="2026-02-05T06:00:00-05:00", title="KLOPPENBURG, Erna L.",
body="""KLOPPENBURG, Erna L., 96, of Boonville, died Tuesday, Feb. 3, 2026, at Warrick Hospital. Member of St. John's Lutheran Church. Survived by son, Lt. Col. (Ret.) Dwayne Kloppenburg (Tamsin) of Chandler; daughter, Ruth Ann Meier of Tennyson; four grandchildren. Preceded by husband, Herman. Services 11 a.m. Saturday at the church.""",
gold=[("EVV016", "survivor")]),

dict(guid="evv_tsc_dn_20260219_02", pub="2026-02-19T06:00:00-05:00", title="SPURLOCK, Harold E.",
body="""SPURLOCK, Harold E., 52, of Mount Vernon, Ill., died Monday, Feb. 16, 2026, at Good Samaritan Regional Health Center. Correctional officer at Big Muddy River. Survived by wife, Tonya; sons, Cody and Blake. Services Saturday in Mount Vernon, Ill.""",
gold=[]),

dict(guid="evv_tsc_dn_20260310_04", pub="2026-03-10T06:00:00-04:00", title="ECHOLS, Thelma Ruth",
body="""ECHOLS, Thelma Ruth, 88, of Henderson, Ky., died Sunday, March 8, 2026. Retired schoolteacher, Henderson County Schools. Survived by son, Marcus Echols of Louisville; niece, Keturah O'Daniel of Henderson; goddaughter, Shay Porter. Homegoing service noon Saturday, Bethel AME Church, Henderson.""",
gold=[("EVV008", "survivor")]),

dict(guid="evv_tsc_dn_20260406_01", pub="2026-04-06T06:00:00-04:00", title="WIMSATT, Royce Lee",
body="""WIMSATT, Royce Lee, 71, of Henderson, Ky., died Thursday, April 2, 2026. Retired from the CSX railroad. Survived by wife, Gail; daughter, Tara Wimsatt. Pallbearers: Lucius Mabrey, Dale Gish, Ron Heady, Tim Wimsatt. Services 1 p.m. Tuesday, Tapp Funeral Chapel, Henderson.""",
gold=[]),

dict(guid="evv_tsc_dn_20260501_02", pub="2026-05-01T06:00:00-04:00", title="SCHAPKER, Austin Wayne",
body="""SCHAPKER, Austin Wayne, 24, of Evansville, died unexpectedly Tuesday, April 28, 2026. Graduate of Reitz High School and Ivy Tech; lineman for CenterPoint Energy. Survived by parents, Gregory and Colleen Schapker of Evansville; sister, Megan; girlfriend, Alyssa Brandt. Visitation 2-8 p.m. Sunday, Wessel & Grabert Evansville West Chapel.""",
gold=[]),

dict(guid="evv_tsc_dn_20260514_03", pub="2026-05-14T06:00:00-04:00", title="BLANFORD, Dorsey",
body="""BLANFORD, Dorsey, of Henderson, Ky., died Tuesday, May 12, 2026, at his residence. Arrangements pending, Tapp Funeral Chapel, Henderson.""",
gold=[("EVV021", "possible_deceased_client")]),
]
