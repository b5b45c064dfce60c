"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Blacksburg VA (KRNK). Every alert is
invented; the office and county codes are real (forecast-zone numbers best known; labels use only SAME codes and
polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


def aid(label: str) -> str:
    return "roa_" + urn(label)


ISW_RNK = aid("roa-ice-storm-roanoke-county")
WWY_RNK = aid("roa-wwy-roanoke-salem-cities")
SVR_RNK = aid("roa-svr-salem-west-roanoke")
SVR_RNK_CAN = aid("roa-svr-salem-west-roanoke-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="WSWRNK", wmo="WWUS41",
         areaDesc="Roanoke; Botetourt; Bedford", SAME=["051161", "051023", "051019"],
         UGC=["VAZ022", "VAZ023", "VAZ034"],
         sent="2026-01-24T15:45:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 3:45PM EST until January 26 at 10:00AM EST by NWS Blacksburg VA",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half of an inch.\n\n* WHERE...Roanoke, Botetourt and Bedford Counties, including Vinton, Cave Spring, Hollins, Daleville and Bedford.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Prepare for possible power outages. Travel is strongly discouraged.",
         vtec="/O.NEW.KRNK.IS.W.0002.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=WWY_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="WSWRNK", wmo="WWUS41",
         areaDesc="City of Roanoke; City of Salem", SAME=["051770", "051775"],
         UGC=["VAC770", "VAC775"],
         sent="2026-01-24T15:46:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 24 at 3:46PM EST until January 26 at 10:00AM EST by NWS Blacksburg VA",
         description="* WHAT...Freezing rain. Ice accumulations of a light glaze to one tenth of an inch.\n\n* WHERE...The Cities of Roanoke and Salem.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KRNK.WW.Y.0009.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=SVR_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="SVRRNK", wmo="WUUS51",
         areaDesc="City of Salem, VA; City of Roanoke, VA; Roanoke, VA", SAME=["051775", "051770", "051161"],
         UGC=["VAC775", "VAC770", "VAC161"],
         sent="2026-06-27T18:42:00-04:00", onset="2026-06-27T18:42:00-04:00", expires="2026-06-27T19:30:00-04:00",
         ends="2026-06-27T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 27 at 6:42PM EDT until June 27 at 7:30PM EDT by NWS Blacksburg VA",
         description="At 641 PM EDT, a severe thunderstorm was located near Glenvar, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Salem, west Roanoke, Raleigh Court, Fort Lewis and Wasena.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRNK.SV.W.0141.260627T2242Z-260627T2330Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"]},
         geometry=poly((-80.135, 37.240), (-79.965, 37.238), (-79.962, 37.318), (-80.130, 37.330))),
    dict(id=SVR_RNK_CAN, office="KRNK", senderName="NWS Blacksburg VA", awips="SVSRNK", wmo="WWUS51",
         areaDesc="City of Salem, VA; City of Roanoke, VA; Roanoke, VA", SAME=["051775", "051770", "051161"],
         UGC=["VAC775", "VAC770", "VAC161"],
         sent="2026-06-27T19:12:00-04:00", onset="2026-06-27T19:12:00-04:00", expires="2026-06-27T19:30:00-04:00",
         ends="2026-06-27T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KRNK.SV.W.0141.000000T0000Z-260627T2330Z/", references=[SVR_RNK],
         geometry=poly((-80.135, 37.240), (-79.965, 37.238), (-79.962, 37.318), (-80.130, 37.330))),
]
