"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part elk. Alerts invented; office (NWS
Elko, KLKN), county SAME/UGC codes real (Elko County 032007 / NVC007); forecast-zone numbers as best known and
no label depends on them. Every alert id starts with elk_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"elk_urn:oid:2.49.0.1.840.0.{h}.001.1"


FOG_LKN = urn("elk-fog-elko-county")
SVR_LKN = urn("elk-svr-spring-creek")
SVR_LKN_CAN = urn("elk-svr-spring-creek-can")
FFW_LKN = urn("elk-ffw-carlin")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-115.70, 40.68), (-115.30, 40.68), (-115.30, 40.82), (-115.70, 40.82))
FFW_POLY = poly((-116.18, 40.66), (-116.03, 40.66), (-116.03, 40.77), (-116.18, 40.77))

ALERTS = [
    dict(id=FOG_LKN, office="KLKN", senderName="NWS Elko NV", awips="NPWLKN", wmo="WWUS75",
         areaDesc="Northeastern Nevada; Ruby Mountains/East Humboldt Range", SAME=["032007"], UGC=["NVZ031", "NVZ038"],
         sent="2026-01-20T04:10:00-08:00", onset="2026-01-20T04:10:00-08:00", expires="2026-01-20T11:00:00-08:00",
         ends="2026-01-20T11:00:00-08:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 20 at 4:10AM PST until January 20 at 11:00AM PST by NWS Elko NV",
         description="* WHAT...Visibility one quarter mile or less in dense freezing fog.\n\n* WHERE...Elko County, including Interstate 80 from Carlin to Wells.\n\n* WHEN...Until 11 AM PST this morning.\n\n* IMPACTS...Low visibility and slick spots from freezing fog on bridges.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KLKN.FG.Y.0002.260120T1210Z-260120T1900Z/", references=[], geometry=None),
    dict(id=SVR_LKN, office="KLKN", senderName="NWS Elko NV", awips="SVRLKN", wmo="WUUS55",
         areaDesc="Elko, NV", SAME=["032007"], UGC=["NVC007"],
         sent="2026-07-23T15:42:00-07:00", onset="2026-07-23T15:42:00-07:00", expires="2026-07-23T16:30:00-07:00",
         ends="2026-07-23T16:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 23 at 3:42PM PDT until July 23 at 4:30PM PDT by NWS Elko NV",
         description="At 342 PM PDT, a severe thunderstorm was located near Jiggs, moving north at 20 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include Spring Creek, Lamoille and the South Fork State Recreation Area.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLKN.SV.W.0031.260723T2242Z-260723T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_LKN_CAN, office="KLKN", senderName="NWS Elko NV", awips="SVSLKN", wmo="WWUS55",
         areaDesc="Elko, NV", SAME=["032007"], UGC=["NVC007"],
         sent="2026-07-23T16:12:00-07:00", onset="2026-07-23T16:12:00-07:00", expires="2026-07-23T16:30:00-07:00",
         ends="2026-07-23T16:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property.",
         instruction="", vtec="/O.CAN.KLKN.SV.W.0031.000000T0000Z-260723T2330Z/", references=[SVR_LKN],
         geometry=SVR_POLY),
    dict(id=FFW_LKN, office="KLKN", senderName="NWS Elko NV", awips="FFWLKN", wmo="WGUS55",
         areaDesc="Elko, NV", SAME=["032007"], UGC=["NVC007"],
         sent="2026-08-04T14:55:00-07:00", onset="2026-08-04T14:55:00-07:00", expires="2026-08-04T18:00:00-07:00",
         ends="2026-08-04T18:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 4 at 2:55PM PDT until August 4 at 6:00PM PDT by NWS Elko NV",
         description="At 255 PM PDT, Doppler radar indicated thunderstorms producing heavy rain over Carlin and the Tuscarora Range foothills. Up to 1.5 inches of rain has fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nIMPACT...Flash flooding of washes, streets and low-lying areas in Carlin, including Maggie Creek and Susie Creek crossings.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLKN.FF.W.0007.260804T2155Z-260805T0100Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
]
