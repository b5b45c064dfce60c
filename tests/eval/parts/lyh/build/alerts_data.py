"""Hand-written NWS alerts for part lyh (api.weather.gov /alerts/active GeoJSON). Alerts invented; the office
(NWS Blacksburg VA, KRNK), SAME and county UGC codes are real; forecast-zone numbers best known (labels use only
SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lyh_urn:oid:2.49.0.1.840.0.{h}.001.1"   # brief: every alert id starts with lyh_


WSW = urn("lyh-winter-storm-amherst-appomattox")
SVR = urn("lyh-svr-forest-boonsboro")
SVR_CAN = urn("lyh-svr-forest-boonsboro-can")
FROST = urn("lyh-frost-campbell-lynchburg")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-79.335, 37.305), (-79.185, 37.300), (-79.180, 37.405), (-79.330, 37.400))

ALERTS = [
    dict(id=WSW, awips="WSWRNK", wmo="WWUS41", areaDesc="Amherst; Appomattox",
         SAME=["051009", "051011"], UGC=["VAZ046", "VAZ047"],
         sent="2026-01-17T15:20:00-05:00", onset="2026-01-18T04:00:00-05:00", expires="2026-01-18T04:00:00-05:00",
         ends="2026-01-19T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 17 at 3:20PM EST until January 19 at 7:00AM EST by NWS Blacksburg VA",
         description="* WHAT...Heavy snow mixed with sleet. Total snow and sleet accumulations of 6 to 10 inches and ice accumulations of a light glaze.\n\n* WHERE...Amherst and Appomattox Counties, including Amherst, Madison Heights and Appomattox.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. Power outages and tree damage are possible due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KRNK.WS.W.0003.260118T0900Z-260119T1200Z/", references=[], geometry=None),
    dict(id=SVR, awips="SVRRNK", wmo="WUUS51", areaDesc="Bedford, VA; Campbell, VA; City of Lynchburg, VA",
         SAME=["051019", "051031", "051680"], UGC=["VAC019", "VAC031", "VAC680"],
         sent="2026-03-20T16:42:00-04:00", onset="2026-03-20T16:42:00-04:00", expires="2026-03-20T17:30:00-04:00",
         ends="2026-03-20T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued March 20 at 4:42PM EDT until March 20 at 5:30PM EDT by NWS Blacksburg VA",
         description="SVRRNK\n\nThe National Weather Service in Blacksburg has issued a\n\n* Severe Thunderstorm Warning for...\n  Northeastern Bedford County in central Virginia...\n  Northwestern Campbell County in central Virginia...\n  Western City of Lynchburg in central Virginia...\n\n* Until 530 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm was located near Forest, moving east at 35 mph.\n\n  HAZARD...70 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\n  Forest, Boonsboro, Timberlake, Lakeside and Lynchburg west of Rivermont.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRNK.SV.W.0041.260320T2042Z-260320T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, awips="SVSRNK", wmo="WWUS51", areaDesc="Bedford, VA; Campbell, VA; City of Lynchburg, VA",
         SAME=["051019", "051031", "051680"], UGC=["VAC019", "VAC031", "VAC680"],
         sent="2026-03-20T17:14:00-04:00", onset="2026-03-20T17:14:00-04:00", expires="2026-03-20T17:30:00-04:00",
         ends="2026-03-20T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KRNK.SV.W.0041.000000T0000Z-260320T2130Z/", references=[SVR],
         geometry=SVR_POLY),
    dict(id=FROST, awips="NPWRNK", wmo="WWUS71", areaDesc="Campbell; City of Lynchburg; Appomattox",
         SAME=["051031", "051680", "051011"], UGC=["VAZ048", "VAZ058", "VAZ047"],
         sent="2026-04-14T14:05:00-04:00", onset="2026-04-15T02:00:00-04:00", expires="2026-04-15T09:00:00-04:00",
         ends="2026-04-15T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued April 14 at 2:05PM EDT until April 15 at 9:00AM EDT by NWS Blacksburg VA",
         description="* WHAT...Temperatures as low as 33 will result in frost formation.\n\n* WHERE...Campbell and Appomattox Counties and the City of Lynchburg.\n\n* WHEN...From 2 AM to 9 AM EDT Wednesday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KRNK.FR.Y.0007.260415T0600Z-260415T1300Z/", references=[], geometry=None),
]
