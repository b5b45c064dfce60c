"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the pwm part. Every alert is invented; the
office (NWS Gray ME, KGYX), SAME county codes and county UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pwm_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ANDRO = urn("pwm-winter-storm-androscoggin")
WWY_CUMB = urn("pwm-winter-weather-advisory-cumberland")
SVR_GYX = urn("pwm-svr-scarborough-cape")
SVR_GYX_CAN = urn("pwm-svr-scarborough-cape-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ANDRO, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Androscoggin", SAME=["023001"], UGC=["MEZ020"],
         sent="2026-01-08T15:10:00-05:00", onset="2026-01-09T04:00:00-05:00", expires="2026-01-09T04:00:00-05:00",
         ends="2026-01-10T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 8 at 3:10PM EST until January 10 at 10:00AM EST by NWS Gray ME",
         description="* WHAT...Heavy snow and sleet. Total snow accumulations of 10 to 16 inches and ice accumulations of a light glaze.\n\n* WHERE...Androscoggin County, including Lewiston, Auburn, Lisbon, Sabattus, Poland and Turner.\n\n* WHEN...From 4 AM Friday to 10 AM EST Saturday.\n\n* IMPACTS...Travel could be very difficult. The hazardous conditions could impact the Friday evening commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGYX.WS.W.0002.260109T0900Z-260110T1500Z/", references=[], geometry=None),
    dict(id=WWY_CUMB, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Coastal Cumberland; Interior Cumberland", SAME=["023005"], UGC=["MEZ024", "MEZ019"],
         sent="2026-01-20T04:05:00-05:00", onset="2026-01-20T07:00:00-05:00", expires="2026-01-20T12:00:00-05:00",
         ends="2026-01-20T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 20 at 4:05AM EST until January 20 at 7:00PM EST by NWS Gray ME",
         description="* WHAT...Snow. Additional snow accumulations of 2 to 5 inches.\n\n* WHERE...Cumberland County, including Portland, South Portland, Westbrook, Falmouth, Scarborough and Cape Elizabeth.\n\n* WHEN...From 7 AM to 7 PM EST Tuesday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KGYX.WW.Y.0006.260120T1200Z-260121T0000Z/", references=[], geometry=None),
    dict(id=SVR_GYX, office="KGYX", senderName="NWS Gray ME", awips="SVRGYX", wmo="WUUS51",
         areaDesc="Cumberland, ME", SAME=["023005"], UGC=["MEC005"],
         sent="2026-07-16T15:42:00-04:00", onset="2026-07-16T15:42:00-04:00", expires="2026-07-16T16:30:00-04:00",
         ends="2026-07-16T16:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 16 at 3:42PM EDT until July 16 at 4:30PM EDT by NWS Gray ME",
         description="SVRGYX\n\nThe National Weather Service in Gray Maine has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Cumberland County in southwestern Maine...\n\n* Until 430 PM EDT.\n\n* At 341 PM EDT, a severe thunderstorm was located over Gorham, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nScarborough, South Portland, Cape Elizabeth and Pine Point.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGYX.SV.W.0031.260716T1942Z-260716T2030Z/", references=[],
         geometry=poly((-70.42, 43.54), (-70.18, 43.54), (-70.18, 43.645), (-70.42, 43.645)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_GYX_CAN, office="KGYX", senderName="NWS Gray ME", awips="SVSGYX", wmo="WWUS51",
         areaDesc="Cumberland, ME", SAME=["023005"], UGC=["MEC005"],
         sent="2026-07-16T16:18:00-04:00", onset="2026-07-16T16:18:00-04:00", expires="2026-07-16T16:30:00-04:00",
         ends="2026-07-16T16:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out over Casco Bay and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KGYX.SV.W.0031.000000T0000Z-260716T2030Z/", references=[SVR_GYX],
         geometry=poly((-70.42, 43.54), (-70.18, 43.54), (-70.18, 43.645), (-70.42, 43.645))),
]
