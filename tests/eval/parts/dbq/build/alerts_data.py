"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the dbq part. Every alert is invented;
offices, SAME county codes and UGC county codes are real (forecast-zone numbers are not used; labels use only
SAME codes and polygons). Feature ids carry the prefix dbq_ inside the api.weather.gov URL."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"dbq_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DVN = urn("dbq-winter-storm-jackson-jodaviess")
SVR_DVN = urn("dbq-svr-west-dubuque-asbury-peosta")
TOR_ARX = urn("dbq-tornado-elkader")
HEAT_DVN = urn("dbq-heat-advisory-dubuque")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # 1. SAME-code-only: Jackson County IA (Bellevue) and Jo Daviess County IL (Galena, East Dubuque). Not Dubuque County.
    dict(id=WSW_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="WSWDVN", wmo="WWUS43",
         areaDesc="Jackson, IA; Jo Daviess, IL", SAME=["019097", "017085"], UGC=["IAC097", "ILC085"],
         sent="2026-01-12T14:05:00-06:00", onset="2026-01-13T00:00:00-06:00", expires="2026-01-13T03:00:00-06:00",
         ends="2026-01-14T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 12 at 2:05PM CST until January 14 at 6:00AM CST by NWS Quad Cities IA IL",
         description="* WHAT...Heavy snow and blowing snow. Total snow accumulations of 9 to 14 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Jackson County in Iowa and Jo Daviess County in Illinois, including Bellevue, Maquoketa, Galena and East Dubuque.\n\n* WHEN...From midnight tonight to 6 AM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on the river bluff roads. Patchy blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDVN.WS.W.0003.260113T0600Z-260114T1200Z/", references=[], geometry=None),
    # 2. Polygon: west Dubuque (ZIP 52002), Asbury and Peosta; excludes downtown/north end (52001) and the south end (52003).
    dict(id=SVR_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="SVRDVN", wmo="WUUS53",
         areaDesc="Dubuque, IA", SAME=["019061"], UGC=["IAC061"],
         sent="2026-07-14T16:32:00-05:00", onset="2026-07-14T16:32:00-05:00", expires="2026-07-14T17:15:00-05:00",
         ends="2026-07-14T17:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:32PM CDT until July 14 at 5:15PM CDT by NWS Quad Cities IA IL",
         description="SVRDVN\n\nThe National Weather Service in the Quad Cities has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Dubuque County in east central Iowa...\n\n* Until 515 PM CDT.\n\n* At 431 PM CDT, a severe thunderstorm was located near Epworth, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nwestern Dubuque, Asbury, Peosta and Centralia.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDVN.SV.W.0188.260714T2132Z-260714T2215Z/", references=[],
         geometry=poly((-90.87, 42.42), (-90.715, 42.42), (-90.715, 42.56), (-90.87, 42.56)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    # 3. Polygon over rural Clayton County near Elkader: no client inside (matches nobody).
    dict(id=TOR_ARX, office="KARX", senderName="NWS La Crosse WI", awips="TORARX", wmo="WFUS53",
         areaDesc="Clayton, IA", SAME=["019043"], UGC=["IAC043"],
         sent="2026-05-26T18:48:00-05:00", onset="2026-05-26T18:48:00-05:00", expires="2026-05-26T19:30:00-05:00",
         ends="2026-05-26T19:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 26 at 6:48PM CDT until May 26 at 7:30PM CDT by NWS La Crosse WI",
         description="TORARX\n\nThe National Weather Service in La Crosse has issued a\n\n* Tornado Warning for...\nSouthwestern Clayton County in northeastern Iowa...\n\n* Until 730 PM CDT.\n\n* At 647 PM CDT, a severe thunderstorm capable of producing a tornado was located near Volga, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nElkader, Volga, Osterdock and Littleport.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KARX.TO.W.0021.260526T2348Z-260527T0030Z/", references=[],
         geometry=poly((-91.56, 42.80), (-91.30, 42.80), (-91.30, 42.92), (-91.56, 42.92)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    # 4. Moderate Heat Advisory over all of Dubuque County: below Severe, nothing.
    dict(id=HEAT_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="NPWDVN", wmo="WWUS73",
         areaDesc="Dubuque, IA; Jackson, IA; Jo Daviess, IL", SAME=["019061", "019097", "017085"],
         UGC=["IAC061", "IAC097", "ILC085"],
         sent="2026-08-04T03:40:00-05:00", onset="2026-08-04T12:00:00-05:00", expires="2026-08-04T15:45:00-05:00",
         ends="2026-08-05T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued August 4 at 3:40AM CDT until August 5 at 8:00PM CDT by NWS Quad Cities IA IL",
         description="* WHAT...Heat index values up to 106.\n\n* WHERE...Dubuque and Jackson Counties in Iowa and Jo Daviess County in Illinois.\n\n* WHEN...From noon today to 8 PM CDT Wednesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KDVN.HT.Y.0007.260804T1700Z-260806T0100Z/", references=[], geometry=None),
]
