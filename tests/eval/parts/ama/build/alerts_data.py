"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the Amarillo office (KAMA). Every alert is
invented; county FIPS/UGC codes are real, forecast-zone numbers best known (no label depends on them).
Alert ids are prefixed ama_ (the feature's top-level id and properties.id are the same string)."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ama_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW = aid("ama-blizzard-potter")
SVR = aid("ama-svr-hail-canyon")
TOR = aid("ama-tornado-hereford")
WIND = aid("ama-wind-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW, office="KAMA", senderName="NWS Amarillo TX", awips="WSWAMA", wmo="WWUS44",
         areaDesc="Potter", SAME=["048375"], UGC=["TXZ012"],
         sent="2026-02-13T14:05:00-06:00", onset="2026-02-14T00:00:00-06:00", expires="2026-02-14T03:00:00-06:00",
         ends="2026-02-15T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued February 13 at 2:05PM CST until February 15 at 12:00PM CST by NWS Amarillo TX",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph, with drifts of 3 to 5 feet.\n\n* WHERE...Potter County, including the city of Amarillo north of Interstate 40.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Travel could be impossible. Widespread blowing snow could significantly reduce visibility. Interstate 40 and U.S. 287 may be closed.",
         instruction="Do not travel. If you must travel, have a winter survival kit with you.",
         vtec="/O.NEW.KAMA.BZ.W.0002.260214T0600Z-260215T1800Z/", references=[], geometry=None),
    dict(id=TOR, office="KAMA", senderName="NWS Amarillo TX", awips="TORAMA", wmo="WFUS54",
         areaDesc="Deaf Smith, TX", SAME=["048117"], UGC=["TXC117"],
         sent="2026-04-22T18:41:00-05:00", onset="2026-04-22T18:41:00-05:00", expires="2026-04-22T19:15:00-05:00",
         ends="2026-04-22T19:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 22 at 6:41PM CDT until April 22 at 7:15PM CDT by NWS Amarillo TX",
         description="The National Weather Service in Amarillo has issued a\n\n* Tornado Warning for...\nCentral Deaf Smith County in the western Texas Panhandle...\n\n* Until 715 PM CDT.\n\n* At 640 PM CDT, a severe thunderstorm capable of producing a tornado was located 6 miles southwest of Hereford, moving northeast at 25 mph.\n\nHAZARD...Tornado and half dollar size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nHereford.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KAMA.TO.W.0031.260422T2341Z-260423T0015Z/", references=[],
         geometry=poly((-102.50, 34.80), (-102.37, 34.80), (-102.37, 34.87), (-102.50, 34.87))),
    dict(id=SVR, office="KAMA", senderName="NWS Amarillo TX", awips="SVRAMA", wmo="WUUS54",
         areaDesc="Randall, TX", SAME=["048381"], UGC=["TXC381"],
         sent="2026-05-20T21:12:00-05:00", onset="2026-05-20T21:12:00-05:00", expires="2026-05-20T22:00:00-05:00",
         ends="2026-05-20T22:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued May 20 at 9:12PM CDT until May 20 at 10:00PM CDT by NWS Amarillo TX",
         description="The National Weather Service in Amarillo has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Randall County in the Texas Panhandle...\n\n* Until 1000 PM CDT.\n\n* At 911 PM CDT, a severe thunderstorm was located over Canyon, moving north at 20 mph.\n\nHAZARD...Tennis ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nCanyon, southwest Amarillo, Timbercreek Canyon and Palo Duro Canyon State Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAMA.SV.W.0087.260521T0212Z-260521T0300Z/", references=[],
         geometry=poly((-102.03, 34.93), (-101.87, 34.93), (-101.87, 35.10), (-102.03, 35.10))),
    dict(id=WIND, office="KAMA", senderName="NWS Amarillo TX", awips="NPWAMA", wmo="WWUS74",
         areaDesc="Potter; Randall; Deaf Smith", SAME=["048375", "048381", "048117"], UGC=["TXZ012", "TXZ017", "TXZ016"],
         sent="2026-03-24T04:10:00-05:00", onset="2026-03-24T10:00:00-05:00", expires="2026-03-24T12:00:00-05:00",
         ends="2026-03-24T21:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Prepare",
         headline="Wind Advisory issued March 24 at 4:10AM CDT until March 24 at 9:00PM CDT by NWS Amarillo TX",
         description="* WHAT...West winds 30 to 40 mph with gusts up to 55 mph. Blowing dust may reduce visibility.\n\n* WHERE...Potter, Randall and Deaf Smith Counties.\n\n* WHEN...From 10 AM to 9 PM CDT Tuesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KAMA.WI.Y.0011.260324T1500Z-260325T0200Z/", references=[], geometry=None),
]
