"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the oma part. Every alert is invented;
the office (NWS Omaha/Valley, KOAX), county SAME/UGC codes are real; forecast-zone numbers are as best known and
no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.oma{h[:37]}.001.1"


TOR_OAX = urn("oma-tornado-council-bluffs")
SVR_OAX = urn("oma-svr-bellevue-papillion")
SVR_OAX_CAN = urn("oma-svr-bellevue-papillion-can")
WWY_OAX = urn("oma-wwy-metro")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="WSWOAX", wmo="WWUS43",
         areaDesc="Douglas; Sarpy; Pottawattamie", SAME=["031055", "031153", "019155"],
         UGC=["NEZ052", "NEZ053", "IAZ079"],
         sent="2026-01-27T14:05:00-06:00", onset="2026-01-27T21:00:00-06:00", expires="2026-01-28T06:00:00-06:00",
         ends="2026-01-28T12:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 27 at 2:05PM CST until January 28 at 12:00PM CST by NWS Omaha/Valley NE",
         description="* WHAT...Snow expected. Total snow accumulations of 2 to 4 inches.\n\n* WHERE...Douglas and Sarpy Counties in Nebraska and Pottawattamie County in Iowa, including Omaha, Bellevue, Papillion, La Vista and Council Bluffs.\n\n* WHEN...From 9 PM this evening to noon CST Wednesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Wednesday morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KOAX.WW.Y.0006.260128T0300Z-260128T1800Z/", references=[], geometry=None),
    dict(id=TOR_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="TOROAX", wmo="WFUS53",
         areaDesc="Pottawattamie, IA", SAME=["019155"], UGC=["IAC155"],
         sent="2026-05-19T18:42:00-05:00", onset="2026-05-19T18:42:00-05:00", expires="2026-05-19T19:15:00-05:00",
         ends="2026-05-19T19:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 6:42PM CDT until May 19 at 7:15PM CDT by NWS Omaha/Valley NE",
         description="TOROAX\n\nThe National Weather Service in Omaha has issued a\n\n* Tornado Warning for...\nWestern Pottawattamie County in southwestern Iowa...\n\n* Until 715 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm capable of producing a tornado was located over Carter Lake, moving east at 30 mph.\n\nHAZARD...Tornado and golf ball size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nCouncil Bluffs, Carter Lake, Lake Manawa and Crescent.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KOAX.TO.W.0031.260519T2342Z-260520T0015Z/", references=[],
         geometry=poly((-95.915, 41.205), (-95.795, 41.215), (-95.790, 41.290), (-95.905, 41.300)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="SVROAX", wmo="WUUS53",
         areaDesc="Sarpy, NE; Douglas, NE", SAME=["031153", "031055"], UGC=["NEC153", "NEC055"],
         sent="2026-06-23T16:08:00-05:00", onset="2026-06-23T16:08:00-05:00", expires="2026-06-23T17:00:00-05:00",
         ends="2026-06-23T17:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 4:08PM CDT until June 23 at 5:00PM CDT by NWS Omaha/Valley NE",
         description="SVROAX\n\nThe National Weather Service in Omaha has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Sarpy County in east central Nebraska...\nSouthern Douglas County in east central Nebraska...\n\n* Until 500 PM CDT.\n\n* At 407 PM CDT, a severe thunderstorm was located near Chalco, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nBellevue, Papillion, La Vista, Offutt Air Force Base and Chalco.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOAX.SV.W.0212.260623T2108Z-260623T2200Z/", references=[],
         geometry=poly((-96.105, 41.090), (-95.875, 41.085), (-95.880, 41.195), (-96.100, 41.195)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_OAX_CAN, office="KOAX", senderName="NWS Omaha/Valley NE", awips="SVSOAX", wmo="WWUS53",
         areaDesc="Sarpy, NE; Douglas, NE", SAME=["031153", "031055"], UGC=["NEC153", "NEC055"],
         sent="2026-06-23T16:41:00-05:00", onset="2026-06-23T16:41:00-05:00", expires="2026-06-23T17:00:00-05:00",
         ends="2026-06-23T17:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire. Heavy rain is still possible.",
         instruction=None, vtec="/O.CAN.KOAX.SV.W.0212.000000T0000Z-260623T2200Z/", references=[SVR_OAX],
         geometry=poly((-96.105, 41.090), (-95.875, 41.085), (-95.880, 41.195), (-96.100, 41.195))),
]
