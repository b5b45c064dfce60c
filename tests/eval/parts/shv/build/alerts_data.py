"""Hand-written NWS Shreveport alerts (api.weather.gov /alerts/active GeoJSON). Alerts invented; the office, parish
SAME/UGC codes are real (forecast-zone numbers best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"shv_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("shv-ice-storm-webster")
TOR = urn("shv-tornado-south-bossier")
FFW = urn("shv-ffw-shreveport")
HEAT = urn("shv-heat-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW, office="KSHV", senderName="NWS Shreveport LA", awips="WSWSHV", wmo="WWUS44",
         areaDesc="Webster, LA; Claiborne, LA; Bienville, LA", SAME=["022119", "022027", "022013"],
         UGC=["LAZ002", "LAZ003", "LAZ011"],
         sent="2026-01-24T15:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 3:05PM CST until January 26 at 12:00PM CST by NWS Shreveport LA",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Webster, Claiborne and Bienville Parishes, including Minden, Springhill, Homer and Arcadia.\n\n* WHEN...From midnight tonight to noon CST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food and water in your vehicle.",
         vtec="/O.NEW.KSHV.IS.W.0002.260125T0600Z-260126T1800Z/", references=[], geometry=None),
    dict(id=TOR, office="KSHV", senderName="NWS Shreveport LA", awips="TORSHV", wmo="WFUS54",
         areaDesc="Bossier, LA", SAME=["022015"], UGC=["LAC015"],
         sent="2026-03-01T21:12:00-06:00", onset="2026-03-01T21:12:00-06:00", expires="2026-03-01T21:45:00-06:00",
         ends="2026-03-01T21:45:00-06:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 1 at 9:12PM CST until March 1 at 9:45PM CST by NWS Shreveport LA",
         description="At 912 PM CST, a confirmed tornado was located near Barksdale Air Force Base, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\nLocations impacted include South Bossier City, Barksdale Air Force Base, Haughton and Red Chute.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KSHV.TO.W.0011.260302T0312Z-260302T0345Z/", references=[],
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["0.00"]},
         geometry=poly((-93.700, 32.470), (-93.655, 32.455), (-93.530, 32.545), (-93.545, 32.585),
                       (-93.600, 32.578), (-93.688, 32.512))),
    dict(id=FFW, office="KSHV", senderName="NWS Shreveport LA", awips="FFWSHV", wmo="WGUS54",
         areaDesc="Caddo, LA", SAME=["022017"], UGC=["LAC017"],
         sent="2026-05-25T04:40:00-05:00", onset="2026-05-25T04:40:00-05:00", expires="2026-05-25T07:45:00-05:00",
         ends="2026-05-25T07:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued May 25 at 4:40AM CDT until May 25 at 7:45AM CDT by NWS Shreveport LA",
         description="At 440 AM CDT, Doppler radar indicated thunderstorms producing heavy rain over central Shreveport. Between 3 and 5 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\nSome locations that will experience flash flooding include Downtown Shreveport, Highland, South Highlands, Broadmoor and Cedar Grove.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KSHV.FF.W.0023.260525T0940Z-260525T1245Z/", references=[],
         geometry=poly((-93.770, 32.440), (-93.690, 32.440), (-93.690, 32.520), (-93.770, 32.520))),
    dict(id=HEAT, office="KSHV", senderName="NWS Shreveport LA", awips="NPWSHV", wmo="WWUS74",
         areaDesc="Caddo, LA; Bossier, LA; Webster, LA", SAME=["022017", "022015", "022119"],
         UGC=["LAZ001", "LAZ002", "LAZ010"],
         sent="2026-07-14T03:30:00-05:00", onset="2026-07-14T11:00:00-05:00", expires="2026-07-14T19:00:00-05:00",
         ends="2026-07-14T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 14 at 3:30AM CDT until July 14 at 7:00PM CDT by NWS Shreveport LA",
         description="* WHAT...Heat index values up to 110 expected.\n\n* WHERE...Caddo, Bossier and Webster Parishes.\n\n* WHEN...From 11 AM to 7 PM CDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun.",
         vtec="/O.NEW.KSHV.HT.Y.0005.260714T1600Z-260715T0000Z/", references=[], geometry=None),
]
