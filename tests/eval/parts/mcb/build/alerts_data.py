"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mcb part. Every alert is invented;
the office (NWS Jackson MS, KJAN), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mcb_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_JAN = urn("mcb-ice-storm-amite-walthall")
FOG_JAN = urn("mcb-fog-pike")
TOR_JAN = urn("mcb-tornado-mccomb-summit")
TOR_JAN_CAN = urn("mcb-tornado-mccomb-summit-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-90.52, 31.15), (-90.36, 31.15), (-90.38, 31.33), (-90.50, 31.33))

ALERTS = [
    dict(id=ISW_JAN, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Amite, MS; Walthall, MS", SAME=["028005", "028147"], UGC=["MSZ063", "MSZ065"],
         sent="2026-01-24T03:45:00-06:00", onset="2026-01-24T18:00:00-06:00", expires="2026-01-24T12:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 3:45AM CST until January 25 at 12:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Amite and Walthall Counties, including Liberty, Gloster and Tylertown.\n\n* WHEN...From 6 PM this evening to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KJAN.IS.W.0002.260125T0000Z-260125T1800Z/", references=[], geometry=None),
    dict(id=FOG_JAN, office="KJAN", senderName="NWS Jackson MS", awips="NPWJAN", wmo="WWUS74",
         areaDesc="Pike, MS; Lincoln, MS", SAME=["028113", "028085"], UGC=["MSZ064", "MSZ057"],
         sent="2026-02-26T03:10:00-06:00", onset="2026-02-26T03:10:00-06:00", expires="2026-02-26T09:00:00-06:00",
         ends="2026-02-26T09:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued February 26 at 3:10AM CST until February 26 at 9:00AM CST by NWS Jackson MS",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Pike and Lincoln Counties, including McComb, Magnolia, Summit and Brookhaven.\n\n* WHEN...Until 9 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous on Interstate 55.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KJAN.FG.Y.0011.000000T0000Z-260226T1500Z/", references=[], geometry=None),
    dict(id=TOR_JAN, office="KJAN", senderName="NWS Jackson MS", awips="TORJAN", wmo="WFUS54",
         areaDesc="Pike, MS", SAME=["028113"], UGC=["MSC113"],
         sent="2026-04-07T21:42:00-05:00", onset="2026-04-07T21:42:00-05:00", expires="2026-04-07T22:15:00-05:00",
         ends="2026-04-07T22:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 7 at 9:42PM CDT until April 7 at 10:15PM CDT by NWS Jackson MS",
         description="At 941 PM CDT, a confirmed tornado was located near Fernwood, or 5 miles southwest of McComb, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include McComb, Summit, Fernwood and Percy Quin State Park.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KJAN.TO.W.0031.260408T0242Z-260408T0315Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_JAN_CAN, office="KJAN", senderName="NWS Jackson MS", awips="SVSJAN", wmo="WWUS54",
         areaDesc="Pike, MS", SAME=["028113"], UGC=["MSC113"],
         sent="2026-04-07T22:05:00-05:00", onset="2026-04-07T22:05:00-05:00", expires="2026-04-07T22:15:00-05:00",
         ends="2026-04-07T22:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the warned area and weakened. The tornado warning has been cancelled and is no longer in effect.",
         instruction="", vtec="/O.CAN.KJAN.TO.W.0031.000000T0000Z-260408T0315Z/", references=[TOR_JAN],
         geometry=TOR_POLY),
]
