"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the Pine Belt. Every alert is invented;
the office (NWS Jackson MS, KJAN), county FIPS/SAME codes and county UGC codes are real. Forecast-zone numbers
(MSZ...) are given as best known and no label depends on them (labels use SAME codes and polygons only).
Alert ids start with "pib_" as the part's brief asks (the real API uses "urn:oid:..." ids)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pib_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_JAN = urn("pib-winter-storm-jones-covington")
TOR_JAN = urn("pib-tornado-east-hattiesburg-petal")
FFW_JAN = urn("pib-flash-flood-west-hattiesburg")
HEAT_JAN = urn("pib-heat-advisory-pine-belt")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_JAN, office="KJAN", senderName="NWS Jackson MS", awips="WSWJAN", wmo="WWUS44",
         areaDesc="Jefferson Davis; Covington; Jones; Jasper", SAME=["028065", "028031", "028067", "028061"],
         UGC=["MSZ063", "MSZ064", "MSZ065", "MSZ058"],
         sent="2026-01-20T15:35:00-06:00", onset="2026-01-21T00:00:00-06:00", expires="2026-01-21T03:45:00-06:00",
         ends="2026-01-21T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 3:35PM CST until January 21 at 6:00PM CST by NWS Jackson MS",
         description="* WHAT...Heavy mixed precipitation. Total snow accumulations of 2 to 4 inches and ice accumulations of up to one quarter of an inch.\n\n* WHERE...Jefferson Davis, Covington, Jones and Jasper Counties, including the cities of Prentiss, Collins, Laurel, Ellisville and Bay Springs.\n\n* WHEN...From midnight tonight to 6 PM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. Bridges and overpasses on Interstate 59 and Highway 84 will become icy. Power outages and tree damage are likely due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Bring pets inside and protect exposed pipes.",
         vtec="/O.NEW.KJAN.WS.W.0002.260121T0600Z-260122T0000Z/", references=[], geometry=None),
    dict(id=TOR_JAN, office="KJAN", senderName="NWS Jackson MS", awips="TORJAN", wmo="WFUS54",
         areaDesc="Forrest, MS", SAME=["028035"], UGC=["MSC035"],
         sent="2026-04-15T19:42:00-05:00", onset="2026-04-15T19:42:00-05:00", expires="2026-04-15T20:15:00-05:00",
         ends="2026-04-15T20:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 15 at 7:42PM CDT until April 15 at 8:15PM CDT by NWS Jackson MS",
         description="TORJAN\n\nThe National Weather Service in Jackson has issued a\n\n* Tornado Warning for...\nCentral Forrest County in southeastern Mississippi...\n\n* Until 815 PM CDT.\n\n* At 741 PM CDT, a severe thunderstorm capable of producing a tornado was located over south Hattiesburg near the Palmer's Crossing area, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nEast Hattiesburg, Petal, Palmer's Crossing and Carterville.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KJAN.TO.W.0061.260416T0042Z-260416T0115Z/", references=[],
         geometry=poly((-89.318, 31.296), (-89.296, 31.279), (-89.192, 31.352), (-89.212, 31.374)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=FFW_JAN, office="KJAN", senderName="NWS Jackson MS", awips="FFWJAN", wmo="WGUS54",
         areaDesc="Forrest, MS; Lamar, MS", SAME=["028035", "028073"], UGC=["MSC035", "MSC073"],
         sent="2026-06-08T05:20:00-05:00", onset="2026-06-08T05:20:00-05:00", expires="2026-06-08T11:15:00-05:00",
         ends="2026-06-08T11:15:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 8 at 5:20AM CDT until June 8 at 11:15AM CDT by NWS Jackson MS",
         description="FFWJAN\n\nThe National Weather Service in Jackson has issued a\n\n* Flash Flood Warning for...\nSoutheastern Lamar County in southeastern Mississippi...\nWestern Forrest County in southeastern Mississippi...\n\n* Until 1115 AM CDT.\n\n* At 518 AM CDT, Doppler radar indicated thunderstorms producing heavy rain over west Hattiesburg and Oak Grove. Between 3 and 5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses as well as other drainage and low-lying areas.\n\n* Some locations that will experience flooding include...\nWest Hattiesburg, Oak Grove, Lincoln Road, Gordons Creek and the Turtle Creek Mall area.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KJAN.FF.W.0019.260608T1020Z-260608T1615Z/", references=[],
         geometry=poly((-89.405, 31.300), (-89.340, 31.296), (-89.336, 31.338), (-89.398, 31.342)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=HEAT_JAN, office="KJAN", senderName="NWS Jackson MS", awips="NPWJAN", wmo="WWUS74",
         areaDesc="Forrest; Lamar; Jones; Perry; Covington", SAME=["028035", "028073", "028067", "028111", "028031"],
         UGC=["MSZ073", "MSZ072", "MSZ065", "MSZ074", "MSZ064"],
         sent="2026-07-28T03:10:00-05:00", onset="2026-07-28T11:00:00-05:00", expires="2026-07-28T19:00:00-05:00",
         ends="2026-07-28T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 28 at 3:10AM CDT until July 28 at 7:00PM CDT by NWS Jackson MS",
         description="* WHAT...Heat index values up to 112 expected.\n\n* WHERE...Forrest, Lamar, Jones, Perry and Covington Counties, including Hattiesburg, Petal, Purvis, Laurel and Collins.\n\n* WHEN...From 11 AM to 7 PM CDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KJAN.HT.Y.0008.260728T1600Z-260729T0000Z/", references=[], geometry=None),
]
