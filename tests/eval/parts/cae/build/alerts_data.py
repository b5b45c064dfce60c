"""Hand-written NWS alerts for part cae (NWS Columbia, KCAE). Invented alerts; county codes real; forecast-zone
numbers as best known (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cae_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("cae-ice-storm-kershaw")
SVR = urn("cae-svr-dutch-fork")
SVR_CAN = urn("cae-svr-dutch-fork-can")
TOR = urn("cae-tor-orangeburg")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KCAE", senderName="NWS Columbia SC")
ALERTS = [
    dict(id=ISW, awips="WSWCAE", wmo="WWUS42", areaDesc="Kershaw; Sumter", SAME=["045055", "045085"],
         UGC=["SCZ031", "SCZ041"], sent="2026-01-24T15:10:00-05:00", onset="2026-01-25T03:00:00-05:00",
         expires="2026-01-25T04:00:00-05:00", ends="2026-01-26T12:00:00-05:00", status="Actual", messageType="Alert",
         severity="Severe", certainty="Likely", urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 3:10PM EST until January 26 at 12:00PM EST by NWS Columbia SC",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Kershaw and Sumter Counties, including Camden, Lugoff and Sumter.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice.",
         instruction="Travel should be restricted to emergencies only.",
         vtec="/O.NEW.KCAE.IS.W.0002.260125T0800Z-260126T1700Z/", references=[], geometry=None, **COMMON),
    dict(id=SVR, awips="SVRCAE", wmo="WUUS52", areaDesc="Lexington, SC; Richland, SC", SAME=["045063", "045079"],
         UGC=["SCC063", "SCC079"], sent="2026-04-16T18:42:00-04:00", onset="2026-04-16T18:42:00-04:00",
         expires="2026-04-16T19:30:00-04:00", ends="2026-04-16T19:30:00-04:00", status="Actual", messageType="Alert",
         severity="Severe", certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning",
         response="Shelter",
         headline="Severe Thunderstorm Warning issued April 16 at 6:42PM EDT until April 16 at 7:30PM EDT by NWS Columbia SC",
         description="At 642 PM EDT, a severe thunderstorm was located near Little Mountain, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nLocations impacted include Irmo, Chapin, Ballentine and Dutch Fork.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCAE.SV.W.0031.260416T2242Z-260416T2330Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-81.42, 34.06), (-81.15, 34.05), (-81.14, 34.19), (-81.40, 34.21)), **COMMON),
    dict(id=SVR_CAN, awips="SVSCAE", wmo="WWUS52", areaDesc="Lexington, SC; Richland, SC", SAME=["045063", "045079"],
         UGC=["SCC063", "SCC079"], sent="2026-04-16T19:12:00-04:00", onset="2026-04-16T19:12:00-04:00",
         expires="2026-04-16T19:30:00-04:00", ends="2026-04-16T19:30:00-04:00", status="Actual", messageType="Cancel",
         severity="Minor", certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits.", instruction="",
         vtec="/O.CAN.KCAE.SV.W.0031.000000T0000Z-260416T2330Z/", references=[SVR],
         geometry=poly((-81.42, 34.06), (-81.15, 34.05), (-81.14, 34.19), (-81.40, 34.21)), **COMMON),
    dict(id=TOR, awips="TORCAE", wmo="WFUS52", areaDesc="Orangeburg, SC", SAME=["045075"], UGC=["SCC075"],
         sent="2026-03-09T16:05:00-04:00", onset="2026-03-09T16:05:00-04:00", expires="2026-03-09T16:45:00-04:00",
         ends="2026-03-09T16:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 9 at 4:05PM EDT until March 9 at 4:45PM EDT by NWS Columbia SC",
         description="At 405 PM EDT, a confirmed tornado was located near Jamison, moving northeast at 30 mph.\n\nHAZARD...Damaging tornado.\n\nLocations impacted include northwest Orangeburg and Jamison.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KCAE.TO.W.0007.260309T2005Z-260309T2045Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"]},
         geometry=poly((-81.00, 33.54), (-80.89, 33.545), (-80.885, 33.62), (-80.995, 33.615)), **COMMON),
]
