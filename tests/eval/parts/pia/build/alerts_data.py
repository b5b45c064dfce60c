"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Lincoln IL (KILX). Every alert is
invented; the office, SAME county codes and county names are real (forecast-zone numbers as best known; labels use
only SAME codes and polygons). Feature ids are 'pia_urn:oid:...'."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pia_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_ILX = urn("pia-ice-storm-woodford")
TOR_ILX = urn("pia-tornado-pekin")
TOR_ILX_CAN = urn("pia-tornado-pekin-can")
SVR_ILX = urn("pia-svr-morton-washington")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-89.69, 40.530), (-89.56, 40.530), (-89.55, 40.600), (-89.69, 40.605))

ALERTS = [
    # Ice Storm Warning, no polygon, Woodford County only (SAME 017203): the Eureka client. gold: in_area PIA023.
    dict(id=ISW_ILX, office="KILX", senderName="NWS Lincoln IL", awips="WSWILX", wmo="WWUS43",
         areaDesc="Woodford", SAME=["017203"], UGC=["ILZ031"],
         sent="2026-01-08T14:05:00-06:00", onset="2026-01-09T00:00:00-06:00", expires="2026-01-09T04:00:00-06:00",
         ends="2026-01-10T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 8 at 2:05PM CST until January 10 at 6:00AM CST by NWS Lincoln IL",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch. Winds gusting as high as 35 mph.\n\n* WHERE...Woodford County, including Eureka, El Paso, Metamora, Roanoke and Germantown Hills.\n\n* WHEN...From midnight tonight to 6 AM CST Saturday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food and water in your vehicle in case of an emergency. Prepare for possible power outages.",
         vtec="/O.NEW.KILX.IS.W.0002.260109T0600Z-260110T1200Z/", references=[], geometry=None),
    # Tornado Warning over Pekin: gold in_area PIA005, PIA006.
    dict(id=TOR_ILX, office="KILX", senderName="NWS Lincoln IL", awips="TORILX", wmo="WFUS53",
         areaDesc="Tazewell, IL", SAME=["017179"], UGC=["ILC179"],
         sent="2026-04-17T19:12:00-05:00", onset="2026-04-17T19:12:00-05:00", expires="2026-04-17T19:45:00-05:00",
         ends="2026-04-17T19:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 17 at 7:12PM CDT until April 17 at 7:45PM CDT by NWS Lincoln IL",
         description="TORILX\n\nThe National Weather Service in Lincoln has issued a\n\n* Tornado Warning for...\nWestern Tazewell County in central Illinois...\n\n* Until 745 PM CDT.\n\n* At 711 PM CDT, a severe thunderstorm capable of producing a tornado was located over the Illinois River near Pekin Lake, moving northeast at 35 mph.\n\nHAZARD...Tornado and quarter size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nPekin, North Pekin, Marquette Heights and South Pekin.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KILX.TO.W.0014.260418T0012Z-260418T0045Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    # Its cancellation: nothing.
    dict(id=TOR_ILX_CAN, office="KILX", senderName="NWS Lincoln IL", awips="SVSILX", wmo="WWUS53",
         areaDesc="Tazewell, IL", SAME=["017179"], UGC=["ILC179"],
         sent="2026-04-17T19:31:00-05:00", onset="2026-04-17T19:31:00-05:00", expires="2026-04-17T19:45:00-05:00",
         ends="2026-04-17T19:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KILX.TO.W.0014.000000T0000Z-260418T0045Z/", references=[TOR_ILX],
         geometry=TOR_POLY),
    # Severe Thunderstorm Warning over Morton and Washington: gold in_area for the Morton and Washington clients.
    dict(id=SVR_ILX, office="KILX", senderName="NWS Lincoln IL", awips="SVRILX", wmo="WUUS53",
         areaDesc="Tazewell, IL; Woodford, IL", SAME=["017179", "017203"], UGC=["ILC179", "ILC203"],
         sent="2026-06-23T16:48:00-05:00", onset="2026-06-23T16:48:00-05:00", expires="2026-06-23T17:30:00-05:00",
         ends="2026-06-23T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 4:48PM CDT until June 23 at 5:30PM CDT by NWS Lincoln IL",
         description="SVRILX\n\nThe National Weather Service in Lincoln has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Tazewell County in central Illinois...\nSouthern Woodford County in central Illinois...\n\n* Until 530 PM CDT.\n\n* At 447 PM CDT, a severe thunderstorm was located near Groveland, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, trees, and vehicles.\n\n* Locations impacted include...\nMorton, Washington, Sunnyland and Deer Creek.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILX.SV.W.0091.260623T2148Z-260623T2230Z/", references=[],
         geometry=poly((-89.505, 40.575), (-89.37, 40.575), (-89.365, 40.745), (-89.50, 40.745)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
]
