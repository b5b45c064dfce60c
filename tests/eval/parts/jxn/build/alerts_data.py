"""Hand-written NWS alerts for part jxn (api.weather.gov /alerts/active GeoJSON). Alerts invented; offices,
SAME county codes and UGC county codes real; forecast-zone numbers best known (labels use SAME and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"jxn_urn:oid:2.49.0.1.840.0.{h[:40]}.001.1"


WSW_IWX = urn("jxn-winter-storm-hillsdale")
TOR_GRR = urn("jxn-tornado-spring-arbor")
TOR_GRR_CAN = urn("jxn-tornado-spring-arbor-can")
FOG_DTX = urn("jxn-fog-washtenaw")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-84.66, 42.17), (-84.49, 42.17), (-84.49, 42.31), (-84.66, 42.31))

ALERTS = [
    dict(id=WSW_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="WSWIWX", wmo="WWUS43",
         areaDesc="Hillsdale; Branch; St. Joseph", SAME=["026059", "026023", "026149"],
         UGC=["MIZ081", "MIZ080", "MIZ079"],
         sent="2026-01-09T15:12:00-05:00", onset="2026-01-10T01:00:00-05:00", expires="2026-01-10T04:00:00-05:00",
         ends="2026-01-11T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 9 at 3:12PM EST until January 11 at 7:00AM EST by NWS Northern Indiana",
         description="* WHAT...Heavy snow and blowing snow. Total snow accumulations of 8 to 14 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Hillsdale, Branch and St. Joseph Counties in Michigan, including Hillsdale, Jonesville, Coldwater and Sturgis.\n\n* WHEN...From 1 AM Saturday to 7 AM EST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow will reduce visibility on rural roads.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KIWX.WS.W.0003.260110T0600Z-260111T1200Z/", references=[], geometry=None),
    dict(id=TOR_GRR, office="KGRR", senderName="NWS Grand Rapids MI", awips="TORGRR", wmo="WFUS53",
         areaDesc="Jackson, MI; Calhoun, MI", SAME=["026075", "026025"], UGC=["MIC075", "MIC025"],
         sent="2026-05-21T19:42:00-04:00", onset="2026-05-21T19:42:00-04:00", expires="2026-05-21T20:15:00-04:00",
         ends="2026-05-21T20:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 21 at 7:42PM EDT until May 21 at 8:15PM EDT by NWS Grand Rapids MI",
         description="TORGRR\n\nThe National Weather Service in Grand Rapids has issued a\n\n* Tornado Warning for...\nWestern Jackson County in south central Michigan...\nEastern Calhoun County in south central Michigan...\n\n* Until 815 PM EDT.\n\n* At 741 PM EDT, a severe thunderstorm capable of producing a tornado was located near Concord, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nSpring Arbor, Parma, Hanover and Concord.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KGRR.TO.W.0014.260521T2342Z-260522T0015Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_GRR_CAN, office="KGRR", senderName="NWS Grand Rapids MI", awips="SVSGRR", wmo="WWUS53",
         areaDesc="Jackson, MI; Calhoun, MI", SAME=["026075", "026025"], UGC=["MIC075", "MIC025"],
         sent="2026-05-21T20:05:00-04:00", onset="2026-05-21T20:05:00-04:00", expires="2026-05-21T20:15:00-04:00",
         ends="2026-05-21T20:15:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KGRR.TO.W.0014.000000T0000Z-260522T0015Z/", references=[TOR_GRR],
         geometry=TOR_POLY),
    dict(id=FOG_DTX, office="KDTX", senderName="NWS Detroit/Pontiac MI", awips="NPWDTX", wmo="WWUS73",
         areaDesc="Washtenaw; Lenawee", SAME=["026161", "026091"], UGC=["MIZ075", "MIZ082"],
         sent="2026-09-14T04:20:00-04:00", onset="2026-09-14T04:20:00-04:00", expires="2026-09-14T10:00:00-04:00",
         ends="2026-09-14T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued September 14 at 4:20AM EDT until September 14 at 10:00AM EDT by NWS Detroit/Pontiac MI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Washtenaw and Lenawee Counties, including Chelsea, Manchester, Ann Arbor and Adrian.\n\n* WHEN...Until 10 AM EDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KDTX.FG.Y.0021.260914T0820Z-260914T1400Z/", references=[], geometry=None),
]
