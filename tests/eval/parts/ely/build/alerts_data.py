"""Hand-written NWS alerts shaped like api.weather.gov /alerts/active GeoJSON. Every alert is invented; the
office (NWS Duluth, KDLH), SAME county codes and county UGC codes are real; forecast-zone numbers are best known
and no label depends on them. Ids carry the part prefix `ely_` (see README)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ely_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DLH = urn("ely-winter-storm-itasca-lake")
WWY_DLH = urn("ely-winter-weather-advisory-stlouis")
SVR_DLH = urn("ely-svr-ely-winton")
SVR_DLH_CAN = urn("ely-svr-ely-winton-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_DLH, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="Northern Itasca; South Itasca; Northern Lake; Southern Lake/North Shore",
         SAME=["027061", "027075"], UGC=["MNZ018", "MNZ026", "MNZ021", "MNZ037"],
         sent="2026-01-29T14:05:00-06:00", onset="2026-01-30T00:00:00-06:00", expires="2026-01-30T03:00:00-06:00",
         ends="2026-01-31T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 29 at 2:05PM CST until January 31 at 6:00AM CST by NWS Duluth MN",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally 20 inches in the higher terrain of Lake County. Winds gusting as high as 40 mph causing areas of blowing and drifting snow.\n\n* WHERE...Itasca and Lake Counties, including Grand Rapids, Nashwauk, Coleraine, Isabella, Two Harbors and Silver Bay.\n\n* WHEN...From midnight tonight to 6 AM CST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible. Highway 1 and Highway 169 may become impassable.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDLH.WS.W.0003.260130T0600Z-260131T1200Z/", references=[], geometry=None),
    dict(id=WWY_DLH, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="Northern St. Louis; Central St. Louis; South St. Louis", SAME=["027137"],
         UGC=["MNZ020", "MNZ035", "MNZ036"],
         sent="2026-01-29T14:05:00-06:00", onset="2026-01-30T03:00:00-06:00", expires="2026-01-30T06:00:00-06:00",
         ends="2026-01-31T00:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 29 at 2:05PM CST until January 31 at 12:00AM CST by NWS Duluth MN",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...St. Louis County, including Ely, Tower, Virginia, Hibbing and Babbitt.\n\n* WHEN...From 3 AM Friday to midnight CST Friday night.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KDLH.WW.Y.0007.260130T0900Z-260131T0600Z/", references=[], geometry=None),
    dict(id=SVR_DLH, office="KDLH", senderName="NWS Duluth MN", awips="SVRDLH", wmo="WUUS53",
         areaDesc="St. Louis, MN; Lake, MN", SAME=["027137", "027075"], UGC=["MNC137", "MNC075"],
         sent="2026-07-22T01:12:00-05:00", onset="2026-07-22T01:12:00-05:00", expires="2026-07-22T01:45:00-05:00",
         ends="2026-07-22T01:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 1:12AM CDT until July 22 at 1:45AM CDT by NWS Duluth MN",
         description="SVRDLH\n\nThe National Weather Service in Duluth has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central St. Louis County in northeastern Minnesota...\nNorthwestern Lake County in northeastern Minnesota...\n\n* Until 145 AM CDT.\n\n* At 111 AM CDT, severe thunderstorms were located along a line extending from near Burntside Lake to 8 miles southwest of Ely, moving east at 50 mph.\n\nHAZARD...70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nEly, Winton, Burntside Lake, Shagawa Lake and Fall Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDLH.SV.W.0141.260722T0612Z-260722T0645Z/", references=[],
         geometry=poly((-92.02, 47.84), (-91.74, 47.86), (-91.72, 47.97), (-92.00, 47.96)),
         extra={"windThreat": ["RADAR INDICATED"], "maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_DLH_CAN, office="KDLH", senderName="NWS Duluth MN", awips="SVSDLH", wmo="WWUS53",
         areaDesc="St. Louis, MN; Lake, MN", SAME=["027137", "027075"], UGC=["MNC137", "MNC075"],
         sent="2026-07-22T01:38:00-05:00", onset="2026-07-22T01:38:00-05:00", expires="2026-07-22T01:45:00-05:00",
         ends="2026-07-22T01:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KDLH.SV.W.0141.000000T0000Z-260722T0645Z/", references=[SVR_DLH],
         geometry=poly((-91.80, 47.86), (-91.72, 47.86), (-91.72, 47.97), (-91.80, 47.97))),
]
