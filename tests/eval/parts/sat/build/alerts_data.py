"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON shape), office Austin/San Antonio (KEWX).
Every alert is invented; counties, SAME and UGC county codes are real; forecast-zone numbers as best known
(labels use only SAME codes and polygons). Feature ids are `sat_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sat_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_EWX = urn("sat-winter-storm-wilson")
FFW_EWX = urn("sat-ffw-seguin")
SVR_EWX = urn("sat-svr-schertz-converse")
SVR_EWX_CAN = urn("sat-svr-schertz-converse-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="WSWEWX", wmo="WWUS44",
         areaDesc="Wilson; Karnes", SAME=["048493", "048255"], UGC=["TXZ207", "TXZ208"],
         sent="2026-01-26T15:10:00-06:00", onset="2026-01-27T00:00:00-06:00", expires="2026-01-27T03:00:00-06:00",
         ends="2026-01-28T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 26 at 3:10PM CST until January 28 at 12:00PM CST by NWS Austin/San Antonio TX",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Wilson and Karnes Counties, including Floresville, Poth, La Vernia, Karnes City and Panna Maria.\n\n* WHEN...From midnight tonight to noon CST Wednesday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food and water in your vehicle.",
         vtec="/O.NEW.KEWX.WS.W.0002.260127T0600Z-260128T1800Z/", references=[], geometry=None),
    dict(id=FFW_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="FFWEWX", wmo="WGUS54",
         areaDesc="Guadalupe, TX; Comal, TX", SAME=["048187", "048091"], UGC=["TXC187", "TXC091"],
         sent="2026-04-23T21:42:00-05:00", onset="2026-04-23T21:42:00-05:00", expires="2026-04-24T03:45:00-05:00",
         ends="2026-04-24T03:45:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 23 at 9:42PM CDT until April 24 at 3:45AM CDT by NWS Austin/San Antonio TX",
         description="At 941 PM CDT, Doppler radar indicated thunderstorms producing heavy rain over Seguin and eastern New Braunfels. Between 3 and 5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses as well as other drainage and low-lying areas.\n\nSome locations that will experience flooding include Seguin, McQueeney, Lake Placid, Geronimo and Zorn.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KEWX.FF.W.0031.260424T0242Z-260424T0845Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-98.050, 29.500), (-97.880, 29.500), (-97.880, 29.700), (-98.050, 29.700))),
    dict(id=SVR_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="SVREWX", wmo="WUUS54",
         areaDesc="Bexar, TX; Guadalupe, TX", SAME=["048029", "048187"], UGC=["TXC029", "TXC187"],
         sent="2026-05-30T16:18:00-05:00", onset="2026-05-30T16:18:00-05:00", expires="2026-05-30T17:00:00-05:00",
         ends="2026-05-30T17:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 30 at 4:18PM CDT until May 30 at 5:00PM CDT by NWS Austin/San Antonio TX",
         description="At 417 PM CDT, a severe thunderstorm was located over Kirby, moving northeast at 20 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported quarter to golf ball size hail in Kirby.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include Converse, Schertz, Cibolo, Universal City, Live Oak, Selma and Randolph AFB.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KEWX.SV.W.0188.260530T2118Z-260530T2200Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["60 MPH"], "hailThreat": ["RADARINDICATED"]},
         geometry=poly((-98.380, 29.470), (-98.200, 29.500), (-98.210, 29.630), (-98.370, 29.600))),
    dict(id=SVR_EWX_CAN, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="SVSEWX", wmo="WWUS54",
         areaDesc="Bexar, TX; Guadalupe, TX", SAME=["048029", "048187"], UGC=["TXC029", "TXC187"],
         sent="2026-05-30T16:48:00-05:00", onset="2026-05-30T16:48:00-05:00", expires="2026-05-30T17:00:00-05:00",
         ends="2026-05-30T17:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KEWX.SV.W.0188.000000T0000Z-260530T2200Z/", references=[SVR_EWX],
         geometry=poly((-98.380, 29.470), (-98.200, 29.500), (-98.210, 29.630), (-98.370, 29.600))),
]
