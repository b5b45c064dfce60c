"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mlb part. Every alert is invented; the
office (NWS Melbourne FL, KMLB), county SAME/UGC codes are real; forecast-zone numbers as best known (labels use
only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mlb_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_PALMBAY = urn("mlb-tornado-palm-bay")
SVR_MI = urn("mlb-svr-merritt-island-cocoa-beach")
RIP_BREVARD = urn("mlb-rip-current-brevard")
FFW_IRC = urn("mlb-ffw-indian-river")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_PALMBAY, office="KMLB", senderName="NWS Melbourne FL", awips="TORMLB", wmo="WFUS52",
         areaDesc="Brevard, FL", SAME=["012009"], UGC=["FLC009"],
         sent="2026-04-14T16:42:00-04:00", onset="2026-04-14T16:42:00-04:00", expires="2026-04-14T17:15:00-04:00",
         ends="2026-04-14T17:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 4:42PM EDT until April 14 at 5:15PM EDT by NWS Melbourne FL",
         description="TORMLB\n\nThe National Weather Service in Melbourne has issued a\n\n* Tornado Warning for...\nSouthern Brevard County in east central Florida...\n\n* Until 515 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm capable of producing a tornado was located near the Deer Run area, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nwestern and southern Palm Bay, Bayside Lakes and the Compound.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KMLB.TO.W.0012.260414T2042Z-260414T2115Z/", references=[],
         geometry=poly((-80.72, 27.93), (-80.62, 27.93), (-80.62, 28.04), (-80.72, 28.04)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_MI, office="KMLB", senderName="NWS Melbourne FL", awips="SVRMLB", wmo="WUUS52",
         areaDesc="Brevard, FL", SAME=["012009"], UGC=["FLC009"],
         sent="2026-06-18T15:10:00-04:00", onset="2026-06-18T15:10:00-04:00", expires="2026-06-18T16:00:00-04:00",
         ends="2026-06-18T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 3:10PM EDT until June 18 at 4:00PM EDT by NWS Melbourne FL",
         description="SVRMLB\n\nThe National Weather Service in Melbourne has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Brevard County in east central Florida...\n\n* Until 400 PM EDT.\n\n* At 309 PM EDT, a severe thunderstorm was located over the Banana River near Merritt Island, moving east at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nsouth Merritt Island, Cocoa Beach, Patrick Space Force Base and the Pineda Causeway.",
         instruction="For your protection move to an interior room on the lowest floor of a building. Boaters on the Banana River and Indian River Lagoon should return to port.",
         vtec="/O.NEW.KMLB.SV.W.0148.260618T1910Z-260618T2000Z/", references=[],
         geometry=poly((-80.69, 28.25), (-80.59, 28.25), (-80.59, 28.36), (-80.69, 28.36)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=RIP_BREVARD, office="KMLB", senderName="NWS Melbourne FL", awips="CFWMLB", wmo="WHUS42",
         areaDesc="Northern Brevard Barrier Islands; Southern Brevard Barrier Islands", SAME=["012009"],
         UGC=["FLZ147", "FLZ347"],
         sent="2026-07-03T04:05:00-04:00", onset="2026-07-03T04:05:00-04:00", expires="2026-07-03T20:00:00-04:00",
         ends="2026-07-04T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Rip Current Statement", response="Avoid",
         headline="Rip Current Statement issued July 3 at 4:05AM EDT until July 4 at 8:00PM EDT by NWS Melbourne FL",
         description="* WHAT...Dangerous rip currents.\n\n* WHERE...Brevard County beaches, including Cocoa Beach, Satellite Beach, Indialantic and Melbourne Beach.\n\n* WHEN...Through Saturday evening.\n\n* IMPACTS...Rip currents can sweep even the best swimmers away from shore into deeper water.",
         instruction="Swim near a lifeguard. If caught in a rip current, relax and float. Don't swim against the current.",
         vtec="/O.NEW.KMLB.RP.S.0021.260703T0805Z-260705T0000Z/", references=[], geometry=None),
    dict(id=FFW_IRC, office="KMLB", senderName="NWS Melbourne FL", awips="FFWMLB", wmo="WGUS52",
         areaDesc="Indian River, FL", SAME=["012061"], UGC=["FLC061"],
         sent="2026-08-03T13:20:00-04:00", onset="2026-08-03T13:20:00-04:00", expires="2026-08-03T19:15:00-04:00",
         ends="2026-08-03T19:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 3 at 1:20PM EDT until August 3 at 7:15PM EDT by NWS Melbourne FL",
         description="FFWMLB\n\nThe National Weather Service in Melbourne has issued a\n\n* Flash Flood Warning for...\nIndian River County in east central Florida...\n\n* Until 715 PM EDT.\n\n* At 119 PM EDT, Doppler radar and gauge reports indicated 5 to 8 inches of rain over Sebastian, Fellsmere and Vero Beach in the last four hours. Additional rainfall of 2 to 3 inches is possible.\n\nHAZARD...Life threatening flash flooding.\n\n* Some locations that will experience flash flooding include...\nSebastian, Vero Beach, Fellsmere, Wabasso and Roseland.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KMLB.FF.W.0009.260803T1720Z-260803T2315Z/", references=[], geometry=None,
         extra={"flashFloodDetection": ["RADAR AND GAUGES INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
