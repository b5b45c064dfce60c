"""Hand-written NWS alerts for part okc (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (KOUN, Norman), county SAME/UGC codes are real; labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"okc_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_OUN = urn("okc-ice-storm-canadian")
TOR_OUN = urn("okc-tornado-moore")
TOR_OUN_CAN = urn("okc-tornado-moore-can")
WIND_OUN = urn("okc-wind-advisory-oklahoma-county")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_OUN, office="KOUN", senderName="NWS Norman OK", awips="WSWOUN", wmo="WWUS44",
         areaDesc="Canadian", SAME=["040017"], UGC=["OKZ025"],
         sent="2026-01-24T15:10:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T06:00:00-06:00",
         ends="2026-01-26T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 3:10PM CST until January 26 at 12:00PM CST by NWS Norman OK",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch.\n\n* WHERE...Canadian County, including Yukon, Mustang and El Reno.\n\n* WHEN...From midnight Sunday to noon CST Monday.\n\n* IMPACTS...Widespread power outages and tree damage are likely. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KOUN.IS.W.0002.260125T0600Z-260126T1800Z/", references=[], geometry=None),
    dict(id=WIND_OUN, office="KOUN", senderName="NWS Norman OK", awips="NPWOUN", wmo="WWUS74",
         areaDesc="Oklahoma; Cleveland", SAME=["040109", "040027"], UGC=["OKZ025", "OKZ026"],
         sent="2026-03-30T04:00:00-05:00", onset="2026-03-30T10:00:00-05:00", expires="2026-03-30T19:00:00-05:00",
         ends="2026-03-30T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 30 at 4:00AM CDT until March 30 at 7:00PM CDT by NWS Norman OK",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Oklahoma and Cleveland Counties.\n\n* WHEN...From 10 AM to 7 PM CDT Monday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KOUN.WI.Y.0011.260330T1500Z-260331T0000Z/", references=[], geometry=None),
    dict(id=TOR_OUN, office="KOUN", senderName="NWS Norman OK", awips="TOROUN", wmo="WFUS54",
         areaDesc="Cleveland, OK; Oklahoma, OK", SAME=["040027", "040109"], UGC=["OKC027", "OKC109"],
         sent="2026-05-19T17:42:00-05:00", onset="2026-05-19T17:42:00-05:00", expires="2026-05-19T18:15:00-05:00",
         ends="2026-05-19T18:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 5:42PM CDT until May 19 at 6:15PM CDT by NWS Norman OK",
         description="At 542 PM CDT, a confirmed tornado was located near Newcastle, moving northeast at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Moore, south Oklahoma City and Newcastle.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KOUN.TO.W.0031.260519T2242Z-260519T2315Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.50"]},
         geometry=poly((-97.535, 35.300), (-97.535, 35.365), (-97.455, 35.372), (-97.445, 35.310))),
    dict(id=TOR_OUN_CAN, office="KOUN", senderName="NWS Norman OK", awips="SVSOUN", wmo="WWUS54",
         areaDesc="Cleveland, OK; Oklahoma, OK", SAME=["040027", "040109"], UGC=["OKC027", "OKC109"],
         sent="2026-05-19T18:05:00-05:00", onset="2026-05-19T18:05:00-05:00", expires="2026-05-19T18:15:00-05:00",
         ends="2026-05-19T18:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornado has lifted and the storm has moved east of Moore. The tornado warning has been cancelled.",
         instruction="", vtec="/O.CAN.KOUN.TO.W.0031.000000T0000Z-260519T2315Z/", references=[TOR_OUN],
         geometry=poly((-97.470, 35.330), (-97.470, 35.372), (-97.445, 35.372), (-97.445, 35.330))),
]
