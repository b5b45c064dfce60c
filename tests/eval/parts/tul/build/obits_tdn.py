"""Tulsa Daily Record paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="tul_tdn_2026_0121", pub="2026-01-21T05:00:00-06:00", title="SWIMMER, Nelson Ray",
body="""SWIMMER, Nelson Ray, 84, of Tahlequah, died Jan. 17, 2026. Cherokee Nation citizen; U.S. Army veteran. Survived by daughter Darla (Ray) Sixkiller, Tulsa; son Wade Swimmer, Stilwell. Services 11 a.m. Saturday, Cornerstone Fellowship Church, Tahlequah. Hart Funeral Home.""",
gold=[("TUL003", "survivor"), ("TUL004", "survivor")]),

dict(guid="tul_tdn_2026_0211", pub="2026-02-11T05:00:00-06:00", title="STUFFLEBEAN, Clyde E.",
body="""STUFFLEBEAN, Clyde E., 86, of Owasso, died Jan. 31, 2026. Retired American Airlines machinist; Army veteran. Survived by wife of 65 years Norma Jean; sons Gary and Dale. Services were held Feb. 5 at First Baptist Church of Owasso.""",
gold=[]),

dict(guid="tul_tdn_2026_0318", pub="2026-03-18T05:00:00-05:00", title="THREADGILL, LaDonna Marie",
body="""THREADGILL, LaDonna Marie, 31, of Tulsa, died March 13, 2026. Dental hygienist. Survived by her parents, Marcus and Yvette Threadgill; son Jaylen, 6. Services 1 p.m. Saturday, Vernon AME Church. Jack's Memory Chapel.""",
gold=[]),

dict(guid="tul_tdn_2026_0408", pub="2026-04-08T05:00:00-05:00", title="QUATTLEBAUM, Vernon L.",
body="""QUATTLEBAUM, Vernon L., 91, of Broken Arrow, died April 4, 2026. Retired Broken Arrow Public Schools band director. Survived by daughter Jo Lynn Quattlebaum, Broken Arrow; son Curtis Quattlebaum, Wichita, Kan. Services 2 p.m. Friday, First Presbyterian Church of Broken Arrow.""",
gold=[]),

dict(guid="tul_tdn_2026_0513", pub="2026-05-13T05:00:00-05:00", title="SHADLOW, Kenneth W.",
body="""SHADLOW, Kenneth W., 59, of Amarillo, Texas, formerly of Pampa, died May 9, 2026. Truck driver for Hi-Plains Freight. Survived by wife Debra; daughters Kelsey and Morgan, Amarillo. Services Wednesday, Boxwell Brothers Funeral Home, Amarillo.""",
gold=[]),

dict(guid="tul_tdn_2026_0605", pub="2026-06-05T05:00:00-05:00", title="HUMMINGBIRD, Eugene",
body="""HUMMINGBIRD, Eugene, of Sand Springs, died June 2, 2026. Arrangements pending with Sand Springs Chapel.""",
gold=[("TUL006", "possible_deceased_client")]),
]
