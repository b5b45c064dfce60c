"""Hand-written NWS alerts (shaped like api.weather.gov /alerts/active GeoJSON) for the ccr part. Every alert is
invented; the office (NWS Spokane, KOTX), county FIPS/SAME and county UGC codes are real; forecast-zone numbers
are best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ccr_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_OTX = urn("ccr-winter-storm-shoshone")
SVR_OTX = urn("ccr-svr-kootenai")
SVR_OTX_CAN = urn("ccr-svr-kootenai-can")
FRY_OTX = urn("ccr-frost-kootenai")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-117.00, 47.66), (-116.70, 47.64), (-116.68, 47.85), (-116.95, 47.87))

ALERTS = [
    dict(id=WSW_OTX, office="KOTX", senderName="NWS Spokane WA", awips="WSWOTX", wmo="WWUS46",
         areaDesc="Central Panhandle Mountains", SAME=["016079"], UGC=["IDZ004"],
         sent="2026-01-23T14:10:00-08:00", onset="2026-01-24T00:00:00-08:00", expires="2026-01-24T04:00:00-08:00",
         ends="2026-01-25T11:00:00-08:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 2:10PM PST until January 25 at 11:00AM PST by NWS Spokane WA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 20 inches in the valleys, 2 to 3 feet over the passes.\n\n* WHERE...Central Panhandle Mountains, including Kellogg, Wallace, Osburn, Pinehurst, Mullan and Lookout Pass.\n\n* WHEN...From midnight Saturday to 11 AM PST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible on Interstate 90 over Lookout Pass. Heavy snow on roofs and trees may bring down power lines.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KOTX.WS.W.0003.260124T0800Z-260125T1900Z/", references=[], geometry=None),
    dict(id=SVR_OTX, office="KOTX", senderName="NWS Spokane WA", awips="SVROTX", wmo="WUUS56",
         areaDesc="Kootenai, ID", SAME=["016055"], UGC=["IDC055"],
         sent="2026-07-18T18:35:00-07:00", onset="2026-07-18T18:35:00-07:00", expires="2026-07-18T19:15:00-07:00",
         ends="2026-07-18T19:15:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 18 at 6:35PM PDT until July 18 at 7:15PM PDT by NWS Spokane WA",
         description="The National Weather Service in Spokane has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Kootenai County in northern Idaho...\n\n* Until 715 PM PDT.\n\n* At 635 PM PDT, a severe thunderstorm was located near Post Falls, moving northeast at 35 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\nCoeur d'Alene, Post Falls, Hayden, Rathdrum, Dalton Gardens and Hayden Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOTX.SV.W.0041.260719T0135Z-260719T0215Z/", references=[], geometry=SVR_POLY,
         extra={"maxHailSize": ["1.00"], "maxWindGust": ["60 MPH"]}),
    dict(id=SVR_OTX_CAN, office="KOTX", senderName="NWS Spokane WA", awips="SVSOTX", wmo="WWUS56",
         areaDesc="Kootenai, ID", SAME=["016055"], UGC=["IDC055"],
         sent="2026-07-18T19:02:00-07:00", onset="2026-07-18T18:35:00-07:00", expires="2026-07-18T19:15:00-07:00",
         ends="2026-07-18T19:15:00-07:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KOTX.SV.W.0041.000000T0000Z-260719T0215Z/", references=[SVR_OTX],
         geometry=SVR_POLY),
    dict(id=FRY_OTX, office="KOTX", senderName="NWS Spokane WA", awips="NPWOTX", wmo="WWUS76",
         areaDesc="Coeur d'Alene Area; Northern Panhandle", SAME=["016055", "016017"], UGC=["IDZ002", "IDZ001"],
         sent="2026-10-05T13:45:00-07:00", onset="2026-10-06T02:00:00-07:00", expires="2026-10-06T03:00:00-07:00",
         ends="2026-10-06T09:00:00-07:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued October 5 at 1:45PM PDT until October 6 at 9:00AM PDT by NWS Spokane WA",
         description="* WHAT...Temperatures as low as 30 will result in frost formation.\n\n* WHERE...Coeur d'Alene Area and Northern Panhandle.\n\n* WHEN...From 2 AM to 9 AM PDT Tuesday.\n\n* IMPACTS...Frost could kill sensitive outdoor vegetation if left uncovered.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KOTX.FR.Y.0012.261006T0900Z-261006T1600Z/", references=[], geometry=None),
]
