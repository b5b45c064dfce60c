"""Tri-State Paid Death Notices (Herald-Courier classified section): terse surname-first notices. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="hgr_dn_20260217_0912", pub="2026-02-17T04:00:00-05:00", title="LEITER, Harvey D.",
body="""LEITER, Harvey D., 68, of Bakersfield, Calif., died Feb. 9, 2026. Born in Taft, Calif., he was a petroleum engineer with Chevron for 36 years. Survived by his wife, Consuelo; sons Michael and David; a cousin, Lila Grove of Williamsport, Md. Services were held in Bakersfield.""",
gold=[]),  # far-away namesake (same age as HGR019 of Greencastle, Pa.)

dict(guid="hgr_dn_20260421_1187", pub="2026-04-21T04:00:00-04:00", title="STOTTLEMYER, Gordon L.",
body="""STOTTLEMYER, Gordon L., 88, of Myersville, died April 18, 2026. Retired Frederick County dairy farmer. Survived by his wife of 64 years, Louise; daughters Karen Easterday and Joan Harne. Services Thursday at Myersville Lutheran Church. Arrangements by Resthaven of Middletown.""",
gold=[]),  # namesake in a nearby town, 17 years older than HGR021, different wife

dict(guid="hgr_dn_20260506_1240", pub="2026-05-06T04:00:00-04:00", title="EICHELBERGER, Gladys",
body="""EICHELBERGER, Gladys, of Hancock, died Monday, May 4, 2026, at home. Arrangements are pending with Tonoloway Funeral Home, Hancock.""",
gold=[("HGR013", "possible_deceased_client")]),

dict(guid="hgr_dn_20260609_1402", pub="2026-06-09T04:00:00-04:00", title="HOFFMAN, Lamar E.",
body="""HOFFMAN, Lamar E., 90, of Hanover, Pa., died June 6, 2026. A retired York County shoe-factory foreman. Survived by his wife, Ruth, and daughters Sandra and Beverly. Services at St. Matthew Lutheran Church, Hanover.""",
gold=[]),  # namesake far away, 30 years older than the Rev. Lamar Hoffman (HGR014)
]
