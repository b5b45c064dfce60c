"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `wor` part. Every alert is invented;
the office (KBOX, NWS Boston/Norton), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"wor_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BOX = urn("wor-winter-storm-metrowest")
SVR_BOX = urn("wor-svr-worcester-shrewsbury")
SVR_BOX_CAN = urn("wor-svr-worcester-shrewsbury-can")
FLS_BOX = urn("wor-flood-advisory-webster")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="WSWBOX", wmo="WWUS41",
         areaDesc="Western Middlesex; Southeast Middlesex; Western Norfolk", SAME=["025017", "025021"],
         UGC=["MAZ005", "MAZ014", "MAZ013"],
         sent="2026-02-07T15:45:00-05:00", onset="2026-02-08T04:00:00-05:00", expires="2026-02-08T04:00:00-05:00",
         ends="2026-02-09T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 7 at 3:45PM EST until February 9 at 7:00AM EST by NWS Boston/Norton MA",
         description="* WHAT...Heavy snow mixing with sleet and freezing rain. Total snow and sleet accumulations of 8 to 14 inches and ice accumulations of up to two tenths of an inch.\n\n* WHERE...Middlesex and Norfolk Counties, including Framingham, Natick, Marlborough and Needham.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. Power outages and tree damage are possible due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBOX.WS.W.0007.260208T0900Z-260209T1200Z/", references=[], geometry=None),
    dict(id=SVR_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVRBOX", wmo="WUUS51",
         areaDesc="Worcester, MA", SAME=["025027"], UGC=["MAC027"],
         sent="2026-06-18T15:12:00-04:00", onset="2026-06-18T15:12:00-04:00", expires="2026-06-18T16:00:00-04:00",
         ends="2026-06-18T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 3:12PM EDT until June 18 at 4:00PM EDT by NWS Boston/Norton MA",
         description="At 312 PM EDT, a severe thunderstorm was located over Worcester, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Worcester (Grafton Hill, Green Island, Lincoln Square), Shrewsbury and Lake Quinsigamond.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOX.SV.W.0031.260618T1912Z-260618T2000Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-71.800, 42.230), (-71.690, 42.230), (-71.690, 42.300), (-71.800, 42.300))),
    dict(id=SVR_BOX_CAN, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVSBOX", wmo="WWUS61",
         areaDesc="Worcester, MA", SAME=["025027"], UGC=["MAC027"],
         sent="2026-06-18T15:41:00-04:00", onset="2026-06-18T15:41:00-04:00", expires="2026-06-18T16:00:00-04:00",
         ends="2026-06-18T16:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire.",
         instruction="", vtec="/O.CAN.KBOX.SV.W.0031.000000T0000Z-260618T2000Z/", references=[SVR_BOX],
         geometry=poly((-71.720, 42.250), (-71.690, 42.250), (-71.690, 42.300), (-71.720, 42.300))),
    dict(id=FLS_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="FLSBOX", wmo="WGUS81",
         areaDesc="Worcester, MA", SAME=["025027"], UGC=["MAC027"],
         sent="2026-04-14T08:05:00-04:00", onset="2026-04-14T08:05:00-04:00", expires="2026-04-14T14:00:00-04:00",
         ends="2026-04-14T14:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued April 14 at 8:05AM EDT until April 14 at 2:00PM EDT by NWS Boston/Norton MA",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Southern Worcester County, including Webster, Dudley and Oxford.\n\n* WHEN...Until 2 PM EDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas near Webster Lake and the French River.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KBOX.FA.Y.0012.260414T1205Z-260414T1800Z/", references=[],
         geometry=poly((-71.930, 42.020), (-71.800, 42.020), (-71.800, 42.130), (-71.930, 42.130))),
]
