"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mlu part. Every alert is invented;
the office (NWS Shreveport, KSHV, which serves northeast Louisiana), parish SAME/UGC codes are real; forecast-zone
numbers are given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mlu_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_SHV = urn("mlu-ice-storm-lincoln-union")
TOR_SHV = urn("mlu-tornado-south-monroe")
SVR_SHV = urn("mlu-svr-sterlington-bastrop")
HEAT_SHV = urn("mlu-heat-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="WSWSHV", wmo="WWUS44",
         areaDesc="Lincoln, LA; Union, LA", SAME=["022061", "022111"], UGC=["LAZ005", "LAZ006"],
         sent="2026-01-25T15:10:00-06:00", onset="2026-01-26T00:00:00-06:00", expires="2026-01-26T06:00:00-06:00",
         ends="2026-01-27T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 25 at 3:10PM CST until January 27 at 12:00PM CST by NWS Shreveport LA",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Lincoln and Union Parishes, including the cities of Ruston, Grambling, Farmerville and Bernice.\n\n* WHEN...From midnight tonight to noon CST Tuesday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on bridges and overpasses along Interstate 20.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food and water in your vehicle.",
         vtec="/O.NEW.KSHV.IS.W.0002.260126T0600Z-260127T1800Z/", geometry=None),
    dict(id=TOR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="TORSHV", wmo="WFUS54",
         areaDesc="Ouachita, LA", SAME=["022073"], UGC=["LAC073"],
         sent="2026-04-14T21:38:00-05:00", onset="2026-04-14T21:38:00-05:00", expires="2026-04-14T22:15:00-05:00",
         ends="2026-04-14T22:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 9:38PM CDT until April 14 at 10:15PM CDT by NWS Shreveport LA",
         description="TORSHV\n\nThe National Weather Service in Shreveport has issued a\n\n* Tornado Warning for...\nSouthern Ouachita Parish in northeastern Louisiana...\n\n* Until 1015 PM CDT.\n\n* At 937 PM CDT, a confirmed tornado was located near Cheniere Lake, moving east at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Emergency management confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nSouthern West Monroe, South Monroe, Richwood, Brownville and Cheniere Lake.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KSHV.TO.W.0031.260415T0238Z-260415T0315Z/",
         geometry=poly((-92.245, 32.370), (-92.020, 32.370), (-92.020, 32.478), (-92.245, 32.478)),
         extra={"tornadoDetection": ["OBSERVED"], "tornadoDamageThreat": ["CONSIDERABLE"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="SVRSHV", wmo="WUUS54",
         areaDesc="Morehouse, LA; Ouachita, LA", SAME=["022067", "022073"], UGC=["LAC067", "LAC073"],
         sent="2026-06-21T16:05:00-05:00", onset="2026-06-21T16:05:00-05:00", expires="2026-06-21T17:00:00-05:00",
         ends="2026-06-21T17:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 21 at 4:05PM CDT until June 21 at 5:00PM CDT by NWS Shreveport LA",
         description="SVRSHV\n\nThe National Weather Service in Shreveport has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Ouachita Parish in northeastern Louisiana...\nSouthwestern Morehouse Parish in northeastern Louisiana...\n\n* Until 500 PM CDT.\n\n* At 404 PM CDT, a severe thunderstorm was located over Sterlington, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSterlington, Bastrop, Collinston and Mer Rouge.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSHV.SV.W.0144.260621T2105Z-260621T2200Z/",
         geometry=poly((-92.160, 32.660), (-91.850, 32.660), (-91.850, 32.830), (-92.160, 32.830)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=HEAT_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="NPWSHV", wmo="WWUS74",
         areaDesc="Ouachita, LA; Lincoln, LA; Union, LA; Morehouse, LA",
         SAME=["022073", "022061", "022111", "022067"], UGC=["LAZ007", "LAZ005", "LAZ006", "LAZ008"],
         sent="2026-08-03T03:40:00-05:00", onset="2026-08-03T11:00:00-05:00", expires="2026-08-03T19:00:00-05:00",
         ends="2026-08-03T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued August 3 at 3:40AM CDT until August 3 at 8:00PM CDT by NWS Shreveport LA",
         description="* WHAT...Heat index values up to 115 expected.\n\n* WHERE...Ouachita, Lincoln, Union and Morehouse Parishes, including Monroe, West Monroe, Ruston, Farmerville and Bastrop.\n\n* WHEN...From 11 AM to 8 PM CDT Monday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KSHV.HT.Y.0011.260803T1600Z-260804T0100Z/", geometry=None),
]
