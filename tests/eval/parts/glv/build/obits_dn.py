"""Fulton County paid death notices (terse, surname-first headings). Hand-labelled."""

ITEMS = [
dict(guid="glv_dn_260312_01", pub="2026-03-12T06:00:00-04:00", title="DIEFFENBACHER, Harriet",
body="""DIEFFENBACHER - Harriet, of Mayfield, passed away Tuesday, March 10, 2026. Services will be announced. Arrangements are by the Walrath-Putnam Funeral Home, Johnstown.""",
gold=[("GLV010", "possible_deceased_client")]),

dict(guid="glv_dn_260415_02", pub="2026-04-15T06:00:00-04:00", title="OSTRANDER, Bernard J.",
body="""OSTRANDER - Bernard J. "Bernie," 76, of Syracuse, died April 12, 2026. Retired from Carrier Corp. Husband of Phyllis; father of Kevin and Amy. Services at Maurer Funeral Home, Syracuse.""",
gold=[]),

dict(guid="glv_dn_260520_03", pub="2026-05-20T06:00:00-04:00", title="PETTENGILL, Clifford W.",
body="""NORTHVILLE - Clifford W. "Cliff" Pettengill, 87, of Northville, died Saturday, May 16, 2026, at home on Bridge Street with his family at his side.

Cliff was born May 14, 1939, in Northville, the son of Warren and Ada (Byrne) Pettengill. He worked 36 years for the Hudson River-Black River Regulating District at the Conklingville Dam.

He is survived by his wife of 63 years, Lorraine (Dopp) Pettengill; his sons, Gary (Ellen) Pettengill of Northville and Scott Pettengill of Wells; four grandchildren; and his sister, Beverly Groff of Edinburg.

Calling hours Thursday 4 to 7 p.m. at the Northville United Methodist Church; funeral Friday at 11 a.m.""",
gold=[]),  # later copy of glv_lh_obit_260519_0745: labelled on the earlier copy only

dict(guid="glv_dn_260808_04", pub="2026-08-08T06:00:00-04:00", title="WOJCIKOWSKI, Theodora \"Teddi\" (Ruggiero)",
body="""WOJCIKOWSKI - Theodora "Teddi" (Ruggiero), 84, of Johnstown, entered eternal rest August 6, 2026. Widow of Walter Wojcikowski; sister of the late Josephine Lanzi. Mass of Christian Burial Tuesday 10 a.m., Holy Trinity Parish. Walrath-Putnam Funeral Home.""",
gold=[("GLV003", "deceased_client")]),

dict(guid="glv_dn_260903_05", pub="2026-09-03T06:00:00-04:00", title="DeMAGISTRIS, Louis A.",
body="""DeMAGISTRIS - Louis A., 64, of Gloversville, died suddenly August 31, 2026. Beloved husband of Patricia (Patty) DeMagistris; devoted father of Gianna. Calling hours Friday 4-7 p.m., Cassidy-Walrath Funeral Home.""",
gold=[("GLV017", "survivor")]),

dict(guid="glv_dn_260922_06", pub="2026-09-22T06:00:00-04:00", title="KRETSER, Wilbur A.",
body="""KRETSER - Wilbur A., 90, of Ephratah, died September 19, 2026. Survived by his niece, Darlene Stoutenburg of Gloversville, and several cousins. Predeceased by his sister, Helen Moshier. Graveside service at Ephratah Cemetery.""",
gold=[("GLV002", "survivor")]),
]
