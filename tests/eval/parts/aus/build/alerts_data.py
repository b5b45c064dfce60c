"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `aus` part, office KEWX
(Austin/San Antonio). Every alert is invented; the office, county SAME/UGC codes are real, forecast-zone numbers
best known (labels use only polygons and SAME codes). Alert ids are prefixed `aus_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"aus_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_EWX = urn("aus-svr-hail-north-austin-round-rock")
SVR_EWX_CAN = urn("aus-svr-hail-north-austin-round-rock-can")
FFW_EWX = urn("aus-ffw-kyle-san-marcos")
HEAT_EWX = urn("aus-heat-advisory-travis-williamson")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="SVREWX", wmo="WUUS54",
         areaDesc="Travis, TX; Williamson, TX", SAME=["048453", "048491"], UGC=["TXC453", "TXC491"],
         sent="2026-04-17T23:12:00-05:00", onset="2026-04-17T23:12:00-05:00", expires="2026-04-18T00:00:00-05:00",
         ends="2026-04-18T00:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 17 at 11:12PM CDT until April 18 at 12:00AM CDT by NWS Austin/San Antonio TX",
         description="At 1112 PM CDT, a severe thunderstorm was located over Jollyville, moving east at 25 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include North Austin, Wells Branch, Pflugerville, Round Rock and Hutto.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KEWX.SV.W.0117.260418T0412Z-260418T0500Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["60 MPH"]},
         geometry=poly((-97.80, 30.35), (-97.56, 30.35), (-97.56, 30.56), (-97.80, 30.56))),
    dict(id=SVR_EWX_CAN, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="SVSEWX", wmo="WWUS54",
         areaDesc="Travis, TX; Williamson, TX", SAME=["048453", "048491"], UGC=["TXC453", "TXC491"],
         sent="2026-04-17T23:48:00-05:00", onset="2026-04-17T23:48:00-05:00", expires="2026-04-18T00:00:00-05:00",
         ends="2026-04-18T00:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KEWX.SV.W.0117.000000T0000Z-260418T0500Z/", references=[SVR_EWX],
         geometry=poly((-97.80, 30.35), (-97.56, 30.35), (-97.56, 30.56), (-97.80, 30.56))),
    dict(id=FFW_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="FFWEWX", wmo="WGUS54",
         areaDesc="Hays, TX", SAME=["048209"], UGC=["TXC209"],
         sent="2026-05-24T03:05:00-05:00", onset="2026-05-24T03:05:00-05:00", expires="2026-05-24T09:00:00-05:00",
         ends="2026-05-24T09:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued May 24 at 3:05AM CDT until May 24 at 9:00AM CDT by NWS Austin/San Antonio TX",
         description="At 305 AM CDT, Doppler radar indicated thunderstorms producing heavy rain across eastern Hays County. Between 4 and 7 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Life threatening flash flooding of low water crossings, creeks and the Blanco and San Marcos Rivers.\n\nSOURCE...Radar and automated rain gauges.\n\nSome locations that will experience flash flooding include San Marcos, Kyle, Buda and Martindale.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KEWX.FF.W.0031.260524T0805Z-260524T1400Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-97.99, 29.83), (-97.78, 29.83), (-97.78, 30.04), (-97.99, 30.04))),
    dict(id=HEAT_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="NPWEWX", wmo="WWUS74",
         areaDesc="Travis; Williamson; Hays; Bastrop", SAME=["048453", "048491", "048209", "048021"],
         UGC=["TXZ192", "TXZ173", "TXZ205", "TXZ194"],
         sent="2026-07-28T13:40:00-05:00", onset="2026-07-29T12:00:00-05:00", expires="2026-07-29T21:00:00-05:00",
         ends="2026-07-29T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 28 at 1:40PM CDT until July 29 at 8:00PM CDT by NWS Austin/San Antonio TX",
         description="* WHAT...Heat index values up to 111 expected.\n\n* WHERE...Travis, Williamson, Hays and Bastrop Counties.\n\n* WHEN...From noon to 8 PM CDT Wednesday.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun.",
         vtec="/O.NEW.KEWX.HT.Y.0012.260729T1700Z-260730T0100Z/", references=[], geometry=None),
]
