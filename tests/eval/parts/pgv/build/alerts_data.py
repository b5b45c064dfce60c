"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part pgv. Invented; office (KMHX,
Newport/Morehead City), county SAME/UGC codes real; forecast zones best known, no label depends on them."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.pgv{hashlib.sha1(label.encode()).hexdigest()[:37]}.001.1"


TOR = urn("pgv-tor-ayden-winterville")
TOR_CON = urn("pgv-tor-ayden-winterville-con")
SVR = urn("pgv-svr-washington")
SVR_CAN = urn("pgv-svr-washington-can")
HEAT = urn("pgv-heat-pitt")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


BASE = dict(office="KMHX", senderName="NWS Newport/Morehead City NC")
ALERTS = [
    dict(BASE, id=SVR, awips="SVRMHX", wmo="WUUS52", areaDesc="Beaufort, NC", SAME=["037013"], UGC=["NCC013"],
         sent="2026-05-09T17:32:00-04:00", onset="2026-05-09T17:32:00-04:00", expires="2026-05-09T18:15:00-04:00",
         ends="2026-05-09T18:15:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 9 at 5:32PM EDT until May 9 at 6:15PM EDT by NWS Newport/Morehead City NC",
         description="At 531 PM EDT, a severe thunderstorm was located near Chocowinity, moving northeast at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nLocations impacted include...\nWashington, Washington Park and Chocowinity.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMHX.SV.W.0041.260509T2132Z-260509T2215Z/", references=[],
         geometry=poly((-77.20, 35.54), (-77.08, 35.54), (-77.08, 35.64), (-77.20, 35.64))),
    dict(BASE, id=SVR_CAN, awips="SVSMHX", wmo="WWUS52", areaDesc="Beaufort, NC", SAME=["037013"], UGC=["NCC013"],
         sent="2026-05-09T17:58:00-04:00", onset="2026-05-09T17:58:00-04:00", expires="2026-05-09T18:15:00-04:00",
         ends="2026-05-09T18:15:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area.",
         instruction=None, vtec="/O.CAN.KMHX.SV.W.0041.000000T0000Z-260509T2215Z/", references=[SVR],
         geometry=poly((-77.20, 35.54), (-77.08, 35.54), (-77.08, 35.64), (-77.20, 35.64))),
    dict(BASE, id=TOR, awips="TORMHX", wmo="WFUS52", areaDesc="Pitt, NC", SAME=["037147"], UGC=["NCC147"],
         sent="2026-05-23T00:41:00-04:00", onset="2026-05-23T00:41:00-04:00", expires="2026-05-23T01:15:00-04:00",
         ends="2026-05-23T01:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 23 at 12:41AM EDT until May 23 at 1:15AM EDT by NWS Newport/Morehead City NC",
         description="At 1240 AM EDT, a severe thunderstorm capable of producing a tornado was located near Grifton, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nLocations impacted include...\nAyden, Winterville and Grifton.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KMHX.TO.W.0012.260523T0441Z-260523T0515Z/", references=[],
         geometry=poly((-77.47, 35.42), (-77.33, 35.42), (-77.33, 35.56), (-77.47, 35.56))),
    dict(BASE, id=TOR_CON, awips="SVSMHX", wmo="WWUS52", areaDesc="Pitt, NC", SAME=["037147"], UGC=["NCC147"],
         sent="2026-05-23T00:58:00-04:00", onset="2026-05-23T00:58:00-04:00", expires="2026-05-23T01:15:00-04:00",
         ends="2026-05-23T01:15:00-04:00", status="Actual", messageType="Update", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 23 at 12:58AM EDT until May 23 at 1:15AM EDT by NWS Newport/Morehead City NC",
         description="At 1257 AM EDT, a severe thunderstorm capable of producing a tornado was located over Winterville, moving northeast at 35 mph.\n\nLocations impacted include...\nWinterville and southern Greenville.",
         instruction="TAKE COVER NOW!",
         vtec="/O.CON.KMHX.TO.W.0012.000000T0000Z-260523T0515Z/", references=[TOR],
         geometry=poly((-77.42, 35.50), (-77.30, 35.50), (-77.30, 35.60), (-77.42, 35.60))),
    dict(BASE, id=HEAT, awips="NPWMHX", wmo="WWUS72", areaDesc="Pitt; Beaufort", SAME=["037147", "037013"],
         UGC=["NCZ044", "NCZ080"],
         sent="2026-07-14T03:10:00-04:00", onset="2026-07-14T11:00:00-04:00", expires="2026-07-14T19:00:00-04:00",
         ends="2026-07-14T19:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Prepare",
         headline="Heat Advisory issued July 14 at 3:10AM EDT until July 14 at 7:00PM EDT by NWS Newport/Morehead City NC",
         description="* WHAT...Heat index values up to 108 expected.\n\n* WHERE...Pitt and Beaufort Counties.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room.",
         vtec="/O.NEW.KMHX.HT.Y.0007.260714T1500Z-260714T2300Z/", references=[], geometry=None),
]
