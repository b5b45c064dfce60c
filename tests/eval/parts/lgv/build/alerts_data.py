"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Shreveport. Alerts invented; office,
county SAME codes real; zone numbers best known (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    return f"lgv_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


TOR = urn("lgv-tornado-north-longview")
SVR = urn("lgv-svr-kilgore-whiteoak")
SVR_CAN = urn("lgv-svr-kilgore-whiteoak-can")
FOG = urn("lgv-fog-gregg-harrison")


def poly(*lonlat):
    ring = [list(p) for p in lonlat] + [list(lonlat[0])]
    return {"type": "Polygon", "coordinates": [ring]}


_C = dict(office="KSHV", senderName="NWS Shreveport LA", sender="w-nws.webmaster@noaa.gov")
ALERTS = [
    dict(id=TOR, **_C, awips="TORSHV", wmo="WFUS54", areaDesc="Gregg, TX", SAME=["048183"], UGC=["TXC183"],
         sent="2026-04-13T22:41:00-05:00", onset="2026-04-13T22:41:00-05:00", expires="2026-04-13T23:15:00-05:00",
         ends="2026-04-13T23:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 13 at 10:41PM CDT until April 13 at 11:15PM CDT by NWS Shreveport LA",
         description="At 1041 PM CDT, a confirmed tornado was located near Judson, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar confirmed tornado.\n\nLocations impacted include north Longview, Judson and Lakeport.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KSHV.TO.W.0031.260414T0341Z-260414T0415Z/", references=[],
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["0.75"]},
         geometry=poly((-94.84, 32.535), (-94.73, 32.535), (-94.73, 32.60), (-94.84, 32.60))),
    dict(id=SVR, **_C, awips="SVRSHV", wmo="WUUS54", areaDesc="Gregg, TX; Rusk, TX; Upshur, TX",
         SAME=["048183", "048401", "048459"], UGC=["TXC183", "TXC401", "TXC459"],
         sent="2026-05-06T16:05:00-05:00", onset="2026-05-06T16:05:00-05:00", expires="2026-05-06T16:45:00-05:00",
         ends="2026-05-06T16:45:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 6 at 4:05PM CDT until May 6 at 4:45PM CDT by NWS Shreveport LA",
         description="At 405 PM CDT, a severe thunderstorm was located near Overton, moving northeast at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nLocations impacted include Kilgore, White Oak, Gladewater, Liberty City and Clarksville City.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSHV.SV.W.0112.260506T2105Z-260506T2145Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-94.96, 32.36), (-94.84, 32.36), (-94.84, 32.60), (-94.96, 32.60))),
    dict(id=SVR_CAN, **_C, awips="SVSSHV", wmo="WWUS54", areaDesc="Gregg, TX; Upshur, TX",
         SAME=["048183", "048459"], UGC=["TXC183", "TXC459"],
         sent="2026-05-06T16:30:00-05:00", onset="2026-05-06T16:30:00-05:00", expires="2026-05-06T16:45:00-05:00",
         ends="2026-05-06T16:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property.",
         instruction=None, vtec="/O.CAN.KSHV.SV.W.0112.000000T0000Z-260506T2145Z/", references=[SVR],
         geometry=poly((-94.96, 32.45), (-94.84, 32.45), (-94.84, 32.60), (-94.96, 32.60))),
    dict(id=FOG, **_C, awips="NPWSHV", wmo="WWUS74", areaDesc="Gregg; Harrison", SAME=["048183", "048203"],
         UGC=["TXZ125", "TXZ126"],
         sent="2026-11-20T03:10:00-06:00", onset="2026-11-20T03:10:00-06:00", expires="2026-11-20T09:00:00-06:00",
         ends="2026-11-20T09:00:00-06:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued November 20 at 3:10AM CST until November 20 at 9:00AM CST by NWS Shreveport LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Gregg and Harrison Counties.\n\n* WHEN...Until 9 AM CST this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KSHV.FG.Y.0044.261120T0910Z-261120T1500Z/", references=[], geometry=None),
]
