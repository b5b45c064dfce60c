"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Shreveport. Every alert is invented;
the office, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME and polygons).
Every alert id starts with ggg_ as the brief asks (real ids are urn:oid:...)."""

import hashlib


def urn(label: str) -> str:
    return "ggg_urn:oid:2.49.0.1.840.0." + hashlib.sha1(label.encode()).hexdigest() + ".001.1"


TOR_SHV = urn("ggg-tornado-marshall")
SVR_SHV = urn("ggg-svr-longview-gladewater")
SVR_SHV_CAN = urn("ggg-svr-longview-gladewater-can")
FLS_SHV = urn("ggg-flood-advisory-gregg")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="TORSHV", wmo="WFUS54",
         areaDesc="Harrison, TX", SAME=["048203"], UGC=["TXC203"],
         sent="2026-04-27T23:12:00-05:00", onset="2026-04-27T23:12:00-05:00", expires="2026-04-27T23:45:00-05:00",
         ends="2026-04-27T23:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 27 at 11:12PM CDT until April 27 at 11:45PM CDT by NWS Shreveport LA",
         description="TORSHV\n\nThe National Weather Service in Shreveport has issued a\n\n* Tornado Warning for...\nCentral Harrison County in northeastern Texas...\n\n* Until 1145 PM CDT.\n\n* At 1111 PM CDT, a severe thunderstorm capable of producing a tornado was located 6 miles west of Marshall, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nMarshall, Scottsville and Rosborough Springs.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KSHV.TO.W.0041.260428T0412Z-260428T0445Z/", references=[],
         geometry=poly((-94.425, 32.490), (-94.420, 32.585), (-94.300, 32.580), (-94.275, 32.495))),
    dict(id=SVR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="SVRSHV", wmo="WUUS54",
         areaDesc="Gregg, TX; Upshur, TX", SAME=["048183", "048459"], UGC=["TXC183", "TXC459"],
         sent="2026-05-19T16:05:00-05:00", onset="2026-05-19T16:05:00-05:00", expires="2026-05-19T16:45:00-05:00",
         ends="2026-05-19T16:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 19 at 4:05PM CDT until May 19 at 4:45PM CDT by NWS Shreveport LA",
         description="SVRSHV\n\nThe National Weather Service in Shreveport has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Gregg County in northeastern Texas...\nSouthern Upshur County in northeastern Texas...\n\n* Until 445 PM CDT.\n\n* At 404 PM CDT, a severe thunderstorm was located over Gladewater, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nGladewater, White Oak, Clarksville City and north Longview.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSHV.SV.W.0188.260519T2105Z-260519T2145Z/", references=[],
         geometry=poly((-94.960, 32.505), (-94.955, 32.600), (-94.765, 32.598), (-94.762, 32.500))),
    dict(id=SVR_SHV_CAN, office="KSHV", senderName="NWS Shreveport LA", awips="SVSSHV", wmo="WWUS54",
         areaDesc="Gregg, TX; Upshur, TX", SAME=["048183", "048459"], UGC=["TXC183", "TXC459"],
         sent="2026-05-19T16:31:00-05:00", onset="2026-05-19T16:31:00-05:00", expires="2026-05-19T16:45:00-05:00",
         ends="2026-05-19T16:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire.",
         instruction=None, vtec="/O.CAN.KSHV.SV.W.0188.000000T0000Z-260519T2145Z/", references=[SVR_SHV],
         geometry=poly((-94.960, 32.505), (-94.955, 32.600), (-94.765, 32.598), (-94.762, 32.500))),
    dict(id=FLS_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="FLSSHV", wmo="WGUS84",
         areaDesc="Gregg, TX", SAME=["048183"], UGC=["TXC183"],
         sent="2026-06-05T09:40:00-05:00", onset="2026-06-05T09:40:00-05:00", expires="2026-06-05T12:45:00-05:00",
         ends="2026-06-05T12:45:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued June 5 at 9:40AM CDT until June 5 at 12:45PM CDT by NWS Shreveport LA",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Gregg County, including Longview, Kilgore and White Oak.\n\n* WHEN...Until 1245 PM CDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Water over low water crossings such as along Grace Creek.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KSHV.FA.Y.0052.260605T1440Z-260605T1745Z/", references=[], geometry=None),
]
