"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the jln part. Every alert is invented;
offices, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME codes and
polygons). Alert ids start with `jln_` (the brief asks it) followed by an urn:oid like the real ones."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"jln_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_SGF = urn("jln-ice-storm-crawford-cherokee")
TOR_SGF = urn("jln-tornado-joplin")
TOR_SGF_CAN = urn("jln-tornado-joplin-can")
FOG_TSA = urn("jln-fog-grand-lake")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


JOPLIN_POLY = poly((-94.58, 37.02), (-94.44, 37.03), (-94.44, 37.12), (-94.58, 37.11))

ALERTS = [
    dict(id=ISW_SGF, office="KSGF", senderName="NWS Springfield MO", awips="WSWSGF", wmo="WWUS43",
         areaDesc="Crawford, KS; Cherokee, KS", SAME=["020037", "020021"], UGC=["KSZ097", "KSZ101"],
         sent="2026-01-23T14:35:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:35PM CST until January 25 at 12:00PM CST by NWS Springfield MO",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch. Winds gusting as high as 30 mph.\n\n* WHERE...Crawford and Cherokee Counties in southeast Kansas, including Pittsburg, Frontenac, Girard, Columbus, Galena and Baxter Springs.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Prepare for possible power outages.",
         vtec="/O.NEW.KSGF.IS.W.0002.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=TOR_SGF, office="KSGF", senderName="NWS Springfield MO", awips="TORSGF", wmo="WFUS53",
         areaDesc="Jasper, MO", SAME=["029097"], UGC=["MOC097"],
         sent="2026-05-18T19:12:00-05:00", onset="2026-05-18T19:12:00-05:00", expires="2026-05-18T19:45:00-05:00",
         ends="2026-05-18T19:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 18 at 7:12PM CDT until May 18 at 7:45PM CDT by NWS Springfield MO",
         description="TORSGF\n\nThe National Weather Service in Springfield has issued a\n\n* Tornado Warning for...\nSouthwestern Jasper County in southwestern Missouri...\n\n* Until 745 PM CDT.\n\n* At 711 PM CDT, a severe thunderstorm capable of producing a tornado was located near Galena, Kansas, moving east at 35 mph.\n\nHAZARD...Tornado and quarter size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nJoplin, Leawood and Silver Creek.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KSGF.TO.W.0031.260519T0012Z-260519T0045Z/", references=[], geometry=JOPLIN_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_SGF_CAN, office="KSGF", senderName="NWS Springfield MO", awips="SVSSGF", wmo="WWUS53",
         areaDesc="Jasper, MO", SAME=["029097"], UGC=["MOC097"],
         sent="2026-05-18T19:38:00-05:00", onset="2026-05-18T19:38:00-05:00", expires="2026-05-18T19:45:00-05:00",
         ends="2026-05-18T19:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KSGF.TO.W.0031.000000T0000Z-260519T0045Z/", references=[TOR_SGF], geometry=JOPLIN_POLY),
    dict(id=FOG_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="NPWTSA", wmo="WWUS74",
         areaDesc="Ottawa; Delaware", SAME=["040115", "040041"], UGC=["OKZ024", "OKZ025"],
         sent="2026-10-21T04:10:00-05:00", onset="2026-10-21T04:10:00-05:00", expires="2026-10-21T09:00:00-05:00",
         ends="2026-10-21T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 21 at 4:10AM CDT until October 21 at 9:00AM CDT by NWS Tulsa OK",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Ottawa and Delaware Counties, including Miami, Grove and the Grand Lake area.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KTSA.FG.Y.0014.261021T0910Z-261021T1400Z/", references=[], geometry=None),
]
