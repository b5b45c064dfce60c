"""Coastal Empire Death Notices: terse paid notices (30-70 words) with surname-first headings, plain text, for
Chatham, Bryan and Effingham Counties, Ga., and Beaufort County, S.C. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="svg_dn_2026_0127_futch", pub="2026-01-27T07:00:00-05:00", title="FUTCH, Lonnie Ray",
body="""FUTCH, Lonnie Ray, 83, Richmond Hill, died Jan. 24, 2026. Retired International Paper millwright; Army veteran. Survived by wife, Glenda; sons Ray and Dale Futch, Richmond Hill; sister, Doris Exley (Hal), Bloomingdale; six grandchildren. Preceded in death by brother, Curtis Futch. Service 2 p.m. Thursday, Richmond Hill United Methodist Church. Ogeechee Funeral Home.""",
gold=[("SVG017", "survivor"), ("SVG016", "survivor")]),

dict(guid="svg_dn_2026_0220_xanthakos", pub="2026-02-20T07:00:00-05:00", title="XANTHAKOS, Nikolaos",
body="""XANTHAKOS, Nikolaos, 91, Astoria, N.Y., died Feb. 16, 2026. Born in Kalymnos; ran the Acropolis Diner, Astoria, for forty years. Survived by wife of 64 years, Eleni; sons Stavros and Yianni, Astoria; brother, Konstantinos "Gus" Xanthakos, Savannah, Ga.; eight grandchildren. Funeral was held at St. Demetrios Cathedral, Astoria. May his memory be eternal.""",
gold=[("SVG005", "survivor")]),   # the widow Eleni of Astoria is a namesake of SVG006 (Gus's wife, not named here): nothing

dict(guid="svg_dn_2026_0311_heffernan", pub="2026-03-11T07:00:00-04:00", title="HEFFERNAN, Margaret Scanlon \"Peg\"",
body="""HEFFERNAN, Margaret Scanlon "Peg", 90, Savannah, died March 2, 2026. Retired Blessed Sacrament School secretary; Ladies AOH. Survived by daughter, Bridget Mulqueen (Tim); son, Dennis Heffernan; three grandchildren; one great-grandson. Preceded in death by husband, Daniel J. Heffernan. Mass was celebrated March 6 at the Cathedral of St. John the Baptist. Harbor & Whitfield Funeral Home.""",
gold=[]),   # a later, second copy of svg_shl_2026_0305_heffernan: labelled on the earlier copy only

dict(guid="svg_dn_2026_0814_exley", pub="2026-08-14T07:00:00-04:00", title="EXLEY, Carl Wendell",
body="""EXLEY, Carl Wendell, 85, Rincon, died Aug. 11, 2026. Retired Effingham County school bus mechanic. Survived by wife of 61 years, Joyce; daughters Tammy Exley Zeigler and Lisa Exley, Rincon; four grandchildren. Preceded in death by parents, Harold and Doris Exley, and sister, Wanda. Service 11 a.m. Monday, Ebenezer Lutheran Church, Rincon.""",
gold=[]),

dict(guid="svg_dn_2026_0903_tuten", pub="2026-09-03T07:00:00-04:00", title="TUTEN, Earl R.",
body="""TUTEN, Earl R., 79, Tybee Island, died Aug. 31, 2026. Shrimper, later Tybee Island Public Works. Survived by wife, Claudette; daughter, Crystal Tuten Hodges, Savannah; son, Earl Jr., Brunswick; four grandchildren. Memorial 4 p.m. Saturday at the Tybee pier pavilion; ashes to be scattered off the north beach.""",
gold=[("SVG015", "survivor")]),

dict(guid="svg_dn_2026_1006_vanwyck", pub="2026-10-06T07:00:00-04:00", title="VAN WYCK, Richard \"Rick\"",
body="""VAN WYCK, Richard "Rick", 74, Hilton Head Island, died Oct. 2, 2026. Retired Bell Labs engineer; moved to Sea Pines from Morristown, N.J., in 2012. Survived by wife of 49 years, Linda; sons Peter (Amy), Boston, and Drew, Hilton Head Island; three grandchildren. Memorial 11 a.m. Saturday, First Presbyterian Church, Hilton Head Island.""",
gold=[("SVG018", "deceased_client"), ("SVG019", "spouse_of_deceased_client")]),

dict(guid="svg_dn_2026_1110_manigo", pub="2026-11-10T07:00:00-05:00", title="MANIGO, Hezekiah",
body="""MANIGO, Hezekiah, Garden City, died Nov. 7, 2026. Arrangements pending with Tidewater Homegoing Chapel.""",
gold=[("SVG021", "possible_deceased_client")]),
]
