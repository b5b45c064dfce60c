"""Mon-Preston Paid Death Notices (classified notices in the Morgantown and Kingwood papers): terse, surname-first,
plain text. Hand-labelled."""

ITEMS = [
dict(guid="mgw_pdn_0201", pub="2026-04-16T06:00:00-04:00", title="SHRIVER, Ralph E.",
body="""SHRIVER, Ralph E., of Morgantown, died Tuesday, April 14, 2026. Arrangements are incomplete at Hastings Funeral Home, Morgantown.""",
gold=[("MGW013", "possible_deceased_client")]),

dict(guid="mgw_pdn_0202", pub="2026-01-27T06:00:00-05:00", title="BOLYARD, Harland 'Junior'",
body="""BOLYARD, Harland "Junior", 71, of Kingwood, died January 25, 2026, at Preston Memorial Hospital. Retired from Kingwood Water Works. Survived by his wife, Donna; a son, Chad Bolyard of Albright; and his sister-in-law, Mary Jo Bolyard of Kingwood, widow of his brother Richard. Preceded in death by brothers Richard and Lloyd. Service Friday 1 p.m., Kingwood Funeral Home; burial Maplewood Cemetery.""",
gold=[("MGW006", "survivor")]),

dict(guid="mgw_pdn_0203", pub="2026-03-20T06:00:00-04:00", title="RIFFLE, Opal Haught",
body="""RIFFLE, Opal Haught, 93, of Morgantown, March 18, 2026. Beloved mother of Anita Haught Riffle of Morgantown and the late Gregory Riffle; grandmother of three. Retired from the WVU Medical Center laundry. Friends received Sunday 2-5 p.m. at McCulla Funeral Home, Cheat Lake; service Monday 11 a.m.""",
gold=[("MGW010", "survivor")]),

dict(guid="mgw_pdn_0204", pub="2026-05-20T06:00:00-04:00", title="SATTERFIELD, Jeffrey L.",
body="""SATTERFIELD, Jeffrey L., 54, of Bethel Park, Pa., May 17, 2026. Husband of Colleen (Mahoney); father of Ryan and Megan. Born in Waynesburg, Pa. Service at Laughlin Funeral Home, Bethel Park.""",
gold=[]),

dict(guid="mgw_pdn_0205", pub="2026-06-02T06:00:00-04:00", title="LEMLEY, Carl 'Hoot'",
body="""LEMLEY, Carl "Hoot", 86, of Fairview, May 30, 2026. Retired Owens-Illinois glassworker. Survived by his daughter, Terri Lemley Sole of Fairview, and his sister-in-law, Bonnie Sue Lemley of Mannington. Preceded in death by his wife, Ruth, and his brothers, Eugene and Harold Lemley. Service Thursday at Ridgeline Funeral Chapel, Mannington.""",
gold=[("MGW017", "survivor")]),

dict(guid="mgw_pdn_0206", pub="2026-06-09T06:00:00-04:00", title="COSTIANES, Eleni",
body="""COSTIANES, Eleni, 81, of Weirton, June 6, 2026. Wife of the late George Costianes; mother of Theo Costianes of Steubenville, Ohio. Born in Weirton. Funeral service at All Saints Greek Orthodox Church, Weirton.""",
gold=[]),
]
