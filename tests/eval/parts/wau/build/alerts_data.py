"""Hand-written NWS alerts for the wau part (api.weather.gov /alerts/active GeoJSON). Alerts invented; offices,
SAME county codes real; forecast-zone numbers best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR = urn("wau-svr-wausau")
SVR_CAN = urn("wau-svr-wausau-can")
WSW = urn("wau-wsw-lincoln")
FOG = urn("wau-fog-marathon")


def poly(*lonlat):
    ring = [list(p) for p in lonlat] + [list(lonlat[0])]
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-89.76, 45.01), (-89.49, 45.01), (-89.49, 44.86), (-89.76, 44.86))

ALERTS = [
    dict(id=WSW, office="KGRB", senderName="NWS Green Bay WI", event="Winter Storm Warning", severity="Severe",
         certainty="Likely", urgency="Expected", status="Actual", messageType="Alert", response="Prepare",
         areaDesc="Lincoln; Langlade", SAME=["055069", "055067"], UGC=["WIZ019", "WIZ020"],
         sent="2026-02-12T14:40:00-06:00", onset="2026-02-13T00:00:00-06:00", expires="2026-02-13T04:00:00-06:00",
         ends="2026-02-14T06:00:00-06:00",
         headline="Winter Storm Warning issued February 12 at 2:40PM CST until February 14 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Heavy snow. Total accumulations of 10 to 15 inches.\n\n* WHERE...Lincoln and Langlade Counties, including Merrill, Tomahawk and Antigo.\n\n* WHEN...From midnight tonight to 6 AM CST Saturday.",
         instruction="Travel should be restricted to emergencies only.",
         vtec="/O.NEW.KGRB.WS.W.0007.260213T0600Z-260214T1200Z/", references=[], geometry=None),
    dict(id=SVR, office="KGRB", senderName="NWS Green Bay WI", event="Severe Thunderstorm Warning", severity="Severe",
         certainty="Observed", urgency="Immediate", status="Actual", messageType="Alert", response="Shelter",
         areaDesc="Marathon, WI", SAME=["055073"], UGC=["WIC073"],
         sent="2026-06-18T16:52:00-05:00", onset="2026-06-18T16:52:00-05:00", expires="2026-06-18T17:45:00-05:00",
         ends="2026-06-18T17:45:00-05:00",
         headline="Severe Thunderstorm Warning issued June 18 at 4:52PM CDT until June 18 at 5:45PM CDT by NWS Green Bay WI",
         description="At 452 PM CDT, a severe thunderstorm was located near Rib Mountain, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nLocations impacted include Wausau, Rib Mountain, Schofield, Rothschild, Weston and Kronenwetter's north side.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGRB.SV.W.0112.260618T2152Z-260618T2245Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KGRB", senderName="NWS Green Bay WI", event="Severe Thunderstorm Warning", severity="Minor",
         certainty="Observed", urgency="Past", status="Actual", messageType="Cancel", response="AllClear",
         areaDesc="Marathon, WI", SAME=["055073"], UGC=["WIC073"],
         sent="2026-06-18T17:20:00-05:00", onset="2026-06-18T17:20:00-05:00", expires="2026-06-18T17:45:00-05:00",
         ends="2026-06-18T17:45:00-05:00",
         headline="The Severe Thunderstorm Warning is cancelled. The storm which prompted the warning has weakened.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property.",
         instruction="", vtec="/O.CAN.KGRB.SV.W.0112.000000T0000Z-260618T2245Z/", references=[SVR], geometry=SVR_POLY),
    dict(id=FOG, office="KGRB", senderName="NWS Green Bay WI", event="Dense Fog Advisory", severity="Minor",
         certainty="Likely", urgency="Expected", status="Actual", messageType="Alert", response="Execute",
         areaDesc="Marathon; Lincoln", SAME=["055073", "055069"], UGC=["WIZ030", "WIZ019"],
         sent="2026-09-22T03:15:00-05:00", onset="2026-09-22T03:15:00-05:00", expires="2026-09-22T09:00:00-05:00",
         ends="2026-09-22T09:00:00-05:00",
         headline="Dense Fog Advisory issued September 22 at 3:15AM CDT until September 22 at 9:00AM CDT by NWS Green Bay WI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Marathon and Lincoln Counties.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KGRB.FG.Y.0031.260922T0815Z-260922T1400Z/", references=[], geometry=None),
]
