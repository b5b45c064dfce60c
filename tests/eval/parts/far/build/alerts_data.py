"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Grand Forks (KFGF). Every alert is
invented; the office, SAME county codes and county UGC codes are real (forecast-zone numbers as best known;
labels use only SAME codes and polygons). Alert ids carry the part prefix `far_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"far_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_CLAY = urn("far-winter-storm-clay")
WWY_CASS = urn("far-winter-weather-advisory-cass")
SVR_FARGO = urn("far-svr-hail-south-fargo")
TOR_RICHLAND = urn("far-tornado-richland")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_CLAY, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="Clay, MN", SAME=["027027"], UGC=["MNZ029"],
         sent="2026-01-09T15:10:00-06:00", onset="2026-01-10T00:00:00-06:00", expires="2026-01-10T04:00:00-06:00",
         ends="2026-01-11T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 9 at 3:10PM CST until January 11 at 6:00AM CST by NWS Grand Forks ND",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 9 to 14 inches. Winds gusting as high as 45 mph will cause whiteout conditions in open country.\n\n* WHERE...Clay County in Minnesota, including Moorhead, Dilworth, Glyndon, Hawley and Barnesville.\n\n* WHEN...From midnight tonight to 6 AM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Interstate 94 between Moorhead and Fergus Falls may close.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Check 511 before leaving.",
         vtec="/O.NEW.KFGF.WS.W.0003.260110T0600Z-260111T1200Z/", references=[], geometry=None),
    dict(id=WWY_CASS, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="Cass, ND", SAME=["038017"], UGC=["NDZ039"],
         sent="2026-01-09T15:12:00-06:00", onset="2026-01-10T00:00:00-06:00", expires="2026-01-10T04:00:00-06:00",
         ends="2026-01-10T18:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 9 at 3:12PM CST until January 10 at 6:00PM CST by NWS Grand Forks ND",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches. Winds gusting as high as 35 mph.\n\n* WHERE...Cass County in North Dakota, including Fargo, West Fargo, Casselton and Horace.\n\n* WHEN...From midnight tonight to 6 PM CST Saturday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KFGF.WW.Y.0005.260110T0600Z-260111T0000Z/", references=[], geometry=None),
    dict(id=SVR_FARGO, office="KFGF", senderName="NWS Grand Forks ND", awips="SVRFGF", wmo="WUUS53",
         areaDesc="Cass, ND", SAME=["038017"], UGC=["NDC017"],
         sent="2026-06-18T18:42:00-05:00", onset="2026-06-18T18:42:00-05:00", expires="2026-06-18T19:30:00-05:00",
         ends="2026-06-18T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 6:42PM CDT until June 18 at 7:30PM CDT by NWS Grand Forks ND",
         description="SVRFGF\n\nThe National Weather Service in Grand Forks has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Cass County in southeastern North Dakota...\n\n* Until 730 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm was located over West Fargo, moving southeast at 25 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nWest Fargo, south Fargo, Osgood and Davies.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFGF.SV.W.0071.260618T2342Z-260619T0030Z/", references=[],
         geometry=poly((-96.99, 46.905), (-96.80, 46.905), (-96.795, 46.760), (-96.98, 46.765)),
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["70 MPH"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=TOR_RICHLAND, office="KFGF", senderName="NWS Grand Forks ND", awips="TORFGF", wmo="WFUS53",
         areaDesc="Richland, ND; Wilkin, MN", SAME=["038077", "027167"], UGC=["NDC077", "MNC167"],
         sent="2026-07-11T16:05:00-05:00", onset="2026-07-11T16:05:00-05:00", expires="2026-07-11T16:45:00-05:00",
         ends="2026-07-11T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued July 11 at 4:05PM CDT until July 11 at 4:45PM CDT by NWS Grand Forks ND",
         description="TORFGF\n\nThe National Weather Service in Grand Forks has issued a\n\n* Tornado Warning for...\nEastern Richland County in southeastern North Dakota...\nSouthwestern Wilkin County in west central Minnesota...\n\n* Until 445 PM CDT.\n\n* At 404 PM CDT, a severe thunderstorm capable of producing a tornado was located near Mooreton, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\n* Locations impacted include...\nWahpeton, Breckenridge, Mooreton and Doran.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KFGF.TO.W.0018.260711T2105Z-260711T2145Z/", references=[],
         geometry=poly((-96.95, 46.25), (-96.50, 46.25), (-96.50, 46.40), (-96.95, 46.38)),
         extra={"tornadoDetection": ["RADAR INDICATED"]}),
]
