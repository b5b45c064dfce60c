"""Thousand Islands Pennysaver: paid death notices, terse surname-first headings, plain text. Hand-labelled.
One item is a second, later copy of the Courier's Hunneyman obituary (labelled there only)."""

ITEMS = [
dict(guid="wtn_tip_dn_2026_0214_hunneyman", pub="2026-02-14T06:00:00-05:00", title="HUNNEYMAN, Evangeline R. \"Vangie\"",
body="""ADAMS - Evangeline Ruth "Vangie" Hunneyman, 93, a lifelong resident of the town of Adams, passed away Sunday, February 8, 2026, at the Samaritan Keep Home, Watertown.

She is survived by her daughter, Mary Beth Docteur of Adams; her son and daughter-in-law, Nolan and Priya Hunneyman of Sackets Harbor; five grandchildren and four great-grandchildren.

A funeral service will be held Saturday at 11 a.m. at the Adams Center Baptist Church, with the Rev. Silas Amidon officiating.""",
gold=[]),  # duplicate copy: labelled on wtn_ndc_obit_2026_0210_hunneyman

dict(guid="wtn_tip_dn_2026_0309_moshier", pub="2026-03-09T06:00:00-05:00", title="MOSHIER, Caleb J.",
body="""DEXTER - Caleb J. Moshier, 88, of Dexter, died March 6, 2026. Survived by his wife of 64 years, Phyllis; daughters Nancy Lyng and Carol Moshier. Retired from the Dexter Sulphite mill. Services Thursday, Dexter Union Church.""",
gold=[]),

dict(guid="wtn_tip_dn_2026_1006_gaige", pub="2026-10-06T06:00:00-04:00", title="GAIGE, Wendell",
body="""ALEXANDRIA BAY - Wendell Gaige, of Alexandria Bay, died October 3, 2026. Arrangements are with the Costello Funeral Home, Alexandria Bay, and will be announced.""",
gold=[("WTN013", "possible_deceased_client")]),
]
