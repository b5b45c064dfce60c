"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the sbg part. Invented alerts; the office
(MKX, Milwaukee/Sullivan), county SAME/UGC codes are real; forecast-zone numbers as best known (labels use only
SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"sbg_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


WSW = urn("sbg-winter-storm-lakeshore")
SVR = urn("sbg-svr-kohler-falls")
SVR_CAN = urn("sbg-svr-kohler-falls-can")
FOG = urn("sbg-fog-lakeshore")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="WSWMKX", wmo="WWUS43",
         areaDesc="Sheboygan; Ozaukee; Manitowoc", SAME=["055117", "055089", "055071"], UGC=["WIZ052", "WIZ060", "WIZ045"],
         sent="2026-01-24T15:10:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T04:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:10PM CST until January 26 at 6:00AM CST by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Heavy snow, with lake enhancement near the shore. Total snow accumulations of 12 to 18 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Sheboygan, Ozaukee and Manitowoc Counties, including Sheboygan, Plymouth, Sheboygan Falls, Kohler and Port Washington.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KMKX.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=SVR, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="SVRMKX", wmo="WUUS53",
         areaDesc="Sheboygan, WI", SAME=["055117"], UGC=["WIC117"],
         sent="2026-06-16T20:52:00-05:00", onset="2026-06-16T20:52:00-05:00", expires="2026-06-16T21:30:00-05:00",
         ends="2026-06-16T21:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 16 at 8:52PM CDT until June 16 at 9:30PM CDT by NWS Milwaukee/Sullivan WI",
         description="At 851 PM CDT, a severe thunderstorm was located over Johnsonville, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSheboygan Falls, Kohler and Riverside.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMKX.SV.W.0141.260617T0152Z-260617T0230Z/", references=[],
         geometry=poly((-87.860, 43.700), (-87.765, 43.700), (-87.765, 43.770), (-87.860, 43.770))),
    dict(id=SVR_CAN, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="SVSMKX", wmo="WWUS53",
         areaDesc="Sheboygan, WI", SAME=["055117"], UGC=["WIC117"],
         sent="2026-06-16T21:18:00-05:00", onset="2026-06-16T21:18:00-05:00", expires="2026-06-16T21:30:00-05:00",
         ends="2026-06-16T21:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KMKX.SV.W.0141.000000T0000Z-260617T0230Z/", references=[SVR],
         geometry=poly((-87.860, 43.700), (-87.765, 43.700), (-87.765, 43.770), (-87.860, 43.770))),
    dict(id=FOG, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="NPWMKX", wmo="WWUS73",
         areaDesc="Sheboygan; Manitowoc", SAME=["055117", "055071"], UGC=["WIZ052", "WIZ045"],
         sent="2026-05-02T04:40:00-05:00", onset="2026-05-02T04:40:00-05:00", expires="2026-05-02T09:00:00-05:00",
         ends="2026-05-02T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 2 at 4:40AM CDT until May 2 at 9:00AM CDT by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Sheboygan and Manitowoc Counties, mainly near the Lake Michigan shore.\n\n* WHEN...Until 9 AM CDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMKX.FG.Y.0022.260502T0940Z-260502T1400Z/", references=[], geometry=None),
]
