"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mkt part. Every alert is invented;
the office (NWS Twin Cities/Chanhassen, KMPX) and the county SAME/UGC codes are real; forecast-zone numbers are
best known and no label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_MPX = urn("mkt_winter-storm-brown-lesueur")
SVR_MPX = urn("mkt_svr-north-mankato")
SVR_MPX_CAN = urn("mkt_svr-north-mankato-can")
FRZ_MPX = urn("mkt_frost-advisory-blue-earth-nicollet")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-94.200, 44.170), (-94.040, 44.175), (-94.030, 44.285), (-94.190, 44.290))

ALERTS = [
    dict(id=WSW_MPX, office="KMPX", senderName="NWS Chanhassen MN", awips="WSWMPX", wmo="WWUS43",
         areaDesc="Brown; Le Sueur", SAME=["027015", "027079"], UGC=["MNZ065", "MNZ067"],
         sent="2026-02-16T14:05:00-06:00", onset="2026-02-17T00:00:00-06:00", expires="2026-02-17T04:00:00-06:00",
         ends="2026-02-18T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 16 at 2:05PM CST until February 18 at 6:00AM CST by NWS Chanhassen MN",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 10 to 15 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Brown and Le Sueur Counties, including New Ulm, Sleepy Eye, Springfield, Le Center, Le Sueur and Montgomery.\n\n* WHEN...From midnight tonight to 6 AM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility on Highways 14 and 169.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMPX.WS.W.0006.260217T0600Z-260218T1200Z/", references=[], geometry=None),
    dict(id=SVR_MPX, office="KMPX", senderName="NWS Chanhassen MN", awips="SVRMPX", wmo="WUUS53",
         areaDesc="Nicollet, MN; Blue Earth, MN", SAME=["027103", "027013"], UGC=["MNC103", "MNC013"],
         sent="2026-07-09T17:42:00-05:00", onset="2026-07-09T17:42:00-05:00", expires="2026-07-09T18:30:00-05:00",
         ends="2026-07-09T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 9 at 5:42PM CDT until July 9 at 6:30PM CDT by NWS Chanhassen MN",
         description="SVRMPX\n\nThe National Weather Service in Chanhassen has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Nicollet County in south central Minnesota...\nNorthwestern Blue Earth County in south central Minnesota...\n\n* Until 630 PM CDT.\n\n* At 541 PM CDT, a severe thunderstorm was located near Courtland, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nNorth Mankato, Lower North Mankato, Lookout Drive and Nicollet.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMPX.SV.W.0231.260709T2242Z-260709T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_MPX_CAN, office="KMPX", senderName="NWS Chanhassen MN", awips="SVSMPX", wmo="WWUS53",
         areaDesc="Nicollet, MN; Blue Earth, MN", SAME=["027103", "027013"], UGC=["MNC103", "MNC013"],
         sent="2026-07-09T18:12:00-05:00", onset="2026-07-09T18:12:00-05:00", expires="2026-07-09T18:30:00-05:00",
         ends="2026-07-09T18:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KMPX.SV.W.0231.000000T0000Z-260709T2330Z/", references=[SVR_MPX],
         geometry=SVR_POLY),
    dict(id=FRZ_MPX, office="KMPX", senderName="NWS Chanhassen MN", awips="NPWMPX", wmo="WWUS73",
         areaDesc="Nicollet; Blue Earth; Le Sueur", SAME=["027103", "027013", "027079"], UGC=["MNZ066", "MNZ075", "MNZ067"],
         sent="2026-09-24T14:30:00-05:00", onset="2026-09-25T02:00:00-05:00", expires="2026-09-25T06:00:00-05:00",
         ends="2026-09-25T08:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued September 24 at 2:30PM CDT until September 25 at 8:00AM CDT by NWS Chanhassen MN",
         description="* WHAT...Temperatures as low as 33 will result in frost formation.\n\n* WHERE...Nicollet, Blue Earth and Le Sueur Counties, including Mankato, North Mankato, St. Peter and Le Center.\n\n* WHEN...From 2 AM to 8 AM CDT Friday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KMPX.FR.Y.0012.260925T0700Z-260925T1300Z/", references=[], geometry=None),
]
