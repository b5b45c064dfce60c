"""Kanawha Valley Gazette: paid death notices, surname-first headings, plain text. Hand-labelled (gold=[...]).
The Sayre item is a verbatim later reprint of the funeral home's obituary (labelled on the earlier copy only)."""

from obits_kgfc import ITEMS as _KGFC

_SAYRE = next(it for it in _KGFC if "sayre" in it["guid"])

ITEMS = [
dict(guid="crw_kvg_dn_2026_0313_sayre", pub="2026-03-13T05:30:00-04:00", title="SAYRE, Delbert Lee \"Del\"",
body=_SAYRE["body"], gold=[]),

dict(guid="crw_kvg_dn_2026_0421_starcher", pub="2026-04-21T05:30:00-04:00", title="STARCHER, Roger Dale",
body="""STARCHER, Roger Dale, 67, of Pikeville, Ky., died April 18, 2026, at Pikeville Medical Center. He was a retired underground electrician for Elk Horn Coal and a member of Johns Creek Old Regular Baptist Church. Survived by his wife, Darlene; daughters, Misty Coleman and April Starcher, both of Pikeville; and a brother, Harold Starcher of Prestonsburg, Ky. Funeral 1 p.m. Tuesday at the church; burial in the Starcher family cemetery at Meta, Ky.""",
gold=[]),

dict(guid="crw_kvg_dn_2026_0505_maynard", pub="2026-05-05T05:30:00-04:00", title="MAYNARD, Opal J.",
body="""MAYNARD, Opal J., of Nitro, died Sunday, May 3, 2026. Arrangements are incomplete and will be announced by Hafer-Lanham Funeral Home, St. Albans.""",
gold=[("CRW012", "possible_deceased_client")]),

dict(guid="crw_kvg_dn_2026_0602_shamblin", pub="2026-06-02T05:30:00-04:00", title="SHAMBLIN, Travis Eugene",
body="""SHAMBLIN, Travis Eugene, 86, of Clendenin, died May 30, 2026, at home. A retired Elk River ferry and barge hand and later a custodian at Clendenin Elementary, he was a member of Queen Shoals Church of Christ. Survived by his wife of 64 years, Nola; sons, Gary Shamblin of Clendenin and Ricky Shamblin of Ohio; daughter, Brenda Shamblin Sigman of Big Chimney; seven grandchildren. Services 2 p.m. Thursday at Queen Shoals Church of Christ; burial at Shamblin Cemetery, Procious.""",
gold=[]),

dict(guid="crw_kvg_dn_2026_0708_sigmon", pub="2026-07-08T05:30:00-04:00", title="SIGMON, Roberta Burdette",
body="""SIGMON, Roberta Burdette, 70, of Belle, died July 5, 2026, at CAMC General Hospital. She retired from the Belle post office. Survived by her husband, Jerry Sigmon; her brother, Okey Burdette Jr. (Sharon) of Belle; her daughter, Crystal Sigmon Dent of Chesapeake; three grandchildren. Preceded in death by her parents, Okey and Gladys Burdette, and her sister, Norma Jean. Services 11 a.m. Saturday at Belle First Baptist Church, Rev. Thomas Shrewsbury officiating.""",
gold=[("CRW018", "survivor")]),

dict(guid="crw_kvg_dn_2026_0922_lilly", pub="2026-09-22T05:30:00-04:00", title="LILLY, Franklin D.",
body="""LILLY, Franklin D., 79, of Ona, died Saturday, September 19, 2026. A retired Chesapeake and Ohio Railway carman at the Huntington shops and a U.S. Marine Corps veteran, he was a member of Ona Baptist Church. Survived by his wife, Carol Lilly; his daughter, Amanda Lilly (Josh Meadows) of Charleston; his son, Brian Lilly of Milton; two grandchildren. Funeral 1 p.m. Friday at Ona Baptist Church; burial at Forest Memorial Park, Milton.""",
gold=[("CRW023", "survivor")]),

dict(guid="crw_kvg_dn_2026_1103_fauntleroy", pub="2026-11-03T05:30:00-05:00", title="FAUNTLEROY, Lucinda B.",
body="""FAUNTLEROY, Lucinda B., 91, of Petersburg, Va., formerly of Huntington, died October 29, 2026. A retired teacher of the Petersburg public schools and a graduate of Douglass High School in Huntington and Virginia State College. Survived by a son, Rev. Marcus Fauntleroy of Petersburg; a daughter, Cheryl Fauntleroy Banks of Richmond; five grandchildren. Homegoing service 11 a.m. Saturday at Gillfield Baptist Church, Petersburg.""",
gold=[]),
]
