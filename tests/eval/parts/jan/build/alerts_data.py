"""Hand-written NWS alerts for eval part `jan` (api.weather.gov /alerts/active GeoJSON, NWS Jackson MS, KJAN).
Every alert is invented; the office, SAME county codes (Hinds 028049, Madison 028089, Rankin 028121) and UGC
county codes are real; forecast-zone numbers are not used. Labels use SAME codes and polygons only
(label_weather.py computes them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"jan_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_JAN = urn("partjan-tornado-pearl-brandon")
SVR_JAN = urn("partjan-svr-ridgeland-madison")
SVR_JAN_CAN = urn("partjan-svr-ridgeland-madison-can")
FLS_JAN = urn("partjan-flood-advisory-hinds")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Tornado Warning over Pearl and south Brandon (Rankin): Chitto, Magee (Pearl), Purvis (Brandon 39042) inside;
    # the McAlpins (Brandon 39047, north) and Nassar (39047) are outside; Flowood is outside.
    dict(id=TOR_JAN, awips="TORJAN", wmo="WFUS54",
         areaDesc="Rankin, MS", SAME=["028121"], UGC=["MSC121"],
         sent="2026-02-18T17:52:00-06:00", onset="2026-02-18T17:52:00-06:00", expires="2026-02-18T18:30:00-06:00",
         ends="2026-02-18T18:30:00-06:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued February 18 at 5:52PM CST until February 18 at 6:30PM CST by NWS Jackson MS",
         description="At 552 PM CST, a confirmed tornado was located over Pearl, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include Pearl, Brandon, Richland and Pelahatchie Bay.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KJAN.TO.W.0011.260218T2352Z-260219T0030Z/", references=[],
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["0.75"]},
         geometry=poly((-90.13, 32.24), (-89.93, 32.28), (-89.93, 32.33), (-90.12, 32.29))),
    # Severe Thunderstorm Warning over Ridgeland and Madison (Madison County): the Gongs, Van Devender, Tubby,
    # Ramirez Ortega inside; the Khourys (Jackson 39211) just south of it, outside.
    dict(id=SVR_JAN, awips="SVRJAN", wmo="WUUS54",
         areaDesc="Madison, MS; Hinds, MS", SAME=["028089", "028049"], UGC=["MSC089", "MSC049"],
         sent="2026-04-28T16:14:00-05:00", onset="2026-04-28T16:14:00-05:00", expires="2026-04-28T17:00:00-05:00",
         ends="2026-04-28T17:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 28 at 4:14PM CDT until April 28 at 5:00PM CDT by NWS Jackson MS",
         description="At 414 PM CDT, a severe thunderstorm was located near Ridgeland, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Ridgeland, Madison, Gluckstadt and the Ross Barnett Reservoir.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KJAN.SV.W.0087.260428T2114Z-260428T2200Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-90.17, 32.395), (-90.05, 32.395), (-90.05, 32.50), (-90.17, 32.50))),
    # its Cancel: nothing.
    dict(id=SVR_JAN_CAN, awips="SVSJAN", wmo="WWUS54",
         areaDesc="Madison, MS; Hinds, MS", SAME=["028089", "028049"], UGC=["MSC089", "MSC049"],
         sent="2026-04-28T16:41:00-05:00", onset="2026-04-28T16:41:00-05:00", expires="2026-04-28T17:00:00-05:00",
         ends="2026-04-28T16:41:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KJAN.SV.W.0087.000000T0000Z-260428T2200Z/", references=[SVR_JAN],
         geometry=poly((-90.17, 32.395), (-90.05, 32.395), (-90.05, 32.50), (-90.17, 32.50))),
    # Flood Advisory (Minor) for Hinds County, no polygon: nothing.
    dict(id=FLS_JAN, awips="FLSJAN", wmo="WGUS84",
         areaDesc="Hinds, MS", SAME=["028049"], UGC=["MSC049"],
         sent="2026-03-24T07:05:00-05:00", onset="2026-03-24T07:05:00-05:00", expires="2026-03-24T13:00:00-05:00",
         ends="2026-03-24T13:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued March 24 at 7:05AM CDT until March 24 at 1:00PM CDT by NWS Jackson MS",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Hinds County, including Jackson, Clinton and Byram.\n\n* WHEN...Until 1 PM CDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Town Creek and Lynch Creek may overflow their banks.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KJAN.FA.Y.0019.260324T1205Z-260324T1800Z/", references=[], geometry=None),
]
