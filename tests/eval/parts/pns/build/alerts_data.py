"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the Pensacola area, NWS Mobile AL (KMOB).
Every alert is invented; the office, county SAME codes and county UGC codes are real; forecast-zone numbers are
given as best known and no label depends on them (labels use SAME county codes and polygons only).

Alert identifiers carry the part's prefix: `pns_urn:oid:...` (the feature id and properties.id), and the
`@id` is `https://api.weather.gov/alerts/<that id>`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pns_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_MOB = urn("pns-tornado-warrington-myrtle-grove")
FFW_MOB = urn("pns-ffw-downtown-east-hill")
TRW_MOB = urn("pns-tropical-storm-santa-rosa")
HEAT_MOB = urn("pns-heat-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_MOB, office="KMOB", senderName="NWS Mobile AL", awips="TORMOB", wmo="WFUS54",
         areaDesc="Escambia, FL", SAME=["012033"], UGC=["FLC033"],
         sent="2026-03-28T04:52:00-05:00", onset="2026-03-28T04:52:00-05:00", expires="2026-03-28T05:30:00-05:00",
         ends="2026-03-28T05:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 28 at 4:52AM CDT until March 28 at 5:30AM CDT by NWS Mobile AL",
         description="TORMOB\n\nThe National Weather Service in Mobile has issued a\n\n* Tornado Warning for...\nSouthwestern Escambia County in northwestern Florida...\n\n* Until 530 AM CDT.\n\n* At 451 AM CDT, a severe thunderstorm capable of producing a tornado was located over Warrington, moving north at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nWarrington, Myrtle Grove, West Pensacola, Bellview and Naval Air Station Pensacola.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter and protect yourself from flying debris.",
         vtec="/O.NEW.KMOB.TO.W.0017.260328T0952Z-260328T1030Z/", references=[],
         extra={"maxWindGust": ["Up to 100 MPH"], "tornadoDetection": ["RADAR INDICATED"],
                "eventMotionDescription": ["2026-03-28T09:51:00-00:00...storm...180DEG...30KT...30.39,-87.31"]},
         geometry=poly((-87.362, 30.352), (-87.276, 30.352), (-87.272, 30.503), (-87.358, 30.506))),
    dict(id=FFW_MOB, office="KMOB", senderName="NWS Mobile AL", awips="FFWMOB", wmo="WGUS54",
         areaDesc="Escambia, FL", SAME=["012033"], UGC=["FLC033"],
         sent="2026-04-08T15:05:00-05:00", onset="2026-04-08T15:05:00-05:00", expires="2026-04-08T18:15:00-05:00",
         ends="2026-04-08T18:15:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 8 at 3:05PM CDT until April 8 at 6:15PM CDT by NWS Mobile AL",
         description="FFWMOB\n\nThe National Weather Service in Mobile has issued a\n\n* Flash Flood Warning for...\nSouth central Escambia County in northwestern Florida...\n\n* Until 615 PM CDT.\n\n* At 304 PM CDT, Doppler radar and automated rain gauges indicated thunderstorms producing heavy rain over downtown Pensacola. Between 4 and 7 inches of rain have fallen. Additional rainfall amounts of 2 to 3 inches are possible in the warned area. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar and automated gauges.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nDowntown Pensacola, East Hill, North Hill, Belmont-DeVilliers, Tanyard and Carpenter Creek.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KMOB.FF.W.0009.260408T2005Z-260408T2315Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-87.247, 30.397), (-87.188, 30.397), (-87.186, 30.473), (-87.249, 30.472))),
    dict(id=TRW_MOB, office="KMOB", senderName="NWS Mobile AL", awips="TCVMOB", wmo="WTUS84",
         areaDesc="Santa Rosa Inland; Santa Rosa Coastal", SAME=["012113"], UGC=["FLZ203", "FLZ204"],
         sent="2026-06-18T10:08:00-05:00", onset="2026-06-18T10:08:00-05:00", expires="2026-06-18T18:15:00-05:00",
         ends="2026-06-19T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Possible", urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued June 18 at 10:08AM CDT by NWS Mobile AL",
         description="* LOCATIONS AFFECTED\n- Navarre\n- Gulf Breeze\n- Milton\n- Pace\n\n* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds\n- Peak Wind Forecast: 45-55 mph with gusts to 65 mph\n- Window for Tropical Storm force winds: Thursday evening until Friday afternoon\n\n* STORM SURGE\n- LATEST LOCAL FORECAST: Localized storm surge possible\n- Peak Storm Surge Inundation: The potential for 2-4 feet above ground somewhere within surge prone areas\n\n* FLOODING RAIN\n- LATEST LOCAL FORECAST: Flood Watch is in effect\n- Peak Rainfall Amounts: Additional 6-10 inches, with locally higher amounts",
         instruction="Preparations to protect life and property should be complete by this evening. Secure boats, bring in outdoor furniture and follow the advice of Santa Rosa County Emergency Management.",
         vtec="/O.NEW.KMOB.TR.W.1003.260618T1508Z-000000T0000Z/", references=[], geometry=None),
    dict(id=HEAT_MOB, office="KMOB", senderName="NWS Mobile AL", awips="NPWMOB", wmo="WWUS74",
         areaDesc="Escambia Inland; Escambia Coastal; Santa Rosa Inland; Santa Rosa Coastal",
         SAME=["012033", "012113"], UGC=["FLZ201", "FLZ202", "FLZ203", "FLZ204"],
         sent="2026-07-22T03:40:00-05:00", onset="2026-07-22T10:00:00-05:00", expires="2026-07-22T19:00:00-05:00",
         ends="2026-07-22T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 22 at 3:40AM CDT until July 22 at 7:00PM CDT by NWS Mobile AL",
         description="* WHAT...Heat index values up to 112 expected.\n\n* WHERE...Escambia and Santa Rosa Counties, including Pensacola, Cantonment, Milton, Gulf Breeze and Navarre.\n\n* WHEN...From 10 AM to 7 PM CDT Wednesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KMOB.HT.Y.0014.260722T1500Z-260723T0000Z/", references=[], geometry=None),
]
