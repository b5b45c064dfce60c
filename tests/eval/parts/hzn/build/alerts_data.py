"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hzn part. Every alert is invented; the
office (NWS Albany, KALY), county SAME codes and county UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hzn_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DUTCHESS = urn("hzn-winter-storm-dutchess")
SVR_ULSTER = urn("hzn-svr-kingston-saugerties")
SVR_ULSTER_CAN = urn("hzn-svr-kingston-saugerties-can")
FOG_VALLEY = urn("hzn-dense-fog-hudson-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-74.14, 41.93), (-73.93, 41.93), (-73.92, 42.12), (-74.06, 42.13))

ALERTS = [
    dict(id=WSW_DUTCHESS, office="KALY", senderName="NWS Albany NY", awips="WSWALY", wmo="WWUS41",
         areaDesc="Northern Dutchess; Southern Dutchess", SAME=["036027"], UGC=["NYZ064", "NYZ065"],
         sent="2026-01-24T15:52:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:52PM EST until January 26 at 10:00AM EST by NWS Albany NY",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 22 inches on the Taconic ridges. Winds gusting as high as 35 mph.\n\n* WHERE...Dutchess County, including Poughkeepsie, Hyde Park, Rhinebeck, Red Hook and Millbrook.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KALY.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=FOG_VALLEY, office="KALY", senderName="NWS Albany NY", awips="NPWALY", wmo="WWUS71",
         areaDesc="Eastern Ulster; Western Ulster; Northern Dutchess; Southern Dutchess", SAME=["036111", "036027"],
         UGC=["NYZ063", "NYZ062", "NYZ064", "NYZ065"],
         sent="2026-05-02T03:15:00-04:00", onset="2026-05-02T03:15:00-04:00", expires="2026-05-02T09:00:00-04:00",
         ends="2026-05-02T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 2 at 3:15AM EDT until May 2 at 9:00AM EDT by NWS Albany NY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Ulster and Dutchess Counties, including Kingston, New Paltz, Saugerties, Poughkeepsie and Rhinebeck.\n\n* WHEN...Until 9 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KALY.FG.Y.0011.260502T0715Z-260502T1300Z/", references=[], geometry=None),
    dict(id=SVR_ULSTER, office="KALY", senderName="NWS Albany NY", awips="SVRALY", wmo="WUUS51",
         areaDesc="Ulster, NY", SAME=["036111"], UGC=["NYC111"],
         sent="2026-06-15T18:41:00-04:00", onset="2026-06-15T18:41:00-04:00", expires="2026-06-15T19:30:00-04:00",
         ends="2026-06-15T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 15 at 6:41PM EDT until June 15 at 7:30PM EDT by NWS Albany NY",
         description="SVRALY\n\nThe National Weather Service in Albany has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Ulster County in east central New York...\n\n* Until 730 PM EDT.\n\n* At 640 PM EDT, a severe thunderstorm was located over Hurley, moving northeast at 35 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, and trees.\n\n* Locations impacted include...\nKingston, Saugerties, Lake Katrine, Glasco, Malden and Hurley.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KALY.SV.W.0087.260615T2241Z-260615T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_ULSTER_CAN, office="KALY", senderName="NWS Albany NY", awips="SVSALY", wmo="WWUS51",
         areaDesc="Ulster, NY", SAME=["036111"], UGC=["NYC111"],
         sent="2026-06-15T19:12:00-04:00", onset="2026-06-15T19:12:00-04:00", expires="2026-06-15T19:30:00-04:00",
         ends="2026-06-15T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire. However, gusty winds are still possible with this thunderstorm.",
         instruction=None, vtec="/O.CAN.KALY.SV.W.0087.000000T0000Z-260615T2330Z/", references=[SVR_ULSTER],
         geometry=SVR_POLY),
]
