"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the Big Horn Basin, NWS Riverton (KRIW).
Every alert is invented; the office, SAME county codes and county UGC codes are real (forecast-zone numbers as best
known; labels use only SAME codes and polygons). Ids start with wrl_ as the part's brief asks."""


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_WORLAND = "wrl_nws_urn-oid-2.49.0.1.840.0.7c1e0a5d2b.001.1"
SVR_WORLAND_CAN = "wrl_nws_urn-oid-2.49.0.1.840.0.7c1e0a5d2b.002.1"
WSW_PARK = "wrl_nws_urn-oid-2.49.0.1.840.0.4f93b6e811.001.1"
SPS_BASIN = "wrl_nws_urn-oid-2.49.0.1.840.0.a2d05c97e4.001.1"

WORLAND_POLY = poly((-108.03, 43.99), (-107.88, 43.99), (-107.88, 44.09), (-108.03, 44.09))

ALERTS = [
    dict(id=SPS_BASIN, office="KRIW", senderName="NWS Riverton WY", awips="SPSRIW", wmo="WWUS85",
         areaDesc="Southeast Big Horn Basin; North Big Horn Basin", SAME=["056043", "056003"],
         UGC=["WYZ005", "WYZ004"],
         sent="2026-03-27T05:40:00-06:00", onset="2026-03-27T05:40:00-06:00", expires="2026-03-27T09:00:00-06:00",
         ends="2026-03-27T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Observed", urgency="Expected", event="Special Weather Statement", response="Execute",
         headline="Special Weather Statement issued March 27 at 5:40AM MDT by NWS Riverton WY",
         description="Patchy dense fog and freezing fog will persist along the Big Horn River this morning, including Worland, Manderson, Basin and Greybull. Visibility may drop below one quarter mile at times, and elevated surfaces may become icy.",
         instruction="Slow down and use low-beam headlights.", vtec=None, references=[], geometry=None),
    dict(id=WSW_PARK, office="KRIW", senderName="NWS Riverton WY", awips="WSWRIW", wmo="WWUS45",
         areaDesc="Absaroka Mountains; Cody Foothills; North Big Horn Basin", SAME=["056029"],
         UGC=["WYZ002", "WYZ003", "WYZ004"],
         sent="2026-04-21T14:05:00-06:00", onset="2026-04-22T00:00:00-06:00", expires="2026-04-22T04:00:00-06:00",
         ends="2026-04-23T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued April 21 at 2:05PM MDT until April 23 at 12:00PM MDT by NWS Riverton WY",
         description="* WHAT...Heavy wet snow expected. Total snow accumulations of 10 to 18 inches in Cody, Powell and Meeteetse, and 2 to 3 feet in the Absaroka Mountains. Winds gusting as high as 50 mph.\n\n* WHERE...Park County, including Cody, Powell, Meeteetse, Clark and the Wapiti valley.\n\n* WHEN...From midnight tonight to noon MDT Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Heavy wet snow on leafed-out trees may bring down limbs and power lines. Newborn calves and lambs will be at risk.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle. Ranchers should move livestock to shelter.",
         vtec="/O.NEW.KRIW.WS.W.0031.260422T0600Z-260423T1800Z/", references=[], geometry=None),
    dict(id=SVR_WORLAND, office="KRIW", senderName="NWS Riverton WY", awips="SVRRIW", wmo="WUUS55",
         areaDesc="Washakie, WY", SAME=["056043"], UGC=["WYC043"],
         sent="2026-06-14T16:48:00-06:00", onset="2026-06-14T16:48:00-06:00", expires="2026-06-14T17:30:00-06:00",
         ends="2026-06-14T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 4:48PM MDT until June 14 at 5:30PM MDT by NWS Riverton WY",
         description="SVRRIW\n\nThe National Weather Service in Riverton has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Washakie County in north central Wyoming...\n\n* Until 530 PM MDT.\n\n* At 447 PM MDT, a severe thunderstorm was located 6 miles west of Worland, moving east at 25 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported quarter size hail on Highway 20 south of Emblem Bench.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Crops, especially sugar beets and beans, will be damaged.\n\n* Locations impacted include...\nWorland, West Worland and the Washakie County Fairgrounds.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRIW.SV.W.0058.260614T2248Z-260614T2330Z/", references=[], geometry=WORLAND_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_WORLAND_CAN, office="KRIW", senderName="NWS Riverton WY", awips="SVSRIW", wmo="WWUS55",
         areaDesc="Washakie, WY", SAME=["056043"], UGC=["WYC043"],
         sent="2026-06-14T17:18:00-06:00", onset="2026-06-14T17:18:00-06:00", expires="2026-06-14T17:30:00-06:00",
         ends="2026-06-14T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area toward Ten Sleep. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KRIW.SV.W.0058.000000T0000Z-260614T2330Z/", references=[SVR_WORLAND],
         geometry=WORLAND_POLY),
]
