"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mhk part. Alerts invented; the office
(NWS Topeka, KTOP), SAME county codes and county UGC codes are real; forecast-zone numbers are best known and no
label depends on them. Every alert id starts with mhk_ (the feature's top-level id is the item id)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mhk_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_TOP = urn("mhk-winter-storm-flint-hills")
TOR_TOP = urn("mhk-tornado-st-george-wamego")
TOR_TOP_CAN = urn("mhk-tornado-st-george-wamego-can")
FOG_TOP = urn("mhk-fog-riley-geary")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-96.47, 39.16), (-96.28, 39.16), (-96.28, 39.26), (-96.47, 39.26))

ALERTS = [
    dict(id=WSW_TOP, office="KTOP", senderName="NWS Topeka KS", awips="WSWTOP", wmo="WWUS43",
         areaDesc="Morris; Wabaunsee; Lyon", SAME=["020127", "020197", "020111"],
         UGC=["KSZ054", "KSZ055", "KSZ058"],
         sent="2026-01-24T03:12:00-06:00", onset="2026-01-24T12:00:00-06:00", expires="2026-01-24T15:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:12AM CST until January 25 at 6:00PM CST by NWS Topeka KS",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph will cause drifting on rural roads.\n\n* WHERE...Morris, Wabaunsee and Lyon Counties, including Council Grove, Alma, Eskridge and Emporia.\n\n* WHEN...From noon Saturday to 6 PM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 335 (the Kansas Turnpike) and I-35. Livestock will be stressed by the cold and snow.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Ranchers should provide extra feed and shelter for livestock.",
         vtec="/O.NEW.KTOP.WS.W.0003.260124T1800Z-260126T0000Z/", references=[], geometry=None),
    dict(id=TOR_TOP, office="KTOP", senderName="NWS Topeka KS", awips="TORTOP", wmo="WFUS53",
         areaDesc="Pottawatomie, KS", SAME=["020149"], UGC=["KSC149"],
         sent="2026-04-28T21:38:00-05:00", onset="2026-04-28T21:38:00-05:00", expires="2026-04-28T22:15:00-05:00",
         ends="2026-04-28T22:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 28 at 9:38PM CDT until April 28 at 10:15PM CDT by NWS Topeka KS",
         description="TORTOP\n\nThe National Weather Service in Topeka has issued a\n\n* Tornado Warning for...\nSouthwestern Pottawatomie County in northeastern Kansas...\n\n* Until 1015 PM CDT.\n\n* At 937 PM CDT, a confirmed tornado was located near St. George, moving east at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Law enforcement confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nWamego, St. George and Belvue.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KTOP.TO.W.0014.260429T0238Z-260429T0315Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["OBSERVED"], "tornadoDamageThreat": ["CONSIDERABLE"], "maxHailSize": ["1.50"]}),
    dict(id=TOR_TOP_CAN, office="KTOP", senderName="NWS Topeka KS", awips="SVSTOP", wmo="WWUS53",
         areaDesc="Pottawatomie, KS", SAME=["020149"], UGC=["KSC149"],
         sent="2026-04-28T22:02:00-05:00", onset="2026-04-28T22:02:00-05:00", expires="2026-04-28T22:15:00-05:00",
         ends="2026-04-28T22:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornadic thunderstorm which prompted the warning has weakened and moved into Wabaunsee County. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KTOP.TO.W.0014.000000T0000Z-260429T0315Z/", references=[TOR_TOP], geometry=TOR_POLY),
    dict(id=FOG_TOP, office="KTOP", senderName="NWS Topeka KS", awips="NPWTOP", wmo="WWUS73",
         areaDesc="Riley; Geary", SAME=["020161", "020061"], UGC=["KSZ021", "KSZ035"],
         sent="2026-10-06T04:40:00-05:00", onset="2026-10-06T04:40:00-05:00", expires="2026-10-06T10:00:00-05:00",
         ends="2026-10-06T10:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 6 at 4:40AM CDT until October 6 at 10:00AM CDT by NWS Topeka KS",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Riley and Geary Counties, including Manhattan, Junction City, Fort Riley and Ogden.\n\n* WHEN...Until 10 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KTOP.FG.Y.0021.261006T0940Z-261006T1500Z/", references=[], geometry=None),
]
