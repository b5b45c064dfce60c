"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lan part. Every alert is invented; the
office (NWS State College, KCTP, which serves Lancaster County), county codes and zones are real (forecast-zone
number as best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.lan.{h[:32]}.001.1"


WWY_CTP = urn("lan-wwy-lancaster-jan")
FFW_CTP = urn("lan-ffw-pequea-strasburg")
SVR_CTP = urn("lan-svr-lititz-ephrata")
SVR_CTP_CAN = urn("lan-svr-lititz-ephrata-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_CTP, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Lancaster; Lebanon; York", SAME=["042071", "042075", "042133"], UGC=["PAZ066", "PAZ059", "PAZ065"],
         sent="2026-01-26T15:12:00-05:00", onset="2026-01-27T04:00:00-05:00", expires="2026-01-27T04:00:00-05:00",
         ends="2026-01-27T13:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 26 at 3:12PM EST until January 27 at 1:00PM EST by NWS State College PA",
         description="* WHAT...Mixed precipitation expected. Total snow accumulations of 1 to 3 inches and ice accumulations of around one tenth of an inch.\n\n* WHERE...Lancaster, Lebanon and York Counties.\n\n* WHEN...From 4 AM to 1 PM EST Tuesday.\n\n* IMPACTS...Plan on slippery road conditions. Horse-drawn buggies and farm equipment should use extra caution on untreated back roads.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KCTP.WW.Y.0009.260127T0900Z-260127T1800Z/", references=[], geometry=None),
    dict(id=FFW_CTP, office="KCTP", senderName="NWS State College PA", awips="FFWCTP", wmo="WGUS51",
         areaDesc="Lancaster, PA", SAME=["042071"], UGC=["PAC071"],
         sent="2026-04-30T17:42:00-04:00", onset="2026-04-30T17:42:00-04:00", expires="2026-04-30T23:45:00-04:00",
         ends="2026-04-30T23:45:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 30 at 5:42PM EDT until April 30 at 11:45PM EDT by NWS State College PA",
         description="FFWCTP\n\nThe National Weather Service in State College has issued a\n\n* Flash Flood Warning for...\nSouth central Lancaster County in south central Pennsylvania...\n\n* Until 1145 PM EDT.\n\n* At 540 PM EDT, Doppler radar indicated thunderstorms producing heavy rain along the Pequea Creek and Beaver Creek valleys. Between 2 and 3.5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nStrasburg, Refton, Lampeter, Willow Street and Paradise.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KCTP.FF.W.0014.260430T2142Z-260501T0345Z/", references=[],
         geometry=poly((-76.245, 39.935), (-76.115, 39.935), (-76.115, 40.000), (-76.245, 40.000)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=SVR_CTP, office="KCTP", senderName="NWS State College PA", awips="SVRCTP", wmo="WUUS51",
         areaDesc="Lancaster, PA; Lebanon, PA", SAME=["042071", "042075"], UGC=["PAC071", "PAC075"],
         sent="2026-06-11T17:04:00-04:00", onset="2026-06-11T17:04:00-04:00", expires="2026-06-11T17:45:00-04:00",
         ends="2026-06-11T17:45:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 11 at 5:04PM EDT until June 11 at 5:45PM EDT by NWS State College PA",
         description="SVRCTP\n\nThe National Weather Service in State College has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Lancaster County in south central Pennsylvania...\nSoutheastern Lebanon County in south central Pennsylvania...\n\n* Until 545 PM EDT.\n\n* At 503 PM EDT, a severe thunderstorm was located near Brickerville, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, barns and outbuildings.\n\n* Locations impacted include...\nLititz, Ephrata, Akron, Brownstown, Rothsville and Clay.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCTP.SV.W.0152.260611T2104Z-260611T2145Z/", references=[],
         geometry=poly((-76.365, 40.140), (-76.125, 40.140), (-76.125, 40.235), (-76.365, 40.235)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_CTP_CAN, office="KCTP", senderName="NWS State College PA", awips="SVSCTP", wmo="WWUS51",
         areaDesc="Lancaster, PA; Lebanon, PA", SAME=["042071", "042075"], UGC=["PAC071", "PAC075"],
         sent="2026-06-11T17:31:00-04:00", onset="2026-06-11T17:31:00-04:00", expires="2026-06-11T17:45:00-04:00",
         ends="2026-06-11T17:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled",
         description="The storm which prompted the warning has moved out of the area and weakened below severe limits. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KCTP.SV.W.0152.000000T0000Z-260611T2145Z/", references=[SVR_CTP],
         geometry=poly((-76.365, 40.140), (-76.125, 40.140), (-76.125, 40.235), (-76.365, 40.235))),
]
