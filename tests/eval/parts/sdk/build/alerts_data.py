"""Hand-written NWS alerts for the sdk part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Cleveland, KCLE), the Erie County SAME code 039043 and the county UGC OHC043 are real; forecast-zone
numbers are as best known and no label depends on them (labels use polygons and SAME codes only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sdk_urn-oid-2.49.0.1.840.0.{h}.001.1"   # every alert id of this part starts with sdk_


FLW_CLE = urn("sdk-flood-huron-river-milan")
SVR_CLE = urn("sdk-svr-sandusky-castalia")
SVR_CLE_CAN = urn("sdk-svr-sandusky-castalia-can")
FOG_CLE = urn("sdk-fog-erie-county")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FLW_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="FLWCLE", wmo="WGUS43",
         areaDesc="Erie, OH", SAME=["039043"], UGC=["OHC043"],
         sent="2026-03-28T05:12:00-04:00", onset="2026-03-28T05:12:00-04:00", expires="2026-03-28T17:15:00-04:00",
         ends="2026-03-29T20:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued March 28 at 5:12AM EDT until March 29 at 8:00PM EDT by NWS Cleveland OH",
         description="* WHAT...Flooding caused by excessive rainfall and an ice jam on the Huron River is expected.\n\n* WHERE...The Huron River at Milan, including the village of Milan and low areas along Front Street and the canal basin.\n\n* WHEN...Until 8 PM EDT Sunday.\n\n* IMPACTS...At 14.0 feet, water covers Front Street in Milan and low-lying yards near the river.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KCLE.FA.W.0021.260328T0912Z-260330T0000Z/", references=[],
         geometry=poly((-82.640, 41.280), (-82.580, 41.280), (-82.580, 41.340), (-82.640, 41.340))),
    dict(id=FOG_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="NPWCLE", wmo="WWUS71",
         areaDesc="Erie; Huron; Lorain", SAME=["039043", "039077", "039093"], UGC=["OHZ010", "OHZ019", "OHZ011"],
         sent="2026-05-06T03:40:00-04:00", onset="2026-05-06T03:40:00-04:00", expires="2026-05-06T10:00:00-04:00",
         ends="2026-05-06T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 6 at 3:40AM EDT until May 6 at 10:00AM EDT by NWS Cleveland OH",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Erie, Huron and Lorain Counties, including Sandusky, Huron, Vermilion and Norwalk.\n\n* WHEN...Until 10 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KCLE.FG.Y.0009.000000T0000Z-260506T1400Z/", references=[], geometry=None),
    dict(id=SVR_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="SVRCLE", wmo="WUUS51",
         areaDesc="Erie, OH", SAME=["039043"], UGC=["OHC043"],
         sent="2026-07-16T16:48:00-04:00", onset="2026-07-16T16:48:00-04:00", expires="2026-07-16T17:30:00-04:00",
         ends="2026-07-16T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 16 at 4:48PM EDT until July 16 at 5:30PM EDT by NWS Cleveland OH",
         description="At 447 PM EDT, a severe thunderstorm was located near Bellevue, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Sandusky, Castalia, Bay View, Perkins Township and Cedar Point.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCLE.SV.W.0188.260716T2048Z-260716T2130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-82.860, 41.360), (-82.640, 41.360), (-82.640, 41.480), (-82.860, 41.480))),
    dict(id=SVR_CLE_CAN, office="KCLE", senderName="NWS Cleveland OH", awips="SVSCLE", wmo="WWUS61",
         areaDesc="Erie, OH", SAME=["039043"], UGC=["OHC043"],
         sent="2026-07-16T17:14:00-04:00", onset="2026-07-16T17:14:00-04:00", expires="2026-07-16T17:30:00-04:00",
         ends="2026-07-16T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has moved out of the warned area. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KCLE.SV.W.0188.000000T0000Z-260716T2130Z/", references=[SVR_CLE],
         geometry=poly((-82.860, 41.360), (-82.640, 41.360), (-82.640, 41.480), (-82.860, 41.480))),
]
