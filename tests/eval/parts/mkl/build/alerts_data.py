"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mkl part. Alerts invented; offices,
county SAME/UGC codes real; forecast-zone numbers best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


ISW_MEG = urn("mkl-ice-storm-henderson")
TOR_MEG = urn("mkl-tornado-humboldt-milan")
TOR_MEG_CAN = urn("mkl-tornado-humboldt-milan-can")
FOG_MEG = urn("mkl-fog-madison-gibson")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-88.975, 35.800), (-88.880, 35.790), (-88.735, 35.905), (-88.745, 35.955),
                (-88.800, 35.960), (-88.960, 35.860))

ALERTS = [
    dict(id=ISW_MEG, office="KMEG", senderName="NWS Memphis TN", awips="WSWMEG", wmo="WWUS44",
         areaDesc="Henderson, TN; Chester, TN; Decatur, TN", SAME=["047077", "047023", "047039"],
         UGC=["TNZ052", "TNZ089", "TNZ053"],
         sent="2026-02-06T14:05:00-06:00", onset="2026-02-07T00:00:00-06:00", expires="2026-02-07T06:00:00-06:00",
         ends="2026-02-08T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued February 6 at 2:05PM CST until February 8 at 6:00AM CST by NWS Memphis TN",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch.\n\n* WHERE...Henderson, Chester and Decatur Counties, including Lexington, Henderson and Parsons.\n\n* WHEN...From midnight tonight to 6 AM CST Sunday.\n\n* IMPACTS...Widespread power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KMEG.IS.W.0002.260207T0600Z-260208T1200Z/", references=[], geometry=None),
    dict(id=TOR_MEG, office="KMEG", senderName="NWS Memphis TN", awips="TORMEG", wmo="WFUS54",
         areaDesc="Gibson, TN", SAME=["047053"], UGC=["TNC053"],
         sent="2026-04-15T22:48:00-05:00", onset="2026-04-15T22:48:00-05:00", expires="2026-04-15T23:30:00-05:00",
         ends="2026-04-15T23:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 15 at 10:48PM CDT until April 15 at 11:30PM CDT by NWS Memphis TN",
         description="TORMEG\n\nThe National Weather Service in Memphis has issued a\n\n* Tornado Warning for...\nSoutheastern Gibson County in west Tennessee...\n\n* Until 1130 PM CDT.\n\n* At 1047 PM CDT, a severe thunderstorm capable of producing a tornado was located near Gibson Wells, or 4 miles southwest of Humboldt, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nHumboldt, Milan, Gibson and Medina.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KMEG.TO.W.0031.260416T0348Z-260416T0430Z/", references=[], geometry=TOR_POLY),
    dict(id=TOR_MEG_CAN, office="KMEG", senderName="NWS Memphis TN", awips="SVSMEG", wmo="WWUS54",
         areaDesc="Gibson, TN", SAME=["047053"], UGC=["TNC053"],
         sent="2026-04-15T23:14:00-05:00", onset="2026-04-15T23:14:00-05:00", expires="2026-04-15T23:30:00-05:00",
         ends="2026-04-15T23:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning for Gibson County has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KMEG.TO.W.0031.000000T0000Z-260416T0430Z/", references=[TOR_MEG],
         geometry=TOR_POLY),
    dict(id=FOG_MEG, office="KMEG", senderName="NWS Memphis TN", awips="NPWMEG", wmo="WWUS74",
         areaDesc="Madison, TN; Gibson, TN; Henderson, TN", SAME=["047113", "047053", "047077"],
         UGC=["TNZ050", "TNZ049", "TNZ052"],
         sent="2026-10-21T03:40:00-05:00", onset="2026-10-21T03:40:00-05:00", expires="2026-10-21T09:00:00-05:00",
         ends="2026-10-21T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 21 at 3:40AM CDT until October 21 at 9:00AM CDT by NWS Memphis TN",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Madison, Gibson and Henderson Counties.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMEG.FG.Y.0041.261021T0840Z-261021T1400Z/", references=[], geometry=None),
]
