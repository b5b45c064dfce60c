"""Hand-written NWS alerts for eval part spk (api.weather.gov /alerts/active GeoJSON), NWS Spokane (KOTX), which
serves both Spokane County, Wash. and the Idaho Panhandle. Every alert is invented; the office, county FIPS and
county UGC codes are real; forecast-zone numbers are best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.spk{h[:36]}.001.1"


WSW_OTX = urn("spk-winter-storm-panhandle")
WWY_OTX = urn("spk-winter-weather-advisory-spokane")
SVR_OTX = urn("spk-svr-valley-postfalls")
SVR_OTX_CAN = urn("spk-svr-valley-postfalls-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# Severe thunderstorm polygon: east Spokane Valley (Greenacres, Liberty Lake) across the state line to Post Falls.
# West edge at -117.235 (Sullivan Rd) so that the Broadway Ave / Opportunity households (99206) stay outside.
SVR_POLY = poly((-117.235, 47.600), (-117.235, 47.700), (-117.05, 47.760), (-116.905, 47.765),
                (-116.900, 47.690), (-117.05, 47.610))

ALERTS = [
    dict(id=WSW_OTX, office="KOTX", senderName="NWS Spokane WA", awips="WSWOTX", wmo="WWUS45",
         areaDesc="Coeur d'Alene Area; Idaho Palouse; Central Panhandle Mountains; Kootenai, ID; Benewah, ID",
         SAME=["016055", "016009"], UGC=["IDZ002", "IDZ003", "IDZ004"],
         sent="2026-01-08T14:05:00-08:00", onset="2026-01-09T04:00:00-08:00", expires="2026-01-09T02:15:00-08:00",
         ends="2026-01-10T10:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 8 at 2:05PM PST until January 10 at 10:00AM PST by NWS Spokane WA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, locally 20 inches near Lookout Pass. Winds gusting as high as 40 mph.\n\n* WHERE...Kootenai and Benewah Counties in Idaho, including Coeur d'Alene, Post Falls, Hayden, Rathdrum, Worley, Plummer and St. Maries.\n\n* WHEN...From 4 AM Friday to 10 AM PST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 90 and US 95. Power outages are possible from snow-laden trees.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KOTX.WS.W.0003.260109T1200Z-260110T1800Z/", references=[], geometry=None),
    dict(id=WWY_OTX, office="KOTX", senderName="NWS Spokane WA", awips="WSWOTX", wmo="WWUS45",
         areaDesc="Spokane Area; Washington Palouse; Spokane, WA", SAME=["053063"], UGC=["WAZ036", "WAZ035"],
         sent="2026-01-08T14:06:00-08:00", onset="2026-01-09T04:00:00-08:00", expires="2026-01-09T02:15:00-08:00",
         ends="2026-01-09T22:00:00-08:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 8 at 2:06PM PST until January 9 at 10:00PM PST by NWS Spokane WA",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...Spokane County, including Spokane, Spokane Valley, Liberty Lake, Cheney and Deer Park.\n\n* WHEN...From 4 AM to 10 PM PST Friday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the morning and evening commutes.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KOTX.WW.Y.0007.260109T1200Z-260110T0600Z/", references=[], geometry=None),
    dict(id=SVR_OTX, office="KOTX", senderName="NWS Spokane WA", awips="SVROTX", wmo="WUUS55",
         areaDesc="Spokane, WA; Kootenai, ID", SAME=["053063", "016055"], UGC=["WAC063", "IDC055"],
         sent="2026-06-14T16:42:00-07:00", onset="2026-06-14T16:42:00-07:00", expires="2026-06-14T17:30:00-07:00",
         ends="2026-06-14T17:30:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 4:42PM PDT until June 14 at 5:30PM PDT by NWS Spokane WA",
         description="At 442 PM PDT, a severe thunderstorm was located over Greenacres, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated and trained spotters reported ping pong ball size hail in Spokane Valley.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\nLocations impacted include Spokane Valley, Liberty Lake, Otis Orchards, Greenacres, Newman Lake, State Line and Post Falls.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOTX.SV.W.0042.260614T2342Z-260615T0030Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_OTX_CAN, office="KOTX", senderName="NWS Spokane WA", awips="SVSOTX", wmo="WWUS55",
         areaDesc="Spokane, WA; Kootenai, ID", SAME=["053063", "016055"], UGC=["WAC063", "IDC055"],
         sent="2026-06-14T17:18:00-07:00", onset="2026-06-14T17:18:00-07:00", expires="2026-06-14T17:30:00-07:00",
         ends="2026-06-14T17:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened below severe limits. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KOTX.SV.W.0042.000000T0000Z-260615T0030Z/", references=[SVR_OTX], geometry=SVR_POLY),
]
