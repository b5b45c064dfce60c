"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the tul part. Every alert is invented;
the office (NWS Tulsa, KTSA), county SAME/UGC codes are real; labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.tul.{h[:32]}.001.1"


SVR_TSA = urn("tul-svr-broken-arrow-hail")
SVR_TSA_CAN = urn("tul-svr-broken-arrow-hail-can")
TOR_TSA = urn("tul-tornado-sand-springs")
TOR_TSA_TEST = urn("tul-tornado-okmulgee-test")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="SVRTSA", wmo="WUUS54",
         areaDesc="Tulsa, OK; Wagoner, OK", SAME=["040143", "040145"], UGC=["OKC143", "OKC145"],
         sent="2026-04-14T17:32:00-05:00", onset="2026-04-14T17:32:00-05:00", expires="2026-04-14T18:15:00-05:00",
         ends="2026-04-14T18:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 14 at 5:32PM CDT until April 14 at 6:15PM CDT by NWS Tulsa OK",
         description="SVRTSA\n\nThe National Weather Service in Tulsa has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Tulsa County in northeastern Oklahoma...\nSouthwestern Wagoner County in northeastern Oklahoma...\n\n* Until 615 PM CDT.\n\n* At 531 PM CDT, a severe thunderstorm was located near South Memorial Drive and East 81st Street, moving east at 30 mph.\n\nHAZARD...Baseball size hail and 70 mph wind gusts.\n\nSOURCE...Trained spotters reported golf ball size hail near Woodland Hills.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nBroken Arrow, south Tulsa, Bixby north, Coweta west and Leonard.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTSA.SV.W.0141.260414T2232Z-260414T2315Z/", references=[],
         extra={"maxHailSize": ["2.75"], "maxWindGust": ["70 MPH"], "hailThreat": ["OBSERVED"]},
         geometry=poly((-95.93, 35.96), (-95.67, 35.96), (-95.67, 36.08), (-95.93, 36.08))),
    dict(id=SVR_TSA_CAN, office="KTSA", senderName="NWS Tulsa OK", awips="SVSTSA", wmo="WWUS54",
         areaDesc="Tulsa, OK; Wagoner, OK", SAME=["040143", "040145"], UGC=["OKC143", "OKC145"],
         sent="2026-04-14T18:02:00-05:00", onset="2026-04-14T18:02:00-05:00", expires="2026-04-14T18:15:00-05:00",
         ends="2026-04-14T18:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire. A Severe Thunderstorm Watch remains in effect until 1000 PM CDT for northeastern Oklahoma.",
         instruction=None,
         vtec="/O.CAN.KTSA.SV.W.0141.000000T0000Z-260414T2315Z/", references=[SVR_TSA],
         geometry=poly((-95.93, 35.96), (-95.67, 35.96), (-95.67, 36.08), (-95.93, 36.08))),
    dict(id=TOR_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="TORTSA", wmo="WFUS54",
         areaDesc="Tulsa, OK; Creek, OK", SAME=["040143", "040037"], UGC=["OKC143", "OKC037"],
         sent="2026-05-19T21:14:00-05:00", onset="2026-05-19T21:14:00-05:00", expires="2026-05-19T21:45:00-05:00",
         ends="2026-05-19T21:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 9:14PM CDT until May 19 at 9:45PM CDT by NWS Tulsa OK",
         description="TORTSA\n\nThe National Weather Service in Tulsa has issued a\n\n* Tornado Warning for...\nWestern Tulsa County in northeastern Oklahoma...\nNortheastern Creek County in northeastern Oklahoma...\n\n* Until 945 PM CDT.\n\n* At 913 PM CDT, a confirmed tornado was located near Lake Keystone dam, moving east at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Emergency management confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nSand Springs, west Tulsa, Berryhill, Prattville and Candlestick Beach.",
         instruction="TAKE COVER NOW! Move to a storm shelter, safe room or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KTSA.TO.W.0058.260520T0214Z-260520T0245Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"]},
         geometry=poly((-96.21, 36.10), (-96.00, 36.10), (-96.00, 36.19), (-96.21, 36.19))),
    dict(id=TOR_TSA_TEST, office="KTSA", senderName="NWS Tulsa OK", awips="TORTSA", wmo="WFUS54",
         areaDesc="Okmulgee, OK", SAME=["040111"], UGC=["OKC111"],
         sent="2026-03-04T10:15:00-06:00", onset="2026-03-04T10:15:00-06:00", expires="2026-03-04T10:45:00-06:00",
         ends="2026-03-04T10:45:00-06:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="TEST Tornado Warning issued March 4 at 10:15AM CST by NWS Tulsa OK",
         description="THIS IS A TEST MESSAGE. Oklahoma statewide severe weather preparedness tornado drill. Okmulgee County, including Okmulgee, Henryetta and Beggs. THIS IS ONLY A TEST.",
         instruction="THIS IS A TEST. No action is required.",
         vtec="/T.NEW.KTSA.TO.W.9999.260304T1615Z-260304T1645Z/", references=[],
         geometry=poly((-96.10, 35.55), (-95.85, 35.55), (-95.85, 35.72), (-96.10, 35.72))),
]
