"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Mount Holly (KPHI). Every alert is
invented; county codes are real (forecast-zone numbers as best known; labels use only SAME codes and polygons).
Feature ids are tre_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tre_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_PHI = urn("tre-svr-lower-bucks-bordentown")
SVR_PHI_CAN = urn("tre-svr-lower-bucks-bordentown-can")
FFW_PHI = urn("tre-ffw-assunpink-trenton")
WWY_PHI = urn("tre-wwy-mercer-burlington")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="WSWPHI", wmo="WWUS41",
         areaDesc="Mercer; Northwestern Burlington; Lower Bucks", SAME=["034021", "034005", "042017"],
         UGC=["NJZ015", "NJZ017", "PAZ106"],
         sent="2026-02-16T15:05:00-05:00", onset="2026-02-17T01:00:00-05:00", expires="2026-02-17T03:00:00-05:00",
         ends="2026-02-17T10:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 16 at 3:05PM EST until February 17 at 10:00AM EST by NWS Mount Holly NJ",
         description="* WHAT...Snow and sleet expected. Total snow and sleet accumulations of 1 to 3 inches.\n\n* WHERE...Mercer, Northwestern Burlington and Lower Bucks, including Trenton, Hamilton, Ewing, Bordentown and Levittown.\n\n* WHEN...From 1 AM to 10 AM EST Tuesday.\n\n* IMPACTS...Plan on slippery road conditions, including during the morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KPHI.WW.Y.0011.260217T0600Z-260217T1500Z/", references=[], geometry=None),
    dict(id=SVR_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="Bucks, PA; Burlington, NJ", SAME=["042017", "034005"], UGC=["PAC017", "NJC005"],
         sent="2026-07-14T16:48:00-04:00", onset="2026-07-14T16:48:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:48PM EDT until July 14 at 5:30PM EDT by NWS Mount Holly NJ",
         description="SVRPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Bucks County in southeastern Pennsylvania...\nNorthwestern Burlington County in southern New Jersey...\n\n* Until 530 PM EDT.\n\n* At 447 PM EDT, a severe thunderstorm was located over Langhorne, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nLevittown, Bristol, Tullytown, Fairless Hills, Bordentown and Fieldsboro.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPHI.SV.W.0143.260714T2048Z-260714T2130Z/", references=[],
         geometry=poly((-74.915, 40.100), (-74.680, 40.100), (-74.680, 40.180), (-74.915, 40.180)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_PHI_CAN, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVSPHI", wmo="WWUS51",
         areaDesc="Bucks, PA; Burlington, NJ", SAME=["042017", "034005"], UGC=["PAC017", "NJC005"],
         sent="2026-07-14T17:12:00-04:00", onset="2026-07-14T17:12:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning will be allowed to expire. However, gusty winds are still possible with this thunderstorm.",
         instruction=None, vtec="/O.CAN.KPHI.SV.W.0143.000000T0000Z-260714T2130Z/", references=[SVR_PHI],
         geometry=poly((-74.915, 40.100), (-74.680, 40.100), (-74.680, 40.180), (-74.915, 40.180))),
    dict(id=FFW_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="FFWPHI", wmo="WGUS51",
         areaDesc="Mercer, NJ", SAME=["034021"], UGC=["NJC021"],
         sent="2026-08-04T19:22:00-04:00", onset="2026-08-04T19:22:00-04:00", expires="2026-08-04T22:30:00-04:00",
         ends="2026-08-04T22:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 4 at 7:22PM EDT until August 4 at 10:30PM EDT by NWS Mount Holly NJ",
         description="FFWPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Flash Flood Warning for...\nCentral Mercer County in New Jersey...\n\n* Until 1030 PM EDT.\n\n* At 721 PM EDT, Doppler radar indicated thunderstorms producing heavy rain over Trenton and western Hamilton. Between 2 and 4 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly along the Assunpink Creek.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nTrenton, Chambersburg, Mercerville and White Horse.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KPHI.FF.W.0027.260804T2322Z-260805T0230Z/", references=[],
         geometry=poly((-74.785, 40.190), (-74.700, 40.190), (-74.700, 40.232), (-74.785, 40.232)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
]
