"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part ftk. Every alert is invented;
office (KLMK, NWS Louisville), SAME county codes and UGC county codes are real; labels use only SAME and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ftk_urn-oid-2.49.0.1.840.0.{h[:32]}.001.1"


WSW = urn("ftk-winter-storm-larue")
TOR = urn("ftk-tornado-radcliff")
TOR_CAN = urn("ftk-tornado-radcliff-can")
WIND = urn("ftk-wind-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KLMK", senderName="NWS Louisville KY", awips="WSWLMK", wmo="WWUS43",
         areaDesc="Larue; Taylor; Green", SAME=["021123", "021217", "021087"], UGC=["KYC123", "KYC217", "KYC087"],
         sent="2026-01-24T15:10:00-05:00", onset="2026-01-25T00:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:10PM EST until January 26 at 7:00AM EST by NWS Louisville KY",
         description="* WHAT...Heavy mixed precipitation. Total snow accumulations of 4 to 7 inches and ice accumulations of up to three tenths of an inch.\n\n* WHERE...Larue, Taylor and Green Counties, including Hodgenville, Campbellsville and Greensburg.\n\n* WHEN...From midnight Sunday to 7 AM EST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KLMK.WS.W.0003.260125T0500Z-260126T1200Z/", references=[], geometry=None),
    dict(id=TOR, office="KLMK", senderName="NWS Louisville KY", awips="TORLMK", wmo="WFUS53",
         areaDesc="Hardin, KY; Meade, KY", SAME=["021093", "021163"], UGC=["KYC093", "KYC163"],
         sent="2026-04-23T23:41:00-04:00", onset="2026-04-23T23:41:00-04:00", expires="2026-04-24T00:15:00-04:00",
         ends="2026-04-24T00:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 23 at 11:41PM EDT until April 24 at 12:15AM EDT by NWS Louisville KY",
         description="At 1141 PM EDT, a severe thunderstorm capable of producing a tornado was located near Vine Grove, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\nLocations impacted include Radcliff, Vine Grove, Fort Knox and Muldraugh.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KLMK.TO.W.0021.260424T0341Z-260424T0415Z/", references=[],
         geometry=poly((-86.06, 37.80), (-85.90, 37.79), (-85.89, 37.91), (-86.05, 37.92)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_CAN, office="KLMK", senderName="NWS Louisville KY", awips="SVSLMK", wmo="WWUS53",
         areaDesc="Hardin, KY; Meade, KY", SAME=["021093", "021163"], UGC=["KYC093", "KYC163"],
         sent="2026-04-24T00:02:00-04:00", onset="2026-04-24T00:02:00-04:00", expires="2026-04-24T00:15:00-04:00",
         ends="2026-04-24T00:15:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KLMK.TO.W.0021.000000T0000Z-260424T0415Z/", references=[TOR],
         geometry=poly((-86.06, 37.80), (-85.90, 37.79), (-85.89, 37.91), (-86.05, 37.92))),
    dict(id=WIND, office="KLMK", senderName="NWS Louisville KY", awips="NPWLMK", wmo="WWUS73",
         areaDesc="Hardin; Larue; Nelson", SAME=["021093", "021123", "021179"], UGC=["KYZ032", "KYZ045", "KYZ033"],
         sent="2026-03-05T04:12:00-05:00", onset="2026-03-05T10:00:00-05:00", expires="2026-03-05T19:00:00-05:00",
         ends="2026-03-05T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 5 at 4:12AM EST until March 5 at 7:00PM EST by NWS Louisville KY",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 50 mph expected.\n\n* WHERE...Hardin, Larue and Nelson Counties.\n\n* WHEN...From 10 AM to 7 PM EST Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KLMK.WI.Y.0009.260305T1500Z-260306T0000Z/", references=[], geometry=None),
]
