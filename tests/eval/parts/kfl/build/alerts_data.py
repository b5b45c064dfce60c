"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part kfl. Alerts invented; office (MFR,
Medford), county SAME/UGC codes real; forecast-zone numbers best known (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"kfl_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_LAKE = urn("kfl-winter-storm-lake-county")
WIND_KLAMATH = urn("kfl-wind-advisory-klamath")
SVR_KFALLS = urn("kfl-svr-hail-south-klamath-falls")
SVR_KFALLS_CAN = urn("kfl-svr-hail-south-klamath-falls-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-121.80, 42.150), (-121.64, 42.150), (-121.64, 42.225), (-121.80, 42.225))

ALERTS = [
    dict(id=WSW_LAKE, office="KMFR", senderName="NWS Medford OR", awips="WSWMFR", wmo="WWUS46",
         areaDesc="Lake County; Warner Mountains", SAME=["041037"], UGC=["ORZ031", "ORZ030"],
         sent="2026-01-20T14:05:00-08:00", onset="2026-01-21T04:00:00-08:00", expires="2026-01-21T02:00:00-08:00",
         ends="2026-01-22T10:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 2:05PM PST until January 22 at 10:00AM PST by NWS Medford OR",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, up to 24 inches over the Warner Mountains. Winds gusting as high as 45 mph.\n\n* WHERE...Lake County, including Lakeview, Paisley, New Pine Creek and Highway 395 and Highway 140 over Warner Pass.\n\n* WHEN...From 4 AM Wednesday to 10 AM PST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow could significantly reduce visibility.",
         instruction="If you must travel, carry chains, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KMFR.WS.W.0003.260121T1200Z-260122T1800Z/", references=[], geometry=None),
    dict(id=WIND_KLAMATH, office="KMFR", senderName="NWS Medford OR", awips="NPWMFR", wmo="WWUS76",
         areaDesc="Klamath Basin; Northern and Eastern Klamath County", SAME=["041035"], UGC=["ORZ029", "ORZ030"],
         sent="2026-04-14T03:10:00-07:00", onset="2026-04-14T11:00:00-07:00", expires="2026-04-14T11:00:00-07:00",
         ends="2026-04-14T20:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 14 at 3:10AM PDT until April 14 at 8:00PM PDT by NWS Medford OR",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph expected.\n\n* WHERE...Klamath County, including Klamath Falls, Chiloquin, Bonanza, Malin and Merrill.\n\n* WHEN...From 11 AM to 8 PM PDT Tuesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Blowing dust may reduce visibility on Highway 39.",
         instruction="Use extra caution while driving, especially high-profile vehicles.",
         vtec="/O.NEW.KMFR.WI.Y.0011.260414T1800Z-260415T0300Z/", references=[], geometry=None),
    dict(id=SVR_KFALLS, office="KMFR", senderName="NWS Medford OR", awips="SVRMFR", wmo="WUUS56",
         areaDesc="Klamath, OR", SAME=["041035"], UGC=["ORC035"],
         sent="2026-07-09T17:42:00-07:00", onset="2026-07-09T17:42:00-07:00", expires="2026-07-09T18:30:00-07:00",
         ends="2026-07-09T18:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 9 at 5:42PM PDT until July 9 at 6:30PM PDT by NWS Medford OR",
         description="SVRMFR\n\nThe National Weather Service in Medford has issued a\n\n* Severe Thunderstorm Warning for...\nSouth central Klamath County in south central Oregon...\n\n* Until 630 PM PDT.\n\n* At 541 PM PDT, a severe thunderstorm was located over Stukel Mountain, moving northwest at 15 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported quarter size hail near Henley High School.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nAltamont, Henley, South Suburban Klamath Falls and Olene.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMFR.SV.W.0042.260710T0042Z-260710T0130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_KFALLS_CAN, office="KMFR", senderName="NWS Medford OR", awips="SVSMFR", wmo="WWUS56",
         areaDesc="Klamath, OR", SAME=["041035"], UGC=["ORC035"],
         sent="2026-07-09T18:14:00-07:00", onset="2026-07-09T18:14:00-07:00", expires="2026-07-09T18:30:00-07:00",
         ends="2026-07-09T18:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KMFR.SV.W.0042.000000T0000Z-260710T0130Z/", references=[SVR_KFALLS],
         geometry=SVR_POLY),
]
