"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part cbn. Invented alerts; office (NWS
Jackson MS), county SAME/UGC codes real; forecast-zone numbers best known, no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cbn_urn:oid:2.49.0.1.840.0.{h[:30]}.001.1"   # brief: every alert id starts with cbn_


ISW_JAN = urn("cbn-ice-storm-clay-oktibbeha")
TOR_JAN = urn("cbn-tornado-north-lowndes")
TOR_JAN_CAN = urn("cbn-tornado-north-lowndes-can")
WIND_JAN = urn("cbn-wind-advisory-lowndes")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-88.56, 33.50), (-88.40, 33.50), (-88.24, 33.66), (-88.24, 33.76), (-88.40, 33.76), (-88.56, 33.60))

ALERTS = [
    dict(id=ISW_JAN, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Clay; Oktibbeha", SAME=["028025", "028105"], UGC=["MSZ028", "MSZ036"],
         sent="2026-01-23T14:05:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T04:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:05PM CST until January 25 at 12:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Clay and Oktibbeha Counties, including West Point, Starkville and Mississippi State.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KJAN.IS.W.0002.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=WIND_JAN, office="KJAN", senderName="NWS Jackson MS", awips="NPWJAN", wmo="WWUS74",
         areaDesc="Lowndes", SAME=["028087"], UGC=["MSZ037"],
         sent="2026-03-03T04:10:00-06:00", onset="2026-03-03T09:00:00-06:00", expires="2026-03-03T12:00:00-06:00",
         ends="2026-03-03T18:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Prepare",
         headline="Wind Advisory issued March 3 at 4:10AM CST until March 3 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Lowndes County, including Columbus and Caledonia.\n\n* WHEN...From 9 AM to 6 PM CST Tuesday.\n\n* IMPACTS...Gusty winds could blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KJAN.WI.Y.0011.260303T1500Z-260304T0000Z/", references=[], geometry=None),
    dict(id=TOR_JAN, office="KJAN", senderName="NWS Jackson MS", awips="TORJAN", wmo="WFUS54",
         areaDesc="Lowndes, MS", SAME=["028087"], UGC=["MSC087"],
         sent="2026-04-06T23:12:00-05:00", onset="2026-04-06T23:12:00-05:00", expires="2026-04-06T23:45:00-05:00",
         ends="2026-04-06T23:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 6 at 11:12PM CDT until April 6 at 11:45PM CDT by NWS Jackson MS",
         description="TORJAN\n\nThe National Weather Service in Jackson has issued a\n\n* Tornado Warning for...\nNorthern Lowndes County in east central Mississippi...\n\n* Until 1145 PM CDT.\n\n* At 1111 PM CDT, a confirmed tornado was located near Artesia Road north of Columbus, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Emergency management confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nNorth Columbus, Steens, Caledonia and New Hope.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KJAN.TO.W.0041.260407T0412Z-260407T0445Z/", references=[], geometry=TOR_POLY),
    dict(id=TOR_JAN_CAN, office="KJAN", senderName="NWS Jackson MS", awips="SVSJAN", wmo="WWUS54",
         areaDesc="Lowndes, MS", SAME=["028087"], UGC=["MSC087"],
         sent="2026-04-06T23:38:00-05:00", onset="2026-04-06T23:38:00-05:00", expires="2026-04-06T23:45:00-05:00",
         ends="2026-04-06T23:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornadic thunderstorm has moved into Monroe County. The tornado warning for northern Lowndes County has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KJAN.TO.W.0041.000000T0000Z-260407T0445Z/", references=[TOR_JAN], geometry=TOR_POLY),
]
