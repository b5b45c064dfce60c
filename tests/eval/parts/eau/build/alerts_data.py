"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Alerts invented; office (NWS Twin Cities,
KMPX, which serves Eau Claire, Chippewa and Dunn Counties), SAME/UGC county codes real; forecast-zone numbers as
best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"eau_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


WSW_MPX = urn("eau-winter-storm-dunn-chippewa")
SVR_MPX = urn("eau-svr-altoona")
SVR_MPX_CAN = urn("eau-svr-altoona-can")
FRZ_MPX = urn("eau-frost-eau-claire")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-91.47, 44.77), (-91.36, 44.77), (-91.36, 44.86), (-91.47, 44.86))

ALERTS = [
    dict(id=WSW_MPX, office="KMPX", senderName="NWS Chanhassen MN", awips="WSWMPX", wmo="WWUS43",
         areaDesc="Dunn; Chippewa", SAME=["055033", "055017"], UGC=["WIZ024", "WIZ016"],
         sent="2026-01-26T14:35:00-06:00", onset="2026-01-27T00:00:00-06:00", expires="2026-01-27T04:00:00-06:00",
         ends="2026-01-28T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 26 at 2:35PM CST until January 28 at 6:00AM CST by NWS Twin Cities/Chanhassen MN",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 15 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Dunn and Chippewa Counties, including Menomonie, Colfax, Chippewa Falls, Bloomer and Cadott.\n\n* WHEN...From midnight tonight to 6 AM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 94 and U.S. Highway 53.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMPX.WS.W.0003.260127T0600Z-260128T1200Z/", references=[], geometry=None),
    dict(id=FRZ_MPX, office="KMPX", senderName="NWS Chanhassen MN", awips="NPWMPX", wmo="WWUS73",
         areaDesc="Eau Claire", SAME=["055035"], UGC=["WIZ025"],
         sent="2026-05-18T14:10:00-05:00", onset="2026-05-19T01:00:00-05:00", expires="2026-05-19T04:00:00-05:00",
         ends="2026-05-19T08:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued May 18 at 2:10PM CDT until May 19 at 8:00AM CDT by NWS Twin Cities/Chanhassen MN",
         description="* WHAT...Temperatures as low as 31 will result in frost formation.\n\n* WHERE...Eau Claire County, including Eau Claire, Altoona, Augusta and Fall Creek.\n\n* WHEN...From 1 AM to 8 AM CDT Tuesday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KMPX.FR.Y.0004.260519T0600Z-260519T1300Z/", references=[], geometry=None),
    dict(id=SVR_MPX, office="KMPX", senderName="NWS Chanhassen MN", awips="SVRMPX", wmo="WUUS53",
         areaDesc="Eau Claire, WI", SAME=["055035"], UGC=["WIC035"],
         sent="2026-06-18T16:42:00-05:00", onset="2026-06-18T16:42:00-05:00", expires="2026-06-18T17:30:00-05:00",
         ends="2026-06-18T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 4:42PM CDT until June 18 at 5:30PM CDT by NWS Twin Cities/Chanhassen MN",
         description="SVRMPX\n\nThe National Weather Service in Chanhassen has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Eau Claire County in west central Wisconsin...\n\n* Until 530 PM CDT.\n\n* At 441 PM CDT, a severe thunderstorm was located over Lake Hallie, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nAltoona, eastern Eau Claire, Hallie and Seymour.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMPX.SV.W.0187.260618T2142Z-260618T2230Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_MPX_CAN, office="KMPX", senderName="NWS Chanhassen MN", awips="SVSMPX", wmo="WWUS53",
         areaDesc="Eau Claire, WI", SAME=["055035"], UGC=["WIC035"],
         sent="2026-06-18T17:12:00-05:00", onset="2026-06-18T17:12:00-05:00", expires="2026-06-18T17:30:00-05:00",
         ends="2026-06-18T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KMPX.SV.W.0187.000000T0000Z-260618T2230Z/", references=[SVR_MPX], geometry=SVR_POLY),
]
