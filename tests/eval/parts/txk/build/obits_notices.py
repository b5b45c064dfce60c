"""Four States Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled. One entry is
a later second copy of the Twin-State Gazette's Stinnett obituary (labelled on the Gazette copy only)."""

import obits_gazette

FEED = "notices"
_STINNETT = next(it for it in obits_gazette.ITEMS if it["guid"] == "txk_gaz_2026_0414_stinnett")

ITEMS = [
dict(guid="txk_fsdn_20260114_hargis", pub="2026-01-14T06:00:00-06:00", title="HARGIS, Opal Marie",
body="""HARGIS, Opal Marie, 93, of Nash, Texas, died Jan. 10, 2026. Services 2 p.m. Tuesday, Nash First Baptist Church. Arrangements by East Memorial Chapel, Texarkana.""",
gold=[]),

dict(guid="txk_fsdn_20260416_stinnett", pub="2026-04-16T06:00:00-05:00", title="STINNETT, Lloyd Everett",
body=_STINNETT["body"],
gold=[]),

dict(guid="txk_fsdn_20260428_tidwell", pub="2026-04-28T06:00:00-05:00", title="TIDWELL, Billie Sue",
body="""TIDWELL, Billie Sue, of Texarkana, Ark., passed away Saturday, April 25, 2026. Arrangements are pending with Bramlett & Sons Funeral Home, Texarkana.""",
gold=[("TXK003", "possible_deceased_client")]),

dict(guid="txk_fsdn_20260512_pruitt", pub="2026-05-12T06:00:00-05:00", title="PRUITT, Wendell Ray Sr.",
body="""PRUITT, Wendell Ray Sr., 96, of Texarkana, Texas, died May 9, 2026. Retired Cooper Tire millwright and World War II Navy veteran. Survived by son, Wendell Ray "Dub" Pruitt Jr. and wife, Glenda, of Texarkana; daughter, Carolyn Pruitt Neal of Hot Springs; five grandchildren. Preceded in death by wife, Fay. Services 10 a.m. Friday, Beech Street First Baptist Church. East Memorial Chapel.""",
gold=[("TXK001", "survivor"), ("TXK002", "survivor")]),

dict(guid="txk_fsdn_20260602_mosley", pub="2026-06-02T06:00:00-05:00", title="MOSLEY, Kendra Denise",
body="""MOSLEY, Kendra Denise, 44, of Little Rock, Ark., died May 29, 2026. Registered nurse at UAMS. Survived by her husband, Andre Mosley; sons, Jalen and Marcus Mosley; her mother, Gloria Hill of Pine Bluff. Services 11 a.m. Saturday, Mount Pleasant Baptist Church, Little Rock.""",
gold=[]),
]
