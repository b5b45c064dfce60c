"""Mid-Hudson Journal paid death notices (Poughkeepsie): brief, surname-first headings, plain text. Hand-labelled.
One item is a second, later copy of the Rondout Courier's Kniffen obituary."""

import obits_courier

_KNIFFEN = next(it for it in obits_courier.ITEMS if "Kniffen" in it["title"])

ITEMS = [
dict(guid="hzn_mhj_dn_20260226_118", pub="2026-02-26T06:00:00-05:00",
title="KNIFFEN, Theodore R. \"Ted\"",
body=_KNIFFEN["body"],
gold=[]),   # duplicate copy of hzn_courier_obit_20260223_4502: labelled on the earlier copy only

dict(guid="hzn_mhj_dn_20260411_207", pub="2026-04-11T06:00:00-04:00",
title="DEYO, Harold C.",
body="""DEYO - Harold C., 88, of Gardiner, on April 8, 2026. Retired apple grower, Shawangunk Grange past master. Survived by his son, Carl (Imogen) Deyo of New Paltz; his daughter, Lynn Hasbrouck of Modena; and his granddaughter, Ada. Predeceased by his wife, Ethel. Service Tuesday 11 a.m., Gardiner Reformed Church.""",
gold=[("HZN018", "survivor")]),

dict(guid="hzn_mhj_dn_20260512_244", pub="2026-05-12T06:00:00-04:00",
title="HOMMEL, Frederick W.",
body="""HOMMEL - Frederick W. "Fritz", 90, of Red Hook, on May 9, 2026. Dairy farmer on the Hommel place on Route 199 for sixty years. Survived by his sister, Lorraine Kniffen of Rhinebeck; his nephews and nieces. Predeceased by his wife, Gertrude, and his brother-in-law, Ted Kniffen. Graveside service Thursday, Red Hook Cemetery.""",
gold=[("HZN010", "survivor")]),

dict(guid="hzn_mhj_dn_20260605_263", pub="2026-06-05T06:00:00-04:00",
title="BRODHEAD, Anneliese",
body="""BRODHEAD - Anneliese, of Poughkeepsie, on June 3, 2026. Arrangements are private. McHoul Funeral Service.""",
gold=[("HZN011", "possible_deceased_client")]),

dict(guid="hzn_mhj_dn_20260818_301", pub="2026-08-18T06:00:00-04:00",
title="TERPENING, Roland J.",
body="""TERPENING - Roland J., 80, of Saugerties, on August 15, 2026. Bluestone cutter, Army veteran, Washington Hose Co. Survived by his sister, Cornelia "Nell" Osterhoudt of Kingston; his nephew, Dom Terpening Jr. of Saugerties; his niece, Mary Beth Schoonmaker of New Paltz. Predeceased by his brother, Dominic Sr. Mass Saturday 10 a.m., St. Mary of the Snow.""",
gold=[("HZN001", "survivor"), ("HZN005", "survivor"), ("HZN007", "survivor")]),
]
