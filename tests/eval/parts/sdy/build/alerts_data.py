"""Hand-written NWS alerts for part sdy (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
offices (KGGW Glasgow, KBYZ Billings) and county SAME/UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sdy_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_GGW = urn("sdy-svr-sidney-fairview")
SVR_GGW_CAN = urn("sdy-svr-sidney-fairview-can")
BZW_BYZ = urn("sdy-blizzard-custer")
FOG_GGW = urn("sdy-fog-dawson-wibaux")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-104.40, 47.62), (-103.98, 47.62), (-103.98, 47.97), (-104.40, 47.97))

ALERTS = [
    dict(id=BZW_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="WSWBYZ", wmo="WWUS45",
         areaDesc="Custer; Fallon", SAME=["030017", "030025"], UGC=["MTZ037", "MTZ038"],
         sent="2026-01-08T14:05:00-07:00", onset="2026-01-09T03:00:00-07:00", expires="2026-01-09T03:00:00-07:00",
         ends="2026-01-10T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 8 at 2:05PM MST until January 10 at 11:00AM MST by NWS Billings MT",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 4 to 8 inches. Winds gusting as high as 60 mph, visibility near zero in blowing snow.\n\n* WHERE...Custer and Fallon Counties, including Miles City, Ismay and Baker.\n\n* WHEN...From 3 AM Friday to 11 AM MST Saturday.\n\n* IMPACTS...Travel will be very dangerous to impossible. Interstate 94 may close. Livestock will need extra protection.",
         instruction="Do not travel. If you must, carry a winter survival kit and let someone know your route.",
         vtec="/O.NEW.KBYZ.BZ.W.0002.260109T1000Z-260110T1800Z/", references=[], geometry=None),
    dict(id=SVR_GGW, office="KGGW", senderName="NWS Glasgow MT", awips="SVRGGW", wmo="WUUS53",
         areaDesc="Richland, MT", SAME=["030083"], UGC=["MTC083"],
         sent="2026-06-24T17:41:00-06:00", onset="2026-06-24T17:41:00-06:00", expires="2026-06-24T18:30:00-06:00",
         ends="2026-06-24T18:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 24 at 5:41PM MDT until June 24 at 6:30PM MDT by NWS Glasgow MT",
         description="SVRGGW\n\nThe National Weather Service in Glasgow has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Richland County in northeastern Montana...\n\n* Until 630 PM MDT.\n\n* At 540 PM MDT, a severe thunderstorm was located near Lambert, moving east at 30 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\n* Locations impacted include...\nSidney, Fairview and Sidney-Richland Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGGW.SV.W.0058.260624T2341Z-260625T0030Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_GGW_CAN, office="KGGW", senderName="NWS Glasgow MT", awips="SVSGGW", wmo="WWUS53",
         areaDesc="Richland, MT", SAME=["030083"], UGC=["MTC083"],
         sent="2026-06-24T18:12:00-06:00", onset="2026-06-24T18:12:00-06:00", expires="2026-06-24T18:30:00-06:00",
         ends="2026-06-24T18:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has moved into McKenzie County, North Dakota. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KGGW.SV.W.0058.000000T0000Z-260625T0030Z/", references=[SVR_GGW],
         geometry=SVR_POLY),
    dict(id=FOG_GGW, office="KGGW", senderName="NWS Glasgow MT", awips="NPWGGW", wmo="WWUS75",
         areaDesc="Dawson; Wibaux", SAME=["030021", "030109"], UGC=["MTZ024", "MTZ025"],
         sent="2026-09-15T04:10:00-06:00", onset="2026-09-15T04:10:00-06:00", expires="2026-09-15T10:00:00-06:00",
         ends="2026-09-15T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued September 15 at 4:10AM MDT until September 15 at 10:00AM MDT by NWS Glasgow MT",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Dawson and Wibaux Counties, including Glendive and Wibaux, and Interstate 94.\n\n* WHEN...Until 10 AM MDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KGGW.FG.Y.0011.260915T1010Z-260915T1600Z/", references=[], geometry=None),
]
