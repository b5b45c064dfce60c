"""Hand-written NWS alerts for the lit part (api.weather.gov /alerts/active GeoJSON, office KLZK Little Rock).
Every alert is invented; the office, SAME county codes and county UGC codes are real (forecast-zone numbers as
best known; labels use only SAME codes and polygons). Feature ids are `lit_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lit_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_LZK = urn("lit-tornado-jacksonville-cabot")
SVR_LZK = urn("lit-svr-bryant-benton")
SVR_LZK_CAN = urn("lit-svr-bryant-benton-can")
ISW_LZK = urn("lit-ice-storm-faulkner")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Ice Storm Warning, no geometry: Faulkner (005045) plus Conway County (005029, which does NOT contain the
    # city of Conway) and Van Buren (005141). Faulkner clients (Conway, Greenbrier) are in the area.
    dict(id=ISW_LZK, office="KLZK", senderName="NWS Little Rock AR", awips="WSWLZK", wmo="WWUS44",
         areaDesc="Conway; Faulkner; Van Buren", SAME=["005029", "005045", "005141"],
         UGC=["ARZ030", "ARZ031", "ARZ015"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T04:00:00-06:00",
         ends="2026-01-26T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 2:05PM CST until January 26 at 12:00PM CST by NWS Little Rock AR",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Conway, Faulkner and Van Buren Counties, including the cities of Morrilton, Conway, Greenbrier, Vilonia and Clinton.\n\n* WHEN...From midnight tonight to noon CST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KLZK.IS.W.0001.260125T0600Z-260126T1800Z/", references=[], geometry=None),
    # Tornado Warning over Jacksonville and Cabot (north-east Pulaski, west Lonoke). Sherwood is outside.
    dict(id=TOR_LZK, office="KLZK", senderName="NWS Little Rock AR", awips="TORLZK", wmo="WFUS54",
         areaDesc="Pulaski, AR; Lonoke, AR", SAME=["005119", "005085"], UGC=["ARC119", "ARC085"],
         sent="2026-04-07T19:42:00-05:00", onset="2026-04-07T19:42:00-05:00", expires="2026-04-07T20:30:00-05:00",
         ends="2026-04-07T20:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 7 at 7:42PM CDT until April 7 at 8:30PM CDT by NWS Little Rock AR",
         description="At 741 PM CDT, a confirmed tornado was located near Gravel Ridge, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Jacksonville, Cabot, Little Rock Air Force Base and Austin.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KLZK.TO.W.0014.260408T0042Z-260408T0130Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.00"]},
         geometry=poly((-92.20, 34.87), (-91.97, 34.90), (-91.97, 34.99), (-92.18, 34.97), (-92.20, 34.87))),
    # Severe Thunderstorm Warning over Bryant and Benton (Saline), and its Cancel (nothing new).
    dict(id=SVR_LZK, office="KLZK", senderName="NWS Little Rock AR", awips="SVRLZK", wmo="WUUS54",
         areaDesc="Saline, AR; Pulaski, AR", SAME=["005125", "005119"], UGC=["ARC125", "ARC119"],
         sent="2026-05-18T16:10:00-05:00", onset="2026-05-18T16:10:00-05:00", expires="2026-05-18T17:00:00-05:00",
         ends="2026-05-18T17:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 18 at 4:10PM CDT until May 18 at 5:00PM CDT by NWS Little Rock AR",
         description="At 409 PM CDT, a severe thunderstorm was located over Haskell, moving northeast at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\nLocations impacted include Benton, Bryant, Alexander, Shannon Hills and Haskell.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLZK.SV.W.0087.260518T2110Z-260518T2200Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-92.67, 34.45), (-92.44, 34.47), (-92.43, 34.66), (-92.64, 34.66), (-92.67, 34.45))),
    dict(id=SVR_LZK_CAN, office="KLZK", senderName="NWS Little Rock AR", awips="SVSLZK", wmo="WWUS54",
         areaDesc="Saline, AR; Pulaski, AR", SAME=["005125", "005119"], UGC=["ARC125", "ARC119"],
         sent="2026-05-18T16:38:00-05:00", onset="2026-05-18T16:38:00-05:00", expires="2026-05-18T16:45:00-05:00",
         ends="2026-05-18T17:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property.",
         instruction="", vtec="/O.CAN.KLZK.SV.W.0087.000000T0000Z-260518T2200Z/", references=[SVR_LZK],
         geometry=poly((-92.67, 34.45), (-92.44, 34.47), (-92.43, 34.66), (-92.64, 34.66), (-92.67, 34.45))),
]
