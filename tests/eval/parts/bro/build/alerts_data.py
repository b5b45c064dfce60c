"""Hand-written NWS alerts for the `bro` part (api.weather.gov /alerts/active GeoJSON), office KBRO (NWS
Brownsville TX). Every alert is invented; the office, SAME county codes and UGC county codes are real; forecast-zone
numbers are best known and no label depends on them (labels use polygons and SAME codes only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bro_urn:oid:2.49.0.1.840.0.{h}.001.1"


FOG = urn("bro-fog-cameron-willacy")
SVR = urn("bro-svr-north-brownsville-los-fresnos")
SVR_CAN = urn("bro-svr-north-brownsville-los-fresnos-can")
FFW = urn("bro-ffw-harlingen-san-benito")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-97.52, 25.95), (-97.38, 25.95), (-97.36, 26.14), (-97.45, 26.15), (-97.52, 26.02))
FFW_POLY = poly((-97.72, 26.11), (-97.60, 26.11), (-97.60, 26.23), (-97.72, 26.23))

ALERTS = [
    dict(id=FOG, office="KBRO", senderName="NWS Brownsville TX", awips="NPWBRO", wmo="WWUS74",
         areaDesc="Coastal Cameron; Inland Cameron; Coastal Willacy; Inland Willacy",
         SAME=["048061", "048489"], UGC=["TXZ455", "TXZ454", "TXZ353", "TXZ352"],
         sent="2026-01-09T03:40:00-06:00", onset="2026-01-09T03:40:00-06:00", expires="2026-01-09T10:00:00-06:00",
         ends="2026-01-09T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 9 at 3:40AM CST until January 9 at 10:00AM CST by NWS Brownsville TX",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Cameron and Willacy Counties, including Brownsville, Harlingen, San Benito, Port Isabel, South Padre Island and Raymondville.\n\n* WHEN...Until 10 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, including on the Queen Isabella Causeway.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBRO.FG.Y.0003.260109T0940Z-260109T1600Z/", references=[], geometry=None),
    dict(id=SVR, office="KBRO", senderName="NWS Brownsville TX", awips="SVRBRO", wmo="WUUS54",
         areaDesc="Cameron, TX", SAME=["048061"], UGC=["TXC061"],
         sent="2026-05-13T01:12:00-05:00", onset="2026-05-13T01:12:00-05:00", expires="2026-05-13T02:00:00-05:00",
         ends="2026-05-13T02:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 13 at 1:12AM CDT until May 13 at 2:00AM CDT by NWS Brownsville TX",
         description="SVRBRO\n\nThe National Weather Service in Brownsville has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Cameron County in deep south Texas...\n\n* Until 200 AM CDT.\n\n* At 111 AM CDT, a line of severe thunderstorms was located along a line extending from near Olmito to near Palmito Hill, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nNorthern Brownsville, Los Fresnos, Rancho Viejo, Bayview and Laguna Vista.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBRO.SV.W.0031.260513T0612Z-260513T0700Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_CAN, office="KBRO", senderName="NWS Brownsville TX", awips="SVSBRO", wmo="WWUS54",
         areaDesc="Cameron, TX", SAME=["048061"], UGC=["TXC061"],
         sent="2026-05-13T01:48:00-05:00", onset="2026-05-13T01:48:00-05:00", expires="2026-05-13T02:00:00-05:00",
         ends="2026-05-13T02:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled. Gusty winds to 40 mph remain possible.",
         instruction=None,
         vtec="/O.CAN.KBRO.SV.W.0031.000000T0000Z-260513T0700Z/", references=[SVR], geometry=SVR_POLY),
    dict(id=FFW, office="KBRO", senderName="NWS Brownsville TX", awips="FFWBRO", wmo="WGUS54",
         areaDesc="Cameron, TX", SAME=["048061"], UGC=["TXC061"],
         sent="2026-06-24T16:05:00-05:00", onset="2026-06-24T16:05:00-05:00", expires="2026-06-24T22:00:00-05:00",
         ends="2026-06-24T22:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 24 at 4:05PM CDT until June 24 at 10:00PM CDT by NWS Brownsville TX",
         description="FFWBRO\n\nThe National Weather Service in Brownsville has issued a\n\n* Flash Flood Warning for...\nNorthwestern Cameron County in deep south Texas...\n\n* Until 1000 PM CDT.\n\n* At 404 PM CDT, Doppler radar indicated thunderstorms producing heavy rain over Harlingen and San Benito. Between 4 and 6 inches of rain have fallen. Additional rainfall amounts of 2 to 3 inches are possible in the warned area. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of low-lying areas, streets and underpasses, including along the Arroyo Colorado and the resacas.\n\n* Some locations that will experience flash flooding include...\nHarlingen, San Benito, Primera and Combes.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KBRO.FF.W.0012.260624T2105Z-260625T0300Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
]
