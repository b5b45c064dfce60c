"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the msn part. All invented; office (MKX,
Milwaukee/Sullivan), SAME/UGC county codes real; forecast-zone numbers best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"msn_urn:oid:2.49.0.1.840.0.{h}.001.1"


WWY_MKX = urn("msn-winter-weather-advisory-dane")
FLW_MKX = urn("msn-flood-warning-columbia")
SVR_MKX = urn("msn-svr-northeast-madison")
TOR_MKX = urn("msn-tornado-middleton")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="WSWMKX", wmo="WWUS43",
         areaDesc="Dane; Columbia", SAME=["055025", "055021"], UGC=["WIZ063", "WIZ057"],
         sent="2026-02-05T14:10:00-06:00", onset="2026-02-05T21:00:00-06:00", expires="2026-02-06T06:00:00-06:00",
         ends="2026-02-06T12:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 5 at 2:10PM CST until February 6 at 12:00PM CST by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 5 inches.\n\n* WHERE...Dane and Columbia Counties, including Madison, Sun Prairie, Middleton and Lodi.\n\n* WHEN...From 9 PM this evening to noon CST Friday.\n\n* IMPACTS...Plan on slippery road conditions for the Friday morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KMKX.WW.Y.0011.260206T0300Z-260206T1800Z/", references=[], geometry=None),
    dict(id=FLW_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="FLWMKX", wmo="WGUS43",
         areaDesc="Columbia, WI", SAME=["055021"], UGC=["WIC021"],
         sent="2026-04-14T09:35:00-05:00", onset="2026-04-14T09:35:00-05:00", expires="2026-04-15T09:45:00-05:00",
         ends="2026-04-17T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued April 14 at 9:35AM CDT until April 17 at 7:00AM CDT by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Flooding caused by excessive rainfall and snowmelt is expected.\n\n* WHERE...Columbia County, including Lodi, Poynette, Portage and the Lake Wisconsin shoreline. Spring Creek through Lodi is expected to leave its banks this evening.\n\n* WHEN...Until Friday morning.\n\n* IMPACTS...Flooding of low-lying roads and basements near Spring Creek and Lake Wisconsin.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMKX.FA.W.0007.260414T1435Z-260417T1200Z/", references=[], geometry=None),
    dict(id=SVR_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="SVRMKX", wmo="WUUS53",
         areaDesc="Dane, WI", SAME=["055025"], UGC=["WIC025"],
         sent="2026-07-18T16:42:00-05:00", onset="2026-07-18T16:42:00-05:00", expires="2026-07-18T17:30:00-05:00",
         ends="2026-07-18T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 18 at 4:42PM CDT until July 18 at 5:30PM CDT by NWS Milwaukee/Sullivan WI",
         description="SVRMKX\n\nThe National Weather Service in Sullivan has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Madison and Monona in central Dane County...\n\n* Until 530 PM CDT.\n\n* At 441 PM CDT, a severe thunderstorm was located over the Madison isthmus, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nIMPACT...Expect considerable tree damage and damage to roofs, siding and vehicles.\n\n* Locations impacted include...\nEast Madison, Monona, Maple Bluff and the Dane County Regional Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMKX.SV.W.0214.260718T2142Z-260718T2230Z/", references=[],
         geometry=poly((-89.405, 43.052), (-89.285, 43.046), (-89.278, 43.150), (-89.398, 43.156))),
    dict(id=TOR_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="TORMKX", wmo="WFUS53",
         areaDesc="Dane, WI", SAME=["055025"], UGC=["WIC025"],
         sent="2026-08-21T23:58:00-05:00", onset="2026-08-21T23:58:00-05:00", expires="2026-08-22T00:30:00-05:00",
         ends="2026-08-22T00:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued August 21 at 11:58PM CDT until August 22 at 12:30AM CDT by NWS Milwaukee/Sullivan WI",
         description="TORMKX\n\nThe National Weather Service in Sullivan has issued a\n\n* Tornado Warning for...\nWest central Dane County in south central Wisconsin...\n\n* Until 1230 AM CDT.\n\n* At 1157 PM CDT, a severe thunderstorm capable of producing a tornado was located near Cross Plains, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nMiddleton, Pheasant Branch and far west Madison.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KMKX.TO.W.0031.260822T0458Z-260822T0530Z/", references=[],
         geometry=poly((-89.565, 43.078), (-89.468, 43.084), (-89.472, 43.132), (-89.562, 43.128))),
]
