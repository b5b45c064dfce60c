"""Hand-written NWS Miami alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the office
(KMFL), Miami-Dade's SAME code 012086 and county UGC FLC086 are real. Feature ids contain 'mia'."""


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.mia.{label}.001.1"


SVR_HIALEAH = urn("svr-hialeah-20260428")
FFW_LITTLEHAITI = urn("ffw-littlehaiti-20260616")
TOR_TEST = urn("tor-test-miamibeach-20260701")
FLOOD_ADV = urn("fa-miamidade-20260916")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_HIALEAH, awips="SVRMFL", wmo="WUUS52",
         areaDesc="Miami-Dade, FL", SAME=["012086"], UGC=["FLC086"],
         sent="2026-04-28T16:10:00-04:00", onset="2026-04-28T16:10:00-04:00", expires="2026-04-28T17:00:00-04:00",
         ends="2026-04-28T17:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 28 at 4:10PM EDT until April 28 at 5:00PM EDT by NWS Miami FL",
         description="At 410 PM EDT, a severe thunderstorm was located over Miami Lakes, moving southeast at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include...Hialeah, Hialeah Gardens, Miami Lakes, Miami Springs and Medley.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMFL.SV.W.0041.260428T2010Z-260428T2100Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]},
         geometry=poly((-80.365, 25.905), (-80.255, 25.905), (-80.255, 25.822), (-80.365, 25.822))),
    dict(id=FFW_LITTLEHAITI, awips="FFWMFL", wmo="WGUS52",
         areaDesc="Miami-Dade, FL", SAME=["012086"], UGC=["FLC086"],
         sent="2026-06-16T15:05:00-04:00", onset="2026-06-16T15:05:00-04:00", expires="2026-06-16T18:00:00-04:00",
         ends="2026-06-16T18:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 16 at 3:05PM EDT until June 16 at 6:00PM EDT by NWS Miami FL",
         description="At 305 PM EDT, Doppler radar and automated rain gauges indicated thunderstorms producing heavy rain over northeast Miami. Between 4 and 6 inches of rain have fallen. Additional rainfall amounts of 2 to 3 inches are possible.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar and rain gauges.\n\nIMPACT...Flash flooding of poor drainage areas, streets and underpasses.\n\nLocations impacted include...Little Haiti, Little River, Upper Eastside, Lemon City, Edgewater and El Portal.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMFL.FF.W.0012.260616T1905Z-260616T2200Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-80.222, 25.862), (-80.168, 25.862), (-80.168, 25.805), (-80.222, 25.805))),
    dict(id=TOR_TEST, awips="TORMFL", wmo="WFUS52",
         areaDesc="Miami-Dade, FL", SAME=["012086"], UGC=["FLC086"],
         sent="2026-07-01T11:00:00-04:00", onset="2026-07-01T11:00:00-04:00", expires="2026-07-01T11:30:00-04:00",
         ends="2026-07-01T11:30:00-04:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="TEST Tornado Warning issued July 1 at 11:00AM EDT by NWS Miami FL",
         description="THIS IS A TEST MESSAGE. DO NOT TAKE ACTION BASED ON THIS MESSAGE.\n\nAt 1100 AM EDT, a test tornado warning was issued for Miami Beach, Surfside and Bal Harbour.",
         instruction="THIS IS A TEST MESSAGE.",
         vtec="/T.NEW.KMFL.TO.W.9999.260701T1500Z-260701T1530Z/", references=[],
         geometry=poly((-80.150, 25.900), (-80.110, 25.900), (-80.110, 25.760), (-80.150, 25.760))),
    dict(id=FLOOD_ADV, awips="FLSMFL", wmo="WGUS82",
         areaDesc="Miami-Dade, FL", SAME=["012086"], UGC=["FLC086"],
         sent="2026-09-16T09:40:00-04:00", onset="2026-09-16T09:40:00-04:00", expires="2026-09-16T13:45:00-04:00",
         ends="2026-09-16T13:45:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued September 16 at 9:40AM EDT until September 16 at 1:45PM EDT by NWS Miami FL",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall and king tides is expected.\n\n* WHERE...Miami-Dade County, including Miami, Hialeah, Coral Gables and Miami Beach.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Ponding of water in urban areas, highways and streets.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMFL.FA.Y.0088.260916T1340Z-260916T1745Z/", references=[], geometry=None),
]
