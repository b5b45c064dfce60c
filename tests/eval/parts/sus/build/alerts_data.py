"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for Sussex County, Delaware. Every alert is
invented; the office (Mount Holly, KPHI), the county SAME/UGC codes are real; forecast-zone numbers as best known
(labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_BEACHES = urn("sus-svr-cape-region")
TOR_WEST = urn("sus-tor-seaford-laurel")
TOR_WEST_CAN = urn("sus-tor-seaford-laurel-can")
CFY_SUSSEX = urn("sus-cfy-sussex")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_BEACHES, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="Sussex, DE", SAME=["010005"], UGC=["DEC005"],
         sent="2026-06-23T17:41:00-04:00", onset="2026-06-23T17:41:00-04:00", expires="2026-06-23T18:30:00-04:00",
         ends="2026-06-23T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 5:41PM EDT until June 23 at 6:30PM EDT by NWS Mount Holly NJ",
         description="SVRPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Sussex County in southern Delaware...\n\n* Until 630 PM EDT.\n\n* At 540 PM EDT, severe thunderstorms were located along a line extending from near Milton to near Harbeson, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nLewes, Rehoboth Beach, Milton, Dewey Beach and Cape Henlopen State Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building. Boaters on the Delaware Bay should seek safe harbor immediately.",
         vtec="/O.NEW.KPHI.SV.W.0093.260623T2141Z-260623T2230Z/", references=[],
         geometry=poly((-75.33, 38.69), (-75.04, 38.69), (-75.04, 38.80), (-75.33, 38.80)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_WEST, office="KPHI", senderName="NWS Mount Holly NJ", awips="TORPHI", wmo="WFUS51",
         areaDesc="Sussex, DE", SAME=["010005"], UGC=["DEC005"],
         sent="2026-08-13T19:12:00-04:00", onset="2026-08-13T19:12:00-04:00", expires="2026-08-13T19:45:00-04:00",
         ends="2026-08-13T19:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued August 13 at 7:12PM EDT until August 13 at 7:45PM EDT by NWS Mount Holly NJ",
         description="TORPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Tornado Warning for...\nWestern Sussex County in southern Delaware...\n\n* Until 745 PM EDT.\n\n* At 711 PM EDT, a severe thunderstorm capable of producing a tornado was located near Blades, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nSeaford, Laurel, Blades and Bethel.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KPHI.TO.W.0011.260813T2312Z-260813T2345Z/", references=[],
         geometry=poly((-75.66, 38.52), (-75.52, 38.52), (-75.52, 38.67), (-75.66, 38.67)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_WEST_CAN, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVSPHI", wmo="WWUS51",
         areaDesc="Sussex, DE", SAME=["010005"], UGC=["DEC005"],
         sent="2026-08-13T19:31:00-04:00", onset="2026-08-13T19:31:00-04:00", expires="2026-08-13T19:45:00-04:00",
         ends="2026-08-13T19:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KPHI.TO.W.0011.000000T0000Z-260813T2345Z/", references=[TOR_WEST],
         geometry=poly((-75.66, 38.52), (-75.52, 38.52), (-75.52, 38.67), (-75.66, 38.67))),
    dict(id=CFY_SUSSEX, office="KPHI", senderName="NWS Mount Holly NJ", awips="CFWPHI", wmo="WHUS41",
         areaDesc="Inland Sussex; Delaware Beaches", SAME=["010005"], UGC=["DEZ003", "DEZ004"],
         sent="2026-10-11T04:05:00-04:00", onset="2026-10-11T10:00:00-04:00", expires="2026-10-11T16:00:00-04:00",
         ends="2026-10-11T15:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued October 11 at 4:05AM EDT until October 11 at 3:00PM EDT by NWS Mount Holly NJ",
         description="* WHAT...Up to one half foot of inundation above ground level in low-lying areas near shorelines and tidal waterways.\n\n* WHERE...Sussex County, including the back bays near Rehoboth, Indian River Bay and Little Assawoman Bay.\n\n* WHEN...From 10 AM to 3 PM EDT Sunday, around the time of high tide.\n\n* IMPACTS...Flooding of lots, parks and roads with only isolated road closures expected.",
         instruction="If travel is required, do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KPHI.CF.Y.0042.261011T1400Z-261011T1900Z/", references=[], geometry=None),
]
