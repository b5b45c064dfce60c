"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the pvd part. Every alert is invented; the
office (NWS Boston/Norton, KBOX) and county codes are real (SAME 044007 Providence RI, 025005 Bristol MA; UGC
RIC007, MAC005; forecast-zone numbers as best known, no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.pvd.{h[:32]}.001.1"


SVR_BOX = urn("pvd-svr-pawtucket")
SVR_BOX_CAN = urn("pvd-svr-pawtucket-can")
FFW_BOX = urn("pvd-ffw-new-bedford")
WIND_BOX = urn("pvd-wind-advisory")
TEST_BOX = urn("pvd-tornado-test")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVRBOX", wmo="WUUS51",
         areaDesc="Providence, RI; Bristol, MA", SAME=["044007", "025005"], UGC=["RIC007", "MAC005"],
         sent="2026-07-16T15:32:00-04:00", onset="2026-07-16T15:32:00-04:00", expires="2026-07-16T16:30:00-04:00",
         ends="2026-07-16T16:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 16 at 3:32PM EDT until July 16 at 4:30PM EDT by NWS Boston/Norton MA",
         description="SVRBOX\n\nThe National Weather Service in Norton has issued a\n\n* Severe Thunderstorm Warning for...\n  East central Providence County in Rhode Island...\n  Northwestern Bristol County in Massachusetts...\n\n* Until 430 PM EDT.\n\n* At 332 PM EDT, a severe thunderstorm was located over Central Falls, moving southeast at 25 mph.\n\n  HAZARD...70 mph wind gusts and quarter size hail.\n\n  IMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\n  Pawtucket, Central Falls, East Providence, Seekonk and Rehoboth.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOX.SV.W.0042.260716T1932Z-260716T2030Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-71.412, 41.905), (-71.250, 41.905), (-71.250, 41.795), (-71.382, 41.795))),
    dict(id=SVR_BOX_CAN, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVSBOX", wmo="WWUS61",
         areaDesc="Providence, RI; Bristol, MA", SAME=["044007", "025005"], UGC=["RIC007", "MAC005"],
         sent="2026-07-16T16:05:00-04:00", onset="2026-07-16T16:05:00-04:00", expires="2026-07-16T16:30:00-04:00",
         ends="2026-07-16T16:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KBOX.SV.W.0042.000000T0000Z-260716T2030Z/", references=[SVR_BOX],
         geometry=poly((-71.30, 41.86), (-71.25, 41.86), (-71.25, 41.80), (-71.30, 41.80))),
    dict(id=FFW_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="FFWBOX", wmo="WGUS51",
         areaDesc="Bristol, MA", SAME=["025005"], UGC=["MAC005"],
         sent="2026-09-08T21:10:00-04:00", onset="2026-09-08T21:10:00-04:00", expires="2026-09-09T00:15:00-04:00",
         ends="2026-09-09T00:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued September 8 at 9:10PM EDT until September 9 at 12:15AM EDT by NWS Boston/Norton MA",
         description="FFWBOX\n\nThe National Weather Service in Norton has issued a\n\n* Flash Flood Warning for...\n  Southeastern Bristol County in southeastern Massachusetts...\n\n* Until 1215 AM EDT.\n\n* At 909 PM EDT, Doppler radar indicated thunderstorms producing heavy rain over the South End and downtown New Bedford. Between 2 and 4 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\n  HAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\n  New Bedford, Fairhaven, Clarks Point and Fort Rodman.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KBOX.FF.W.0011.260909T0110Z-260909T0415Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-70.965, 41.590), (-70.885, 41.590), (-70.885, 41.648), (-70.965, 41.648))),
    dict(id=WIND_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="NPWBOX", wmo="WWUS71",
         areaDesc="Northwest Providence; Southeast Providence; Northern Bristol; Southern Bristol",
         SAME=["044007", "025005"], UGC=["RIZ001", "RIZ002", "MAZ017", "MAZ020"],
         sent="2026-03-11T03:40:00-04:00", onset="2026-03-11T08:00:00-04:00", expires="2026-03-11T16:00:00-04:00",
         ends="2026-03-11T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 11 at 3:40AM EDT until March 11 at 8:00PM EDT by NWS Boston/Norton MA",
         description="* WHAT...Northwest winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Providence County in Rhode Island and Bristol County in Massachusetts.\n\n* WHEN...From 8 AM to 8 PM EDT Wednesday.\n\n* IMPACTS...Gusty winds could blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KBOX.WI.Y.0007.260311T1200Z-260312T0000Z/", references=[], geometry=None),
    dict(id=TEST_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="TORBOX", wmo="WFUS51",
         areaDesc="Bristol, MA", SAME=["025005"], UGC=["MAC005"],
         sent="2026-04-22T11:00:00-04:00", onset="2026-04-22T11:00:00-04:00", expires="2026-04-22T11:30:00-04:00",
         ends="2026-04-22T11:30:00-04:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="THIS IS A TEST MESSAGE. Tornado Warning issued April 22 at 11:00AM EDT by NWS Boston/Norton MA",
         description="THIS IS A TEST MESSAGE. DO NOT TAKE ACTION BASED ON THIS MESSAGE.\n\nThis is a test of the tornado warning dissemination system for Fall River, Somerset and Westport.",
         instruction="THIS IS A TEST MESSAGE.", vtec="/T.NEW.KBOX.TO.W.9999.260422T1500Z-260422T1530Z/", references=[],
         geometry=poly((-71.20, 41.74), (-71.08, 41.74), (-71.08, 41.64), (-71.20, 41.64))),
]
