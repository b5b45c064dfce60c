"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part dtw. Every alert is invented; the
office (NWS Detroit/Pontiac, KDTX), county FIPS and UGC codes are real (forecast-zone numbers as best known;
labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.dtw.{h[:32]}.001.1"


SVR_DTX = urn("dtw-svr-dearborn-june")
SVR_DTX_CAN = urn("dtw-svr-dearborn-june-can")
FLS_DTX = urn("dtw-fls-wayne-urban")
TOR_DTX = urn("dtw-tor-detroit-east")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_DTX, office="KDTX", senderName="NWS Detroit/Pontiac MI", awips="SVRDTX", wmo="WUUS53",
         areaDesc="Wayne, MI", SAME=["026163"], UGC=["MIC163"],
         sent="2026-06-18T16:42:00-04:00", onset="2026-06-18T16:42:00-04:00", expires="2026-06-18T17:30:00-04:00",
         ends="2026-06-18T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 4:42PM EDT until June 18 at 5:30PM EDT by NWS Detroit/Pontiac MI",
         description="At 442 PM EDT, a severe thunderstorm was located over Westland, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Dearborn, Dearborn Heights, Inkster, Garden City and Westland.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDTX.SV.W.0087.260618T2042Z-260618T2130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-83.345, 42.372), (-83.345, 42.312), (-83.150, 42.312), (-83.150, 42.372))),
    dict(id=SVR_DTX_CAN, office="KDTX", senderName="NWS Detroit/Pontiac MI", awips="SVSDTX", wmo="WWUS63",
         areaDesc="Wayne, MI", SAME=["026163"], UGC=["MIC163"],
         sent="2026-06-18T17:14:00-04:00", onset="2026-06-18T17:14:00-04:00", expires="2026-06-18T17:30:00-04:00",
         ends="2026-06-18T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KDTX.SV.W.0087.000000T0000Z-260618T2130Z/", references=[SVR_DTX],
         geometry=poly((-83.345, 42.372), (-83.345, 42.312), (-83.150, 42.312), (-83.150, 42.372))),
    dict(id=FLS_DTX, office="KDTX", senderName="NWS Detroit/Pontiac MI", awips="FLSDTX", wmo="WGUS83",
         areaDesc="Wayne, MI", SAME=["026163"], UGC=["MIC163"],
         sent="2026-06-25T19:05:00-04:00", onset="2026-06-25T19:05:00-04:00", expires="2026-06-25T22:00:00-04:00",
         ends="2026-06-25T22:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued June 25 at 7:05PM EDT until June 25 at 10:00PM EDT by NWS Detroit/Pontiac MI",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...A portion of southeast Michigan, including Wayne County: Detroit, Dearborn, Hamtramck and Dearborn Heights.\n\n* WHEN...Until 1000 PM EDT.\n\n* IMPACTS...Ponding of water on freeways, underpasses and in poor drainage areas. Basement flooding possible.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KDTX.FA.Y.0031.260625T2305Z-260626T0200Z/", references=[], geometry=None),
    dict(id=TOR_DTX, office="KDTX", senderName="NWS Detroit/Pontiac MI", awips="TORDTX", wmo="WFUS53",
         areaDesc="Wayne, MI", SAME=["026163"], UGC=["MIC163"],
         sent="2026-07-22T10:00:00-04:00", onset="2026-07-22T10:00:00-04:00", expires="2026-07-22T10:30:00-04:00",
         ends="2026-07-22T10:30:00-04:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="TEST Tornado Warning issued July 22 at 10:00AM EDT by NWS Detroit/Pontiac MI",
         description="THIS IS A TEST MESSAGE. DO NOT TAKE ACTION BASED ON THIS MESSAGE.\n\nThis is a test of the tornado warning dissemination system for Detroit, Hamtramck and Highland Park.",
         instruction="This is a test. No action is required.",
         vtec="/T.NEW.KDTX.TO.W.9999.260722T1400Z-260722T1430Z/", references=[],
         geometry=poly((-83.20, 42.45), (-83.20, 42.36), (-82.93, 42.36), (-82.93, 42.45))),
]
