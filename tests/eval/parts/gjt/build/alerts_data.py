"""Hand-written NWS alerts for the gjt part (api.weather.gov /alerts/active GeoJSON, office KGJT Grand Junction).
Every alert is invented; the office, SAME county codes and county UGCs are real. Labels use SAME codes and
polygons only (computed by ../label_weather.py)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gjt_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_GJT = urn("gjt-winter-storm-delta-montrose")
SVR_GJT = urn("gjt-svr-hail-palisade-clifton")
SVR_GJT_CAN = urn("gjt-svr-hail-palisade-clifton-can")
FFW_GJT = urn("gjt-ffw-glenwood-springs")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_GJT, office="KGJT", senderName="NWS Grand Junction CO", awips="WSWGJT", wmo="WWUS45",
         areaDesc="Delta, CO; Montrose, CO", SAME=["008029", "008085"], UGC=["COC029", "COC085"],
         sent="2026-02-13T14:35:00-07:00", onset="2026-02-13T23:00:00-07:00", expires="2026-02-14T03:00:00-07:00",
         ends="2026-02-15T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 13 at 2:35PM MST until February 15 at 11:00AM MST by NWS Grand Junction CO",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 8 to 14 inches in the valleys, with up to 2 feet on the Grand Mesa and the Uncompahgre Plateau. Winds gusting as high as 40 mph.\n\n* WHERE...Delta and Montrose Counties, including the cities of Delta, Montrose, Olathe, Hotchkiss, Paonia and Cedaredge.\n\n* WHEN...From 11 PM this evening to 11 AM MST Sunday.\n\n* IMPACTS...Travel could be very difficult. Livestock will need extra feed and shelter.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGJT.WS.W.0003.260214T0600Z-260215T1800Z/", references=[], geometry=None),
    dict(id=SVR_GJT, office="KGJT", senderName="NWS Grand Junction CO", awips="SVRGJT", wmo="WUUS55",
         areaDesc="Mesa, CO", SAME=["008077"], UGC=["COC077"],
         sent="2026-05-22T16:14:00-06:00", onset="2026-05-22T16:14:00-06:00", expires="2026-05-22T17:00:00-06:00",
         ends="2026-05-22T17:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 22 at 4:14PM MDT until May 22 at 5:00PM MDT by NWS Grand Junction CO",
         description="SVRGJT\n\nThe National Weather Service in Grand Junction has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Mesa County in west central Colorado...\n\n* Until 500 PM MDT.\n\n* At 413 PM MDT, a severe thunderstorm was located over Whitewater, moving north at 25 mph.\n\nHAZARD...Ping pong ball size hail and 60 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect extensive damage to orchards and crops.\n\n* Locations impacted include...\nClifton, Palisade, East Orchard Mesa and Fruitvale.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGJT.SV.W.0041.260522T2214Z-260522T2300Z/", references=[],
         extra={"maxHailSize": ["1.50"], "maxWindGust": ["60 MPH"]},
         geometry=poly((-108.470, 39.040), (-108.300, 39.040), (-108.300, 39.150), (-108.470, 39.150))),
    dict(id=SVR_GJT_CAN, office="KGJT", senderName="NWS Grand Junction CO", awips="SVSGJT", wmo="WWUS55",
         areaDesc="Mesa, CO", SAME=["008077"], UGC=["COC077"],
         sent="2026-05-22T16:48:00-06:00", onset="2026-05-22T16:48:00-06:00", expires="2026-05-22T17:00:00-06:00",
         ends="2026-05-22T17:00:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Mesa County has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KGJT.SV.W.0041.000000T0000Z-260522T2300Z/", references=[SVR_GJT],
         geometry=poly((-108.470, 39.040), (-108.300, 39.040), (-108.300, 39.150), (-108.470, 39.150))),
    dict(id=FFW_GJT, office="KGJT", senderName="NWS Grand Junction CO", awips="FFWGJT", wmo="WGUS85",
         areaDesc="Garfield, CO", SAME=["008045"], UGC=["COC045"],
         sent="2026-07-27T15:05:00-06:00", onset="2026-07-27T15:05:00-06:00", expires="2026-07-27T18:15:00-06:00",
         ends="2026-07-27T18:15:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 27 at 3:05PM MDT until July 27 at 6:15PM MDT by NWS Grand Junction CO",
         description="FFWGJT\n\nThe National Weather Service in Grand Junction has issued a\n\n* Flash Flood Warning for...\nEast central Garfield County in west central Colorado...\n\n* Until 615 PM MDT.\n\n* At 304 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the Grizzly Creek and No Name burn scars. Between 1 and 1.5 inches of rain have fallen. Flash flooding and debris flows are ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding and debris flows caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses. Debris flows can damage homes and block roads.\n\n* Some locations that will experience flash flooding include...\nGlenwood Springs, West Glenwood and Glenwood Canyon.",
         instruction="Turn around, don't drown when encountering flooded roads. Move to higher ground now.",
         vtec="/O.NEW.KGJT.FF.W.0012.260727T2105Z-260728T0015Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-107.365, 39.500), (-107.270, 39.500), (-107.270, 39.575), (-107.365, 39.575))),
]
