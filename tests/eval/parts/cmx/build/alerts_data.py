"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the cmx part. Every alert is invented;
office (KMQT Marquette), county SAME/UGC codes are real; forecast-zone numbers are best known (labels use only SAME
codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"cmx_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


WSW = urn("cmx-winter-storm-keweenaw")
WSW_EXA = urn("cmx-winter-storm-keweenaw-exa")
WWY = urn("cmx-wwy-minor")
SVR = urn("cmx-svr-portage")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, areaDesc="Keweenaw; Northern Houghton; Southern Houghton", SAME=["026083", "026061"],
         UGC=["MIZ001", "MIZ003", "MIZ084"], sent="2026-01-20T15:30:00-05:00", onset="2026-01-21T01:00:00-05:00",
         expires="2026-01-21T04:00:00-05:00", ends="2026-01-22T13:00:00-05:00", messageType="Alert",
         severity="Severe", event="Winter Storm Warning", certainty="Likely", urgency="Expected", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 3:30PM EST until January 22 at 1:00PM EST by NWS Marquette MI",
         description="* WHAT...Heavy lake effect and system snow. Total snow accumulations of 18 to 30 inches. Winds gusting as high as 45 mph causing whiteout conditions.\n\n* WHERE...Keweenaw and Houghton Counties, including Houghton, Hancock, Calumet, Lake Linden and Copper Harbor.\n\n* WHEN...From 1 AM Wednesday to 1 PM EST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on US-41 and M-26.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KMQT.WS.W.0003.260121T0600Z-260122T1800Z/", references=[], geometry=None),
    dict(id=WSW_EXA, areaDesc="Keweenaw; Northern Houghton; Southern Houghton; Baraga",
         SAME=["026083", "026061", "026013"], UGC=["MIZ001", "MIZ003", "MIZ084", "MIZ004"],
         sent="2026-01-21T04:10:00-05:00", onset="2026-01-21T04:10:00-05:00", expires="2026-01-21T11:00:00-05:00",
         ends="2026-01-22T13:00:00-05:00", messageType="Update", severity="Severe", event="Winter Storm Warning",
         certainty="Likely", urgency="Expected", response="Prepare",
         headline="Winter Storm Warning issued January 21 at 4:10AM EST until January 22 at 1:00PM EST by NWS Marquette MI",
         description="* WHAT...Heavy snow. Additional accumulations of 12 to 20 inches. Winds gusting to 50 mph.\n\n* WHERE...Keweenaw, Houghton and Baraga Counties. The warning has been expanded to include Baraga County, including L'Anse and Baraga.\n\n* WHEN...Until 1 PM EST Thursday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads.", vtec="/O.EXA.KMQT.WS.W.0003.000000T0000Z-260122T1800Z/",
         references=[WSW], geometry=None),
    dict(id=WWY, areaDesc="Baraga; Southern Houghton", SAME=["026013", "026061"], UGC=["MIZ004", "MIZ084"],
         sent="2026-03-02T14:00:00-05:00", onset="2026-03-02T19:00:00-05:00", expires="2026-03-03T04:00:00-05:00",
         ends="2026-03-03T10:00:00-05:00", messageType="Alert", severity="Minor", event="Winter Weather Advisory",
         certainty="Likely", urgency="Expected", response="Prepare",
         headline="Winter Weather Advisory issued March 2 at 2:00PM EST until March 3 at 10:00AM EST by NWS Marquette MI",
         description="* WHAT...Lake effect snow. Additional accumulations of 2 to 5 inches.\n\n* WHERE...Baraga and southern Houghton Counties.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KMQT.WW.Y.0021.260303T0000Z-260303T1500Z/", references=[], geometry=None),
    dict(id=SVR, areaDesc="Houghton, MI", SAME=["026061"], UGC=["MIC061"],
         sent="2026-07-14T18:42:00-04:00", onset="2026-07-14T18:42:00-04:00", expires="2026-07-14T19:30:00-04:00",
         ends="2026-07-14T19:30:00-04:00", messageType="Alert", severity="Severe", event="Severe Thunderstorm Warning",
         certainty="Observed", urgency="Immediate", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:42PM EDT until July 14 at 7:30PM EDT by NWS Marquette MI",
         description="SVRMQT\n\nThe National Weather Service in Marquette has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Houghton County in the western Upper Peninsula of Michigan...\n\n* Until 730 PM EDT.\n\n* At 641 PM EDT, a severe thunderstorm was located near Atlantic Mine, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Power outages are likely.\n\n* Locations impacted include...\nHoughton, Hancock, Dollar Bay and Ripley.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMQT.SV.W.0112.260714T2242Z-260714T2330Z/", references=[],
         geometry=poly((-88.62, 47.09), (-88.49, 47.09), (-88.49, 47.16), (-88.62, 47.16)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
]
