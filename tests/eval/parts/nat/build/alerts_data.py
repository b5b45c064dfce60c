"""Hand-written NWS alerts for the nat part (api.weather.gov /alerts/active GeoJSON), NWS Jackson MS (KJAN).
Every alert is invented; the office and county SAME codes are real; forecast-zone numbers are best known and no
label depends on them. Ids start with nat_ as the brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"nat_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_JAN = urn("nat-ice-storm-adams-jefferson")
ISW_JAN_EXA = urn("nat-ice-storm-adams-jefferson-exa-concordia")
TOR_JAN = urn("nat-tornado-natchez-washington")
FLA_JAN = urn("nat-flood-advisory-concordia")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_JAN, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Adams; Jefferson", SAME=["028001", "028063"], UGC=["MSZ061", "MSZ054"],
         sent="2026-01-23T14:50:00-06:00", onset="2026-01-24T12:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:50PM CST until January 25 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Adams and Jefferson Counties, including Natchez, Washington and Fayette.\n\n* WHEN...From noon Saturday to 6 PM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on bridges.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KJAN.IS.W.0002.260124T1800Z-260126T0000Z/", references=[], geometry=None),
    dict(id=ISW_JAN_EXA, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Adams; Jefferson; Concordia", SAME=["028001", "028063", "022029"],
         UGC=["MSZ061", "MSZ054", "LAZ023"],
         sent="2026-01-24T04:10:00-06:00", onset="2026-01-24T12:00:00-06:00", expires="2026-01-24T12:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 4:10AM CST until January 25 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Adams and Jefferson Counties in Mississippi and Concordia Parish in Louisiana. The warning has been expanded to include Concordia Parish, including Vidalia and Ferriday.\n\n* WHEN...From noon today to 6 PM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely. The Natchez-Vidalia bridges may become impassable.",
         instruction="Travel is strongly discouraged.",
         vtec="/O.EXA.KJAN.IS.W.0002.260124T1800Z-260126T0000Z/", references=[ISW_JAN], geometry=None),
    dict(id=TOR_JAN, office="KJAN", senderName="NWS Jackson MS", awips="TORJAN", wmo="WFUS54",
         areaDesc="Adams, MS", SAME=["028001"], UGC=["MSC001"],
         sent="2026-02-18T16:42:00-06:00", onset="2026-02-18T16:42:00-06:00", expires="2026-02-18T17:15:00-06:00",
         ends="2026-02-18T17:15:00-06:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued February 18 at 4:42PM CST until February 18 at 5:15PM CST by NWS Jackson MS",
         description="At 442 PM CST, a severe thunderstorm capable of producing a tornado was located near east Natchez, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include east Natchez, Washington and Natchez Trace Parkway near milepost 10.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KJAN.TO.W.0011.260218T2242Z-260218T2315Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]},
         geometry=poly((-91.345, 31.535), (-91.270, 31.535), (-91.255, 31.600), (-91.340, 31.605))),
    dict(id=FLA_JAN, office="KJAN", senderName="NWS Jackson MS", awips="FLSJAN", wmo="WGUS84",
         areaDesc="Concordia, LA", SAME=["022029"], UGC=["LAC029"],
         sent="2026-04-12T09:30:00-05:00", onset="2026-04-12T09:30:00-05:00", expires="2026-04-12T15:30:00-05:00",
         ends="2026-04-12T15:30:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued April 12 at 9:30AM CDT until April 12 at 3:30PM CDT by NWS Jackson MS",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Portions of Concordia Parish, including Vidalia and Ferriday.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KJAN.FA.Y.0031.260412T1430Z-260412T2030Z/", references=[],
         geometry=poly((-91.56, 31.55), (-91.44, 31.55), (-91.44, 31.68), (-91.56, 31.68))),
]
