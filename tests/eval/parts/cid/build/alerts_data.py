"""Hand-written NWS alerts for part cid (api.weather.gov /alerts/active GeoJSON). Alerts invented; office, county
SAME/UGC codes real (forecast-zone numbers best known; labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cid_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DVN = urn("cid-winter-storm-johnson")
WSW_DVN_EXA = urn("cid-winter-storm-johnson-exa")
WIND_DVN = urn("cid-wind-advisory-linn")
SVR_DVN = urn("cid-svr-marion-hiawatha")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="WSWDVN", wmo="WWUS43",
         areaDesc="Johnson, IA; Washington, IA", SAME=["019103", "019183"], UGC=["IAZ065", "IAZ076"],
         sent="2026-01-23T14:35:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 2:35PM CST until January 25 at 6:00AM CST by NWS Quad Cities IA IL",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 9 to 13 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Johnson and Washington Counties, including Iowa City, Coralville, North Liberty, Solon, Tiffin, Kalona and Washington.\n\n* WHEN...From midnight tonight to 6 AM CST Sunday.\n\n* IMPACTS...Travel could be very difficult. Patchy blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDVN.WS.W.0003.260124T0600Z-260125T1200Z/", references=[], geometry=None),
    dict(id=WSW_DVN_EXA, office="KDVN", senderName="NWS Quad Cities IA IL", awips="WSWDVN", wmo="WWUS43",
         areaDesc="Johnson, IA; Washington, IA; Muscatine, IA", SAME=["019103", "019183", "019139"],
         UGC=["IAZ065", "IAZ076", "IAZ077"],
         sent="2026-01-24T03:50:00-06:00", onset="2026-01-24T03:50:00-06:00", expires="2026-01-24T12:00:00-06:00",
         ends="2026-01-25T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:50AM CST until January 25 at 6:00AM CST by NWS Quad Cities IA IL",
         description="* WHAT...Heavy snow. Additional snow accumulations of 7 to 11 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Johnson, Washington and Muscatine Counties. The warning has been expanded to include Muscatine County, including Muscatine and West Liberty.\n\n* WHEN...Until 6 AM CST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads if you can.",
         vtec="/O.EXA.KDVN.WS.W.0003.000000T0000Z-260125T1200Z/", references=[WSW_DVN], geometry=None),
    dict(id=WIND_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="NPWDVN", wmo="WWUS73",
         areaDesc="Linn, IA", SAME=["019113"], UGC=["IAZ054"],
         sent="2026-04-14T04:10:00-05:00", onset="2026-04-14T10:00:00-05:00", expires="2026-04-14T12:00:00-05:00",
         ends="2026-04-14T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 14 at 4:10AM CDT until April 14 at 7:00PM CDT by NWS Quad Cities IA IL",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Linn County, including Cedar Rapids, Marion, Hiawatha and Mount Vernon.\n\n* WHEN...From 10 AM to 7 PM CDT Tuesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KDVN.WI.Y.0011.260414T1500Z-260415T0000Z/", references=[], geometry=None),
    dict(id=SVR_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="SVRDVN", wmo="WUUS53",
         areaDesc="Linn, IA", SAME=["019113"], UGC=["IAC113"],
         sent="2026-08-20T16:42:00-05:00", onset="2026-08-20T16:42:00-05:00", expires="2026-08-20T17:30:00-05:00",
         ends="2026-08-20T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 20 at 4:42PM CDT until August 20 at 5:30PM CDT by NWS Quad Cities IA IL",
         description="SVRDVN\n\nThe National Weather Service in the Quad Cities has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Linn County in east central Iowa...\n\n* Until 530 PM CDT.\n\n* At 441 PM CDT, a severe thunderstorm was located over Robins, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows and vehicles.\n\n* Locations impacted include...\nHiawatha, Marion, northeast Cedar Rapids and Robins.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDVN.SV.W.0288.260820T2142Z-260820T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["RADAR INDICATED"],
                "windThreat": ["RADAR INDICATED"]},
         geometry=poly((-91.70, 42.00), (-91.55, 42.00), (-91.55, 42.08), (-91.70, 42.08))),
]
