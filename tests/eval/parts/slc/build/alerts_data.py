"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for NWS Salt Lake City (KSLC). Every alert is
invented; the office, SAME county codes and the area are real (forecast-zone numbers as best known; labels use only
SAME codes and polygons). Feature ids are prefixed `slc_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"slc_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("slc-winter-storm-weber-davis")
WSW_EXA = urn("slc-winter-storm-weber-davis-exa-utah")
WWY_CACHE = urn("slc-wwy-cache-valley")
SVR = urn("slc-svr-west-valley-magna")
SVR_CAN = urn("slc-svr-west-valley-magna-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-112.135, 40.735), (-111.975, 40.745), (-111.968, 40.632), (-112.120, 40.628))

ALERTS = [
    dict(id=WSW, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Northern Wasatch Front; Wasatch Mountains I-80 North", SAME=["049057", "049011"],
         UGC=["UTZ102", "UTZ110"],
         sent="2026-01-22T14:05:00-07:00", onset="2026-01-23T05:00:00-07:00", expires="2026-01-23T03:00:00-07:00",
         ends="2026-01-24T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 2:05PM MST until January 24 at 11:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy lake-enhanced snow expected. Total snow accumulations of 10 to 18 inches on the benches, locally 2 feet.\n\n* WHERE...Weber and Davis Counties, including Ogden, South Ogden, Layton and Bountiful.\n\n* WHEN...From 5 AM Friday to 11 AM MST Saturday.\n\n* IMPACTS...Travel could be very difficult. The hazardous conditions could impact the Friday evening commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSLC.WS.W.0003.260123T1200Z-260124T1800Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Northern Wasatch Front; Wasatch Mountains I-80 North; Utah Valley", SAME=["049057", "049011", "049049"],
         UGC=["UTZ102", "UTZ110", "UTZ105"],
         sent="2026-01-23T03:40:00-07:00", onset="2026-01-23T03:40:00-07:00", expires="2026-01-23T11:00:00-07:00",
         ends="2026-01-24T11:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:40AM MST until January 24 at 11:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy snow. Additional snow accumulations of 8 to 16 inches.\n\n* WHERE...Weber, Davis and Utah Counties. The warning has been expanded to include Utah Valley, including Provo, Orem and Lehi.\n\n* WHEN...Until 11 AM MST Saturday.\n\n* IMPACTS...Travel will be very difficult. Expect slick roads through the weekend.",
         instruction="Stay off the roads if you can. Clear snow from furnace and dryer vents.",
         vtec="/O.EXA.KSLC.WS.W.0003.000000T0000Z-260124T1800Z/", references=[WSW], geometry=None),
    dict(id=WWY_CACHE, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Cache Valley/Utah Portion", SAME=["049005"], UGC=["UTZ101"],
         sent="2026-01-22T14:06:00-07:00", onset="2026-01-23T05:00:00-07:00", expires="2026-01-23T03:00:00-07:00",
         ends="2026-01-24T05:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 22 at 2:06PM MST until January 24 at 5:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...Cache Valley, including Logan, Smithfield and Hyrum.\n\n* WHEN...From 5 AM Friday to 5 AM MST Saturday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KSLC.WW.Y.0007.260123T1200Z-260124T1200Z/", references=[], geometry=None),
    dict(id=SVR, office="KSLC", senderName="NWS Salt Lake City UT", awips="SVRSLC", wmo="WUUS55",
         areaDesc="Salt Lake, UT", SAME=["049035"], UGC=["UTC035"],
         sent="2026-07-14T18:12:00-06:00", onset="2026-07-14T18:12:00-06:00", expires="2026-07-14T19:00:00-06:00",
         ends="2026-07-14T19:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:12PM MDT until July 14 at 7:00PM MDT by NWS Salt Lake City UT",
         description="SVRSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Salt Lake County in northern Utah...\n\n* Until 700 PM MDT.\n\n* At 611 PM MDT, a severe thunderstorm was located over the Oquirrh Mountains near Magna, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows and vehicles, and tree damage.\n\n* Locations impacted include...\nMagna, Kearns, West Valley City and the Salt Lake City International Airport's south side.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSLC.SV.W.0041.260715T0012Z-260715T0100Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}, geometry=SVR_POLY),
    dict(id=SVR_CAN, office="KSLC", senderName="NWS Salt Lake City UT", awips="SVSSLC", wmo="WWUS55",
         areaDesc="Salt Lake, UT", SAME=["049035"], UGC=["UTC035"],
         sent="2026-07-14T18:48:00-06:00", onset="2026-07-14T18:48:00-06:00", expires="2026-07-14T19:00:00-06:00",
         ends="2026-07-14T19:00:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KSLC.SV.W.0041.000000T0000Z-260715T0100Z/", references=[SVR], geometry=SVR_POLY),
]
