"""Hand-written NWS alerts for the mcw part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Des Moines, KDMX, which serves North Iowa), SAME county codes and county UGC codes are real; forecast-zone
numbers (IAZ...) are given as best known and no label depends on them (labels use SAME codes and polygons only).
Ids start with ``mcw_`` as the brief asks (the real API's ids are ``urn:oid:...``)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mcw_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW_DMX = urn("mcw-blizzard-north-tier")
WWY_DMX = urn("mcw-wwy-cerro-gordo")
SVR_DMX = urn("mcw-svr-clear-lake-mason-city")
SVR_DMX_CAN = urn("mcw-svr-clear-lake-mason-city-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-93.375, 43.105), (-93.205, 43.115), (-93.205, 43.185), (-93.375, 43.175))

ALERTS = [
    dict(id=BZW_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="WSWDMX", wmo="WWUS43",
         areaDesc="Winnebago; Worth; Mitchell; Hancock; Floyd",
         SAME=["019189", "019195", "019131", "019081", "019067"],
         UGC=["IAZ005", "IAZ006", "IAZ007", "IAZ016", "IAZ018"],
         sent="2026-01-17T03:45:00-06:00", onset="2026-01-17T12:00:00-06:00", expires="2026-01-17T11:00:00-06:00",
         ends="2026-01-18T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Avoid",
         headline="Blizzard Warning issued January 17 at 3:45AM CST until January 18 at 12:00PM CST by NWS Des Moines IA",
         description="* WHAT...Blizzard conditions expected. Additional snow accumulations of 3 to 6 inches. Winds gusting as high as 55 mph will cause whiteout conditions in open country.\n\n* WHERE...Winnebago, Worth, Mitchell, Hancock and Floyd Counties, including Forest City, Northwood, Osage, Garner, Britt, Charles City and Nora Springs.\n\n* WHEN...From noon today to noon CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Interstate 35 may be closed.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle.",
         vtec="/O.NEW.KDMX.BZ.W.0002.260117T1800Z-260118T1800Z/", references=[], geometry=None),
    dict(id=WWY_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="WSWDMX", wmo="WWUS43",
         areaDesc="Cerro Gordo; Franklin; Butler", SAME=["019033", "019069", "019023"],
         UGC=["IAZ017", "IAZ026", "IAZ027"],
         sent="2026-01-17T03:45:00-06:00", onset="2026-01-17T12:00:00-06:00", expires="2026-01-17T11:00:00-06:00",
         ends="2026-01-18T06:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 17 at 3:45AM CST until January 18 at 6:00AM CST by NWS Des Moines IA",
         description="* WHAT...Snow and blowing snow. Additional snow accumulations of 2 to 4 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Cerro Gordo, Franklin and Butler Counties, including Mason City, Clear Lake, Hampton and Parkersburg.\n\n* WHEN...From noon today to 6 AM CST Sunday.\n\n* IMPACTS...Plan on slippery road conditions. Patchy blowing snow could significantly reduce visibility.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KDMX.WW.Y.0009.260117T1800Z-260118T1200Z/", references=[], geometry=None),
    dict(id=SVR_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="SVRDMX", wmo="WUUS53",
         areaDesc="Cerro Gordo, IA", SAME=["019033"], UGC=["IAC033"],
         sent="2026-06-21T19:04:00-05:00", onset="2026-06-21T19:04:00-05:00", expires="2026-06-21T19:45:00-05:00",
         ends="2026-06-21T19:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 21 at 7:04PM CDT until June 21 at 7:45PM CDT by NWS Des Moines IA",
         description="SVRDMX\n\nThe National Weather Service in Des Moines has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Cerro Gordo County in north central Iowa...\n\n* Until 745 PM CDT.\n\n* At 703 PM CDT, a line of severe thunderstorms was located along Clear Lake, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nClear Lake, the east end of Clear Lake, Emery and western Mason City.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDMX.SV.W.0118.260622T0004Z-260622T0045Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_DMX_CAN, office="KDMX", senderName="NWS Des Moines IA", awips="SVSDMX", wmo="WWUS53",
         areaDesc="Cerro Gordo, IA", SAME=["019033"], UGC=["IAC033"],
         sent="2026-06-21T19:38:00-05:00", onset="2026-06-21T19:38:00-05:00", expires="2026-06-21T19:45:00-05:00",
         ends="2026-06-21T19:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for central Cerro Gordo County has been cancelled.",
         description="The storms which prompted the warning have moved out of the warned area into Floyd County and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KDMX.SV.W.0118.000000T0000Z-260622T0045Z/", references=[SVR_DMX], geometry=SVR_POLY),
]
