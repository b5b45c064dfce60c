"""Hand-written NWS alerts for part twf (invented). Office, SAME county codes and UGC county codes are real;
forecast-zone numbers are best known and no label depends on them (labels use SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"twf_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR = urn("twf-svr-buhl-filer")
SVR_CAN = urn("twf-svr-buhl-filer-can")
HWW = urn("twf-hww-jerome-gooding")
WIY = urn("twf-wind-advisory-twin-falls")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-114.86, 42.52), (-114.56, 42.52), (-114.56, 42.66), (-114.86, 42.66))

ALERTS = [
    dict(id=HWW, office="KBOI", senderName="NWS Boise ID", awips="NPWBOI", wmo="WWUS75",
         areaDesc="Jerome, ID; Gooding, ID", SAME=["016053", "016047"], UGC=["IDZ016", "IDZ017"],
         sent="2026-04-08T15:10:00-06:00", onset="2026-04-08T20:00:00-06:00", expires="2026-04-09T06:00:00-06:00",
         ends="2026-04-09T09:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued April 8 at 3:10PM MDT until April 9 at 9:00AM MDT by NWS Boise ID",
         description="* WHAT...West winds 35 to 45 mph with gusts up to 70 mph.\n\n* WHERE...Jerome and Gooding Counties, including Jerome, Wendell, Gooding and Hagerman.\n\n* WHEN...From 8 PM this evening to 9 AM MDT Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Travel will be difficult on Interstate 84, especially for high profile vehicles.",
         instruction="Secure outdoor objects. Use extra caution while driving.",
         vtec="/O.NEW.KBOI.HW.W.0004.260409T0200Z-260409T1500Z/", references=[], geometry=None),
    dict(id=WIY, office="KBOI", senderName="NWS Boise ID", awips="NPWBOI", wmo="WWUS75",
         areaDesc="Twin Falls, ID", SAME=["016083"], UGC=["IDZ030", "IDZ031"],
         sent="2026-04-08T15:12:00-06:00", onset="2026-04-08T20:00:00-06:00", expires="2026-04-09T06:00:00-06:00",
         ends="2026-04-09T09:00:00-06:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 8 at 3:12PM MDT until April 9 at 9:00AM MDT by NWS Boise ID",
         description="* WHAT...West winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Twin Falls County, including Twin Falls, Buhl, Filer, Kimberly and Hansen.\n\n* WHEN...From 8 PM this evening to 9 AM MDT Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects.",
         instruction="Use extra caution while driving, especially in high profile vehicles.",
         vtec="/O.NEW.KBOI.WI.Y.0011.260409T0200Z-260409T1500Z/", references=[], geometry=None),
    dict(id=SVR, office="KBOI", senderName="NWS Boise ID", awips="SVRBOI", wmo="WUUS55",
         areaDesc="Twin Falls, ID", SAME=["016083"], UGC=["IDC083"],
         sent="2026-06-21T16:40:00-06:00", onset="2026-06-21T16:40:00-06:00", expires="2026-06-21T17:30:00-06:00",
         ends="2026-06-21T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 21 at 4:40PM MDT until June 21 at 5:30PM MDT by NWS Boise ID",
         description="SVRBOI\n\nThe National Weather Service in Boise has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Twin Falls County in south central Idaho...\n\n* Until 530 PM MDT.\n\n* At 439 PM MDT, a severe thunderstorm was located near Castleford, moving northeast at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, trees and center pivots.\n\n* Locations impacted include...\nBuhl, Filer, Castleford and Clear Lakes.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOI.SV.W.0061.260621T2240Z-260621T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KBOI", senderName="NWS Boise ID", awips="SVSBOI", wmo="WWUS55",
         areaDesc="Twin Falls, ID", SAME=["016083"], UGC=["IDC083"],
         sent="2026-06-21T17:12:00-06:00", onset="2026-06-21T17:12:00-06:00", expires="2026-06-21T17:30:00-06:00",
         ends="2026-06-21T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KBOI.SV.W.0061.000000T0000Z-260621T2330Z/", references=[SVR],
         geometry=SVR_POLY),
]
