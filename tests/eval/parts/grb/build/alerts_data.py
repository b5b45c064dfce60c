"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the grb part. Every alert is invented;
the office (KGRB, NWS Green Bay), SAME and county UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"grb_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("grb-winter-storm-fox-door")
WWY = urn("grb-wwy-brown")
TOR = urn("grb-tornado-depere")
TOR_CAN = urn("grb-tornado-depere-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-88.135, 44.400), (-88.030, 44.400), (-88.030, 44.470), (-88.135, 44.470))

ALERTS = [
    dict(id=WSW, office="KGRB", senderName="NWS Green Bay WI", awips="WSWGRB", wmo="WWUS43",
         areaDesc="Outagamie; Door", SAME=["055087", "055029"], UGC=["WIZ038", "WIZ022"],
         sent="2026-01-13T14:50:00-06:00", onset="2026-01-14T00:00:00-06:00", expires="2026-01-14T04:00:00-06:00",
         ends="2026-01-15T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 13 at 2:50PM CST until January 15 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Outagamie and Door Counties, including Appleton, Kaukauna, Little Chute, Kimberly, Seymour and Sturgeon Bay.\n\n* WHEN...From midnight tonight to 6 AM CST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGRB.WS.W.0002.260114T0600Z-260115T1200Z/", references=[], geometry=None),
    dict(id=WWY, office="KGRB", senderName="NWS Green Bay WI", awips="WSWGRB", wmo="WWUS43",
         areaDesc="Brown; Kewaunee", SAME=["055009", "055061"], UGC=["WIZ040", "WIZ041"],
         sent="2026-01-13T14:52:00-06:00", onset="2026-01-14T00:00:00-06:00", expires="2026-01-14T04:00:00-06:00",
         ends="2026-01-15T06:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 13 at 2:52PM CST until January 15 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Snow expected. Total snow accumulations of 4 to 7 inches.\n\n* WHERE...Brown and Kewaunee Counties, including Green Bay, De Pere, Pulaski, Luxemburg and Algoma.\n\n* WHEN...From midnight tonight to 6 AM CST Thursday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KGRB.WW.Y.0005.260114T0600Z-260115T1200Z/", references=[], geometry=None),
    dict(id=TOR, office="KGRB", senderName="NWS Green Bay WI", awips="TORGRB", wmo="WFUS53",
         areaDesc="Brown, WI", SAME=["055009"], UGC=["WIC009"],
         sent="2026-06-03T16:42:00-05:00", onset="2026-06-03T16:42:00-05:00", expires="2026-06-03T17:15:00-05:00",
         ends="2026-06-03T17:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 3 at 4:42PM CDT until June 3 at 5:15PM CDT by NWS Green Bay WI",
         description="At 442 PM CDT, a confirmed tornado was located near Lawrence, moving northeast at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Weather spotters confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include De Pere, Allouez, Ledgeview and Lawrence.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KGRB.TO.W.0011.260603T2142Z-260603T2215Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_CAN, office="KGRB", senderName="NWS Green Bay WI", awips="SVSGRB", wmo="WWUS53",
         areaDesc="Brown, WI", SAME=["055009"], UGC=["WIC009"],
         sent="2026-06-03T17:02:00-05:00", onset="2026-06-03T17:02:00-05:00", expires="2026-06-03T17:15:00-05:00",
         ends="2026-06-03T17:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning for Brown County has been cancelled",
         description="The tornado warning for central Brown County is cancelled. The tornado has dissipated. Damage was reported in De Pere.",
         instruction="", vtec="/O.CAN.KGRB.TO.W.0011.000000T0000Z-260603T2215Z/", references=[TOR], geometry=TOR_POLY),
]
