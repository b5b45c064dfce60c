"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the office (NWS Great
Falls, KTFX), SAME county codes and county UGC codes are real; forecast-zone numbers are best guesses and no label
depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hln_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


WSW_TFX = urn("hln-winter-storm-meagher-jefferson")
SVR_TFX = urn("hln-svr-townsend-winston")
SVR_TFX_CAN = urn("hln-svr-townsend-winston-can")
FOG_TFX = urn("hln-fog-helena-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-111.74, 46.52), (-111.40, 46.47), (-111.40, 46.27), (-111.60, 46.27), (-111.74, 46.40))

ALERTS = [
    dict(id=WSW_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Meagher; Elkhorn and Boulder Mountains; Jefferson", SAME=["030059", "030043"],
         UGC=["MTZ049", "MTZ050", "MTZ051"],
         sent="2026-01-24T14:12:00-07:00", onset="2026-01-25T05:00:00-07:00", expires="2026-01-25T02:15:00-07:00",
         ends="2026-01-26T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:12PM MST until January 26 at 11:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 18 inches, with up to 2 feet over the Castle and Little Belt Mountains. Winds gusting as high as 50 mph causing areas of blowing and drifting snow.\n\n* WHERE...Meagher and Jefferson Counties, including White Sulphur Springs, Boulder, Basin, Clancy and Montana City, and Kings Hill Pass.\n\n* WHEN...From 5 AM Sunday to 11 AM MST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on US-89 and Interstate 15 over Boulder Hill.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. The latest road conditions can be obtained by calling 5 1 1.",
         vtec="/O.NEW.KTFX.WS.W.0003.260125T1200Z-260126T1800Z/", references=[], geometry=None),
    dict(id=FOG_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="NPWTFX", wmo="WWUS75",
         areaDesc="Helena Valley", SAME=["030049"], UGC=["MTZ014"],
         sent="2026-02-18T03:40:00-07:00", onset="2026-02-18T03:40:00-07:00", expires="2026-02-18T10:00:00-07:00",
         ends="2026-02-18T10:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued February 18 at 3:40AM MST until February 18 at 10:00AM MST by NWS Great Falls MT",
         description="* WHAT...Visibility one quarter mile or less in freezing fog.\n\n* WHERE...Helena Valley, including Helena and East Helena.\n\n* WHEN...Until 10 AM MST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous. Freezing fog may leave a thin glaze on roads.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KTFX.FG.Y.0006.260218T1040Z-260218T1700Z/", references=[], geometry=None),
    dict(id=SVR_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="SVRTFX", wmo="WUUS55",
         areaDesc="Broadwater, MT", SAME=["030007"], UGC=["MTC007"],
         sent="2026-07-22T16:48:00-06:00", onset="2026-07-22T16:48:00-06:00", expires="2026-07-22T17:30:00-06:00",
         ends="2026-07-22T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 4:48PM MDT until July 22 at 5:30PM MDT by NWS Great Falls MT",
         description="SVRTFX\n\nThe National Weather Service in Great Falls has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Broadwater County in west central Montana...\n\n* Until 530 PM MDT.\n\n* At 447 PM MDT, a severe thunderstorm was located over Winston, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Trained weather spotters reported golf ball size hail near Winston.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nTownsend, Winston, Canyon Ferry Lake and Silos.",
         instruction="For your protection move to an interior room on the lowest floor of a building. Boaters on Canyon Ferry Lake should get off the water now.",
         vtec="/O.NEW.KTFX.SV.W.0118.260722T2248Z-260722T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_TFX_CAN, office="KTFX", senderName="NWS Great Falls MT", awips="SVSTFX", wmo="WWUS55",
         areaDesc="Broadwater, MT", SAME=["030007"], UGC=["MTC007"],
         sent="2026-07-22T17:14:00-06:00", onset="2026-07-22T17:14:00-06:00", expires="2026-07-22T17:30:00-06:00",
         ends="2026-07-22T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KTFX.SV.W.0118.000000T0000Z-260722T2330Z/", references=[SVR_TFX],
         geometry=SVR_POLY),
]
