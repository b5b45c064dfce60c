"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part "bil". Every alert is invented;
the office (NWS Billings, KBYZ) and county codes are real; forecast-zone numbers are best known and no label
depends on them (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.bil.{h}.001.1"


SVR_BYZ = urn("bil-svr-hail-laurel-west-billings")
SVR_BYZ_CAN = urn("bil-svr-hail-laurel-west-billings-can")
WSW_BYZ = urn("bil-winter-storm-big-horn")
WWY_BYZ = urn("bil-wwy-yellowstone")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


HAIL_POLY = poly((-108.98, 45.58), (-108.53, 45.72), (-108.53, 45.82), (-108.98, 45.74))

ALERTS = [
    dict(id=SVR_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="SVRBYZ", wmo="WUUS53",
         areaDesc="Stillwater, MT; Yellowstone, MT", SAME=["030095", "030111"], UGC=["MTC095", "MTC111"],
         sent="2026-07-21T18:12:00-06:00", onset="2026-07-21T18:12:00-06:00", expires="2026-07-21T19:00:00-06:00",
         ends="2026-07-21T19:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 6:12PM MDT until July 21 at 7:00PM MDT by NWS Billings MT",
         description="At 611 PM MDT, a severe thunderstorm was located near Park City, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and baseball size hail.\n\nSOURCE...Radar indicated and trained spotter reports of golf ball size hail in Park City.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage. Wind damage is also likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include...\nBillings West End, Laurel, Park City, Yellowstone Club Estates, Rimrock Road, Shiloh Road and Billings Logan Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBYZ.SV.W.0087.260722T0012Z-260722T0100Z/", references=[], geometry=HAIL_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.75"], "hailThreat": ["RADAR INDICATED"],
                "windThreat": ["RADAR INDICATED"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_BYZ_CAN, office="KBYZ", senderName="NWS Billings MT", awips="SVSBYZ", wmo="WWUS53",
         areaDesc="Stillwater, MT; Yellowstone, MT", SAME=["030095", "030111"], UGC=["MTC095", "MTC111"],
         sent="2026-07-21T18:48:00-06:00", onset="2026-07-21T18:48:00-06:00", expires="2026-07-21T19:00:00-06:00",
         ends="2026-07-21T19:00:00-06:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. However, small hail and gusty winds are still possible with this thunderstorm.",
         instruction="", vtec="/O.CAN.KBYZ.SV.W.0087.000000T0000Z-260722T0100Z/", references=[SVR_BYZ],
         geometry=HAIL_POLY),
    dict(id=WSW_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="WSWBYZ", wmo="WWUS45",
         areaDesc="Northern Big Horn; Southern Big Horn", SAME=["030003"], UGC=["MTZ171", "MTZ172"],
         sent="2026-11-16T14:25:00-07:00", onset="2026-11-17T05:00:00-07:00", expires="2026-11-17T03:30:00-07:00",
         ends="2026-11-18T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued November 16 at 2:25PM MST until November 18 at 5:00PM MST by NWS Billings MT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 18 inches, locally 24 inches in the Wolf Mountains and near Lodge Grass. Winds gusting as high as 45 mph will cause blowing and drifting snow.\n\n* WHERE...Big Horn County, including Hardin, Crow Agency, Lodge Grass, Wyola and Pryor.\n\n* WHEN...From 5 AM Tuesday to 5 PM MST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 90 between Hardin and Ranchester. Livestock stress is likely.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Ranchers should move livestock to shelter.",
         vtec="/O.NEW.KBYZ.WS.W.0012.261117T1200Z-261119T0000Z/", references=[], geometry=None),
    dict(id=WWY_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="WSWBYZ", wmo="WWUS45",
         areaDesc="Yellowstone; Northern Stillwater", SAME=["030111", "030095"], UGC=["MTZ169", "MTZ168"],
         sent="2026-11-16T14:25:00-07:00", onset="2026-11-17T05:00:00-07:00", expires="2026-11-17T03:30:00-07:00",
         ends="2026-11-18T11:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued November 16 at 2:25PM MST until November 18 at 11:00AM MST by NWS Billings MT",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...Yellowstone County and northern Stillwater County, including Billings, Laurel, Lockwood, Huntley, Shepherd and Worden.\n\n* WHEN...From 5 AM Tuesday to 11 AM MST Wednesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Tuesday evening commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KBYZ.WW.Y.0031.261117T1200Z-261118T1800Z/", references=[], geometry=None),
]
