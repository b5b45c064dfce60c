"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the yak part. Every alert is invented;
the office (NWS Pendleton OR, KPDT), SAME 053077 (Yakima County) and county UGC WAC077 are real; forecast zone
WAZ027 is given as best known and no label depends on it. Ids carry the part's `yak_` prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"yak_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_SELAH = urn("yak-svr-selah")
SVR_SELAH_CAN = urn("yak-svr-selah-can")
FFW_UNIONGAP = urn("yak-ffw-union-gap")
WWY_YAKIMA = urn("yak-wwy-yakima")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_YAKIMA, office="KPDT", senderName="NWS Pendleton OR", awips="WSWPDT", wmo="WWUS46",
         areaDesc="Yakima Valley; Yakima", SAME=["053077"], UGC=["WAZ027", "WAC077"],
         sent="2026-01-20T14:10:00-08:00", onset="2026-01-21T04:00:00-08:00", expires="2026-01-21T02:15:00-08:00",
         ends="2026-01-21T16:00:00-08:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 20 at 2:10PM PST until January 21 at 4:00PM PST by NWS Pendleton OR",
         description="* WHAT...Snow and freezing drizzle expected. Total snow accumulations of 1 to 3 inches and ice accumulations of a light glaze.\n\n* WHERE...Yakima Valley, including Yakima, Selah, Union Gap and Moxee.\n\n* WHEN...From 4 AM to 4 PM PST Wednesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KPDT.WW.Y.0007.260121T1200Z-260122T0000Z/", references=[], geometry=None),
    dict(id=FFW_UNIONGAP, office="KPDT", senderName="NWS Pendleton OR", awips="FFWPDT", wmo="WGUS56",
         areaDesc="Yakima, WA", SAME=["053077"], UGC=["WAC077"],
         sent="2026-03-12T16:42:00-07:00", onset="2026-03-12T16:42:00-07:00", expires="2026-03-12T22:45:00-07:00",
         ends="2026-03-12T22:45:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued March 12 at 4:42PM PDT until March 12 at 10:45PM PDT by NWS Pendleton OR",
         description="The National Weather Service in Pendleton has issued a\n\n* Flash Flood Warning for...\n  Central Yakima County in south central Washington...\n\n* Until 1045 PM PDT.\n\n* At 442 PM PDT, heavy rain on melting snow has sent Wide Hollow and Bachelor Creeks out of their banks. Between 1 and 1.5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\n* Some locations that will experience flash flooding include...\n  Union Gap, southeast Yakima, the Valley Mall area and Ahtanum Road.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KPDT.FF.W.0003.260312T2342Z-260313T0545Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-120.530, 46.535), (-120.440, 46.535), (-120.440, 46.575), (-120.530, 46.578))),
    dict(id=SVR_SELAH, office="KPDT", senderName="NWS Pendleton OR", awips="SVRPDT", wmo="WUUS56",
         areaDesc="Yakima, WA", SAME=["053077"], UGC=["WAC077"],
         sent="2026-06-14T18:05:00-07:00", onset="2026-06-14T18:05:00-07:00", expires="2026-06-14T18:45:00-07:00",
         ends="2026-06-14T18:45:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 6:05PM PDT until June 14 at 6:45PM PDT by NWS Pendleton OR",
         description="The National Weather Service in Pendleton has issued a\n\n* Severe Thunderstorm Warning for...\n  North central Yakima County in south central Washington...\n\n* Until 645 PM PDT.\n\n* At 605 PM PDT, a severe thunderstorm was located near Wenas Lake, moving southeast at 20 mph.\n\n  HAZARD...60 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\n  Selah, Selah Gap and the Wenas Valley.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPDT.SV.W.0041.260615T0105Z-260615T0145Z/", references=[],
         extra={"maxHailSize": ["1.00"], "maxWindGust": ["60 MPH"], "hailThreat": ["RADAR INDICATED"]},
         geometry=poly((-120.610, 46.650), (-120.470, 46.650), (-120.470, 46.712), (-120.610, 46.712))),
    dict(id=SVR_SELAH_CAN, office="KPDT", senderName="NWS Pendleton OR", awips="SVSPDT", wmo="WWUS56",
         areaDesc="Yakima, WA", SAME=["053077"], UGC=["WAC077"],
         sent="2026-06-14T18:32:00-07:00", onset="2026-06-14T18:32:00-07:00", expires="2026-06-14T18:45:00-07:00",
         ends="2026-06-14T18:45:00-07:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Yakima County has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KPDT.SV.W.0041.000000T0000Z-260615T0145Z/", references=[SVR_SELAH],
         geometry=poly((-120.610, 46.650), (-120.470, 46.650), (-120.470, 46.712), (-120.610, 46.712))),
]
