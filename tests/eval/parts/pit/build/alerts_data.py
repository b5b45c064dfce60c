"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `pit` part. Every alert is invented;
the office (KPBZ, NWS Pittsburgh PA), SAME county codes and county UGC codes (PAC003 Allegheny, PAC125 Washington,
PAC129 Westmoreland) are real. Ids start with `pit_` as the brief requires."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pit_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_PBZ = aid("pit-winter-storm-westmoreland-washington")
WIND_PBZ = aid("pit-wind-advisory-allegheny")
SVR_PBZ = aid("pit-svr-mon-valley")
SVR_PBZ_CAN = aid("pit-svr-mon-valley-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# Munhall, Homestead, Dravosburg and Glassport along the river; McKeesport, West Mifflin and Clairton stay outside.
SVR_POLY = poly((-79.922, 40.405), (-79.876, 40.405), (-79.876, 40.312), (-79.915, 40.312))

ALERTS = [
    dict(id=WSW_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="WSWPBZ", wmo="WWUS41",
         areaDesc="Westmoreland, PA; Washington, PA", SAME=["042129", "042125"], UGC=["PAC129", "PAC125"],
         sent="2026-02-13T15:05:00-05:00", onset="2026-02-14T01:00:00-05:00", expires="2026-02-14T04:00:00-05:00",
         ends="2026-02-15T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 13 at 3:05PM EST until February 15 at 7:00AM EST by NWS Pittsburgh PA",
         description="* WHAT...Heavy snow and sleet. Total snow accumulations of 8 to 12 inches and ice accumulations of up to one tenth of an inch.\n\n* WHERE...Westmoreland and Washington Counties, including Greensburg, Irwin, North Huntingdon, Washington, Canonsburg and Monongahela.\n\n* WHEN...From 1 AM Saturday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. Hilly secondary roads will become impassable. Power outages are possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPBZ.WS.W.0006.260214T0600Z-260215T1200Z/", references=[], geometry=None),
    dict(id=WIND_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="NPWPBZ", wmo="WWUS71",
         areaDesc="Allegheny, PA", SAME=["042003"], UGC=["PAC003"],
         sent="2026-03-30T04:10:00-04:00", onset="2026-03-30T10:00:00-04:00", expires="2026-03-30T12:00:00-04:00",
         ends="2026-03-30T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 30 at 4:10AM EDT until March 30 at 8:00PM EDT by NWS Pittsburgh PA",
         description="* WHAT...West winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Allegheny County, including the city of Pittsburgh, McKeesport and Monroeville.\n\n* WHEN...From 10 AM to 8 PM EDT Monday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KPBZ.WI.Y.0011.260330T1400Z-260331T0000Z/", references=[], geometry=None),
    dict(id=SVR_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="SVRPBZ", wmo="WUUS51",
         areaDesc="Allegheny, PA", SAME=["042003"], UGC=["PAC003"],
         sent="2026-06-24T16:42:00-04:00", onset="2026-06-24T16:42:00-04:00", expires="2026-06-24T17:30:00-04:00",
         ends="2026-06-24T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 24 at 4:42PM EDT until June 24 at 5:30PM EDT by NWS Pittsburgh PA",
         description="At 442 PM EDT, a severe thunderstorm was located over Homestead, moving southeast at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Homestead, Munhall, Dravosburg, Glassport and Whitaker.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPBZ.SV.W.0187.260624T2042Z-260624T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_PBZ_CAN, office="KPBZ", senderName="NWS Pittsburgh PA", awips="SVSPBZ", wmo="WWUS51",
         areaDesc="Allegheny, PA", SAME=["042003"], UGC=["PAC003"],
         sent="2026-06-24T17:08:00-04:00", onset="2026-06-24T17:08:00-04:00", expires="2026-06-24T17:30:00-04:00",
         ends="2026-06-24T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KPBZ.SV.W.0187.000000T0000Z-260624T2130Z/", references=[SVR_PBZ],
         geometry=SVR_POLY),
]
