"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the btv part. Every alert is invented;
the office (NWS Burlington VT, KBTV), the county SAME/UGC codes are real; forecast-zone numbers are given as
best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.btv{h[:37]}.001.1"


WSW_CLINTON = urn("btv-winter-storm-clinton-essex-ny")
WWY_CHITTENDEN = urn("btv-winter-weather-advisory-chittenden")
SVR_BURLINGTON = urn("btv-svr-new-north-end-winooski")
SVR_BURLINGTON_CAN = urn("btv-svr-new-north-end-winooski-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_CLINTON, office="KBTV", senderName="NWS Burlington VT", awips="WSWBTV", wmo="WWUS41",
         areaDesc="Western Clinton; Eastern Clinton; Eastern Essex", SAME=["036019", "036031"],
         UGC=["NYZ026", "NYZ028", "NYZ035"],
         sent="2026-01-24T15:42:00-05:00", onset="2026-01-25T00:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T06:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:42PM EST until January 26 at 6:00AM EST by NWS Burlington VT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 22 inches in the Adirondack foothills. Winds gusting as high as 40 mph along Lake Champlain.\n\n* WHERE...Clinton and eastern Essex Counties in northern New York, including Plattsburgh, Peru, Keeseville and Westport.\n\n* WHEN...From midnight tonight to 6 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow will reduce visibility on the Northway.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBTV.WS.W.0003.260125T0500Z-260126T1100Z/", references=[], geometry=None),
    dict(id=WWY_CHITTENDEN, office="KBTV", senderName="NWS Burlington VT", awips="WSWBTV", wmo="WWUS41",
         areaDesc="Western Chittenden; Eastern Chittenden", SAME=["050007"], UGC=["VTZ005", "VTZ006"],
         sent="2026-01-24T15:44:00-05:00", onset="2026-01-25T03:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T01:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 24 at 3:44PM EST until January 26 at 1:00AM EST by NWS Burlington VT",
         description="* WHAT...Snow expected. Total snow accumulations of 4 to 7 inches.\n\n* WHERE...Chittenden County, including Burlington, South Burlington, Winooski, Essex Junction, Colchester and Shelburne.\n\n* WHEN...From 3 AM Sunday to 1 AM EST Monday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Monday morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KBTV.WW.Y.0007.260125T0800Z-260126T0600Z/", references=[], geometry=None),
    dict(id=SVR_BURLINGTON, office="KBTV", senderName="NWS Burlington VT", awips="SVRBTV", wmo="WUUS51",
         areaDesc="Chittenden, VT", SAME=["050007"], UGC=["VTC007"],
         sent="2026-07-14T16:52:00-04:00", onset="2026-07-14T16:52:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:52PM EDT until July 14 at 5:30PM EDT by NWS Burlington VT",
         description="SVRBTV\n\nThe National Weather Service in Burlington has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Chittenden County in northwestern Vermont...\n\n* Until 530 PM EDT.\n\n* At 451 PM EDT, a severe thunderstorm was located over Lake Champlain near Appletree Point, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nBurlington's New North End, Winooski, Fort Ethan Allen and the Winooski River valley.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBTV.SV.W.0042.260714T2052Z-260714T2130Z/", references=[],
         geometry=poly((-73.300, 44.5000), (-73.215, 44.4950), (-73.165, 44.4830), (-73.140, 44.5050),
                       (-73.205, 44.5270), (-73.300, 44.5450)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_BURLINGTON_CAN, office="KBTV", senderName="NWS Burlington VT", awips="SVSBTV", wmo="WWUS51",
         areaDesc="Chittenden, VT", SAME=["050007"], UGC=["VTC007"],
         sent="2026-07-14T17:18:00-04:00", onset="2026-07-14T17:18:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened below severe limits. Therefore, the warning has been allowed to expire. Scattered tree damage was reported in the New North End and Winooski.",
         instruction=None, vtec="/O.CAN.KBTV.SV.W.0042.000000T0000Z-260714T2130Z/", references=[SVR_BURLINGTON],
         geometry=poly((-73.300, 44.5000), (-73.215, 44.4950), (-73.165, 44.4830), (-73.140, 44.5050),
                       (-73.205, 44.5270), (-73.300, 44.5450))),
]
