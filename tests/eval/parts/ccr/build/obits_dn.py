"""Inland North death notices (invented paid-notice service for the Silver Valley and Kootenai County):
terse notices, surname-first headings, plain text. Hand-labelled."""

from obits_htfc import ZANETTI_BODY

ITEMS = [
dict(guid="ccr_dn_260118", pub="2026-01-18T06:00:00-08:00", title="SKOGSTAD, Ingrid M., 86, Rathdrum",
body="""SKOGSTAD, Ingrid Marie, 86, of Rathdrum, died January 15, 2026. Survived by her son, Wendell Skogstad (Colette) of Rathdrum, and two granddaughters. Preceded in death by her husband, Olaf. Services at Rathdrum Lutheran Church, January 22, 11 a.m.""",
gold=[]),

dict(guid="ccr_dn_260325", pub="2026-03-25T06:00:00-07:00", title="ZANETTI, Bernard L. \"Bernie\", 85, Wallace",
body=ZANETTI_BODY,
gold=[]),  # a second, later copy of ccr_htfc_2026_0322: labelled on the earlier copy only

dict(guid="ccr_dn_260512", pub="2026-05-12T06:00:00-07:00", title="PESUT, August \"Gus\", Osburn",
body="""PESUT, August "Gus", of Osburn, died May 9, 2026. Arrangements are pending with Hennessey-Tollefson Funeral Chapel, Kellogg.""",
gold=[("CCR010", "possible_deceased_client")]),

dict(guid="ccr_dn_260520", pub="2026-05-20T06:00:00-07:00", title="ACHTERBERG, Maurits J., 66, Spokane Valley, Wash.",
body="""ACHTERBERG, Maurits Jan, 66, of Spokane Valley, Wash., died May 16, 2026. Born in Haarlem, the Netherlands. Survived by his wife, Janneke; his daughter, Saskia; and his nephew, Desmond Achterberg of Coeur d'Alene. Memorial gathering at Spokane Valley Christian Reformed Church, May 30, 2 p.m.""",
gold=[("CCR022", "survivor")]),

dict(guid="ccr_dn_260708", pub="2026-07-08T06:00:00-07:00", title="KUYKENDALL, Anneliese R., 23, Moscow",
body="""KUYKENDALL, Anneliese Rose, 23, of Moscow, Idaho, died July 3, 2026. A senior at the University of Idaho. Survived by her parents, Brett and Laura Kuykendall of Moscow, and her brother, Evan. Services at Moscow First Presbyterian Church, July 11.""",
gold=[]),
]
