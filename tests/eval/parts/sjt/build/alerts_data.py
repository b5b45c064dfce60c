"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the sjt part. Every alert is invented;
the office (NWS San Angelo, KSJT), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sjt_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_SJT = urn("sjt-winter-storm-ice-north-concho")
WWY_SJT = urn("sjt-winter-weather-advisory-tom-green")
SVR_SJT = urn("sjt-svr-hail-west-san-angelo")
TOR_SJT = urn("sjt-tornado-sutton")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # 1. Ice storm, zone-based, no geometry: Coke, Runnels, Irion (Tom Green only under an advisory) -> in_area by SAME
    dict(id=WSW_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="WSWSJT", wmo="WWUS44",
         areaDesc="Coke; Runnels; Irion", SAME=["048081", "048399", "048235"], UGC=["TXZ065", "TXZ066", "TXZ071"],
         sent="2026-01-22T15:05:00-06:00", onset="2026-01-23T00:00:00-06:00", expires="2026-01-23T03:00:00-06:00",
         ends="2026-01-24T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 3:05PM CST until January 24 at 12:00PM CST by NWS San Angelo TX",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half of an inch, with a light coating of sleet.\n\n* WHERE...Coke, Runnels and Irion Counties, including Robert Lee, Bronte, Ballinger, Miles, Winters and Mertzon.\n\n* WHEN...From midnight tonight to noon CST Saturday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on bridges and overpasses and on U.S. 87 and U.S. 67.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSJT.WS.W.0002.260123T0600Z-260124T1800Z/", references=[], geometry=None),
    # 2. Tom Green advisory, Moderate -> nobody
    dict(id=WWY_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="WSWSJT", wmo="WWUS44",
         areaDesc="Tom Green", SAME=["048451"], UGC=["TXZ072"],
         sent="2026-01-22T15:05:00-06:00", onset="2026-01-23T03:00:00-06:00", expires="2026-01-23T03:00:00-06:00",
         ends="2026-01-24T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 22 at 3:05PM CST until January 24 at 9:00AM CST by NWS San Angelo TX",
         description="* WHAT...Freezing rain and sleet. Ice accumulations of a light glaze to one tenth of an inch.\n\n* WHERE...Tom Green County, including San Angelo, Wall, Christoval and Water Valley.\n\n* WHEN...From 3 AM Friday to 9 AM CST Saturday.\n\n* IMPACTS...Plan on slippery road conditions, especially on bridges and overpasses.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KSJT.ZR.Y.0003.260123T0900Z-260124T1500Z/", references=[], geometry=None),
    # 3. Severe thunderstorm with giant hail over west and north San Angelo (polygon)
    dict(id=SVR_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="SVRSJT", wmo="WUUS54",
         areaDesc="Tom Green, TX", SAME=["048451"], UGC=["TXC451"],
         sent="2026-05-12T18:41:00-05:00", onset="2026-05-12T18:41:00-05:00", expires="2026-05-12T19:30:00-05:00",
         ends="2026-05-12T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 12 at 6:41PM CDT until May 12 at 7:30PM CDT by NWS San Angelo TX",
         description="SVRSJT\n\nThe National Weather Service in San Angelo has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Tom Green County in west central Texas...\n\n* Until 730 PM CDT.\n\n* At 640 PM CDT, a severe thunderstorm was located near Grape Creek, moving southeast at 15 mph.\n\nHAZARD...Tennis ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail along U.S. 87 near Loop 306.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nWest and north San Angelo, Angelo State University and Grape Creek.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSJT.SV.W.0114.260512T2341Z-260513T0030Z/", references=[],
         geometry=poly((-100.565, 31.560), (-100.455, 31.545), (-100.455, 31.445), (-100.530, 31.440), (-100.575, 31.470)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["2.50"], "hailThreat": ["OBSERVED"]}),
    # 4. Tornado warning over Sutton County (Sonora): nobody lives there -> nobody
    dict(id=TOR_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="TORSJT", wmo="WFUS54",
         areaDesc="Sutton, TX", SAME=["048435"], UGC=["TXC435"],
         sent="2026-06-03T17:12:00-05:00", onset="2026-06-03T17:12:00-05:00", expires="2026-06-03T17:45:00-05:00",
         ends="2026-06-03T17:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 3 at 5:12PM CDT until June 3 at 5:45PM CDT by NWS San Angelo TX",
         description="TORSJT\n\nThe National Weather Service in San Angelo has issued a\n\n* Tornado Warning for...\nNorthern Sutton County in west central Texas...\n\n* Until 545 PM CDT.\n\n* At 511 PM CDT, a severe thunderstorm capable of producing a tornado was located 8 miles west of Sonora, moving east at 20 mph.\n\nHAZARD...Tornado and half dollar size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nSonora and Interstate 10 between mile markers 390 and 404.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KSJT.TO.W.0021.260603T2212Z-260603T2245Z/", references=[],
         geometry=poly((-100.78, 30.52), (-100.55, 30.52), (-100.55, 30.64), (-100.78, 30.64)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.25"]}),
]
