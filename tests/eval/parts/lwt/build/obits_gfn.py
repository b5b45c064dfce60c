"""Treasure State Death Notices (invented paid death-notice service of a Great Falls daily): terse, surname-first
headings, plain text. One item is a later second copy of the Courier's Brekke obituary. Hand-labelled."""

import obits_cmc

_BREKKE = next(it for it in obits_cmc.ITEMS if it["guid"] == "lwt_cmc_obit_2026_142")

ITEMS = [
dict(guid="lwt_gfn_notice_2026_0412", pub="2026-04-14T05:00:00-06:00", title="OSTBERG, Travis J.",
body="""OSTBERG, Travis J., 47, of Spokane Valley, Wash., died April 9, 2026. Born in Glendive. Arrangements by Hennessey Funeral Home, Spokane.""",
gold=[]),

dict(guid="lwt_gfn_notice_2026_0815", pub="2026-08-18T05:00:00-06:00", title="RASMUSSEN, Helen",
body="""RASMUSSEN, Helen, Grass Range. Died Aug. 15, 2026. Arrangements pending with Judith Mountain Memorial Chapel, Lewistown.""",
gold=[("LWT015", "possible_deceased_client")]),

dict(guid="lwt_gfn_notice_2026_0904", pub="2026-09-05T05:00:00-06:00", title="MOE, Evelyn J.",
body="""MOE, Evelyn Joan, 79, of Great Falls, died Sept. 2, 2026. Retired from Malmstrom AFB civil service. Survived by her husband, Lyle Moe; sons Gary and Steven. Services Tuesday, 2 p.m., Croxford Chapel.""",
gold=[]),

dict(guid="lwt_gfn_notice_2026_1016", pub="2026-10-16T05:00:00-06:00", title="BREKKE, Orville A. \"Orv\"",
body=_BREKKE["body"],
gold=[]),
]
