"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part bis. Every alert is invented; the
office (NWS Bismarck, KBIS), county FIPS and county UGC codes are real; forecast-zone numbers (NDZ) are given as
best known and no label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bis_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_BIS = urn("bis-svr-north-bismarck")
SVR_BIS_CAN = urn("bis-svr-north-bismarck-can")
FFW_WARD = urn("bis-flood-ward-county")
WWY_BIS = urn("bis-wwy-burleigh-morton")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_BIS, office="KBIS", senderName="NWS Bismarck ND", awips="SVRBIS", wmo="WUUS53",
         areaDesc="Burleigh, ND", SAME=["038015"], UGC=["NDC015"],
         sent="2026-06-18T19:42:00-05:00", onset="2026-06-18T19:42:00-05:00", expires="2026-06-18T20:30:00-05:00",
         ends="2026-06-18T20:30:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 7:42PM CDT until June 18 at 8:30PM CDT by NWS Bismarck ND",
         description="At 742 PM CDT, a severe thunderstorm was located over north Bismarck, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated and trained spotters.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\nLocations impacted include...north Bismarck, the Bismarck Municipal Airport area and Lincoln.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBIS.SV.W.0057.260619T0042Z-260619T0130Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["70 MPH"]},
         geometry=poly((-100.84, 46.79), (-100.70, 46.79), (-100.70, 46.90), (-100.84, 46.90))),
    dict(id=SVR_BIS_CAN, office="KBIS", senderName="NWS Bismarck ND", awips="SVSBIS", wmo="WWUS53",
         areaDesc="Burleigh, ND", SAME=["038015"], UGC=["NDC015"],
         sent="2026-06-18T20:10:00-05:00", onset="2026-06-18T20:10:00-05:00", expires="2026-06-18T20:25:00-05:00",
         ends="2026-06-18T20:10:00-05:00", status="Actual", messageType="Cancel", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning is cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area.",
         instruction="",
         vtec="/O.CAN.KBIS.SV.W.0057.000000T0000Z-260619T0130Z/", references=[SVR_BIS],
         geometry=poly((-100.84, 46.79), (-100.70, 46.79), (-100.70, 46.90), (-100.84, 46.90))),
    dict(id=FFW_WARD, office="KBIS", senderName="NWS Bismarck ND", awips="FLWBIS", wmo="WGUS43",
         areaDesc="Ward, ND", SAME=["038101"], UGC=["NDC101"],
         sent="2026-06-21T10:15:00-05:00", onset="2026-06-21T10:15:00-05:00", expires="2026-06-22T10:15:00-05:00",
         ends="2026-06-25T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued June 21 at 10:15AM CDT until June 25 at 7:00PM CDT by NWS Bismarck ND",
         description="* WHAT...Flooding caused by excessive rainfall and upstream releases is expected along the Souris River.\n\n* WHERE...Ward County, including Minot, Burlington and Sawyer.\n\n* WHEN...Until Thursday evening.\n\n* IMPACTS...Lowland flooding of farmland, rural roads and farmsteads along the river north and east of Minot. Basements near the river may flood.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KBIS.FA.W.0012.260621T1515Z-260626T0000Z/", references=[], geometry=None),
    dict(id=WWY_BIS, office="KBIS", senderName="NWS Bismarck ND", awips="WSWBIS", wmo="WWUS43",
         areaDesc="Burleigh; Morton", SAME=["038015", "038059"], UGC=["NDZ035", "NDZ034"],
         sent="2026-11-20T03:30:00-06:00", onset="2026-11-20T06:00:00-06:00", expires="2026-11-20T12:00:00-06:00",
         ends="2026-11-21T00:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued November 20 at 3:30AM CST until November 21 at 12:00AM CST by NWS Bismarck ND",
         description="* WHAT...Snow and blowing snow. Total snow accumulations of 2 to 4 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Burleigh and Morton Counties, including Bismarck and Mandan.\n\n* WHEN...From 6 AM this morning to midnight CST tonight.\n\n* IMPACTS...Plan on slippery road conditions and reduced visibility.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KBIS.WW.Y.0031.261120T1200Z-261121T0600Z/", references=[], geometry=None),
]
