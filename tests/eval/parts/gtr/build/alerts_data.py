"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the gtr part. Alerts invented; office,
SAME county codes and county UGC codes real. Labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gtr_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("gtr-ice-storm-clay-noxubee")
ISW_EXA = urn("gtr-ice-storm-clay-noxubee-exa-oktibbeha")
TOR = urn("gtr-tornado-north-lowndes")
WIND = urn("gtr-wind-advisory-lowndes")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Clay, MS; Noxubee, MS", SAME=["028025", "028103"], UGC=["MSC025", "MSC103"],
         sent="2026-01-23T15:10:00-06:00", onset="2026-01-24T06:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 3:10PM CST until January 25 at 12:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Clay and Noxubee Counties, including West Point and Macon.\n\n* WHEN...From 6 AM Saturday to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food and water in your vehicle.",
         vtec="/O.NEW.KJAN.IS.W.0002.260124T1200Z-260125T1800Z/", references=[], geometry=None),
    dict(id=ISW_EXA, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Clay, MS; Noxubee, MS; Oktibbeha, MS", SAME=["028025", "028103", "028105"],
         UGC=["MSC025", "MSC103", "MSC105"],
         sent="2026-01-24T04:05:00-06:00", onset="2026-01-24T06:00:00-06:00", expires="2026-01-24T12:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 4:05AM CST until January 25 at 12:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Clay, Noxubee and Oktibbeha Counties. The warning has been expanded to include Oktibbeha County, including Starkville and Mississippi State.\n\n* WHEN...Until noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely. Travel could be nearly impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KJAN.IS.W.0002.000000T0000Z-260125T1800Z/", references=[ISW], geometry=None),
    dict(id=TOR, office="KJAN", senderName="NWS Jackson MS", awips="TORJAN", wmo="WFUS54",
         areaDesc="Lowndes, MS", SAME=["028087"], UGC=["MSC087"],
         sent="2026-04-12T21:42:00-05:00", onset="2026-04-12T21:42:00-05:00", expires="2026-04-12T22:15:00-05:00",
         ends="2026-04-12T22:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 12 at 9:42PM CDT until April 12 at 10:15PM CDT by NWS Jackson MS",
         description="At 942 PM CDT, a confirmed tornado was located near Columbus Air Force Base... moving northeast at 40 mph.\n\nHAZARD...Damaging tornado.\n\nLocations impacted include north Columbus, Caledonia and Steens.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KJAN.TO.W.0031.260413T0242Z-260413T0315Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.00"]},
         geometry=poly((-88.56, 33.50), (-88.42, 33.50), (-88.25, 33.72), (-88.36, 33.74))),
    dict(id=WIND, office="KJAN", senderName="NWS Jackson MS", awips="NPWJAN", wmo="WWUS74",
         areaDesc="Lowndes, MS", SAME=["028087"], UGC=["MSC087"],
         sent="2026-03-09T03:50:00-05:00", onset="2026-03-09T10:00:00-05:00", expires="2026-03-09T18:00:00-05:00",
         ends="2026-03-09T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 9 at 3:50AM CDT until March 9 at 7:00PM CDT by NWS Jackson MS",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Lowndes County.\n\n* WHEN...From 10 AM to 7 PM CDT Monday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KJAN.WI.Y.0009.260309T1500Z-260310T0000Z/", references=[], geometry=None),
]
