"""Uintah Basin Record paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="vel_ubr_0301", pub="2026-04-07T05:00:00-06:00", title="PICKERING, Geneal",
body="""PICKERING, Geneal, of Vernal, passed away April 3, 2026. Arrangements are pending with Split Mountain Mortuary, Vernal.""",
gold=[("VEL013", "possible_deceased_client")]),

dict(guid="vel_ubr_0302", pub="2026-02-10T05:00:00-07:00", title="OBERHANSLY, Melba Jean",
body="""OBERHANSLY, Melba Jean, 93, Ballard. Died Feb. 6, 2026. Survived by sons Ferron of Ballard and Gale (Kathy) of Ogden; 7 grandchildren. Preceded by husband Ferrel. Services Feb. 12, 11 a.m., Ballard Ward. Interment Ballard Cemetery.""",
gold=[]),

dict(guid="vel_ubr_0303", pub="2026-05-19T05:00:00-06:00", title="TUCKFIELD, Lavon",
body="""TUCKFIELD, Lavon Sorensen, 66, Altamont. Died May 15, 2026, after a brave fight with cancer. Survived by her husband of 46 years, Orrin Tuckfield; children Cody (Amber) Tuckfield, Altamont, and Brynn (Josh) Mott, Duchesne; 8 grandchildren. Services May 22, 11 a.m., Altamont Stake Center.""",
gold=[("VEL021", "survivor")]),

dict(guid="vel_ubr_0304", pub="2026-06-02T05:00:00-06:00", title="HOLLEY, Arvella",
body="""HOLLEY, Arvella, 86, Vernal. Died May 29, 2026. Survived by daughter Teresa (Mike) Ross, Vernal; grandchildren Shaylee (Tyson) Bascom, Vernal, and Kade Ross, St. George; 4 great-grandchildren. Graveside June 4, 10 a.m., Vernal Memorial Park.""",
gold=[("VEL016", "survivor")]),

dict(guid="vel_ubr_0305", pub="2026-06-16T05:00:00-06:00", title="QUAID, Harlan James",
body="""QUAID, Harlan James, 71, Grand Junction, Colo. Died June 11, 2026. Retired railroad conductor. Survived by wife Patricia; sons Dean and Marty, both of Grand Junction. Services June 19, Grand Junction.""",
gold=[]),

dict(guid="vel_ubr_0306", pub="2026-01-27T05:00:00-07:00", title="PETTERSEN, LaVar Ellis",
body="""PETTERSEN, LaVar Ellis, 84, of Vernal, passed away January 17, 2026. Born August 12, 1941, in Vernal to Ellis and Thora (Mecham) Pettersen. Survived by his wife of 61 years, Norma Snelgrove Pettersen of Vernal; children Kent (Lorraine) Pettersen, Sharla (Wade) Nyberg and Dallin Pettersen. Funeral January 24, 11 a.m., Vernal 9th Ward chapel. Interment Vernal Memorial Park. (Reprinted from the Ashley Valley Courier.)""",
gold=[]),
]
