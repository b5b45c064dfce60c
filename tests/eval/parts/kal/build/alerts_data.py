"""Hand-written NWS alerts for eval part `kal` (api.weather.gov /alerts/active GeoJSON). Alerts invented; the office
(NWS Missoula, KMSO), county SAME/UGC codes real; forecast-zone numbers as best known (no label uses them)."""

import hashlib


def urn(label: str) -> str:
    return f"kal_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR = urn("kal-svr-kalispell")
SVR_CAN = urn("kal-svr-kalispell-can")
FFW = urn("kal-ffw-bigfork")
FOG = urn("kal-fog-flathead")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-114.42, 48.27), (-114.16, 48.27), (-114.17, 48.06), (-114.40, 48.05))
FFW_POLY = poly((-114.11, 48.03), (-114.01, 48.03), (-114.01, 48.11), (-114.11, 48.11))

ALERTS = [
    dict(id=SVR, office="KMSO", senderName="NWS Missoula MT", awips="SVRMSO", wmo="WUUS55",
         areaDesc="Flathead, MT", SAME=["030029"], UGC=["MTC029"],
         sent="2026-07-14T16:42:00-06:00", onset="2026-07-14T16:42:00-06:00", expires="2026-07-14T17:30:00-06:00",
         ends="2026-07-14T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:42PM MDT until July 14 at 5:30PM MDT by NWS Missoula MT",
         description="The National Weather Service in Missoula has issued a\n\n* Severe Thunderstorm Warning for...\n  Central Flathead County in northwestern Montana...\n\n* Until 530 PM MDT.\n\n* At 442 PM MDT, a severe thunderstorm was located near Kila, moving east at 25 mph.\n\n  HAZARD...70 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\n  Kalispell, Evergreen, Somers, Creston and Kila.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMSO.SV.W.0031.260714T2242Z-260714T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KMSO", senderName="NWS Missoula MT", awips="SVSMSO", wmo="WWUS55",
         areaDesc="Flathead, MT", SAME=["030029"], UGC=["MTC029"],
         sent="2026-07-14T17:12:00-06:00", onset="2026-07-14T17:12:00-06:00", expires="2026-07-14T17:30:00-06:00",
         ends="2026-07-14T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property.",
         instruction="", vtec="/O.CAN.KMSO.SV.W.0031.000000T0000Z-260714T2330Z/", references=[SVR], geometry=SVR_POLY),
    dict(id=FFW, office="KMSO", senderName="NWS Missoula MT", awips="FFWMSO", wmo="WGUS55",
         areaDesc="Flathead, MT; Lake, MT", SAME=["030029", "030047"], UGC=["MTC029", "MTC047"],
         sent="2026-08-02T19:05:00-06:00", onset="2026-08-02T19:05:00-06:00", expires="2026-08-02T22:00:00-06:00",
         ends="2026-08-02T22:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 2 at 7:05PM MDT until August 2 at 10:00PM MDT by NWS Missoula MT",
         description="* Flash Flood Warning for...\n  Southeastern Flathead County in northwestern Montana...\n\n* Until 1000 PM MDT.\n\n* At 705 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the Bear Creek burn scar. Up to 1.5 inches of rain has fallen.\n\n* Some locations that will experience flash flooding include...\n  Bigfork, Ferndale and the lower Swan River.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMSO.FF.W.0007.260803T0105Z-260803T0400Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=FOG, office="KMSO", senderName="NWS Missoula MT", awips="NPWMSO", wmo="WWUS75",
         areaDesc="Kootenai/Cabinet Region; Flathead/Mission Valleys", SAME=["030053", "030029", "030047"],
         UGC=["MTZ001", "MTZ003"],
         sent="2026-11-04T03:10:00-07:00", onset="2026-11-04T03:10:00-07:00", expires="2026-11-04T11:00:00-07:00",
         ends="2026-11-04T11:00:00-07:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued November 4 at 3:10AM MST until November 4 at 11:00AM MST by NWS Missoula MT",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Flathead/Mission Valleys and Kootenai/Cabinet Region, including Kalispell, Whitefish, Polson and Libby.\n\n* WHEN...Until 11 AM MST this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMSO.FG.Y.0015.261104T1010Z-261104T1800Z/", references=[], geometry=None),
]
