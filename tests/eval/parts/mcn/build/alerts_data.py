"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for middle Georgia. Alerts invented; the
office (NWS Peachtree City GA, KFFC), county SAME/UGC codes are real; zone numbers best known."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mcn_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("mcn-ice-storm-monroe")
SVR = urn("mcn-svr-warner-robins")
SVR_CAN = urn("mcn-svr-warner-robins-can")
WIND = urn("mcn-wind-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW, office="KFFC", senderName="NWS Peachtree City GA", awips="WSWFFC", wmo="WWUS42",
         areaDesc="Monroe; Lamar", SAME=["013207", "013171"], UGC=["GAC207", "GAC171"],
         sent="2026-01-24T15:10:00-05:00", onset="2026-01-25T01:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 3:10PM EST until January 26 at 10:00AM EST by NWS Peachtree City GA",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Monroe and Lamar Counties, including Forsyth and Barnesville.\n\n* WHEN...From 1 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KFFC.IS.W.0002.260125T0600Z-260126T1500Z/", references=[], geometry=None),
    dict(id=SVR, office="KFFC", senderName="NWS Peachtree City GA", awips="SVRFFC", wmo="WUUS52",
         areaDesc="Houston, GA; Peach, GA", SAME=["013153", "013225"], UGC=["GAC153", "GAC225"],
         sent="2026-04-14T16:42:00-04:00", onset="2026-04-14T16:42:00-04:00", expires="2026-04-14T17:30:00-04:00",
         ends="2026-04-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 14 at 4:42PM EDT until April 14 at 5:30PM EDT by NWS Peachtree City GA",
         description="At 442 PM EDT, a severe thunderstorm was located near Byron, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Warner Robins, Byron, Centerville and Robins Air Force Base.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFFC.SV.W.0118.260414T2042Z-260414T2130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-83.84, 32.56), (-83.60, 32.56), (-83.60, 32.68), (-83.84, 32.68))),
    dict(id=SVR_CAN, office="KFFC", senderName="NWS Peachtree City GA", awips="SVSFFC", wmo="WWUS52",
         areaDesc="Houston, GA; Peach, GA", SAME=["013153", "013225"], UGC=["GAC153", "GAC225"],
         sent="2026-04-14T17:12:00-04:00", onset="2026-04-14T17:12:00-04:00", expires="2026-04-14T17:30:00-04:00",
         ends="2026-04-14T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property.",
         instruction=None, vtec="/O.CAN.KFFC.SV.W.0118.000000T0000Z-260414T2130Z/", references=[SVR],
         geometry=poly((-83.70, 32.56), (-83.60, 32.56), (-83.60, 32.68), (-83.70, 32.68))),
    dict(id=WIND, office="KFFC", senderName="NWS Peachtree City GA", awips="NPWFFC", wmo="WWUS72",
         areaDesc="Bibb; Houston; Peach; Monroe", SAME=["013021", "013153", "013225", "013207"],
         UGC=["GAZ066", "GAZ079", "GAZ078", "GAZ052"],
         sent="2026-03-03T04:05:00-05:00", onset="2026-03-03T10:00:00-05:00", expires="2026-03-03T18:00:00-05:00",
         ends="2026-03-03T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 3 at 4:05AM EST until March 3 at 7:00PM EST by NWS Peachtree City GA",
         description="* WHAT...West winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Bibb, Houston, Peach and Monroe Counties.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KFFC.WI.Y.0009.260303T1500Z-260304T0000Z/", references=[], geometry=None),
]
