"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Springfield MO (KSGF). Every alert is
invented; the office, SAME county codes and county UGC codes are real (forecast-zone numbers as best known; labels
use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sgf_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_TANEY = urn("sgf-ice-storm-taney-stone")
WWY_GREENE = urn("sgf-wwy-greene-christian")
TOR_REPUBLIC = urn("sgf-tornado-republic")
TOR_REPUBLIC_CAN = urn("sgf-tornado-republic-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-93.53, 37.09), (-93.39, 37.15), (-93.40, 37.19), (-93.53, 37.14))

ALERTS = [
    dict(id=ISW_TANEY, office="KSGF", senderName="NWS Springfield MO", awips="WSWSGF", wmo="WWUS43",
         areaDesc="Stone; Taney", SAME=["029209", "029213"], UGC=["MOZ101", "MOZ102"],
         sent="2026-01-23T14:50:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:50PM CST until January 25 at 12:00PM CST by NWS Springfield MO",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch.\n\n* WHERE...Stone and Taney Counties, including Branson, Hollister, Forsyth, Kimberling City and Reeds Spring.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on the hills of Highway 65 and Highway 76.",
         instruction="Prepare for possible power outages. Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSGF.IS.W.0002.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=WWY_GREENE, office="KSGF", senderName="NWS Springfield MO", awips="WSWSGF", wmo="WWUS43",
         areaDesc="Greene; Christian", SAME=["029077", "029043"], UGC=["MOZ077", "MOZ088"],
         sent="2026-01-23T14:52:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 23 at 2:52PM CST until January 25 at 12:00PM CST by NWS Springfield MO",
         description="* WHAT...Freezing rain and sleet. Ice accumulations of a light glaze to one tenth of an inch.\n\n* WHERE...Greene and Christian Counties, including Springfield, Republic, Willard, Nixa and Ozark.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Slippery roads, bridges and overpasses.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KSGF.WW.Y.0005.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=TOR_REPUBLIC, office="KSGF", senderName="NWS Springfield MO", awips="TORSGF", wmo="WFUS53",
         areaDesc="Greene, MO", SAME=["029077"], UGC=["MOC077"],
         sent="2026-04-28T23:41:00-05:00", onset="2026-04-28T23:41:00-05:00", expires="2026-04-29T00:15:00-05:00",
         ends="2026-04-29T00:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 28 at 11:41PM CDT until April 29 at 12:15AM CDT by NWS Springfield MO",
         description="At 1141 PM CDT, a severe thunderstorm capable of producing a tornado was located 3 miles southwest of Republic, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nThis dangerous storm will be near Republic around 1145 PM CDT and Brookline around 1155 PM CDT.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KSGF.TO.W.0031.260429T0441Z-260429T0515Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_REPUBLIC_CAN, office="KSGF", senderName="NWS Springfield MO", awips="SVSSGF", wmo="WWUS53",
         areaDesc="Greene, MO", SAME=["029077"], UGC=["MOC077"],
         sent="2026-04-29T00:02:00-05:00", onset="2026-04-29T00:02:00-05:00", expires="2026-04-29T00:15:00-05:00",
         ends="2026-04-29T00:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornadic thunderstorm has weakened below severe limits and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KSGF.TO.W.0031.000000T0000Z-260429T0515Z/", references=[TOR_REPUBLIC],
         geometry=TOR_POLY),
]
