"""Hand-written NWS alerts for eval part "mob" (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Mobile AL, KMOB), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.mob.{h[:32]}.001.1"


TOR_MOB = urn("mob-tornado-daphne-spanish-fort")
SVR_MOB = urn("mob-svr-saraland-satsuma")
SVR_MOB_CAN = urn("mob-svr-saraland-satsuma-can")
CFY_MOB = urn("mob-coastal-flood-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-87.955, 30.585), (-87.830, 30.598), (-87.808, 30.736), (-87.932, 30.726))
SVR_POLY = poly((-88.172, 30.758), (-87.995, 30.752), (-87.985, 30.893), (-88.150, 30.902))

ALERTS = [
    dict(id=TOR_MOB, office="KMOB", senderName="NWS Mobile AL", awips="TORMOB", wmo="WFUS54",
         areaDesc="Baldwin, AL", SAME=["001003"], UGC=["ALC003"],
         sent="2026-03-30T16:42:00-05:00", onset="2026-03-30T16:42:00-05:00", expires="2026-03-30T17:15:00-05:00",
         ends="2026-03-30T17:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 30 at 4:42PM CDT until March 30 at 5:15PM CDT by NWS Mobile AL",
         description="At 442 PM CDT, a severe thunderstorm capable of producing a tornado was located over Mobile Bay near the Causeway, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nThis dangerous storm will be near Daphne and Spanish Fort around 450 PM CDT, and Bay Minette Basin around 505 PM CDT.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KMOB.TO.W.0021.260330T2142Z-260330T2215Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_MOB, office="KMOB", senderName="NWS Mobile AL", awips="SVRMOB", wmo="WUUS54",
         areaDesc="Mobile, AL", SAME=["001097"], UGC=["ALC097"],
         sent="2026-06-11T15:05:00-05:00", onset="2026-06-11T15:05:00-05:00", expires="2026-06-11T15:45:00-05:00",
         ends="2026-06-11T15:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 3:05PM CDT until June 11 at 3:45PM CDT by NWS Mobile AL",
         description="At 305 PM CDT, a severe thunderstorm was located near Citronelle Road, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Saraland, Satsuma, Chickasaw and Creola.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMOB.SV.W.0088.260611T2005Z-260611T2045Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_MOB_CAN, office="KMOB", senderName="NWS Mobile AL", awips="SVSMOB", wmo="WWUS54",
         areaDesc="Mobile, AL", SAME=["001097"], UGC=["ALC097"],
         sent="2026-06-11T15:31:00-05:00", onset="2026-06-11T15:31:00-05:00", expires="2026-06-11T15:45:00-05:00",
         ends="2026-06-11T15:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. However, gusty winds are still possible with this thunderstorm.",
         instruction="",
         vtec="/O.CAN.KMOB.SV.W.0088.000000T0000Z-260611T2045Z/", references=[SVR_MOB], geometry=SVR_POLY),
    dict(id=CFY_MOB, office="KMOB", senderName="NWS Mobile AL", awips="CFWMOB", wmo="WHUS42",
         areaDesc="Mobile Coastal; Baldwin Coastal; Mobile Central; Baldwin Central", SAME=["001097", "001003"],
         UGC=["ALZ265", "ALZ266", "ALZ263", "ALZ264"],
         sent="2026-09-08T03:40:00-05:00", onset="2026-09-08T06:00:00-05:00", expires="2026-09-08T16:00:00-05:00",
         ends="2026-09-09T07:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued September 8 at 3:40AM CDT until September 9 at 7:00AM CDT by NWS Mobile AL",
         description="* WHAT...One to two feet of inundation above ground level in low-lying areas near shorelines and tidal waterways.\n\n* WHERE...Mobile Coastal, Baldwin Coastal, Mobile Central and Baldwin Central Counties, including the Causeway, Dauphin Island Parkway, Fairhope and Point Clear.\n\n* WHEN...From 6 AM this morning to 7 AM CDT Wednesday, around times of high tide.\n\n* IMPACTS...Water may cover the Causeway and low spots along Scenic 98 and Mobile Street. Some yards and docks will flood.",
         instruction="Do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KMOB.CF.Y.0014.260908T1100Z-260909T1200Z/", references=[], geometry=None),
]
