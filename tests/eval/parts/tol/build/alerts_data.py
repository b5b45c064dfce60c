"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the tol part. Every alert is invented;
offices, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME codes and
polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()[:24]
    return f"urn:oid:2.49.0.1.840.0.tol.{h}.001.1"


WSW_CLE_ADV = urn("tol-winter-weather-advisory-lucas-wood")
TOR_DTX = urn("tol-tornado-warning-monroe")
SVR_CLE = urn("tol-svr-east-toledo-oregon")
SVR_CLE_CAN = urn("tol-svr-east-toledo-oregon-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_CLE_ADV, office="KCLE", senderName="NWS Cleveland OH", awips="WSWCLE", wmo="WWUS41",
         areaDesc="Lucas; Wood", SAME=["039095", "039173"], UGC=["OHZ003", "OHZ006"],
         sent="2026-01-24T15:20:00-05:00", onset="2026-01-25T01:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-25T16:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 24 at 3:20PM EST until January 25 at 4:00PM EST by NWS Cleveland OH",
         description="* WHAT...Snow expected. Total snow accumulations of 2 to 4 inches.\n\n* WHERE...Lucas and Wood Counties, including Toledo, Sylvania, Maumee, Oregon, Perrysburg and Bowling Green.\n\n* WHEN...From 1 AM to 4 PM EST Sunday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KCLE.WW.Y.0006.260125T0600Z-260125T2100Z/", references=[], geometry=None),
    dict(id=TOR_DTX, office="KDTX", senderName="NWS Detroit/Pontiac MI", awips="TORDTX", wmo="WFUS53",
         areaDesc="Monroe, MI", SAME=["026115"], UGC=["MIC115"],
         sent="2026-04-30T19:14:00-04:00", onset="2026-04-30T19:14:00-04:00", expires="2026-04-30T19:45:00-04:00",
         ends="2026-04-30T19:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 30 at 7:14PM EDT until April 30 at 7:45PM EDT by NWS Detroit/Pontiac MI",
         description="At 714 PM EDT, a severe thunderstorm capable of producing a tornado was located near Ida, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nThis dangerous storm will be near Monroe around 730 PM EDT and Woodland Beach around 740 PM EDT.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KDTX.TO.W.0009.260430T2314Z-260430T2345Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]},
         geometry=poly((-83.545, 41.945), (-83.350, 41.962), (-83.345, 41.880), (-83.540, 41.868))),
    dict(id=SVR_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="SVRCLE", wmo="WUUS51",
         areaDesc="Lucas, OH; Wood, OH", SAME=["039095", "039173"], UGC=["OHC095", "OHC173"],
         sent="2026-06-16T18:52:00-04:00", onset="2026-06-16T18:52:00-04:00", expires="2026-06-16T19:45:00-04:00",
         ends="2026-06-16T19:45:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 16 at 6:52PM EDT until June 16 at 7:45PM EDT by NWS Cleveland OH",
         description="At 652 PM EDT, a severe thunderstorm was located over downtown Toledo, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts and penny size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include East Toledo, Oregon, Northwood, Rossford and Maumee Bay State Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCLE.SV.W.0112.260616T2252Z-260616T2345Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"], "windThreat": ["RADAR INDICATED"]},
         geometry=poly((-83.522, 41.688), (-83.395, 41.672), (-83.400, 41.598), (-83.530, 41.612))),
    dict(id=SVR_CLE_CAN, office="KCLE", senderName="NWS Cleveland OH", awips="SVSCLE", wmo="WWUS51",
         areaDesc="Lucas, OH; Wood, OH", SAME=["039095", "039173"], UGC=["OHC095", "OHC173"],
         sent="2026-06-16T19:31:00-04:00", onset="2026-06-16T19:31:00-04:00", expires="2026-06-16T19:45:00-04:00",
         ends="2026-06-16T19:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire.",
         instruction=None,
         vtec="/O.CAN.KCLE.SV.W.0112.000000T0000Z-260616T2345Z/", references=[SVR_CLE],
         geometry=poly((-83.522, 41.688), (-83.395, 41.672), (-83.400, 41.598), (-83.530, 41.612))),
]
