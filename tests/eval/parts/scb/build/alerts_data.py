"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the scb part. Every alert is invented;
the office (NWS Charleston SC, KCHS), SAME county codes and county UGC codes are real; labels use SAME codes and
polygons only. Alert ids start with scb_ (the feature id is https://api.weather.gov/alerts/<id>)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"scb_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_STH = urn("scb-tornado-st-helena")
SVR_WAL = urn("scb-svr-walterboro")
SVR_WAL_CAN = urn("scb-svr-walterboro-can")
CFY_CHS = urn("scb-coastal-flood-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_STH, office="KCHS", senderName="NWS Charleston SC", awips="TORCHS", wmo="WFUS52",
         areaDesc="Beaufort, SC", SAME=["045013"], UGC=["SCC013"],
         sent="2026-03-18T17:41:00-04:00", onset="2026-03-18T17:41:00-04:00", expires="2026-03-18T18:15:00-04:00",
         ends="2026-03-18T18:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 18 at 5:41PM EDT until March 18 at 6:15PM EDT by NWS Charleston SC",
         description="At 541 PM EDT, a severe thunderstorm capable of producing a tornado was located over Coosaw Island, moving southeast at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include St. Helena Island, Frogmore, Coffin Point, Fripp Island and Harbor Island.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KCHS.TO.W.0007.260318T2141Z-260318T2215Z/", references=[],
         geometry=poly((-80.60, 32.42), (-80.46, 32.42), (-80.46, 32.33), (-80.60, 32.33))),
    dict(id=SVR_WAL, office="KCHS", senderName="NWS Charleston SC", awips="SVRCHS", wmo="WUUS52",
         areaDesc="Colleton, SC", SAME=["045029"], UGC=["SCC029"],
         sent="2026-04-09T15:12:00-04:00", onset="2026-04-09T15:12:00-04:00", expires="2026-04-09T16:00:00-04:00",
         ends="2026-04-09T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 9 at 3:12PM EDT until April 9 at 4:00PM EDT by NWS Charleston SC",
         description="At 312 PM EDT, a severe thunderstorm was located near Ruffin, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Walterboro, Lodge, Ruffin and Cottageville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCHS.SV.W.0031.260409T1912Z-260409T2000Z/", references=[],
         geometry=poly((-80.73, 32.96), (-80.60, 32.96), (-80.60, 32.85), (-80.73, 32.85)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_WAL_CAN, office="KCHS", senderName="NWS Charleston SC", awips="SVSCHS", wmo="WWUS52",
         areaDesc="Colleton, SC", SAME=["045029"], UGC=["SCC029"],
         sent="2026-04-09T15:44:00-04:00", onset="2026-04-09T15:44:00-04:00", expires="2026-04-09T16:00:00-04:00",
         ends="2026-04-09T15:44:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire.",
         instruction="", vtec="/O.CAN.KCHS.SV.W.0031.000000T0000Z-260409T2000Z/", references=[SVR_WAL],
         geometry=poly((-80.73, 32.96), (-80.60, 32.96), (-80.60, 32.85), (-80.73, 32.85))),
    dict(id=CFY_CHS, office="KCHS", senderName="NWS Charleston SC", awips="CFWCHS", wmo="WHUS42",
         areaDesc="Beaufort; Coastal Colleton", SAME=["045013", "045029"], UGC=["SCZ048", "SCZ049"],
         sent="2026-05-20T04:10:00-04:00", onset="2026-05-20T09:00:00-04:00", expires="2026-05-20T13:00:00-04:00",
         ends="2026-05-20T13:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Coastal Flood Advisory", response="Avoid",
         headline="Coastal Flood Advisory issued May 20 at 4:10AM EDT until May 20 at 1:00PM EDT by NWS Charleston SC",
         description="* WHAT...Minor coastal flooding with the morning high tide.\n\n* WHERE...Beaufort and Coastal Colleton.\n\n* WHEN...From 9 AM to 1 PM EDT Wednesday.\n\n* IMPACTS...Up to one half foot of saltwater flooding in low-lying areas near the shore, including Bay Street in Beaufort and the Sea Island Parkway causeways.",
         instruction="Do not drive through flooded roadways.",
         vtec="/O.NEW.KCHS.CF.Y.0012.260520T1300Z-260520T1700Z/", references=[], geometry=None),
]
