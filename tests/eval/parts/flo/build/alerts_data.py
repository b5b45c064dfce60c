"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the flo part. Every alert is invented;
the office (NWS Wilmington NC, KILM, which serves the Pee Dee), county SAME/UGC codes are real; forecast-zone
numbers are best known and no label depends on them (labels use SAME county codes and polygons only).
Alert ids start with ``flo_`` as the brief asks (a real id is ``urn:oid:2.49.0.1.840.0....``)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"flo_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_ILM = urn("flo-ice-storm-dillon-marlboro")
ISW_ILM_EXA = urn("flo-ice-storm-dillon-marlboro-exa-marion")
FOG_ILM = urn("flo-dense-fog-florence")
TOR_ILM = urn("flo-tornado-hartsville-darlington")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_ILM, office="KILM", senderName="NWS Wilmington NC", awips="WSWILM", wmo="WWUS42",
         areaDesc="Dillon; Marlboro", SAME=["045033", "045069"], UGC=["SCZ024", "SCZ023"],
         sent="2026-01-23T15:45:00-05:00", onset="2026-01-24T06:00:00-05:00", expires="2026-01-24T04:00:00-05:00",
         ends="2026-01-25T12:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 3:45PM EST until January 25 at 12:00PM EST by NWS Wilmington NC",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Dillon and Marlboro Counties, including Dillon, Latta, Bennettsville and McColl.\n\n* WHEN...From 6 AM Saturday to noon EST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KILM.IS.W.0001.260124T1100Z-260125T1700Z/", references=[], geometry=None),
    dict(id=ISW_ILM_EXA, office="KILM", senderName="NWS Wilmington NC", awips="WSWILM", wmo="WWUS42",
         areaDesc="Dillon; Marlboro; Marion", SAME=["045033", "045069", "045067"], UGC=["SCZ024", "SCZ023", "SCZ032"],
         sent="2026-01-24T04:10:00-05:00", onset="2026-01-24T06:00:00-05:00", expires="2026-01-24T12:00:00-05:00",
         ends="2026-01-25T12:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 4:10AM EST until January 25 at 12:00PM EST by NWS Wilmington NC",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch, locally up to six tenths of an inch.\n\n* WHERE...Dillon, Marlboro and Marion Counties. The warning has been expanded to include Marion County, including Marion and Mullins.\n\n* WHEN...From 6 AM this morning to noon EST Sunday.\n\n* IMPACTS...Widespread power outages and downed trees are expected. Travel will be nearly impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only and away from windows.",
         vtec="/O.EXA.KILM.IS.W.0001.000000T0000Z-260125T1700Z/", references=[ISW_ILM], geometry=None),
    dict(id=FOG_ILM, office="KILM", senderName="NWS Wilmington NC", awips="NPWILM", wmo="WWUS72",
         areaDesc="Florence; Marion; Williamsburg", SAME=["045041", "045067", "045089"], UGC=["SCZ033", "SCZ032", "SCZ039"],
         sent="2026-03-10T03:20:00-04:00", onset="2026-03-10T03:20:00-04:00", expires="2026-03-10T10:00:00-04:00",
         ends="2026-03-10T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued March 10 at 3:20AM EDT until March 10 at 10:00AM EDT by NWS Wilmington NC",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Florence, Marion and Williamsburg Counties, including Florence, Lake City, Marion, Mullins and Kingstree.\n\n* WHEN...Until 10 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KILM.FG.Y.0012.260310T0720Z-260310T1400Z/", references=[], geometry=None),
    dict(id=TOR_ILM, office="KILM", senderName="NWS Wilmington NC", awips="TORILM", wmo="WFUS52",
         areaDesc="Darlington, SC", SAME=["045031"], UGC=["SCC031"],
         sent="2026-04-28T23:12:00-04:00", onset="2026-04-28T23:12:00-04:00", expires="2026-04-28T23:45:00-04:00",
         ends="2026-04-28T23:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 28 at 11:12PM EDT until April 28 at 11:45PM EDT by NWS Wilmington NC",
         description="TORILM\n\nThe National Weather Service in Wilmington has issued a\n\n* Tornado Warning for...\nCentral Darlington County in northeastern South Carolina...\n\n* Until 1145 PM EDT.\n\n* At 1111 PM EDT, a severe thunderstorm capable of producing a tornado was located near Hartsville, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nHartsville, Darlington, Lake Robinson and Society Hill Road.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KILM.TO.W.0021.260429T0312Z-260429T0345Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]},
         geometry=poly((-80.17, 34.33), (-80.03, 34.44), (-79.80, 34.34), (-79.92, 34.24))),
]
