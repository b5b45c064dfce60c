"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the tpl part. Every alert is invented;
the office (NWS Fort Worth, KFWD), SAME county codes and county UGC codes are real; forecast-zone numbers are
given as best known, and no label depends on them (labels use SAME codes and polygons only).
Alert ids start with tpl_ (the part's id convention): feature id = properties id = tpl_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tpl_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_FWD = urn("tpl-winter-storm-coryell")
TOR_FWD = urn("tpl-tornado-west-temple")
SVR_FWD = urn("tpl-svr-killeen-harker-heights")
SVR_FWD_CAN = urn("tpl-svr-killeen-harker-heights-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-97.74, 31.00), (-97.58, 31.00), (-97.63, 31.15), (-97.74, 31.15))

ALERTS = [
    dict(id=WSW_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="WSWFWD", wmo="WWUS44",
         areaDesc="Hamilton; Coryell; Lampasas", SAME=["048193", "048099", "048281"],
         UGC=["TXZ145", "TXZ146", "TXZ157"],
         sent="2026-01-22T15:05:00-06:00", onset="2026-01-23T00:00:00-06:00", expires="2026-01-23T03:00:00-06:00",
         ends="2026-01-24T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 3:05PM CST until January 24 at 12:00PM CST by NWS Fort Worth TX",
         description="* WHAT...Heavy mixed precipitation expected. Total ice accumulations of one quarter to one half inch, with sleet and snow accumulations of 1 to 3 inches.\n\n* WHERE...Hamilton, Coryell and Lampasas Counties, including the cities of Gatesville, Copperas Cove, Hamilton and Lampasas.\n\n* WHEN...From midnight tonight to noon CST Saturday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, including on U.S. Highway 190 and State Highway 36.",
         instruction="Travel should be restricted to emergencies only. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KFWD.WS.W.0002.260123T0600Z-260124T1800Z/", references=[], geometry=None),
    dict(id=TOR_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="TORFWD", wmo="WFUS54",
         areaDesc="Bell, TX", SAME=["048027"], UGC=["TXC027"],
         sent="2026-04-14T18:12:00-05:00", onset="2026-04-14T18:12:00-05:00", expires="2026-04-14T18:45:00-05:00",
         ends="2026-04-14T18:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 6:12PM CDT until April 14 at 6:45PM CDT by NWS Fort Worth TX",
         description="TORFWD\n\nThe National Weather Service in Fort Worth has issued a\n\n* Tornado Warning for...\nCentral Bell County in central Texas...\n\n* Until 645 PM CDT.\n\n* At 611 PM CDT, a severe thunderstorm capable of producing a tornado was located near Lake Belton dam, or 5 miles northwest of Temple, moving northeast at 25 mph.\n\nHAZARD...Tornado and quarter size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nWest Temple, Airport area, Lake Belton dam, Morgan's Point Resort north shore and Heidenheimer.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KFWD.TO.W.0012.260414T2312Z-260414T2345Z/", references=[],
         geometry=poly((-97.44, 31.03), (-97.35, 31.05), (-97.345, 31.13), (-97.42, 31.12)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="SVRFWD", wmo="WUUS54",
         areaDesc="Bell, TX", SAME=["048027"], UGC=["TXC027"],
         sent="2026-04-22T16:41:00-05:00", onset="2026-04-22T16:41:00-05:00", expires="2026-04-22T17:30:00-05:00",
         ends="2026-04-22T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 22 at 4:41PM CDT until April 22 at 5:30PM CDT by NWS Fort Worth TX",
         description="SVRFWD\n\nThe National Weather Service in Fort Worth has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Bell County in central Texas...\n\n* Until 530 PM CDT.\n\n* At 440 PM CDT, a severe thunderstorm was located over Fort Cavazos West Fort Hood, moving east at 20 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nKilleen, Harker Heights, Fort Cavazos and Stillhouse Hollow Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFWD.SV.W.0087.260422T2141Z-260422T2230Z/", references=[], geometry=SVR_POLY,
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["70 MPH"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_FWD_CAN, office="KFWD", senderName="NWS Fort Worth TX", awips="SVSFWD", wmo="WWUS54",
         areaDesc="Bell, TX", SAME=["048027"], UGC=["TXC027"],
         sent="2026-04-22T17:08:00-05:00", onset="2026-04-22T17:08:00-05:00", expires="2026-04-22T17:30:00-05:00",
         ends="2026-04-22T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KFWD.SV.W.0087.000000T0000Z-260422T2230Z/", references=[SVR_FWD], geometry=SVR_POLY),
]
