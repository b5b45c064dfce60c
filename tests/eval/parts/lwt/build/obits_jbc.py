"""Judith Basin Catholic Community (invented parish cluster: Stanford, Geyser, Hobson, Denton): weekly bulletin
notices, plain text, short headings. Hand-labelled."""

ITEMS = [
dict(guid="lwt_jbc_bulletin_2026_03_15", pub="2026-03-15T07:30:00-06:00", title="Eternal rest: Frank Pribyl, Geyser",
body="""Please pray for the repose of the soul of Frank Joseph Pribyl, 84, of Geyser, who died Sunday, March 8, at Benefis Hospice House in Great Falls after a long illness. Frank farmed on the Geyser bench and rang the bell at St. Joseph's, Geyser, for forty Easters.

Frank is survived by his sister, our parishioner MaryJo Pribyl of Stanford, who has cared for him these last two years, and by a nephew, Daniel Pribyl of Spokane. His wife, Ruth, and his brother Emil went before him.

The funeral Mass will be celebrated Wednesday at 11 a.m. at St. Joseph's, Geyser. The Altar Society will serve lunch in the parish hall; please call Denise at the parish office if you can bring a salad.""",
gold=[("LWT007", "survivor")]),

dict(guid="lwt_jbc_bulletin_2026_06_21", pub="2026-06-21T07:30:00-06:00", title="Eternal rest: Lorraine Zeier, Denton",
body="""Our sympathy and prayers are with the Zeier and Tollefson families on the death of Lorraine Agnes Zeier, 86, of Denton, on June 15. Lorraine was a member of St. Michael's, Denton, for 65 years and taught generations of first communicants.

Lorraine is survived by her daughter, Shelly (Butch) Tollefson of Denton; her son, Mark Zeier of Lewistown; eight grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Leonard Zeier.

Mass of Christian Burial Tuesday at 10 a.m. at St. Michael's, Denton. Eternal rest grant unto her, O Lord.""",
gold=[("LWT006", "survivor"), ("LWT005", "survivor")]),

dict(guid="lwt_jbc_bulletin_2026_09_20", pub="2026-09-20T07:30:00-06:00", title="Eternal rest: Raymond LaVerdure, Havre",
body="""Please remember in your prayers Raymond Louis LaVerdure, 64, of Havre, who died suddenly Sept. 12. Ray grew up in Lewistown and served Mass at St. Leo's as a boy; his funeral was held in Havre on Thursday.

He is survived by his sons, Lucas and Tyler LaVerdure; his brother, Cliff LaVerdure, and Cliff's wife, Denise, of Lewistown; and his sister, Georgette Wilkie of Great Falls. He was preceded in death by his parents, Louis and Philomene, whose funeral many of you attended in February.""",
gold=[("LWT003", "survivor"), ("LWT004", "survivor")]),
]
