"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part smx. Every alert is invented; the
office (LOX), county SAME/UGC codes are real. Alert ids carry the smx_ prefix (feature id = properties.id)."""

import hashlib


def urn(label: str) -> str:
    return "smx_urn:oid:2.49.0.1.840.0." + hashlib.sha1(label.encode()).hexdigest() + ".001.1"


FFW = urn("smx-ffw-santa-maria")
FFW_CAN = urn("smx-ffw-santa-maria-can")
HWW = urn("smx-hww-slo")
FOG = urn("smx-fog-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


FFW_POLY = poly((-120.535, 34.925), (-120.465, 34.925), (-120.465, 34.985), (-120.535, 34.985))

ALERTS = [
    dict(id=FFW, awips="FFWLOX", wmo="WGUS56", areaDesc="Santa Barbara, CA", SAME=["006083"], UGC=["CAC083"],
         sent="2026-02-04T13:12:00-08:00", onset="2026-02-04T13:12:00-08:00", expires="2026-02-04T19:15:00-08:00",
         ends="2026-02-04T19:15:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 4 at 1:12PM PST until February 4 at 7:15PM PST by NWS Los Angeles/Oxnard CA",
         description="FFWLOX\n\nThe National Weather Service in Los Angeles has issued a\n\n* Flash Flood Warning for...\nNorthwestern Santa Barbara County in southwestern California...\n\n* Until 715 PM PST.\n\n* At 111 PM PST, Doppler radar indicated heavy rain from an atmospheric river over western Santa Maria. Between 1 and 1.5 inches of rain have fallen in the past hour.\n\nHAZARD...Flash flooding caused by excessive rainfall.\n\n* Some locations that will experience flash flooding include...\nwestern Santa Maria, Blosser Road, Preisker Park and the Santa Maria River levee road.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLOX.FF.W.0007.260204T2112Z-260205T0315Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=FFW_CAN, awips="FFSLOX", wmo="WGUS76", areaDesc="Santa Barbara, CA", SAME=["006083"], UGC=["CAC083"],
         sent="2026-02-04T17:40:00-08:00", onset="2026-02-04T17:40:00-08:00", expires="2026-02-04T19:15:00-08:00",
         ends="2026-02-04T19:15:00-08:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The heavy rain has ended and flooding is receding. The warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KLOX.FF.W.0007.000000T0000Z-260205T0315Z/", references=[FFW],
         geometry=FFW_POLY),
    dict(id=HWW, awips="NPWLOX", wmo="WWUS76", areaDesc="San Luis Obispo County Beaches; San Luis Obispo County Interior Valleys",
         SAME=["006079"], UGC=["CAZ340", "CAZ346"],
         sent="2026-03-12T03:30:00-07:00", onset="2026-03-12T09:00:00-07:00", expires="2026-03-12T15:00:00-07:00",
         ends="2026-03-13T03:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued March 12 at 3:30AM PDT until March 13 at 3:00AM PDT by NWS Los Angeles/Oxnard CA",
         description="* WHAT...Northwest winds 35 to 45 mph with gusts up to 70 mph.\n\n* WHERE...San Luis Obispo County, including the Nipomo Mesa, Arroyo Grande and Oceano.\n\n* WHEN...From 9 AM this morning to 3 AM PDT Friday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Travel will be difficult for high-profile vehicles on Highway 101.",
         instruction="Remain in the lower levels of your home during the windstorm.",
         vtec="/O.NEW.KLOX.HW.W.0004.260312T1600Z-260313T1000Z/", references=[], geometry=None,
         extra={"maxWindGust": ["70 MPH"]}),
    dict(id=FOG, awips="NPWLOX", wmo="WWUS76", areaDesc="Santa Barbara County Central Coast; San Luis Obispo County Beaches",
         SAME=["006083", "006079"], UGC=["CAZ349", "CAZ340"],
         sent="2026-06-02T03:10:00-07:00", onset="2026-06-02T03:10:00-07:00", expires="2026-06-02T10:00:00-07:00",
         ends="2026-06-02T10:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued June 2 at 3:10AM PDT until June 2 at 10:00AM PDT by NWS Los Angeles/Oxnard CA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Santa Maria Valley, Guadalupe and the Nipomo Mesa.\n\n* WHEN...Until 10 AM PDT this morning.",
         instruction="If driving, slow down and use your low-beam headlights.",
         vtec="/O.NEW.KLOX.FG.Y.0031.260602T1010Z-260602T1700Z/", references=[], geometry=None),
]
