"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the eri part. Every alert is invented;
the office (NWS Cleveland, KCLE), county codes and SAME codes are real (forecast-zone numbers as best known; labels
use only SAME codes and polygons). Alert ids carry the part prefix: eri_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"eri_urn:oid:2.49.0.1.840.0.{h}.001.1"


LES_CLE = urn("eri-lake-effect-ashtabula")
SVR_CLE = urn("eri-svr-conneaut-fairview")
SVR_CLE_CAN = urn("eri-svr-conneaut-fairview-can")
TOR_CLE = urn("eri-tor-harborcreek-northeast")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-80.66, 41.86), (-80.19, 41.97), (-80.18, 42.08), (-80.64, 42.01))
TOR_POLY = poly((-80.00, 42.12), (-79.78, 42.15), (-79.79, 42.26), (-79.99, 42.22))

ALERTS = [
    dict(id=LES_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="WSWCLE", wmo="WWUS41",
         areaDesc="Ashtabula Lakeshore; Ashtabula Inland", SAME=["039007"], UGC=["OHZ089", "OHZ014"],
         sent="2026-01-09T15:45:00-05:00", onset="2026-01-10T00:00:00-05:00", expires="2026-01-10T04:00:00-05:00",
         ends="2026-01-11T18:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued January 9 at 3:45PM EST until January 11 at 6:00PM EST by NWS Cleveland OH",
         description="* WHAT...Heavy lake effect snow. Additional snow accumulations of 18 to 30 inches in the most persistent bands. Winds gusting as high as 40 mph.\n\n* WHERE...Ashtabula County, including Conneaut, Ashtabula, Geneva and Jefferson.\n\n* WHEN...From midnight tonight to 6 PM EST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible, including Interstate 90. Whiteout conditions are possible in the heaviest bands.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCLE.LE.W.0003.260110T0500Z-260111T2300Z/", references=[], geometry=None),
    dict(id=SVR_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="SVRCLE", wmo="WUUS51",
         areaDesc="Ashtabula, OH; Erie, PA", SAME=["039007", "042049"], UGC=["OHC007", "PAC049"],
         sent="2026-06-16T17:05:00-04:00", onset="2026-06-16T17:05:00-04:00", expires="2026-06-16T18:00:00-04:00",
         ends="2026-06-16T18:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 16 at 5:05PM EDT until June 16 at 6:00PM EDT by NWS Cleveland OH",
         description="At 504 PM EDT, a severe thunderstorm was located near Kingsville, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Conneaut, North Kingsville, Albion, Girard, Lake City, Fairview and Platea.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCLE.SV.W.0087.260616T2105Z-260616T2200Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_CLE_CAN, office="KCLE", senderName="NWS Cleveland OH", awips="SVSCLE", wmo="WWUS51",
         areaDesc="Ashtabula, OH; Erie, PA", SAME=["039007", "042049"], UGC=["OHC007", "PAC049"],
         sent="2026-06-16T17:41:00-04:00", onset="2026-06-16T17:41:00-04:00", expires="2026-06-16T18:00:00-04:00",
         ends="2026-06-16T18:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KCLE.SV.W.0087.000000T0000Z-260616T2200Z/", references=[SVR_CLE],
         geometry=SVR_POLY),
    dict(id=TOR_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="TORCLE", wmo="WFUS51",
         areaDesc="Erie, PA", SAME=["042049"], UGC=["PAC049"],
         sent="2026-06-16T18:14:00-04:00", onset="2026-06-16T18:14:00-04:00", expires="2026-06-16T18:45:00-04:00",
         ends="2026-06-16T18:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 16 at 6:14PM EDT until June 16 at 6:45PM EDT by NWS Cleveland OH",
         description="At 613 PM EDT, a severe thunderstorm capable of producing a tornado was located over Wesleyville, moving east at 40 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Harborcreek, North East, Wesleyville and Moorheadville.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KCLE.TO.W.0012.260616T2214Z-260616T2245Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
]
