"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Nashville (KOHX). Every alert is invented;
the office and SAME county codes are real; forecast-zone numbers are best known (labels use only SAME and polygons).
Feature ids and properties ids start with "bna_" as the part's brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bna_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("bna-winter-storm-williamson")
WSW_EXA = urn("bna-winter-storm-williamson-exa-rutherford")
TOR = urn("bna-tornado-gallatin")
SVR = urn("bna-svr-south-nashville-antioch")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KOHX", senderName="NWS Nashville TN")
ALERTS = [
    dict(COMMON, id=WSW, awips="WSWOHX", wmo="WWUS44",
         areaDesc="Williamson; Maury", SAME=["047187", "047119"], UGC=["TNZ059", "TNZ070"],
         sent="2026-01-23T14:05:00-06:00", onset="2026-01-24T06:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 2:05PM CST until January 25 at 12:00PM CST by NWS Nashville TN",
         description="* WHAT...Heavy mixed precipitation expected. Total snow and sleet accumulations of 3 to 6 inches and ice accumulations of a quarter to one half inch.\n\n* WHERE...Williamson and Maury Counties, including Franklin, Brentwood and Columbia.\n\n* WHEN...From 6 AM Saturday to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KOHX.WS.W.0002.260124T1200Z-260125T1800Z/", references=[], geometry=None),
    dict(COMMON, id=WSW_EXA, awips="WSWOHX", wmo="WWUS44",
         areaDesc="Williamson; Maury; Rutherford", SAME=["047187", "047119", "047149"], UGC=["TNZ059", "TNZ070", "TNZ061"],
         sent="2026-01-24T03:40:00-06:00", onset="2026-01-24T03:40:00-06:00", expires="2026-01-24T10:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:40AM CST until January 25 at 12:00PM CST by NWS Nashville TN",
         description="* WHAT...Heavy mixed precipitation. Additional ice accumulations of a quarter to one half inch.\n\n* WHERE...Williamson, Maury and Rutherford Counties. The warning has been expanded to include Rutherford County, including Murfreesboro, Smyrna and La Vergne.\n\n* WHEN...Until noon CST Sunday.\n\n* IMPACTS...Widespread power outages and tree damage are likely.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KOHX.WS.W.0002.000000T0000Z-260125T1800Z/", references=[WSW], geometry=None),
    dict(COMMON, id=TOR, awips="TOROHX", wmo="WFUS54",
         areaDesc="Sumner, TN", SAME=["047165"], UGC=["TNC165"],
         sent="2026-04-14T23:12:00-05:00", onset="2026-04-14T23:12:00-05:00", expires="2026-04-14T23:45:00-05:00",
         ends="2026-04-14T23:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 11:12PM CDT until April 14 at 11:45PM CDT by NWS Nashville TN",
         description="TOROHX\n\nThe National Weather Service in Nashville has issued a\n\n* Tornado Warning for...\nCentral Sumner County in Middle Tennessee...\n\n* Until 1145 PM CDT.\n\n* At 1111 PM CDT, a severe thunderstorm capable of producing a tornado was located near Gallatin, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nGallatin, Bethpage and Castalian Springs.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KOHX.TO.W.0031.260415T0412Z-260415T0445Z/", references=[],
         geometry=poly((-86.52, 36.34), (-86.36, 36.34), (-86.36, 36.44), (-86.52, 36.44))),
    dict(COMMON, id=SVR, awips="SVROHX", wmo="WUUS54",
         areaDesc="Davidson, TN", SAME=["047037"], UGC=["TNC037"],
         sent="2026-05-19T16:48:00-05:00", onset="2026-05-19T16:48:00-05:00", expires="2026-05-19T17:30:00-05:00",
         ends="2026-05-19T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued May 19 at 4:48PM CDT until May 19 at 5:30PM CDT by NWS Nashville TN",
         description="SVROHX\n\nThe National Weather Service in Nashville has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Davidson County in Middle Tennessee...\n\n* Until 530 PM CDT.\n\n* At 447 PM CDT, a severe thunderstorm was located over Nolensville Pike near Harding Place, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSouth Nashville, Antioch, Crieve Hall and Cane Ridge.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOHX.SV.W.0118.260519T2148Z-260519T2230Z/", references=[],
         geometry=poly((-86.76, 36.03), (-86.62, 36.03), (-86.62, 36.10), (-86.76, 36.10)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
]
