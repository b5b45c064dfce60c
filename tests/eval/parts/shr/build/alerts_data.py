"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the shr part. Every alert is invented;
offices, SAME county codes and county UGC codes are real (forecast-zone numbers as best known; labels use only
SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"shr_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_RIW = urn("shr-winter-storm-johnson")
WWY_BYZ = urn("shr-wwy-sheridan")
SVR_BYZ = urn("shr-svr-hail-sheridan")
TOR_UNR = urn("shr-tor-campbell")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_RIW, office="KRIW", senderName="NWS Riverton WY", awips="WSWRIW", wmo="WWUS45",
         areaDesc="Johnson County Lower Elevations; Southeast Bighorn Mountains", SAME=["056019"],
         UGC=["WYZ009", "WYZ010"],
         sent="2026-01-24T14:35:00-07:00", onset="2026-01-25T05:00:00-07:00", expires="2026-01-25T03:00:00-07:00",
         ends="2026-01-26T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:35PM MST until January 26 at 5:00PM MST by NWS Riverton WY",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches in the lower elevations and 18 to 30 inches in the Bighorns. Winds gusting as high as 50 mph will cause blowing and drifting snow.\n\n* WHERE...Johnson County, including Buffalo, Kaycee and Interstate 25 between Buffalo and Kaycee, and the southeast Bighorn Mountains.\n\n* WHEN...From 5 AM Sunday to 5 PM MST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Closures of Interstate 25 and U.S. 16 over Powder River Pass are likely.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Check wyoroad.info before leaving.",
         vtec="/O.NEW.KRIW.WS.W.0006.260125T1200Z-260127T0000Z/", geometry=None),
    dict(id=WWY_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="WSWBYZ", wmo="WWUS45",
         areaDesc="Sheridan Foothills; Northeast Bighorn Mountains", SAME=["056033"], UGC=["WYZ198", "WYZ199"],
         sent="2026-03-22T03:10:00-06:00", onset="2026-03-22T06:00:00-06:00", expires="2026-03-22T12:00:00-06:00",
         ends="2026-03-23T06:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued March 22 at 3:10AM MDT until March 23 at 6:00AM MDT by NWS Billings MT",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches, locally 8 inches near the foothills.\n\n* WHERE...Sheridan Foothills and the northeast Bighorn Mountains, including Sheridan, Big Horn, Story, Dayton and Ranchester.\n\n* WHEN...From 6 AM this morning to 6 AM MDT Monday.\n\n* IMPACTS...Plan on slippery road conditions, including Interstate 90.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KBYZ.WW.Y.0031.260322T1200Z-260323T1200Z/", geometry=None),
    dict(id=SVR_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="SVRBYZ", wmo="WUUS55",
         areaDesc="Sheridan, WY", SAME=["056033"], UGC=["WYC033"],
         sent="2026-07-14T17:52:00-06:00", onset="2026-07-14T17:52:00-06:00", expires="2026-07-14T18:45:00-06:00",
         ends="2026-07-14T18:45:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 5:52PM MDT until July 14 at 6:45PM MDT by NWS Billings MT",
         description="SVRBYZ\n\nThe National Weather Service in Billings has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Sheridan County in north central Wyoming...\n\n* Until 645 PM MDT.\n\n* At 551 PM MDT, a severe thunderstorm was located over Big Horn, moving northeast at 25 mph.\n\nHAZARD...Baseball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported baseball size hail in Big Horn.\n\nIMPACT...People and animals outdoors will be severely injured. Expect shattered windows, extensive damage to roofs, siding, and vehicles.\n\n* Locations impacted include...\nSheridan, Big Horn, Beckton and Sheridan County Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBYZ.SV.W.0118.260714T2352Z-260715T0045Z/",
         geometry=poly((-107.10, 44.62), (-106.88, 44.63), (-106.88, 44.84), (-107.08, 44.83)),
         extra={"maxHailSize": ["2.75"], "maxWindGust": ["70 MPH"], "hailThreat": ["OBSERVED"]}),
    dict(id=TOR_UNR, office="KUNR", senderName="NWS Rapid City SD", awips="TORUNR", wmo="WFUS53",
         areaDesc="Campbell, WY", SAME=["056005"], UGC=["WYC005"],
         sent="2026-07-14T20:31:00-06:00", onset="2026-07-14T20:31:00-06:00", expires="2026-07-14T21:00:00-06:00",
         ends="2026-07-14T21:00:00-06:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued July 14 at 8:31PM MDT until July 14 at 9:00PM MDT by NWS Rapid City SD",
         description="TORUNR\n\nThe National Weather Service in Rapid City has issued a\n\n* Tornado Warning for...\nNorthwestern Campbell County in northeastern Wyoming...\n\n* Until 900 PM MDT.\n\n* At 830 PM MDT, a severe thunderstorm capable of producing a tornado was located 12 miles northwest of Gillette, moving east at 20 mph.\n\nHAZARD...Tornado and golf ball size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nRozet and rural northwestern Campbell County.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KUNR.TO.W.0041.260715T0231Z-260715T0300Z/",
         geometry=poly((-105.78, 44.33), (-105.55, 44.33), (-105.55, 44.45), (-105.78, 44.45)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.75"]}),
]
