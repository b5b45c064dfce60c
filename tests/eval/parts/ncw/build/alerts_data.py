"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part ncw. Invented alerts; office (NWS
Spokane, KOTX), county SAME/UGC codes real; forecast-zone numbers best known, no label depends on them."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


WSW = urn("ncw_winter_storm_okanogan")
SVR = urn("ncw_svr_wenatchee")
SVR_CAN = urn("ncw_svr_wenatchee_can")
FOG = urn("ncw_fog_wenatchee_valley")

ALERTS = [
    dict(id=WSW, awips="WSWOTX", wmo="WWUS46", areaDesc="Okanogan Valley; Okanogan Highlands",
         SAME=["053047"], UGC=["WAZ044", "WAZ037"],
         sent="2026-01-14T03:12:00-08:00", onset="2026-01-14T16:00:00-08:00", expires="2026-01-15T04:00:00-08:00",
         ends="2026-01-15T22:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 14 at 3:12AM PST until January 15 at 10:00PM PST by NWS Spokane WA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, locally 20 inches above 3000 feet. Winds gusting as high as 35 mph.\n\n* WHERE...Okanogan Valley and Okanogan Highlands, including Omak, Okanogan, Brewster, Tonasket and Oroville.\n\n* WHEN...From 4 PM this afternoon to 10 PM PST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible on US 97 and State Route 20.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KOTX.WS.W.0004.260115T0000Z-260116T0600Z/", references=[], geometry=None),
    dict(id=FOG, awips="NPWOTX", wmo="WWUS76", areaDesc="Wenatchee Area; Waterville Plateau",
         SAME=["053007", "053017"], UGC=["WAZ041", "WAZ044"],
         sent="2026-01-22T04:40:00-08:00", onset="2026-01-22T04:40:00-08:00", expires="2026-01-22T11:00:00-08:00",
         ends="2026-01-22T11:00:00-08:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Freezing Fog Advisory", response="Execute",
         headline="Freezing Fog Advisory issued January 22 at 4:40AM PST until January 22 at 11:00AM PST by NWS Spokane WA",
         description="* WHAT...Visibility one quarter mile or less in freezing fog. Light accumulations of rime ice on roads.\n\n* WHERE...Wenatchee, East Wenatchee, Cashmere, Malaga and the Waterville Plateau.\n\n* WHEN...Until 11 AM PST this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KOTX.ZF.Y.0006.260122T1240Z-260122T1900Z/", references=[], geometry=None),
    dict(id=SVR, awips="SVROTX", wmo="WUUS56", areaDesc="Chelan, WA; Douglas, WA",
         SAME=["053007", "053017"], UGC=["WAC007", "WAC017"],
         sent="2026-07-22T16:48:00-07:00", onset="2026-07-22T16:48:00-07:00", expires="2026-07-22T17:30:00-07:00",
         ends="2026-07-22T17:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 4:48PM PDT until July 22 at 5:30PM PDT by NWS Spokane WA",
         description="SVROTX\n\nThe National Weather Service in Spokane has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Chelan County in central Washington...\nSouthwestern Douglas County in central Washington...\n\n* Until 530 PM PDT.\n\n* At 447 PM PDT, a severe thunderstorm was located over Number Two Canyon, moving northeast at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to orchards, vehicles and roofs is expected. Expect wind damage to trees and power lines.\n\n* Locations impacted include...\nWenatchee, East Wenatchee, Sunnyslope and Rock Island.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOTX.SV.W.0031.260722T2348Z-260723T0030Z/", references=[],
         geometry=poly((-120.40, 47.39), (-120.24, 47.39), (-120.24, 47.47), (-120.40, 47.47)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, awips="SVSOTX", wmo="WWUS56", areaDesc="Chelan, WA; Douglas, WA",
         SAME=["053007", "053017"], UGC=["WAC007", "WAC017"],
         sent="2026-07-22T17:14:00-07:00", onset="2026-07-22T17:14:00-07:00", expires="2026-07-22T17:30:00-07:00",
         ends="2026-07-22T17:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KOTX.SV.W.0031.000000T0000Z-260723T0030Z/", references=[SVR],
         geometry=poly((-120.40, 47.39), (-120.24, 47.39), (-120.24, 47.47), (-120.40, 47.47))),
]
