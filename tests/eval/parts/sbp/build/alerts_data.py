"""Hand-written NWS alerts for eval part sbp (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Los Angeles/Oxnard, KLOX), SAME county codes (006079 San Luis Obispo, 006083 Santa Barbara) and
county UGC codes are real; forecast-zone numbers are best known and no label depends on them."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sbp_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW = aid("sbp-ffw-arroyo-grande-creek")
FFW_CAN = aid("sbp-ffw-arroyo-grande-creek-can")
HWW = aid("sbp-hww-santa-barbara-county")
WIY = aid("sbp-wind-advisory-slo-county")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# Arroyo Grande Creek, the Village, the lower valley and Grover Beach; Pismo/Shell Beach (west) and Nipomo (south)
# are outside.
FFW_POLY = poly((-120.640, 35.090), (-120.560, 35.080), (-120.440, 35.150), (-120.440, 35.200),
                (-120.520, 35.190), (-120.640, 35.140))

ALERTS = [
    dict(id=FFW, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="FFWLOX", wmo="WGUS56",
         areaDesc="San Luis Obispo, CA", SAME=["006079"], UGC=["CAC079"],
         sent="2026-02-14T03:12:00-08:00", onset="2026-02-14T03:12:00-08:00", expires="2026-02-14T06:15:00-08:00",
         ends="2026-02-14T06:15:00-08:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 14 at 3:12AM PST until February 14 at 6:15AM PST by NWS Los Angeles/Oxnard CA",
         description="FFWLOX\n\nThe National Weather Service in Oxnard has issued a\n\n* Flash Flood Warning for...\nSouthwestern San Luis Obispo County in southwestern California...\n\n* Until 615 AM PST.\n\n* At 311 AM PST, Doppler radar indicated heavy rain due to a slow-moving atmospheric river band over the Arroyo Grande Creek watershed. Between 1.5 and 2.5 inches of rain have fallen in the past three hours. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by excessive rainfall.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nArroyo Grande, Grover Beach, Halcyon, Lopez Lake and the lower Arroyo Grande Valley.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KLOX.FF.W.0003.260214T1112Z-260214T1415Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFW_CAN, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="FFSLOX", wmo="WGUS76",
         areaDesc="San Luis Obispo, CA", SAME=["006079"], UGC=["CAC079"],
         sent="2026-02-14T05:40:00-08:00", onset="2026-02-14T05:40:00-08:00", expires="2026-02-14T06:15:00-08:00",
         ends="2026-02-14T06:15:00-08:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The Flash Flood Warning for southwestern San Luis Obispo County has been cancelled. The heavy rain has moved out of the area. Please continue to heed remaining road closures.",
         instruction=None,
         vtec="/O.CAN.KLOX.FF.W.0003.000000T0000Z-260214T1415Z/", references=[FFW], geometry=FFW_POLY),
    dict(id=HWW, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="NPWLOX", wmo="WWUS76",
         areaDesc="Santa Barbara County Central Coast; Santa Ynez Valley; Santa Barbara County Southwestern Coast",
         SAME=["006083"], UGC=["CAZ346", "CAZ348", "CAZ349"],
         sent="2026-04-15T13:05:00-07:00", onset="2026-04-15T15:00:00-07:00", expires="2026-04-16T05:00:00-07:00",
         ends="2026-04-16T06:00:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued April 15 at 1:05PM PDT until April 16 at 6:00AM PDT by NWS Los Angeles/Oxnard CA",
         description="* WHAT...Northwest winds 35 to 45 mph with gusts up to 70 mph.\n\n* WHERE...Santa Barbara County Central Coast including Santa Maria, Orcutt, Guadalupe and Lompoc, and the Santa Ynez Valley.\n\n* WHEN...From 3 PM this afternoon to 6 AM PDT Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel will be difficult, especially for high profile vehicles on Highway 101 and Highway 166.",
         instruction="Remain in the lower floors of your home during the windstorm. Avoid windows. Use caution if you must drive.",
         vtec="/O.NEW.KLOX.HW.W.0005.260415T2200Z-260416T1300Z/", references=[], geometry=None),
    dict(id=WIY, office="KLOX", senderName="NWS Los Angeles/Oxnard CA", awips="NPWLOX", wmo="WWUS76",
         areaDesc="San Luis Obispo County Central Coast; San Luis Obispo County Interior Valleys",
         SAME=["006079"], UGC=["CAZ340", "CAZ341"],
         sent="2026-04-15T13:05:00-07:00", onset="2026-04-15T14:00:00-07:00", expires="2026-04-16T03:00:00-07:00",
         ends="2026-04-16T03:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 15 at 1:05PM PDT until April 16 at 3:00AM PDT by NWS Los Angeles/Oxnard CA",
         description="* WHAT...Northwest winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...San Luis Obispo County Central Coast and Interior Valleys, including San Luis Obispo, Morro Bay, Arroyo Grande, Atascadero and Paso Robles.\n\n* WHEN...From 2 PM this afternoon to 3 AM PDT Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KLOX.WI.Y.0021.260415T2100Z-260416T1000Z/", references=[], geometry=None),
]
