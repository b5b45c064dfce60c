"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), all from NWS Birmingham (KBMX). Every alert is
invented; the office, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME codes
and polygons). Alert ids carry the part prefix: bhm_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bhm_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BMX = urn("bhm-winter-storm-cullman")
TOR_BMX = urn("bhm-tornado-bessemer")
SVR_BMX = urn("bhm-svr-trussville")
SVR_BMX_CAN = urn("bhm-svr-trussville-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_BMX, office="KBMX", senderName="NWS Birmingham AL", awips="WSWBMX", wmo="WWUS44",
         areaDesc="Cullman; Blount; Winston", SAME=["001043", "001009", "001133"], UGC=["ALZ017", "ALZ018", "ALZ016"],
         sent="2026-01-23T15:10:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:10PM CST until January 25 at 6:00AM CST by NWS Birmingham AL",
         description="* WHAT...Mixed precipitation. Ice accumulations of one quarter to one half inch, with up to 2 inches of sleet and snow.\n\n* WHERE...Cullman, Blount and Winston Counties, including Cullman, Hanceville, Oneonta and Double Springs.\n\n* WHEN...From midnight tonight to 6 AM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on Interstate 65 over the hills north of Hanceville.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBMX.WS.W.0002.260124T0600Z-260125T1200Z/", references=[], geometry=None),
    dict(id=TOR_BMX, office="KBMX", senderName="NWS Birmingham AL", awips="TORBMX", wmo="WFUS54",
         areaDesc="Jefferson, AL", SAME=["001073"], UGC=["ALC073"],
         sent="2026-04-01T03:41:00-05:00", onset="2026-04-01T03:41:00-05:00", expires="2026-04-01T04:15:00-05:00",
         ends="2026-04-01T04:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 1 at 3:41AM CDT until April 1 at 4:15AM CDT by NWS Birmingham AL",
         description="TORBMX\n\nThe National Weather Service in Birmingham has issued a\n\n* Tornado Warning for...\nSouthwestern Jefferson County in central Alabama...\n\n* Until 415 AM CDT.\n\n* At 340 AM CDT, a severe thunderstorm capable of producing a tornado was located near the Bessemer Airport, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nBessemer, Brighton, Lipscomb and Midfield.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KBMX.TO.W.0031.260401T0841Z-260401T0915Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]},
         geometry=poly((-86.995, 33.375), (-86.905, 33.380), (-86.900, 33.445), (-86.990, 33.442))),
    dict(id=SVR_BMX, office="KBMX", senderName="NWS Birmingham AL", awips="SVRBMX", wmo="WUUS54",
         areaDesc="Jefferson, AL; St. Clair, AL", SAME=["001073", "001115"], UGC=["ALC073", "ALC115"],
         sent="2026-05-14T16:52:00-05:00", onset="2026-05-14T16:52:00-05:00", expires="2026-05-14T17:30:00-05:00",
         ends="2026-05-14T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 14 at 4:52PM CDT until May 14 at 5:30PM CDT by NWS Birmingham AL",
         description="SVRBMX\n\nThe National Weather Service in Birmingham has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Jefferson County in central Alabama...\nWestern St. Clair County in central Alabama...\n\n* Until 530 PM CDT.\n\n* At 451 PM CDT, a severe thunderstorm was located over Clay, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nTrussville, Clay, Argo and Springville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBMX.SV.W.0118.260514T2152Z-260514T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-86.665, 33.600), (-86.535, 33.598), (-86.530, 33.672), (-86.660, 33.675))),
    dict(id=SVR_BMX_CAN, office="KBMX", senderName="NWS Birmingham AL", awips="SVSBMX", wmo="WWUS54",
         areaDesc="Jefferson, AL; St. Clair, AL", SAME=["001073", "001115"], UGC=["ALC073", "ALC115"],
         sent="2026-05-14T17:14:00-05:00", onset="2026-05-14T17:14:00-05:00", expires="2026-05-14T17:30:00-05:00",
         ends="2026-05-14T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire early.",
         instruction="", vtec="/O.CAN.KBMX.SV.W.0118.000000T0000Z-260514T2230Z/", references=[SVR_BMX],
         geometry=poly((-86.665, 33.600), (-86.535, 33.598), (-86.530, 33.672), (-86.660, 33.675))),
]
