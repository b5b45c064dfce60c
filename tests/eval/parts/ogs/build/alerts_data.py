"""Hand-written NWS alerts for the ogs part (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(NWS Burlington VT, KBTV), county SAME/UGC codes real; forecast-zone numbers best known, no label depends on them."""

import hashlib


def urn(label: str) -> str:
    return f"ogs_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR = urn("ogs-svr-massena")
SVR_CAN = urn("ogs-svr-massena-can")
WSW = urn("ogs-wsw-franklin")
WWY = urn("ogs-wwy-stlawrence")
MASSENA = poly((-74.96, 44.90), (-74.83, 44.90), (-74.83, 44.97), (-74.96, 44.97))

ALERTS = [
    dict(id=WSW, office="KBTV", senderName="NWS Burlington VT", awips="WSWBTV", wmo="WWUS41",
         areaDesc="Northern Franklin; Southeastern Franklin", SAME=["036033"], UGC=["NYZ030", "NYZ031"],
         sent="2026-01-14T15:20:00-05:00", onset="2026-01-15T01:00:00-05:00", expires="2026-01-15T04:00:00-05:00",
         ends="2026-01-16T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 14 at 3:20PM EST until January 16 at 7:00AM EST by NWS Burlington VT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Franklin County, including Malone, Chateaugay and Saranac Lake.\n\n* WHEN...From 1 AM Thursday to 7 AM EST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KBTV.WS.W.0003.260115T0600Z-260116T1200Z/", references=[], geometry=None),
    dict(id=WWY, office="KBTV", senderName="NWS Burlington VT", awips="WSWBTV", wmo="WWUS41",
         areaDesc="Western St. Lawrence; Eastern St. Lawrence", SAME=["036089"], UGC=["NYZ026", "NYZ087"],
         sent="2026-01-14T15:20:00-05:00", onset="2026-01-15T01:00:00-05:00", expires="2026-01-15T04:00:00-05:00",
         ends="2026-01-15T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 14 at 3:20PM EST until January 15 at 7:00PM EST by NWS Burlington VT",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...St. Lawrence County, including Ogdensburg, Massena, Potsdam and Canton.\n\n* WHEN...From 1 AM to 7 PM EST Thursday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KBTV.WW.Y.0004.260115T0600Z-260116T0000Z/", references=[], geometry=None),
    dict(id=SVR, office="KBTV", senderName="NWS Burlington VT", awips="SVRBTV", wmo="WUUS51",
         areaDesc="St. Lawrence, NY", SAME=["036089"], UGC=["NYC089"],
         sent="2026-07-21T16:42:00-04:00", onset="2026-07-21T16:42:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 4:42PM EDT until July 21 at 5:30PM EDT by NWS Burlington VT",
         description="At 442 PM EDT, a severe thunderstorm was located over Louisville, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Massena, Louisville and Massena Center.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBTV.SV.W.0112.260721T2042Z-260721T2130Z/", references=[], geometry=MASSENA,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KBTV", senderName="NWS Burlington VT", awips="SVSBTV", wmo="WWUS51",
         areaDesc="St. Lawrence, NY", SAME=["036089"], UGC=["NYC089"],
         sent="2026-07-21T17:12:00-04:00", onset="2026-07-21T17:12:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KBTV.SV.W.0112.000000T0000Z-260721T2130Z/", references=[SVR], geometry=MASSENA),
]
