"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for Lee County, Fla. Every alert is invented;
the office (NWS Tampa Bay Area, KTBW), SAME 012071 and county UGC FLC071 are real; forecast-zone numbers are as
best known and no label depends on them. Ids start with ftm_ so that parts can be merged."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ftm_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_TBW = urn("ftm-tornado-cape-coral")
SVR_TBW = urn("ftm-svr-lehigh")
SVR_TBW_CAN = urn("ftm-svr-lehigh-can")
RIP_TBW = urn("ftm-rip-current-lee")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_TBW, office="KTBW", senderName="NWS Tampa Bay Ruskin FL", awips="TORTBW", wmo="WFUS52",
         areaDesc="Lee, FL", SAME=["012071"], UGC=["FLC071"],
         sent="2026-06-09T15:12:00-04:00", onset="2026-06-09T15:12:00-04:00", expires="2026-06-09T15:45:00-04:00",
         ends="2026-06-09T15:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 9 at 3:12PM EDT until June 9 at 3:45PM EDT by NWS Tampa Bay Ruskin FL",
         description="TORTBW\n\nThe National Weather Service in Tampa Bay Ruskin has issued a\n\n* Tornado Warning for...\nNorthwestern Lee County in southwestern Florida...\n\n* Until 345 PM EDT.\n\n* At 311 PM EDT, a severe thunderstorm capable of producing a waterspout moving onshore as a tornado was located near Matlacha Pass, moving east at 15 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nCape Coral, northwest Cape Coral, Burnt Store Marina and Del Prado Boulevard.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KTBW.TO.W.0014.260609T1912Z-260609T1945Z/", references=[],
         geometry=poly((-82.06, 26.60), (-81.925, 26.595), (-81.925, 26.675), (-82.06, 26.68)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_TBW, office="KTBW", senderName="NWS Tampa Bay Ruskin FL", awips="SVRTBW", wmo="WUUS52",
         areaDesc="Lee, FL", SAME=["012071"], UGC=["FLC071"],
         sent="2026-07-21T16:40:00-04:00", onset="2026-07-21T16:40:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 4:40PM EDT until July 21 at 5:30PM EDT by NWS Tampa Bay Ruskin FL",
         description="SVRTBW\n\nThe National Weather Service in Tampa Bay Ruskin has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Lee County in southwestern Florida...\n\n* Until 530 PM EDT.\n\n* At 439 PM EDT, a severe thunderstorm was located over Buckingham, moving southwest at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nLehigh Acres, Buckingham and Alva.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTBW.SV.W.0233.260721T2040Z-260721T2130Z/", references=[],
         geometry=poly((-81.74, 26.56), (-81.58, 26.56), (-81.58, 26.72), (-81.74, 26.72)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_TBW_CAN, office="KTBW", senderName="NWS Tampa Bay Ruskin FL", awips="SVSTBW", wmo="WWUS52",
         areaDesc="Lee, FL", SAME=["012071"], UGC=["FLC071"],
         sent="2026-07-21T17:08:00-04:00", onset="2026-07-21T17:08:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. However, gusty winds and heavy rain are still possible with this thunderstorm.",
         instruction=None,
         vtec="/O.CAN.KTBW.SV.W.0233.000000T0000Z-260721T2130Z/", references=[SVR_TBW],
         geometry=poly((-81.74, 26.56), (-81.58, 26.56), (-81.58, 26.72), (-81.74, 26.72))),
    dict(id=RIP_TBW, office="KTBW", senderName="NWS Tampa Bay Ruskin FL", awips="CFWTBW", wmo="WHUS42",
         areaDesc="Coastal Lee", SAME=["012071"], UGC=["FLZ165"],
         sent="2026-05-18T04:05:00-04:00", onset="2026-05-18T08:00:00-04:00", expires="2026-05-18T16:00:00-04:00",
         ends="2026-05-18T20:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Rip Current Statement", response="Avoid",
         headline="Rip Current Statement issued May 18 at 4:05AM EDT until May 18 at 8:00PM EDT by NWS Tampa Bay Ruskin FL",
         description="* WHAT...Dangerous rip currents.\n\n* WHERE...Coastal Lee County, including Fort Myers Beach, Sanibel and Bonita Beach.\n\n* WHEN...From 8 AM EDT this morning through this evening.\n\n* IMPACTS...Rip currents can sweep even the best swimmers away from shore into deeper water.",
         instruction="Swim near a lifeguard. If caught in a rip current, relax and float.",
         vtec="/O.NEW.KTBW.RP.S.0009.260518T1200Z-260519T0000Z/", references=[], geometry=None),
]
