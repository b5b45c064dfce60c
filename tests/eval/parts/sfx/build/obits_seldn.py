"""Sioux Empire Leader (invented), paid death notices: terse, surname-first headings, plain text.
Hand-labelled: gold=[(client_id, role)]."""

FEED = "seldn"
ITEMS = [
dict(guid="sfx_seldn_260407_vos", pub="2026-04-07T05:15:00-05:00", title="VOS, Jantina \"Tina\"",
body="""Jantina "Tina" Vos, 94, Sioux Falls, died April 4, 2026. Survived by nieces and nephews, including Trudy (Arnie) TeSlaa, Sioux Falls, and Gerrit Bruinsma, Sioux Falls. Preceded in death by her sister, Jantje Bruinsma. Service 1 p.m. Thursday, Riverside Prairie Funeral Chapel, Sioux Falls.""",
gold=[("SFX002", "survivor"), ("SFX001", "survivor")]),

dict(guid="sfx_seldn_260714_kleinsasser", pub="2026-07-14T05:15:00-05:00", title="KLEINSASSER, Paul J.",
body="""Paul J. Kleinsasser, 80, Sioux Falls, died July 11, 2026. Retired Sioux Falls Fire Rescue captain. Survived by daughter Jolene Kleinsasser, Sioux Falls; son Tim (Stacy) Kleinsasser, Sioux City, Iowa; four grandchildren. Preceded in death by wife, Linda. Funeral 11 a.m. Friday, Christ the King Catholic Church.""",
gold=[("SFX011", "survivor")]),

dict(guid="sfx_seldn_260819_hofer", pub="2026-08-19T05:15:00-05:00", title="HOFER, Nathaniel \"Nate\"",
body="""Nathaniel "Nate" Hofer, 90, Freeman, died Aug. 16, 2026. Retired carpenter. Survived by wife, Katharina; sons Joel and Samuel; 14 grandchildren. Funeral 10 a.m. Friday, Salem Mennonite Church, rural Freeman. Buehler-Hofer Funeral Home, Freeman.""",
gold=[]),

dict(guid="sfx_seldn_261123_eidsness", pub="2026-11-23T05:15:00-06:00", title="EIDSNESS, Marlys",
body="""Marlys Eidsness, Brandon, died Friday, Nov. 20, 2026. Arrangements pending with Riverside Prairie Funeral Chapel, Brandon.""",
gold=[("SFX003", "possible_deceased_client")]),
]
