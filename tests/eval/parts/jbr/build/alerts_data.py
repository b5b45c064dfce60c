"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the jbr part. Every alert is invented;
the office (NWS Memphis, KMEG), SAME county codes and county UGC codes are real; forecast-zone numbers are best
known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"jbr_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_MEG = urn("jbr-winter-storm-greene-lawrence-randolph")
TOR_MEG = urn("jbr-tornado-north-jonesboro")
TOR_MEG_CAN = urn("jbr-tornado-north-jonesboro-can")
FOG_MEG = urn("jbr-dense-fog-mississippi-craighead")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-90.745, 35.805), (-90.600, 35.850), (-90.545, 35.935), (-90.595, 35.945), (-90.735, 35.875))

ALERTS = [
    dict(id=WSW_MEG, office="KMEG", senderName="NWS Memphis TN", awips="WSWMEG", wmo="WWUS44",
         areaDesc="Randolph, AR; Lawrence, AR; Greene, AR", SAME=["005121", "005075", "005055"],
         UGC=["ARZ009", "ARZ017", "ARZ018"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T06:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:05PM CST until January 26 at 6:00AM CST by NWS Memphis TN",
         description="* WHAT...Heavy mixed precipitation expected. Ice accumulations of one quarter to one half inch and sleet and snow accumulations of 2 to 4 inches.\n\n* WHERE...Randolph, Lawrence and Greene Counties in northeast Arkansas, including Pocahontas, Walnut Ridge, Hoxie and Paragould.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel should be restricted to emergencies only. Prepare for possible extended power outages.",
         vtec="/O.NEW.KMEG.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=TOR_MEG, office="KMEG", senderName="NWS Memphis TN", awips="TORMEG", wmo="WFUS54",
         areaDesc="Craighead, AR", SAME=["005031"], UGC=["ARC031"],
         sent="2026-04-27T21:08:00-05:00", onset="2026-04-27T21:08:00-05:00", expires="2026-04-27T21:45:00-05:00",
         ends="2026-04-27T21:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 27 at 9:08PM CDT until April 27 at 9:45PM CDT by NWS Memphis TN",
         description="At 908 PM CDT, a confirmed tornado was located near Arkansas State University, or over east Jonesboro, moving northeast at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include north Jonesboro, Nettleton and Brookland.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KMEG.TO.W.0021.260428T0208Z-260428T0245Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_MEG_CAN, office="KMEG", senderName="NWS Memphis TN", awips="SVSMEG", wmo="WWUS54",
         areaDesc="Craighead, AR", SAME=["005031"], UGC=["ARC031"],
         sent="2026-04-27T21:36:00-05:00", onset="2026-04-27T21:36:00-05:00", expires="2026-04-27T21:45:00-05:00",
         ends="2026-04-27T21:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornadic thunderstorm has moved out of the warned area. Therefore, the warning has been cancelled. A Severe Thunderstorm Watch remains in effect until 100 AM CDT for northeast Arkansas.",
         instruction="", vtec="/O.CAN.KMEG.TO.W.0021.000000T0000Z-260428T0245Z/", references=[TOR_MEG],
         geometry=TOR_POLY),
    dict(id=FOG_MEG, office="KMEG", senderName="NWS Memphis TN", awips="NPWMEG", wmo="WWUS74",
         areaDesc="Craighead, AR; Mississippi, AR; Poinsett, AR", SAME=["005031", "005093", "005111"],
         UGC=["ARZ026", "ARZ028", "ARZ035"],
         sent="2026-10-21T03:40:00-05:00", onset="2026-10-21T03:40:00-05:00", expires="2026-10-21T09:00:00-05:00",
         ends="2026-10-21T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 21 at 3:40AM CDT until October 21 at 9:00AM CDT by NWS Memphis TN",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Craighead, Mississippi and Poinsett Counties, including Jonesboro, Blytheville, Osceola and Trumann.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMEG.FG.Y.0012.261021T0840Z-261021T1400Z/", references=[], geometry=None),
]
