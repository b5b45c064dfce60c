"""Hand-written NWS alerts for the bfl part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Hanford, HNX), Kern County's SAME code (006029) and county UGC (CAC029) are real; forecast-zone numbers are
best known and no label depends on them (labels use polygons and SAME codes only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bfl_urn:oid:2.49.0.1.840.0.{h}.001.1"


FOG_HNX = urn("bfl-dense-fog-kern-valley")
DSW_HNX = urn("bfl-dust-storm-shafter")
FFW_HNX = urn("bfl-ffw-lamont-arvin")
FFW_HNX_CAN = urn("bfl-ffw-lamont-arvin-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


FFW_POLY = poly((-118.97, 35.22), (-118.96, 35.285), (-118.74, 35.24), (-118.74, 35.15), (-118.90, 35.16))

ALERTS = [
    dict(id=FOG_HNX, office="KHNX", senderName="NWS Hanford CA", awips="NPWHNX", wmo="WWUS76",
         areaDesc="Kern County Valley; Southeast San Joaquin Valley", SAME=["006029", "006107"],
         UGC=["CAZ312", "CAZ315"],
         sent="2026-01-07T21:40:00-08:00", onset="2026-01-07T22:00:00-08:00", expires="2026-01-08T06:00:00-08:00",
         ends="2026-01-08T11:00:00-08:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Prepare",
         headline="Dense Fog Advisory issued January 7 at 9:40PM PST until January 8 at 11:00AM PST by NWS Hanford CA",
         description="* WHAT...Visibility one quarter mile or less in dense tule fog.\n\n* WHERE...Kern County Valley and Southeast San Joaquin Valley, including Bakersfield, Shafter, Wasco, Delano, Lamont and Arvin.\n\n* WHEN...From 10 PM this evening to 11 AM PST Thursday.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Highway 99 and Interstate 5.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KHNX.FG.Y.0004.260108T0600Z-260108T1900Z/", references=[], geometry=None),
    dict(id=DSW_HNX, office="KHNX", senderName="NWS Hanford CA", awips="DSWHNX", wmo="WWUS56",
         areaDesc="Kern, CA", SAME=["006029"], UGC=["CAC029"],
         sent="2026-04-22T14:12:00-07:00", onset="2026-04-22T14:12:00-07:00", expires="2026-04-22T16:15:00-07:00",
         ends="2026-04-22T16:15:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Dust Storm Warning", response="Avoid",
         headline="Dust Storm Warning issued April 22 at 2:12PM PDT until April 22 at 4:15PM PDT by NWS Hanford CA",
         description="DSWHNX\n\nThe National Weather Service in Hanford has issued a\n\n* Dust Storm Warning for...\nNorthwestern Kern County in central California...\n\n* Until 415 PM PDT.\n\n* At 211 PM PDT, a wall of dust was along a line from near Lost Hills to 5 miles west of Buttonwillow, moving east at 35 mph.\n\nHAZARD...Less than a quarter mile visibility with strong wind in excess of 50 mph.\n\nSOURCE...Radar and law enforcement.\n\nIMPACT...Dangerous life-threatening travel.\n\n* Locations impacted include...\nShafter, Wasco southern outskirts, Buttonwillow north, Highway 43 and Highway 46.",
         instruction="Dust storms lead to dangerous driving conditions with visibility reduced to near zero. If driving, pull off the road. Park, set the emergency brake, turn off lights and keep your foot off the brake. Pull aside, stay alive.",
         vtec="/O.NEW.KHNX.DS.W.0002.260422T2112Z-260422T2315Z/", references=[],
         geometry=poly((-119.45, 35.56), (-119.15, 35.56), (-119.15, 35.44), (-119.45, 35.44)),
         extra={"windGust": ["60 MPH"]}),
    dict(id=FFW_HNX, office="KHNX", senderName="NWS Hanford CA", awips="FFWHNX", wmo="WGUS56",
         areaDesc="Kern, CA", SAME=["006029"], UGC=["CAC029"],
         sent="2026-08-14T17:48:00-07:00", onset="2026-08-14T17:48:00-07:00", expires="2026-08-14T21:45:00-07:00",
         ends="2026-08-14T21:45:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 14 at 5:48PM PDT until August 14 at 9:45PM PDT by NWS Hanford CA",
         description="FFWHNX\n\nThe National Weather Service in Hanford has issued a\n\n* Flash Flood Warning for...\nSouth central Kern County in central California...\n\n* Until 945 PM PDT.\n\n* At 546 PM PDT, Doppler radar indicated thunderstorms producing heavy rain over the foothills southeast of Bakersfield. Between 1 and 1.5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nArvin, Lamont, Weedpatch, Di Giorgio and Caliente Creek.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KHNX.FF.W.0011.260815T0048Z-260815T0445Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=FFW_HNX_CAN, office="KHNX", senderName="NWS Hanford CA", awips="FFSHNX", wmo="WGUS76",
         areaDesc="Kern, CA", SAME=["006029"], UGC=["CAC029"],
         sent="2026-08-14T20:35:00-07:00", onset="2026-08-14T20:35:00-07:00", expires="2026-08-14T21:45:00-07:00",
         ends="2026-08-14T21:45:00-07:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The heavy rain has ended. Flooding is no longer expected to pose a threat. Please continue to heed remaining road closures.",
         instruction=None,
         vtec="/O.CAN.KHNX.FF.W.0011.000000T0000Z-260815T0445Z/", references=[FFW_HNX], geometry=FFW_POLY),
]
