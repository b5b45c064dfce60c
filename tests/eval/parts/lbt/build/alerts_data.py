"""Hand-written NWS alerts for part lbt (api.weather.gov /alerts/active GeoJSON). Alerts invented; office (NWS
Wilmington NC, KILM), Robeson County SAME 037155 and UGC NCC155 real; forecast-zone number best known."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


FOG = "lbt_" + urn("lbt-fog-robeson")
TOR = "lbt_" + urn("lbt-tornado-pembroke")
SVR = "lbt_" + urn("lbt-svr-lumberton")
SVR_CAN = "lbt_" + urn("lbt-svr-lumberton-can")

COMMON = dict(office="KILM", senderName="NWS Wilmington NC", SAME=["037155"], UGC=["NCZ087"])

ALERTS = [
    dict(COMMON, id=FOG, awips="NPWILM", wmo="WWUS72", areaDesc="Robeson",
         sent="2026-01-16T03:10:00-05:00", onset="2026-01-16T03:10:00-05:00", expires="2026-01-16T10:00:00-05:00",
         ends="2026-01-16T10:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 16 at 3:10AM EST until January 16 at 10:00AM EST by NWS Wilmington NC",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Robeson County, including Lumberton, Pembroke, Red Springs and Fairmont.\n\n* WHEN...Until 10 AM EST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 95.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KILM.FG.Y.0003.260116T0810Z-260116T1500Z/", references=[], geometry=None),
    dict(COMMON, id=TOR, awips="TORILM", wmo="WFUS52", areaDesc="Robeson, NC", UGC=["NCC155"],
         sent="2026-05-14T18:42:00-04:00", onset="2026-05-14T18:42:00-04:00", expires="2026-05-14T19:15:00-04:00",
         ends="2026-05-14T19:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 14 at 6:42PM EDT until May 14 at 7:15PM EDT by NWS Wilmington NC",
         description="At 642 PM EDT, a confirmed tornado was located near Union Chapel, or 4 miles west of Pembroke, moving east at 25 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Weather spotters confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Pembroke, Union Chapel, Deep Branch and Prospect.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KILM.TO.W.0021.260514T2242Z-260514T2315Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"], "maxWindGust": ["100 MPH"]},
         geometry=poly((-79.25, 34.65), (-79.12, 34.65), (-79.12, 34.73), (-79.25, 34.73))),
    dict(COMMON, id=SVR, awips="SVRILM", wmo="WUUS52", areaDesc="Robeson, NC", UGC=["NCC155"],
         sent="2026-06-24T16:05:00-04:00", onset="2026-06-24T16:05:00-04:00", expires="2026-06-24T16:45:00-04:00",
         ends="2026-06-24T16:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 24 at 4:05PM EDT until June 24 at 4:45PM EDT by NWS Wilmington NC",
         description="At 405 PM EDT, a severe thunderstorm was located over Lumberton, moving east at 20 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Lumberton, Elrod and Raynham.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILM.SV.W.0144.260624T2005Z-260624T2045Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-79.14, 34.60), (-78.95, 34.60), (-78.95, 34.70), (-79.14, 34.70))),
    dict(COMMON, id=SVR_CAN, awips="SVSILM", wmo="WWUS52", areaDesc="Robeson, NC", UGC=["NCC155"],
         sent="2026-06-24T16:30:00-04:00", onset="2026-06-24T16:30:00-04:00", expires="2026-06-24T16:45:00-04:00",
         ends="2026-06-24T16:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Robeson County has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KILM.SV.W.0144.000000T0000Z-260624T2045Z/", references=[SVR],
         geometry=poly((-79.14, 34.60), (-78.95, 34.60), (-78.95, 34.70), (-79.14, 34.70))),
]
