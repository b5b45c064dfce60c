"""High Plains Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled.
ppa_dn_20260617_tidwell is a later second copy of the Pampa News Tidwell obituary (labelled on the first only)."""

import obits_pn

_TIDWELL = next(it for it in obits_pn.ITEMS if it["guid"] == "ppa_pn_obit_20260615_tidwell")

ITEMS = [
dict(guid="ppa_dn_20260520_newsom", pub="2026-05-20T06:05:00-05:00", title="NEWSOM, Vernell - Pampa",
body="""Vernell Newsom of Pampa died Monday, May 18, 2026. Graveside services are pending with Cornerstone Colonial Funeral Directors of Pampa.""",
gold=[("PPA016", "possible_deceased_client")]),

dict(guid="ppa_dn_20260617_tidwell", pub="2026-06-17T06:05:00-05:00", title="TIDWELL, Harlan Wade 'Buck' - Pampa",
body=_TIDWELL["body"],
gold=[]),

dict(guid="ppa_dn_20260324_delacerda", pub="2026-03-24T06:05:00-05:00", title="DE LA CERDA, Arturo G. - San Antonio",
body="""Arturo G. De La Cerda, 81, of San Antonio, formerly of Amarillo, died March 20, 2026. Retired from Santa Fe railroad shops. Survived by wife Herminia; daughters Celia Ortiz and Rosa De La Cerda, both of San Antonio. Rosary and Mass at St. Leo the Great, San Antonio.""",
gold=[]),

dict(guid="ppa_dn_20260903_whitsell", pub="2026-09-03T06:05:00-05:00", title="WHITSELL, Mavis Irene - McLean",
body="""Mavis Irene Whitsell, 90, of McLean, died August 31, 2026. Survivors: son, Odis Whitsell of McLean; daughter, Charlene Gray of Shamrock; five grandchildren. Services 2 p.m. Thursday, First Baptist Church of McLean; burial Hillcrest Cemetery.""",
gold=[]),
]
