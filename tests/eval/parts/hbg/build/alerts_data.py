"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hbg part. Every alert is invented;
the office (NWS Jackson MS, KJAN) and county SAME/UGC codes are real. Labels use SAME codes and polygons only."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("hbg-ice-storm-covington-marion")
ISW_EXA = urn("hbg-ice-storm-exa-jones")
TOR = urn("hbg-tornado-hattiesburg-petal")
WIND = urn("hbg-wind-advisory-pinebelt")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id="hbg_" + ISW, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Covington, MS; Marion, MS", SAME=["028031", "028091"], UGC=["MSC031", "MSC091"],
         sent="2026-01-27T15:10:00-06:00", onset="2026-01-28T00:00:00-06:00", expires="2026-01-28T04:00:00-06:00",
         ends="2026-01-28T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 27 at 3:10PM CST until January 28 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Covington and Marion Counties, including Collins, Mount Olive and Columbia.\n\n* WHEN...From midnight tonight to 6 PM CST Wednesday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KJAN.IS.W.0002.260128T0600Z-260129T0000Z/", references=[], geometry=None),
    dict(id="hbg_" + ISW_EXA, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Covington, MS; Jones, MS; Marion, MS", SAME=["028031", "028067", "028091"],
         UGC=["MSC031", "MSC067", "MSC091"],
         sent="2026-01-28T03:40:00-06:00", onset="2026-01-28T03:40:00-06:00", expires="2026-01-28T10:00:00-06:00",
         ends="2026-01-28T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 28 at 3:40AM CST until January 28 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...Significant icing. Additional ice accumulations of one quarter inch.\n\n* WHERE...Covington, Jones and Marion Counties. The warning has been expanded to include Jones County, including Laurel and Ellisville.\n\n* WHEN...Until 6 PM CST this evening.\n\n* IMPACTS...Widespread power outages and downed trees are expected.",
         instruction="Travel is strongly discouraged. Report downed power lines to your utility.",
         vtec="/O.EXA.KJAN.IS.W.0002.000000T0000Z-260129T0000Z/", references=["hbg_" + ISW], geometry=None),
    dict(id="hbg_" + TOR, office="KJAN", senderName="NWS Jackson MS", awips="TORJAN", wmo="WFUS54",
         areaDesc="Forrest, MS", SAME=["028035"], UGC=["MSC035"],
         sent="2026-04-16T16:42:00-05:00", onset="2026-04-16T16:42:00-05:00", expires="2026-04-16T17:15:00-05:00",
         ends="2026-04-16T17:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 16 at 4:42PM CDT until April 16 at 5:15PM CDT by NWS Jackson MS",
         description="TORJAN\n\nThe National Weather Service in Jackson has issued a\n\n* Tornado Warning for...\nSouth central Forrest County in southeastern Mississippi...\n\n* Until 515 PM CDT.\n\n* At 441 PM CDT, a severe thunderstorm capable of producing a tornado was located over the University of Southern Mississippi campus, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nHattiesburg, downtown Hattiesburg and Petal.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KJAN.TO.W.0031.260416T2142Z-260416T2215Z/", references=[],
         geometry=poly((-89.345, 31.285), (-89.18, 31.325), (-89.185, 31.385), (-89.34, 31.34)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id="hbg_" + WIND, office="KJAN", senderName="NWS Jackson MS", awips="NPWJAN", wmo="WWUS74",
         areaDesc="Forrest, MS; Lamar, MS; Jones, MS", SAME=["028035", "028073", "028067"],
         UGC=["MSC035", "MSC073", "MSC067"],
         sent="2026-11-03T04:05:00-06:00", onset="2026-11-03T09:00:00-06:00", expires="2026-11-03T18:00:00-06:00",
         ends="2026-11-03T18:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued November 3 at 4:05AM CST until November 3 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Forrest, Lamar and Jones Counties.\n\n* WHEN...From 9 AM to 6 PM CST Tuesday.\n\n* IMPACTS...Gusty winds could blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KJAN.WI.Y.0014.261103T1500Z-261104T0000Z/", references=[], geometry=None),
]
