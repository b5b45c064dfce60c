"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Lake Charles LA (KLCH), which serves
Jefferson, Orange and Hardin Counties, Texas. Every alert is invented; the office, SAME county codes and county UGC
codes are real; forecast-zone numbers (TXZ) are given as best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bmt_urn_oid_2.49.0.1.840.0.{h}.001.1"


SVR_LCH = urn("bmt-svr-orange-bridgecity")
SVR_LCH_CAN = urn("bmt-svr-orange-bridgecity-can")
TOR_LCH = urn("bmt-tornado-nederland-groves")
FOG_LCH = urn("bmt-fog-jefferson-orange")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="SVRLCH", wmo="WUUS54",
         areaDesc="Orange, TX", SAME=["048361"], UGC=["TXC361"],
         sent="2026-05-20T16:42:00-05:00", onset="2026-05-20T16:42:00-05:00", expires="2026-05-20T17:30:00-05:00",
         ends="2026-05-20T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 20 at 4:42PM CDT until May 20 at 5:30PM CDT by NWS Lake Charles LA",
         description="The National Weather Service in Lake Charles has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Orange County in southeastern Texas...\n\n* Until 530 PM CDT.\n\n* At 441 PM CDT, a severe thunderstorm was located near Mauriceville, moving southeast at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\nOrange, Bridge City, West Orange, Pinehurst and Rose City.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLCH.SV.W.0112.260520T2142Z-260520T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-93.925, 30.215), (-93.775, 30.215), (-93.775, 29.990), (-93.925, 29.990))),
    dict(id=SVR_LCH_CAN, office="KLCH", senderName="NWS Lake Charles LA", awips="SVSLCH", wmo="WWUS54",
         areaDesc="Orange, TX", SAME=["048361"], UGC=["TXC361"],
         sent="2026-05-20T17:12:00-05:00", onset="2026-05-20T17:12:00-05:00", expires="2026-05-20T17:30:00-05:00",
         ends="2026-05-20T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved into Calcasieu Parish and weakened below severe limits. The Severe Thunderstorm Warning for Orange County has been cancelled.",
         instruction="",
         vtec="/O.CAN.KLCH.SV.W.0112.000000T0000Z-260520T2230Z/", references=[SVR_LCH],
         geometry=poly((-93.925, 30.215), (-93.775, 30.215), (-93.775, 29.990), (-93.925, 29.990))),
    dict(id=TOR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="TORLCH", wmo="WFUS54",
         areaDesc="Jefferson, TX", SAME=["048245"], UGC=["TXC245"],
         sent="2026-06-11T02:04:00-05:00", onset="2026-06-11T02:04:00-05:00", expires="2026-06-11T02:45:00-05:00",
         ends="2026-06-11T02:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 11 at 2:04AM CDT until June 11 at 2:45AM CDT by NWS Lake Charles LA",
         description="The National Weather Service in Lake Charles has issued a\n\n* Tornado Warning for...\nSouth central Jefferson County in southeastern Texas...\n\n* Until 245 AM CDT.\n\n* At 203 AM CDT, a severe thunderstorm capable of producing a tornado was located over Nederland, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\n* Locations impacted include...\nNederland, Port Neches and Groves.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLCH.TO.W.0027.260611T0704Z-260611T0745Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"]},
         geometry=poly((-94.030, 30.005), (-93.890, 30.005), (-93.890, 29.930), (-94.030, 29.930))),
    dict(id=FOG_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="NPWLCH", wmo="WWUS74",
         areaDesc="Hardin; Orange; Northern Jefferson; Southern Jefferson",
         SAME=["048199", "048361", "048245"], UGC=["TXZ259", "TXZ216", "TXZ260", "TXZ615"],
         sent="2026-01-27T03:15:00-06:00", onset="2026-01-27T03:15:00-06:00", expires="2026-01-27T09:00:00-06:00",
         ends="2026-01-27T09:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 27 at 3:15AM CST until January 27 at 9:00AM CST by NWS Lake Charles LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Hardin, Orange and Jefferson Counties, including Beaumont, Port Arthur and Orange.\n\n* WHEN...Until 9 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 10 and the Rainbow Bridge.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KLCH.FG.Y.0004.260127T0915Z-260127T1500Z/", references=[]),
]
ALERTS[-1]["geometry"] = None
