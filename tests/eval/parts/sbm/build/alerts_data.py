"""Hand-written NWS alerts for part sbm (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
offices (KMKX Milwaukee/Sullivan for Sheboygan County, KGRB Green Bay for Manitowoc and Calumet Counties), SAME
county codes and county UGC codes are real; forecast-zone numbers are best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


def alert_id(label: str) -> str:
    # every alert id starts with "sbm_" (the brief's rule), kept in the urn:oid shape otherwise
    return "sbm_" + urn(label)


WSW_GRB = alert_id("sbm-winter-storm-manitowoc")
WWY_MKX = alert_id("sbm-winter-weather-advisory-sheboygan")
SVR_MKX = alert_id("sbm-svr-kohler-sheboygan")
SVR_MKX_CAN = alert_id("sbm-svr-kohler-sheboygan-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-87.875, 43.700), (-87.690, 43.680), (-87.680, 43.778), (-87.865, 43.792))

ALERTS = [
    dict(id=WSW_GRB, office="KGRB", senderName="NWS Green Bay WI", awips="WSWGRB", wmo="WWUS43",
         areaDesc="Manitowoc; Calumet", SAME=["055071", "055015"], UGC=["WIZ050", "WIZ049"],
         sent="2026-02-07T14:35:00-06:00", onset="2026-02-08T00:00:00-06:00", expires="2026-02-08T04:00:00-06:00",
         ends="2026-02-09T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 7 at 2:35PM CST until February 9 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Heavy snow, locally enhanced off Lake Michigan. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Manitowoc and Calumet Counties, including Manitowoc, Two Rivers, Kiel, Cleveland, Chilton and New Holstein.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow will significantly reduce visibility on Interstate 43.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGRB.WS.W.0006.260208T0600Z-260209T1200Z/", geometry=None),
    dict(id=WWY_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="WSWMKX", wmo="WWUS43",
         areaDesc="Sheboygan; Ozaukee", SAME=["055117", "055089"], UGC=["WIZ053", "WIZ060"],
         sent="2026-02-07T15:05:00-06:00", onset="2026-02-08T00:00:00-06:00", expires="2026-02-08T04:00:00-06:00",
         ends="2026-02-08T18:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 7 at 3:05PM CST until February 8 at 6:00PM CST by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...Sheboygan and Ozaukee Counties.\n\n* WHEN...From midnight tonight to 6 PM CST Sunday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KMKX.WW.Y.0011.260208T0600Z-260209T0000Z/", geometry=None),
    dict(id=SVR_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="SVRMKX", wmo="WUUS53",
         areaDesc="Sheboygan, WI", SAME=["055117"], UGC=["WIC117"],
         sent="2026-06-24T20:41:00-05:00", onset="2026-06-24T20:41:00-05:00", expires="2026-06-24T21:30:00-05:00",
         ends="2026-06-24T21:30:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 24 at 8:41PM CDT until June 24 at 9:30PM CDT by NWS Milwaukee/Sullivan WI",
         description="SVRMKX\n\nThe National Weather Service in Milwaukee/Sullivan has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Sheboygan County in east central Wisconsin...\n\n* Until 930 PM CDT.\n\n* At 840 PM CDT, a severe thunderstorm was located near Sheboygan Falls, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSheboygan, Sheboygan Falls, Kohler and Sheboygan South.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMKX.SV.W.0187.260625T0141Z-260625T0230Z/", geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_MKX_CAN, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="SVSMKX", wmo="WWUS53",
         areaDesc="Sheboygan, WI", SAME=["055117"], UGC=["WIC117"],
         sent="2026-06-24T21:12:00-05:00", onset="2026-06-24T21:12:00-05:00", expires="2026-06-24T21:30:00-05:00",
         ends="2026-06-24T21:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out over Lake Michigan. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KMKX.SV.W.0187.000000T0000Z-260625T0230Z/", geometry=SVR_POLY,
         references=[SVR_MKX]),
]
for _a in ALERTS:
    _a.setdefault("references", [])
