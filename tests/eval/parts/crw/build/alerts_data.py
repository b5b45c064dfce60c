"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part crw. Every alert is invented; the office
(KRLX, NWS Charleston WV), county SAME and UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME codes and polygons only). Alert ids start with crw_."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(("crw" + label).encode()).hexdigest()
    return f"crw_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_RLX = aid("winter-storm-kanawha-putnam")
WWY_RLX = aid("wwy-cabell-wayne")
SVR_RLX = aid("svr-huntington")
SVR_RLX_CAN = aid("svr-huntington-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


RLX = dict(office="KRLX", senderName="NWS Charleston WV")

ALERTS = [
    dict(id=WSW_RLX, **RLX, awips="WSWRLX", wmo="WWUS41",
         areaDesc="Kanawha; Putnam", SAME=["054039", "054079"], UGC=["WVZ015", "WVZ014"],
         sent="2026-01-23T15:12:00-05:00", onset="2026-01-24T19:00:00-05:00", expires="2026-01-23T23:15:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:12PM EST until January 26 at 7:00AM EST by NWS Charleston WV",
         description="* WHAT...Heavy snow and sleet expected, with ice accumulations of up to one quarter of an inch on top. Total snow and sleet accumulations of 8 to 14 inches.\n\n* WHERE...Kanawha and Putnam Counties, including Charleston, South Charleston, St. Albans, Nitro, Hurricane and Elkview.\n\n* WHEN...From 7 PM Saturday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Power outages and tree damage are likely due to the ice. Bitter cold will follow the storm.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Check on elderly neighbors.",
         vtec="/O.NEW.KRLX.WS.W.0003.260125T0000Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WWY_RLX, **RLX, awips="WSWRLX", wmo="WWUS41",
         areaDesc="Cabell; Wayne", SAME=["054011", "054099"], UGC=["WVZ005", "WVZ013"],
         sent="2026-01-23T15:12:00-05:00", onset="2026-01-24T19:00:00-05:00", expires="2026-01-23T23:15:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 23 at 3:12PM EST until January 26 at 7:00AM EST by NWS Charleston WV",
         description="* WHAT...Mixed precipitation expected. Total snow and sleet accumulations of 2 to 4 inches and ice accumulations of a light glaze.\n\n* WHERE...Cabell and Wayne Counties, including Huntington, Barboursville and Milton.\n\n* WHEN...From 7 PM Saturday to 7 AM EST Monday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KRLX.WW.Y.0011.260125T0000Z-260126T1200Z/", references=[], geometry=None),
    dict(id=SVR_RLX, **RLX, awips="SVRRLX", wmo="WUUS51",
         areaDesc="Cabell, WV", SAME=["054011"], UGC=["WVC011"],
         sent="2026-06-23T16:41:00-04:00", onset="2026-06-23T16:41:00-04:00", expires="2026-06-23T17:30:00-04:00",
         ends="2026-06-23T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 4:41PM EDT until June 23 at 5:30PM EDT by NWS Charleston WV",
         description="SVRRLX\n\nThe National Weather Service in Charleston has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Cabell County in western West Virginia...\n\n* Until 530 PM EDT.\n\n* At 440 PM EDT, a severe thunderstorm was located over Chesapeake, Ohio, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHuntington, Marshall University, Guyandotte and Ritter Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRLX.SV.W.0118.260623T2041Z-260623T2130Z/", references=[],
         geometry=poly((-82.48, 38.37), (-82.34, 38.38), (-82.335, 38.44), (-82.48, 38.445)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_RLX_CAN, **RLX, awips="SVSRLX", wmo="WWUS51",
         areaDesc="Cabell, WV", SAME=["054011"], UGC=["WVC011"],
         sent="2026-06-23T17:14:00-04:00", onset="2026-06-23T17:14:00-04:00", expires="2026-06-23T17:30:00-04:00",
         ends="2026-06-23T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire.",
         instruction=None,
         vtec="/O.CAN.KRLX.SV.W.0118.000000T0000Z-260623T2130Z/", references=[SVR_RLX],
         geometry=poly((-82.48, 38.37), (-82.34, 38.38), (-82.335, 38.44), (-82.48, 38.445))),
]
