"""Hand-written NWS alerts for part ftw (api.weather.gov /alerts/active GeoJSON, NWS Fort Worth KFWD).
Every alert is invented; county SAME/UGC codes are real, forecast-zone numbers are best known (no label uses them).
Item ids are prefixed ftw_ so parts combine without collisions."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ftw_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_FWD = urn("ftw-ice-storm-parker")
TOR_FWD = urn("ftw-tornado-south-arlington")
SVR_FWD = urn("ftw-svr-hail-west-fort-worth")
FLS_FWD = urn("ftw-flood-advisory-tarrant")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="WSWFWD", wmo="WWUS44",
         areaDesc="Palo Pinto; Parker; Hood", SAME=["048363", "048367", "048221"], UGC=["TXZ117", "TXZ118", "TXZ129"],
         sent="2026-01-23T14:55:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:55PM CST until January 25 at 12:00PM CST by NWS Fort Worth TX",
         description="* WHAT...Significant icing. Additional ice accumulations of one quarter to one half inch.\n\n* WHERE...Palo Pinto, Parker and Hood Counties, including Weatherford, Aledo, Mineral Wells and Granbury.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on Interstate 20 west of the Metroplex.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KFWD.IS.W.0002.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=TOR_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="TORFWD", wmo="WFUS54",
         areaDesc="Tarrant, TX", SAME=["048439"], UGC=["TXC439"],
         sent="2026-03-02T21:14:00-06:00", onset="2026-03-02T21:14:00-06:00", expires="2026-03-02T21:45:00-06:00",
         ends="2026-03-02T21:45:00-06:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 2 at 9:14PM CST until March 2 at 9:45PM CST by NWS Fort Worth TX",
         description="At 913 PM CST, a confirmed tornado was located near Mansfield, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include south Arlington, Mansfield, Kennedale and southwest Grand Prairie.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KFWD.TO.W.0011.260303T0314Z-260303T0345Z/", references=[],
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["1.00"]},
         geometry=poly((-97.235, 32.635), (-97.225, 32.705), (-97.045, 32.692), (-97.055, 32.628))),
    dict(id=SVR_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="SVRFWD", wmo="WUUS54",
         areaDesc="Parker, TX; Tarrant, TX", SAME=["048367", "048439"], UGC=["TXC367", "TXC439"],
         sent="2026-03-18T23:41:00-05:00", onset="2026-03-18T23:41:00-05:00", expires="2026-03-19T00:30:00-05:00",
         ends="2026-03-19T00:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued March 18 at 11:41PM CDT until March 19 at 12:30AM CDT by NWS Fort Worth TX",
         description="At 1140 PM CDT, a severe thunderstorm was located over Aledo, moving east at 30 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include west Fort Worth, Benbrook, Aledo, Willow Park and Lake Benbrook.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFWD.SV.W.0087.260319T0441Z-260319T0530Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["60 MPH"]},
         geometry=poly((-97.67, 32.655), (-97.60, 32.78), (-97.392, 32.752), (-97.398, 32.632))),
    dict(id=FLS_FWD, office="KFWD", senderName="NWS Fort Worth TX", awips="FLSFWD", wmo="WGUS84",
         areaDesc="Tarrant, TX", SAME=["048439"], UGC=["TXC439"],
         sent="2026-05-14T16:02:00-05:00", onset="2026-05-14T16:02:00-05:00", expires="2026-05-14T19:00:00-05:00",
         ends="2026-05-14T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued May 14 at 4:02PM CDT until May 14 at 7:00PM CDT by NWS Fort Worth TX",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Portions of Tarrant County, including Fort Worth, Arlington and Hurst.\n\n* ADDITIONAL DETAILS...Ponding of water in low-lying and poor drainage areas.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KFWD.FA.Y.0031.260514T2102Z-260515T0000Z/", references=[],
         geometry=poly((-97.45, 32.68), (-97.40, 32.85), (-97.05, 32.84), (-97.08, 32.66))),
]
