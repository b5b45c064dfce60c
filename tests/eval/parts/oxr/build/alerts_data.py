"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the oxr part. Every alert is invented; the
office (NWS Los Angeles/Oxnard, KLOX), Ventura County's SAME code (006111) and county UGC (CAC111) are real;
forecast-zone numbers are given as best known and no label depends on them (labels use polygons and SAME codes).
Ids start with `oxr_` (the brief asks every item id to), followed by a urn:oid-shaped identifier."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"oxr_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW_LOX = urn("oxr-ffw-ventura-river")
TOR_LOX = urn("oxr-tor-port-hueneme")
TOR_LOX_CAN = urn("oxr-tor-port-hueneme-can")
WIY_LOX = urn("oxr-wind-advisory-ventura-valleys")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FFW_LOX, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="FFWLOX", wmo="WGUS56",
         areaDesc="Ventura, CA", SAME=["006111"], UGC=["CAC111"],
         sent="2026-02-14T15:20:00-08:00", onset="2026-02-14T15:20:00-08:00", expires="2026-02-14T18:30:00-08:00",
         ends="2026-02-14T18:30:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 14 at 3:20PM PST until February 14 at 6:30PM PST by NWS Los Angeles/Oxnard CA",
         description="FFWLOX\n\nThe National Weather Service in Los Angeles has issued a\n\n* Flash Flood Warning for...\nWest central Ventura County in southwestern California...\n\n* Until 630 PM PST.\n\n* At 318 PM PST, Doppler radar indicated heavy rain from an atmospheric river falling at rates of 1 to 1.5 inches per hour over the Ventura River watershed. Flash flooding is ongoing or expected to begin shortly. San Antonio Creek and the Ventura River are rising rapidly.\n\nHAZARD...Flash flooding caused by excessive rainfall.\n\nSOURCE...Radar and automated rain gauges.\n\nIMPACT...Flash flooding of creeks, streams, urban areas, highways and streets. Mud and debris flows are possible on Highway 33 and Highway 150.\n\n* Some locations that will experience flash flooding include...\nVentura, Ojai, Oak View, Casitas Springs, Meiners Oaks and Mira Monte.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles. Move to higher ground now.",
         vtec="/O.NEW.KLOX.FF.W.0003.260214T2320Z-260215T0230Z/", references=[],
         geometry=poly((-119.40, 34.27), (-119.24, 34.27), (-119.22, 34.48), (-119.40, 34.48)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=TOR_LOX, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="TORLOX", wmo="WFUS56",
         areaDesc="Ventura, CA", SAME=["006111"], UGC=["CAC111"],
         sent="2026-03-19T19:04:00-07:00", onset="2026-03-19T19:04:00-07:00", expires="2026-03-19T19:45:00-07:00",
         ends="2026-03-19T19:45:00-07:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 19 at 7:04PM PDT until March 19 at 7:45PM PDT by NWS Los Angeles/Oxnard CA",
         description="TORLOX\n\nThe National Weather Service in Los Angeles has issued a\n\n* Tornado Warning for...\nSouthwestern Ventura County in southwestern California...\n\n* Until 745 PM PDT.\n\n* At 703 PM PDT, a severe thunderstorm capable of producing a tornado was located over Hueneme Beach, moving northeast at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nPort Hueneme, south Oxnard, Silver Strand, Hollywood Beach and Naval Base Ventura County Port Hueneme.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLOX.TO.W.0001.260320T0204Z-260320T0245Z/", references=[],
         geometry=poly((-119.235, 34.140), (-119.150, 34.140), (-119.150, 34.196), (-119.235, 34.196)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_LOX_CAN, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="SVSLOX", wmo="WWUS56",
         areaDesc="Ventura, CA", SAME=["006111"], UGC=["CAC111"],
         sent="2026-03-19T19:40:00-07:00", onset="2026-03-19T19:40:00-07:00", expires="2026-03-19T19:45:00-07:00",
         ends="2026-03-19T19:45:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened and moved inland. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KLOX.TO.W.0001.000000T0000Z-260320T0245Z/", references=[TOR_LOX],
         geometry=poly((-119.235, 34.140), (-119.150, 34.140), (-119.150, 34.196), (-119.235, 34.196))),
    dict(id=WIY_LOX, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="NPWLOX", wmo="WWUS76",
         areaDesc="Ventura County Valleys; Ventura County Inland Coast", SAME=["006111"], UGC=["CAZ353", "CAZ354"],
         sent="2026-05-08T03:15:00-07:00", onset="2026-05-08T10:00:00-07:00", expires="2026-05-08T17:00:00-07:00",
         ends="2026-05-09T03:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued May 8 at 3:15AM PDT until May 9 at 3:00AM PDT by NWS Los Angeles/Oxnard CA",
         description="* WHAT...Northeast winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Ventura County Valleys and Inland Coast, including Camarillo, Santa Paula, Moorpark and Thousand Oaks.\n\n* WHEN...From 10 AM this morning to 3 AM PDT Saturday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KLOX.WI.Y.0021.260508T1700Z-260509T1000Z/", references=[], geometry=None),
]
