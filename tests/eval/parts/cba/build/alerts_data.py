"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part cba. Alerts invented; office
(LWX Sterling VA), county SAME codes real; zone numbers best known (no label depends on them)."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()[:32]
    return f"cba_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_FROST = aid("cba-svr-frostburg")
FFW_GC = aid("cba-ffw-georges-creek")
FFW_GC_EXA = aid("cba-ffw-georges-creek-exa")
FRZ = aid("cba-frost-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KLWX", senderName="NWS Baltimore/Washington", certainty="Observed")

ALERTS = [
    dict(COMMON, id=SVR_FROST, awips="SVRLWX", wmo="WUUS51", areaDesc="Allegany, MD", SAME=["024001"], UGC=["MDC001"],
         sent="2026-06-09T18:12:00-04:00", onset="2026-06-09T18:12:00-04:00", expires="2026-06-09T19:00:00-04:00",
         ends="2026-06-09T19:00:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 9 at 6:12PM EDT until June 9 at 7:00PM EDT by NWS Baltimore/Washington",
         description="SVRLWX\n\nThe National Weather Service in Sterling Virginia has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Allegany County in western Maryland...\n\n* Until 700 PM EDT.\n\n* At 611 PM EDT, a severe thunderstorm was located over Finzel, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nFrostburg, Eckhart Mines, Mount Savage and Zihlman.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLWX.SV.W.0212.260609T2212Z-260609T2300Z/",
         geometry=poly((-78.975, 39.615), (-78.880, 39.610), (-78.862, 39.690), (-78.965, 39.700)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(COMMON, id=FFW_GC, awips="FFWLWX", wmo="WGUS51", areaDesc="Allegany, MD; Mineral, WV",
         SAME=["024001", "054057"], UGC=["MDC001", "WVC057"],
         sent="2026-07-22T15:40:00-04:00", onset="2026-07-22T15:40:00-04:00", expires="2026-07-22T19:45:00-04:00",
         ends="2026-07-22T19:45:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 22 at 3:40PM EDT until July 22 at 7:45PM EDT by NWS Baltimore/Washington",
         description="FFWLWX\n\nThe National Weather Service in Sterling Virginia has issued a\n\n* Flash Flood Warning for...\nSouthwestern Allegany County in western Maryland...\nNorthwestern Mineral County in the Eastern Panhandle of West Virginia...\n\n* Until 745 PM EDT.\n\n* At 338 PM EDT, Doppler radar indicated 2 to 3 inches of rain in the Georges Creek basin. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nLonaconing, Barton, Westernport, Luke and Piedmont.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLWX.FF.W.0044.260722T1940Z-260722T2345Z/",
         geometry=poly((-79.080, 39.465), (-78.960, 39.465), (-78.958, 39.600), (-79.075, 39.600)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(COMMON, id=FFW_GC_EXA, awips="FFSLWX", wmo="WGUS71", areaDesc="Allegany, MD; Mineral, WV",
         SAME=["024001", "054057"], UGC=["MDC001", "WVC057"],
         sent="2026-07-22T16:55:00-04:00", onset="2026-07-22T16:55:00-04:00", expires="2026-07-22T19:45:00-04:00",
         ends="2026-07-22T19:45:00-04:00", status="Actual", messageType="Update", severity="Severe",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 22 at 4:55PM EDT until July 22 at 7:45PM EDT by NWS Baltimore/Washington",
         description="The Flash Flood Warning has been expanded to include the Rawlings and Pinto area along McMullen Highway, where Warrior Run and tributaries of the North Branch Potomac are out of their banks.\n\n* Some locations that will experience flash flooding include...\nLonaconing, Barton, Westernport, Rawlings, Pinto, Luke and Piedmont.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.EXA.KLWX.FF.W.0044.000000T0000Z-260722T2345Z/", references=[FFW_GC],
         geometry=poly((-79.080, 39.465), (-78.880, 39.465), (-78.880, 39.600), (-79.075, 39.600)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(COMMON, id=FRZ, awips="NPWLWX", wmo="WWUS71", areaDesc="Allegany; Western Mineral; Eastern Mineral",
         SAME=["024001", "054057"], UGC=["MDZ501", "MDZ502", "WVZ504", "WVZ505"],
         sent="2026-09-28T14:30:00-04:00", onset="2026-09-29T01:00:00-04:00", expires="2026-09-29T08:00:00-04:00",
         ends="2026-09-29T08:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued September 28 at 2:30PM EDT until September 29 at 8:00AM EDT by NWS Baltimore/Washington",
         description="* WHAT...Temperatures as low as 33 will result in frost formation.\n\n* WHERE...Allegany County in Maryland and Mineral County in West Virginia.\n\n* WHEN...From 1 AM to 8 AM EDT Tuesday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KLWX.FR.Y.0003.260929T0500Z-260929T1200Z/", geometry=None),
]
for _a in ALERTS:
    _a.setdefault("references", [])
    _a.setdefault("extra", {})
