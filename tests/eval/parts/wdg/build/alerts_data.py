"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for northwest Oklahoma. Every alert is
invented; the office (NWS Norman, KOUN), county SAME/UGC codes are real; labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"wdg_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_ALVA = urn("wdg-svr-alva")
SVR_ALVA_CAN = urn("wdg-svr-alva-can")
TOR_KINGFISHER = urn("wdg-tor-kingfisher")
FOG_GARFIELD = urn("wdg-fog-garfield")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FOG_GARFIELD, office="KOUN", senderName="NWS Norman OK", awips="NPWOUN", wmo="WWUS74",
         areaDesc="Garfield; Major; Kingfisher", SAME=["040047", "040093", "040073"], UGC=["OKZ012", "OKZ011", "OKZ020"],
         sent="2026-02-10T04:10:00-06:00", onset="2026-02-10T04:10:00-06:00", expires="2026-02-10T10:00:00-06:00",
         ends="2026-02-10T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued February 10 at 4:10AM CST until February 10 at 10:00AM CST by NWS Norman OK",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Garfield, Major and Kingfisher Counties, including Enid, Fairview and Kingfisher.\n\n* WHEN...Until 10 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KOUN.FG.Y.0006.260210T1010Z-260210T1600Z/", references=[], geometry=None),
    dict(id=TOR_KINGFISHER, office="KOUN", senderName="NWS Norman OK", awips="TOROUN", wmo="WFUS54",
         areaDesc="Kingfisher, OK", SAME=["040073"], UGC=["OKC073"],
         sent="2026-04-26T18:42:00-05:00", onset="2026-04-26T18:42:00-05:00", expires="2026-04-26T19:15:00-05:00",
         ends="2026-04-26T19:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 26 at 6:42PM CDT until April 26 at 7:15PM CDT by NWS Norman OK",
         description="TOROUN\n\nThe National Weather Service in Norman has issued a\n\n* Tornado Warning for...\nCentral Kingfisher County in central Oklahoma...\n\n* Until 715 PM CDT.\n\n* At 641 PM CDT, a confirmed tornado was located 6 miles southwest of Kingfisher, moving northeast at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Storm spotters confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nKingfisher and Dover.",
         instruction="TAKE COVER NOW! Move to a storm shelter, basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KOUN.TO.W.0031.260426T2342Z-260427T0015Z/", references=[],
         geometry=poly((-98.03, 35.80), (-97.87, 35.86), (-97.86, 35.93), (-97.99, 35.91), (-98.04, 35.84)),
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_ALVA, office="KOUN", senderName="NWS Norman OK", awips="SVROUN", wmo="WUUS54",
         areaDesc="Woods, OK", SAME=["040151"], UGC=["OKC151"],
         sent="2026-06-11T20:05:00-05:00", onset="2026-06-11T20:05:00-05:00", expires="2026-06-11T21:00:00-05:00",
         ends="2026-06-11T21:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 8:05PM CDT until June 11 at 9:00PM CDT by NWS Norman OK",
         description="SVROUN\n\nThe National Weather Service in Norman has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Woods County in northwestern Oklahoma...\n\n* Until 900 PM CDT.\n\n* At 804 PM CDT, a severe thunderstorm was located 8 miles west of Alva, moving east at 25 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nAlva and Northwestern Oklahoma State University.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOUN.SV.W.0412.260612T0105Z-260612T0200Z/", references=[],
         geometry=poly((-98.78, 36.74), (-98.58, 36.75), (-98.58, 36.86), (-98.78, 36.86)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_ALVA_CAN, office="KOUN", senderName="NWS Norman OK", awips="SVSOUN", wmo="WWUS54",
         areaDesc="Woods, OK", SAME=["040151"], UGC=["OKC151"],
         sent="2026-06-11T20:40:00-05:00", onset="2026-06-11T20:40:00-05:00", expires="2026-06-11T21:00:00-05:00",
         ends="2026-06-11T21:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. Gusty winds and heavy rain are still possible.",
         instruction=None,
         vtec="/O.CAN.KOUN.SV.W.0412.000000T0000Z-260612T0200Z/", references=[SVR_ALVA],
         geometry=poly((-98.78, 36.74), (-98.58, 36.75), (-98.58, 36.86), (-98.78, 36.86))),
]
