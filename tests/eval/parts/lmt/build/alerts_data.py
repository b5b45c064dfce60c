"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the Klamath Basin. Alerts invented; the
office (NWS Medford, KMFR), SAME 041035 (Klamath County) and county UGC ORC035 are real; forecast-zone numbers are
best known and no label depends on them (labels use polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


FFW_MFR = urn("lmt-ffw-chiloquin")
SVR_MFR = urn("lmt-svr-merrill-malin")
SVR_MFR_CAN = urn("lmt-svr-merrill-malin-can")
WIND_MFR = urn("lmt-wind-advisory-basin")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-121.66, 41.99), (-121.38, 41.99), (-121.38, 42.075), (-121.66, 42.075))

ALERTS = [
    dict(id=FFW_MFR, office="KMFR", senderName="NWS Medford OR", awips="FFWMFR", wmo="WGUS56",
         areaDesc="Klamath, OR", SAME=["041035"], UGC=["ORC035"],
         sent="2026-03-14T15:20:00-07:00", onset="2026-03-14T15:20:00-07:00", expires="2026-03-14T21:15:00-07:00",
         ends="2026-03-14T21:15:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued March 14 at 3:20PM PDT until March 14 at 9:15PM PDT by NWS Medford OR",
         description="FFWMFR\n\nThe National Weather Service in Medford has issued a\n\n* Flash Flood Warning for...\nNorth central Klamath County in south central Oregon...\n\n* Until 915 PM PDT.\n\n* At 318 PM PDT, heavy rain on a melting snowpack has pushed the Williamson and Sprague Rivers out of their banks near their confluence. Flooding is ongoing along Chiloquin Boulevard and Modoc Point Road.\n\nHAZARD...Flash flooding caused by rain and snowmelt.\n\n* Some locations that will experience flooding include...\nChiloquin, Modoc Point and Sprague River.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMFR.FF.W.0004.260314T2220Z-260315T0415Z/", references=[],
         geometry=poly((-121.80, 42.515), (-121.69, 42.515), (-121.69, 42.585), (-121.80, 42.585)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_MFR, office="KMFR", senderName="NWS Medford OR", awips="SVRMFR", wmo="WUUS56",
         areaDesc="Klamath, OR", SAME=["041035"], UGC=["ORC035"],
         sent="2026-07-22T16:05:00-07:00", onset="2026-07-22T16:05:00-07:00", expires="2026-07-22T17:00:00-07:00",
         ends="2026-07-22T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 4:05PM PDT until July 22 at 5:00PM PDT by NWS Medford OR",
         description="SVRMFR\n\nThe National Weather Service in Medford has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Klamath County in south central Oregon...\n\n* Until 500 PM PDT.\n\n* At 404 PM PDT, a severe thunderstorm was located near Merrill, moving east at 20 mph.\n\nHAZARD...Golf ball size hail and 65 mph wind gusts.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...Damage to roofs, siding, windows and vehicles is likely. Expect damage to crops and irrigation pivots.\n\n* Locations impacted include...\nMerrill and Malin.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMFR.SV.W.0031.260722T2305Z-260723T0000Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["65 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_MFR_CAN, office="KMFR", senderName="NWS Medford OR", awips="SVSMFR", wmo="WWUS56",
         areaDesc="Klamath, OR", SAME=["041035"], UGC=["ORC035"],
         sent="2026-07-22T16:42:00-07:00", onset="2026-07-22T16:42:00-07:00", expires="2026-07-22T17:00:00-07:00",
         ends="2026-07-22T17:00:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area into Modoc County, California. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KMFR.SV.W.0031.000000T0000Z-260723T0000Z/", references=[SVR_MFR],
         geometry=SVR_POLY),
    dict(id=WIND_MFR, office="KMFR", senderName="NWS Medford OR", awips="NPWMFR", wmo="WWUS76",
         areaDesc="Klamath Basin", SAME=["041035"], UGC=["ORZ029"],
         sent="2026-10-08T03:10:00-07:00", onset="2026-10-08T11:00:00-07:00", expires="2026-10-08T15:00:00-07:00",
         ends="2026-10-08T20:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued October 8 at 3:10AM PDT until October 8 at 8:00PM PDT by NWS Medford OR",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Klamath Basin, including Klamath Falls, Chiloquin, Merrill and Malin.\n\n* WHEN...From 11 AM to 8 PM PDT Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KMFR.WI.Y.0017.261008T1800Z-261009T0300Z/", references=[], geometry=None),
]
