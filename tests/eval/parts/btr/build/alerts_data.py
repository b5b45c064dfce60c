"""Hand-written NWS alerts for the btr part (api.weather.gov /alerts/active GeoJSON shape). Every alert is invented;
the office (KLIX, New Orleans/Baton Rouge), parish SAME codes and county UGCs are real; forecast-zone numbers are
best known and no label depends on them (labels use SAME codes and polygons only).

Alert ids carry the part prefix: feature id and properties.id are `btr_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"btr_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW_LIV = urn("btr-ffw-livingston-2026-03-23")
TOR_EBR = urn("btr-tor-baton-rouge-2026-04-14")
SVR_ASC = urn("btr-svr-ascension-2026-06-03")
HEAT = urn("btr-heat-advisory-2026-07-28")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FFW_LIV, office="KLIX", senderName="NWS New Orleans LA", awips="FFWLIX", wmo="WGUS54",
         areaDesc="Livingston, LA", SAME=["022063"], UGC=["LAC063"],
         sent="2026-03-23T17:52:00-05:00", onset="2026-03-23T17:52:00-05:00", expires="2026-03-23T23:45:00-05:00",
         ends="2026-03-23T23:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued March 23 at 5:52PM CDT until March 23 at 11:45PM CDT by NWS New Orleans LA",
         description="FFWLIX\n\nThe National Weather Service in New Orleans has issued a\n\n* Flash Flood Warning for...\nLivingston Parish in southeastern Louisiana...\n\n* Until 1145 PM CDT.\n\n* At 551 PM CDT, Doppler radar indicated thunderstorms producing heavy rain across Livingston Parish. Between 4 and 7 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar and gauges.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nDenham Springs, Walker, Watson, Livingston, Springfield and Albany.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KLIX.FF.W.0014.260323T2252Z-260324T0445Z/", references=[], geometry=None,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=TOR_EBR, office="KLIX", senderName="NWS New Orleans LA", awips="TORLIX", wmo="WFUS54",
         areaDesc="East Baton Rouge, LA", SAME=["022033"], UGC=["LAC033"],
         sent="2026-04-14T15:08:00-05:00", onset="2026-04-14T15:08:00-05:00", expires="2026-04-14T15:45:00-05:00",
         ends="2026-04-14T15:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 3:08PM CDT until April 14 at 3:45PM CDT by NWS New Orleans LA",
         description="TORLIX\n\nThe National Weather Service in New Orleans has issued a\n\n* Tornado Warning for...\nCentral East Baton Rouge Parish in southeastern Louisiana...\n\n* Until 345 PM CDT.\n\n* At 307 PM CDT, a severe thunderstorm capable of producing a tornado was located near the LSU campus, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nMid City, Garden District, Southdowns, Bocage, Sherwood Forest and Jefferson Highway.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLIX.TO.W.0021.260414T2008Z-260414T2045Z/", references=[],
         geometry=poly((-91.165, 30.385), (-91.065, 30.385), (-91.062, 30.462), (-91.162, 30.465)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_ASC, office="KLIX", senderName="NWS New Orleans LA", awips="SVRLIX", wmo="WUUS54",
         areaDesc="Ascension, LA", SAME=["022005"], UGC=["LAC005"],
         sent="2026-06-03T16:31:00-05:00", onset="2026-06-03T16:31:00-05:00", expires="2026-06-03T17:15:00-05:00",
         ends="2026-06-03T17:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 3 at 4:31PM CDT until June 3 at 5:15PM CDT by NWS New Orleans LA",
         description="SVRLIX\n\nThe National Weather Service in New Orleans has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Ascension Parish in southeastern Louisiana...\n\n* Until 515 PM CDT.\n\n* At 430 PM CDT, a severe thunderstorm was located near Dutchtown, moving southeast at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nGonzales, Prairieville, Dutchtown and Galvez.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLIX.SV.W.0133.260603T2131Z-260603T2215Z/", references=[],
         geometry=poly((-90.99, 30.22), (-90.87, 30.22), (-90.87, 30.34), (-90.99, 30.34)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=HEAT, office="KLIX", senderName="NWS New Orleans LA", awips="NPWLIX", wmo="WWUS74",
         areaDesc="East Baton Rouge; West Baton Rouge; Iberville; Ascension; Livingston",
         SAME=["022033", "022121", "022047", "022005", "022063"],
         UGC=["LAZ039", "LAZ038", "LAZ037", "LAZ049", "LAZ046"],
         sent="2026-07-28T03:45:00-05:00", onset="2026-07-28T10:00:00-05:00", expires="2026-07-28T19:00:00-05:00",
         ends="2026-07-28T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 28 at 3:45AM CDT until July 28 at 7:00PM CDT by NWS New Orleans LA",
         description="* WHAT...Heat index values up to 113 expected.\n\n* WHERE...East Baton Rouge, West Baton Rouge, Iberville, Ascension and Livingston Parishes.\n\n* WHEN...From 10 AM to 7 PM CDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KLIX.HT.Y.0009.260728T1500Z-260729T0000Z/", references=[], geometry=None),
]
