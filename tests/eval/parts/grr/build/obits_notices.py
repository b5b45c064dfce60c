"""West Michigan Paid Death Notices (brief notices, surname-first headings, plain text). Hand-labelled."""

ITEMS = [
dict(guid="grr_dn_260127_0412", pub="2026-01-27T05:00:00-05:00", title="BOUWKAMP, Henrietta",
body="""BOUWKAMP, Henrietta "Hennie," age 97, of Kentwood, died Jan. 24, 2026. Survived by son Derek (Mary Jo) Bouwkamp, Kentwood; daughter Ruth Bouwkamp, Denver; 4 grandchildren. Preceded by husband Albert. Service Thursday 11 a.m., Kentwood CRC. Arrangements: Stroo Funeral Home.""",
gold=[("GRR009", "survivor"), ("GRR008", "survivor")]),

dict(guid="grr_dn_260302_0518", pub="2026-03-02T05:00:00-05:00", title="WHITFIELD, Loretta",
body="""WHITFIELD, Loretta Mae, 74, of Grand Rapids, died Feb. 26, 2026. Survived by her husband, Clarence; son, Rev. Darnell Whitfield, Grand Rapids; daughter, Tanya Whitfield-Moore, Detroit; 5 grandchildren. Homegoing service Saturday 11 a.m., Messiah Missionary Baptist Church.""",
gold=[("GRR020", "survivor")]),

dict(guid="grr_dn_260406_0733", pub="2026-04-06T05:00:00-04:00", title="VANDER MOLEN, Hendrik",
body="""VANDER MOLEN, Hendrik "Henk," 34, of Grand Haven, died April 2, 2026. Survived by his parents, Dale and Kristin Vander Molen, Grand Haven; his partner, Alyssa; brother, Pieter. Memorial gathering Saturday 2-5 p.m., Grand Haven Community Center.""",
gold=[]),

dict(guid="grr_dn_260427_0901", pub="2026-04-27T05:00:00-04:00", title="DYKSTRA, Gerrit",
body="""DYKSTRA, Gerrit, 86, of Zeeland, died April 21, 2026. Born Feb. 9, 1940. Survived by his wife of 61 years, Joyce (Kamps); children Mark (Deb) Dykstra and Linda (Scott) Van Dyke; ten grandchildren; sister Willie Ter Haar. Funeral Monday 11 a.m., First CRC Zeeland. Yntema Funeral Home.""",
gold=[]),

dict(guid="grr_dn_260505_0944", pub="2026-05-05T05:00:00-04:00", title="KWIATKOWSKI, Theodore",
body="""KWIATKOWSKI, Theodore, of Walker, died May 3, 2026. Arrangements pending with Sneden Funeral Home.""",
gold=[("GRR018", "possible_deceased_client")]),
]
