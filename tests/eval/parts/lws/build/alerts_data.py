"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lws part. Every alert is invented;
offices, SAME county codes and county UGC codes are real (forecast-zone numbers as best known; labels use only
SAME codes and polygons). Alert ids start with `lws_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lws_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_MSO = urn("lws-winter-storm-camas-prairie")
SVR_OTX = urn("lws-svr-lc-valley")
SVR_OTX_CAN = urn("lws-svr-lc-valley-can")
WIND_OTX = urn("lws-wind-advisory-lc-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-117.125, 46.115), (-116.975, 46.115), (-116.985, 46.445), (-117.060, 46.450), (-117.125, 46.430))

ALERTS = [
    dict(id=WSW_MSO, office="KMSO", senderName="NWS Missoula MT", awips="WSWMSO", wmo="WWUS45",
         areaDesc="Camas Prairie; Lower Hells Canyon/Salmon River Region; Orofino/Grangeville Region",
         SAME=["016049", "016035", "016061"], UGC=["IDZ007", "IDZ006", "IDZ005"],
         sent="2026-01-22T14:35:00-07:00", onset="2026-01-23T02:00:00-07:00", expires="2026-01-23T05:00:00-07:00",
         ends="2026-01-24T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 2:35PM MST until January 24 at 11:00AM MST by NWS Missoula MT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches on the Camas Prairie, locally 20 inches above 4000 feet. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Idaho, Lewis and Clearwater Counties, including Grangeville, Cottonwood, Nezperce, Craigmont, Kamiah and Orofino, and U.S. Highway 95 over White Bird Hill.\n\n* WHEN...From 2 AM Friday to 11 AM MST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible. White Bird Hill may close.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Call 511 for road conditions.",
         vtec="/O.NEW.KMSO.WS.W.0006.260123T0900Z-260124T1800Z/", references=[], geometry=None),
    dict(id=SVR_OTX, office="KOTX", senderName="NWS Spokane WA", awips="SVROTX", wmo="WUUS56",
         areaDesc="Asotin, WA; Nez Perce, ID", SAME=["053003", "016069"], UGC=["WAC003", "IDC069"],
         sent="2026-06-14T18:41:00-07:00", onset="2026-06-14T18:41:00-07:00", expires="2026-06-14T19:30:00-07:00",
         ends="2026-06-14T19:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 6:41PM PDT until June 14 at 7:30PM PDT by NWS Spokane WA",
         description="SVROTX\n\nThe National Weather Service in Spokane has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Asotin County in southeastern Washington...\nWestern Nez Perce County in north central Idaho...\n\n* Until 730 PM PDT.\n\n* At 640 PM PDT, a severe thunderstorm was located near Asotin, moving north at 30 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nClarkston, Lewiston, Asotin, Clarkston Heights and West Clarkston-Highland.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOTX.SV.W.0034.260615T0141Z-260615T0230Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"], "hailThreat": ["RADAR INDICATED"],
                "windThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_OTX_CAN, office="KOTX", senderName="NWS Spokane WA", awips="SVSOTX", wmo="WWUS56",
         areaDesc="Asotin, WA; Nez Perce, ID", SAME=["053003", "016069"], UGC=["WAC003", "IDC069"],
         sent="2026-06-14T19:12:00-07:00", onset="2026-06-14T19:12:00-07:00", expires="2026-06-14T19:30:00-07:00",
         ends="2026-06-14T19:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and has exited the warned area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KOTX.SV.W.0034.000000T0000Z-260615T0230Z/", references=[SVR_OTX], geometry=SVR_POLY),
    dict(id=WIND_OTX, office="KOTX", senderName="NWS Spokane WA", awips="NPWOTX", wmo="WWUS76",
         areaDesc="Lewiston Area; Lower Garfield and Asotin Counties", SAME=["016069", "053003"],
         UGC=["IDZ026", "WAZ033"],
         sent="2026-10-27T03:20:00-07:00", onset="2026-10-27T11:00:00-07:00", expires="2026-10-27T11:00:00-07:00",
         ends="2026-10-27T20:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Prepare",
         headline="Wind Advisory issued October 27 at 3:20AM PDT until October 27 at 8:00PM PDT by NWS Spokane WA",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Lewiston Area and Lower Garfield and Asotin Counties, including Lewiston, Clarkston and Asotin.\n\n* WHEN...From 11 AM to 8 PM PDT Tuesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KOTX.WI.Y.0041.261027T1800Z-261028T0300Z/", references=[], geometry=None),
]
