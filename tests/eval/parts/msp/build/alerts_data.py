"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the msp part. Every alert is invented; the
office (MPX, Twin Cities/Chanhassen), SAME county codes and county UGC codes are real; forecast-zone numbers are
given as best known and no label depends on them (labels use SAME codes and polygons only).
Alert ids start with msp_ (the brief's convention): feature id = properties.id = 'msp_urn:oid:...'."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"msp_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("msp-winter-storm-dakota-washington")
WWY = urn("msp-wwy-hennepin-ramsey")
SVR = urn("msp-svr-southwest-metro")
SVR_CAN = urn("msp-svr-southwest-metro-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SENDER = dict(office="KMPX", senderName="NWS Twin Cities/Chanhassen MN")

ALERTS = [
    dict(id=WSW, **SENDER, awips="WSWMPX", wmo="WWUS43",
         areaDesc="Washington; Dakota", SAME=["027163", "027037"], UGC=["MNZ062", "MNZ070"],
         sent="2026-01-22T15:05:00-06:00", onset="2026-01-23T00:00:00-06:00", expires="2026-01-23T06:00:00-06:00",
         ends="2026-01-24T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 3:05PM CST until January 24 at 6:00AM CST by NWS Twin Cities/Chanhassen MN",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 15 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Washington and Dakota Counties, including Stillwater, Woodbury, Cottage Grove, Hastings, Burnsville, Apple Valley and Lakeville.\n\n* WHEN...From midnight tonight to 6 AM CST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Friday morning and evening commutes.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMPX.WS.W.0003.260123T0600Z-260124T1200Z/", references=[], geometry=None),
    dict(id=WWY, **SENDER, awips="WSWMPX", wmo="WWUS43",
         areaDesc="Hennepin; Ramsey", SAME=["027053", "027123"], UGC=["MNZ060", "MNZ061"],
         sent="2026-01-22T15:05:00-06:00", onset="2026-01-23T00:00:00-06:00", expires="2026-01-23T06:00:00-06:00",
         ends="2026-01-23T18:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 22 at 3:05PM CST until January 23 at 6:00PM CST by NWS Twin Cities/Chanhassen MN",
         description="* WHAT...Snow expected. Total snow accumulations of 4 to 7 inches.\n\n* WHERE...Hennepin and Ramsey Counties, including Minneapolis, St. Paul, Bloomington, Edina, Eden Prairie, Roseville and Maplewood.\n\n* WHEN...From midnight tonight to 6 PM CST Friday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KMPX.WW.Y.0007.260123T0600Z-260124T0000Z/", references=[], geometry=None),
    dict(id=SVR, **SENDER, awips="SVRMPX", wmo="WUUS53",
         areaDesc="Hennepin, MN", SAME=["027053"], UGC=["MNC053"],
         sent="2026-06-23T17:41:00-05:00", onset="2026-06-23T17:41:00-05:00", expires="2026-06-23T18:30:00-05:00",
         ends="2026-06-23T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 5:41PM CDT until June 23 at 6:30PM CDT by NWS Twin Cities/Chanhassen MN",
         description="SVRMPX\n\nThe National Weather Service in Chanhassen has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Hennepin County in east central Minnesota...\n\n* Until 630 PM CDT.\n\n* At 540 PM CDT, a severe thunderstorm was located near Chanhassen, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nEden Prairie, Edina, Bloomington and Richfield.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMPX.SV.W.0214.260623T2241Z-260623T2330Z/", references=[],
         geometry=poly((-93.470, 44.800), (-93.280, 44.800), (-93.280, 44.930), (-93.460, 44.930)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_CAN, **SENDER, awips="SVSMPX", wmo="WWUS53",
         areaDesc="Hennepin, MN", SAME=["027053"], UGC=["MNC053"],
         sent="2026-06-23T18:12:00-05:00", onset="2026-06-23T18:12:00-05:00", expires="2026-06-23T18:30:00-05:00",
         ends="2026-06-23T18:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire. A Severe Thunderstorm Watch remains in effect until 10 PM CDT for east central Minnesota.",
         instruction=None,
         vtec="/O.CAN.KMPX.SV.W.0214.000000T0000Z-260623T2330Z/", references=[SVR],
         geometry=poly((-93.470, 44.800), (-93.280, 44.800), (-93.280, 44.930), (-93.460, 44.930))),
]
