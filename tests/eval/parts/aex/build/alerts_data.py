"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for central Louisiana. Every alert is invented;
the office (NWS Lake Charles) and the parish SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"aex_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_LCH = urn("aex-svr-marksville")
SVR_LCH_CAN = urn("aex-svr-marksville-can")
TOR_LCH = urn("aex-tornado-pineville-ball")
FOG_LCH = urn("aex-fog-cenla")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-92.15, 31.02), (-91.98, 31.02), (-91.98, 31.20), (-92.15, 31.20))

ALERTS = [
    dict(id=SVR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="SVRLCH", wmo="WUUS54",
         areaDesc="Avoyelles, LA", SAME=["022009"], UGC=["LAC009"],
         sent="2026-03-18T15:42:00-05:00", onset="2026-03-18T15:42:00-05:00", expires="2026-03-18T16:30:00-05:00",
         ends="2026-03-18T16:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued March 18 at 3:42PM CDT until March 18 at 4:30PM CDT by NWS Lake Charles LA",
         description="SVRLCH\n\nThe National Weather Service in Lake Charles has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Avoyelles Parish in central Louisiana...\n\n* Until 430 PM CDT.\n\n* At 341 PM CDT, a severe thunderstorm was located near Hessmer, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nMarksville, Mansura, Hessmer and Fifth Ward.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLCH.SV.W.0052.260318T2042Z-260318T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_LCH_CAN, office="KLCH", senderName="NWS Lake Charles LA", awips="SVSLCH", wmo="WWUS54",
         areaDesc="Avoyelles, LA", SAME=["022009"], UGC=["LAC009"],
         sent="2026-03-18T16:12:00-05:00", onset="2026-03-18T16:12:00-05:00", expires="2026-03-18T16:30:00-05:00",
         ends="2026-03-18T16:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for central Avoyelles Parish has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KLCH.SV.W.0052.000000T0000Z-260318T2130Z/", references=[SVR_LCH], geometry=SVR_POLY),
    dict(id=TOR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="TORLCH", wmo="WFUS54",
         areaDesc="Rapides, LA", SAME=["022079"], UGC=["LAC079"],
         sent="2026-04-22T18:51:00-05:00", onset="2026-04-22T18:51:00-05:00", expires="2026-04-22T19:30:00-05:00",
         ends="2026-04-22T19:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 22 at 6:51PM CDT until April 22 at 7:30PM CDT by NWS Lake Charles LA",
         description="TORLCH\n\nThe National Weather Service in Lake Charles has issued a\n\n* Tornado Warning for...\nEast central Rapides Parish in central Louisiana...\n\n* Until 730 PM CDT.\n\n* At 650 PM CDT, a confirmed tornado was located near Lecompte Road south of Pineville, moving north at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Emergency management confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nPineville, Ball, Kingsville and Tioga.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLCH.TO.W.0019.260422T2351Z-260423T0030Z/", references=[],
         geometry=poly((-92.41, 31.19), (-92.28, 31.19), (-92.28, 31.44), (-92.41, 31.44)),
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.50"]}),
    dict(id=FOG_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="NPWLCH", wmo="WWUS74",
         areaDesc="Rapides; Avoyelles", SAME=["022079", "022009"], UGC=["LAZ030", "LAZ031"],
         sent="2026-05-12T03:40:00-05:00", onset="2026-05-12T03:40:00-05:00", expires="2026-05-12T09:00:00-05:00",
         ends="2026-05-12T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 12 at 3:40AM CDT until May 12 at 9:00AM CDT by NWS Lake Charles LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Rapides and Avoyelles Parishes, including Alexandria, Pineville, Marksville and Bunkie.\n\n* WHEN...Until 9 AM CDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KLCH.FG.Y.0011.260512T0840Z-260512T1400Z/", references=[], geometry=None),
]
