"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices and county
codes are real; forecast-zone numbers are best known and no label depends on them. Alert ids carry the part prefix
`lfk_` (so the part can be merged with others); otherwise the shape follows /alerts/active."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lfk_urn:oid:2.49.0.1.840.0.{h}.001.1"


FOG_SHV = urn("lfk-fog-nacogdoches")
TOR_SHV = urn("lfk-tornado-diboll-lufkin")
TOR_SHV_CAN = urn("lfk-tornado-diboll-lufkin-can")
FFW_LCH = urn("lfk-ffw-jasper")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-94.86, 31.16), (-94.55, 31.16), (-94.54, 31.30), (-94.70, 31.31), (-94.86, 31.22))

ALERTS = [
    dict(id=FOG_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="NPWSHV", wmo="WWUS74",
         areaDesc="Nacogdoches, TX; Angelina, TX", SAME=["048347", "048005"], UGC=["TXZ152", "TXZ165"],
         sent="2026-01-15T03:50:00-06:00", onset="2026-01-15T03:50:00-06:00", expires="2026-01-15T09:00:00-06:00",
         ends="2026-01-15T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 15 at 3:50AM CST until January 15 at 10:00AM CST by NWS Shreveport LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Nacogdoches and Angelina Counties, including Nacogdoches, Lufkin and Diboll.\n\n* WHEN...Until 10 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KSHV.FG.Y.0003.260115T0950Z-260115T1600Z/", references=[], geometry=None),
    dict(id=TOR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="TORSHV", wmo="WFUS54",
         areaDesc="Angelina, TX", SAME=["048005"], UGC=["TXC005"],
         sent="2026-05-07T01:12:00-05:00", onset="2026-05-07T01:12:00-05:00", expires="2026-05-07T01:45:00-05:00",
         ends="2026-05-07T01:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 7 at 1:12AM CDT until May 7 at 1:45AM CDT by NWS Shreveport LA",
         description="TORSHV\n\nThe National Weather Service in Shreveport has issued a\n\n* Tornado Warning for...\nSouthern Angelina County in deep East Texas...\n\n* Until 145 AM CDT.\n\n* At 111 AM CDT, a severe thunderstorm capable of producing a tornado was located near Diboll, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nLufkin, Diboll, Huntington, Burke and Hudson.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KSHV.TO.W.0041.260507T0612Z-260507T0645Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_SHV_CAN, office="KSHV", senderName="NWS Shreveport LA", awips="SVSSHV", wmo="WWUS54",
         areaDesc="Angelina, TX", SAME=["048005"], UGC=["TXC005"],
         sent="2026-05-07T01:38:00-05:00", onset="2026-05-07T01:38:00-05:00", expires="2026-05-07T01:45:00-05:00",
         ends="2026-05-07T01:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KSHV.TO.W.0041.000000T0000Z-260507T0645Z/", references=[TOR_SHV],
         geometry=TOR_POLY),
    dict(id=FFW_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="FFWLCH", wmo="WGUS54",
         areaDesc="Jasper, TX", SAME=["048241"], UGC=["TXC241"],
         sent="2026-06-11T16:25:00-05:00", onset="2026-06-11T16:25:00-05:00", expires="2026-06-11T22:30:00-05:00",
         ends="2026-06-11T22:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 11 at 4:25PM CDT until June 11 at 10:30PM CDT by NWS Lake Charles LA",
         description="FFWLCH\n\nThe National Weather Service in Lake Charles has issued a\n\n* Flash Flood Warning for...\nCentral Jasper County in southeastern Texas...\n\n* Until 1030 PM CDT.\n\n* At 423 PM CDT, Doppler radar indicated thunderstorms producing heavy rain over Jasper. Between 3 and 5 inches of rain have fallen. Additional rainfall amounts of 1 to 2 inches are possible.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nJasper, Sandy Creek Park and Lake Sam Rayburn's Twin Dikes area.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLCH.FF.W.0027.260611T2125Z-260612T0330Z/", references=[],
         geometry=poly((-94.08, 30.82), (-93.92, 30.82), (-93.92, 30.94), (-94.08, 30.94)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
]
