"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mdt part. Every alert is invented;
the office (KCTP, State College), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_CTP = urn("mdt-winter-storm-cumberland-lebanon")
SVR_CTP = urn("mdt-svr-linglestown-palmyra")
SVR_CTP_CAN = urn("mdt-svr-linglestown-palmyra-can")
FOG_CTP = urn("mdt-dense-fog-lancaster-lebanon")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-76.810, 40.300), (-76.800, 40.350), (-76.560, 40.320), (-76.560, 40.240), (-76.740, 40.250))

ALERTS = [
    dict(id=WSW_CTP, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Cumberland; Perry; Lebanon", SAME=["042041", "042099", "042075"],
         UGC=["PAZ057", "PAZ056", "PAZ059"],
         sent="2026-02-13T15:25:00-05:00", onset="2026-02-14T04:00:00-05:00", expires="2026-02-14T04:00:00-05:00",
         ends="2026-02-15T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 13 at 3:25PM EST until February 15 at 10:00AM EST by NWS State College PA",
         description="* WHAT...Heavy mixed precipitation expected. Total snow and sleet accumulations of 5 to 9 inches and ice accumulations of a quarter to four tenths of an inch.\n\n* WHERE...Cumberland, Perry and Lebanon Counties, including Carlisle, Mechanicsburg, Camp Hill, New Cumberland, Enola, Lemoyne, Lebanon, Palmyra and Annville.\n\n* WHEN...From 4 AM Saturday to 10 AM EST Sunday.\n\n* IMPACTS...Travel could be very difficult. Widespread power outages and tree damage are likely due to the ice.",
         instruction="Travel should be restricted to emergencies only. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KCTP.WS.W.0007.260214T0900Z-260215T1500Z/", references=[], geometry=None),
    dict(id=SVR_CTP, office="KCTP", senderName="NWS State College PA", awips="SVRCTP", wmo="WUUS51",
         areaDesc="Dauphin, PA; Lebanon, PA", SAME=["042043", "042075"], UGC=["PAC043", "PAC075"],
         sent="2026-06-20T18:41:00-04:00", onset="2026-06-20T18:41:00-04:00", expires="2026-06-20T19:30:00-04:00",
         ends="2026-06-20T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 20 at 6:41PM EDT until June 20 at 7:30PM EDT by NWS State College PA",
         description="SVRCTP\n\nThe National Weather Service in State College has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Dauphin County in south central Pennsylvania...\nWestern Lebanon County in south central Pennsylvania...\n\n* Until 730 PM EDT.\n\n* At 640 PM EDT, a line of severe thunderstorms was located from Linglestown to Rutherford, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nLinglestown, Hummelstown, Hershey, Palmyra and Campbelltown.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCTP.SV.W.0112.260620T2241Z-260620T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_CTP_CAN, office="KCTP", senderName="NWS State College PA", awips="SVSCTP", wmo="WWUS51",
         areaDesc="Dauphin, PA; Lebanon, PA", SAME=["042043", "042075"], UGC=["PAC043", "PAC075"],
         sent="2026-06-20T19:12:00-04:00", onset="2026-06-20T19:12:00-04:00", expires="2026-06-20T19:30:00-04:00",
         ends="2026-06-20T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorms which prompted the warning have moved east into Lebanon County and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KCTP.SV.W.0112.000000T0000Z-260620T2330Z/", references=[SVR_CTP], geometry=SVR_POLY),
    dict(id=FOG_CTP, office="KCTP", senderName="NWS State College PA", awips="NPWCTP", wmo="WWUS71",
         areaDesc="Lancaster; Lebanon; Dauphin", SAME=["042071", "042075", "042043"],
         UGC=["PAZ066", "PAZ059", "PAZ058"],
         sent="2026-11-17T04:50:00-05:00", onset="2026-11-17T04:50:00-05:00", expires="2026-11-17T10:00:00-05:00",
         ends="2026-11-17T10:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued November 17 at 4:50AM EST until November 17 at 10:00AM EST by NWS State College PA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Lancaster, Lebanon and Dauphin Counties, including Harrisburg, Hershey, Lebanon and Elizabethtown.\n\n* WHEN...Until 10 AM EST this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KCTP.FG.Y.0031.261117T0950Z-261117T1500Z/", references=[], geometry=None),
]
