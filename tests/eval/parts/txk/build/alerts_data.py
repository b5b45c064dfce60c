"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the txk part. Every alert is invented; the
office (NWS Shreveport, KSHV), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME county codes and polygons only). Alert ids carry the part prefix `txk_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"txk_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_SHV = urn("txk-ice-storm-ark-la-tex")
ISW_SHV_EXA = urn("txk-ice-storm-ark-la-tex-exa")
FOG_SHV = urn("txk-dense-fog-texarkana")
TOR_SHV = urn("txk-tornado-fouke-texarkana-ar")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="WSWSHV", wmo="WWUS44",
         areaDesc="Cass, TX; Hempstead, AR; Lafayette, AR", SAME=["048067", "005057", "005073"],
         UGC=["TXZ097", "ARZ070", "ARZ072"],
         sent="2026-01-23T14:45:00-06:00", onset="2026-01-24T06:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:45PM CST until January 25 at 6:00PM CST by NWS Shreveport LA",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Cass County in northeast Texas and Hempstead and Lafayette Counties in southwest Arkansas, including Atlanta, Queen City, Hope, Lewisville and Stamps.\n\n* WHEN...From 6 AM Saturday to 6 PM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSHV.IS.W.0002.260124T1200Z-260126T0000Z/", references=[], geometry=None),
    dict(id=ISW_SHV_EXA, office="KSHV", senderName="NWS Shreveport LA", awips="WSWSHV", wmo="WWUS44",
         areaDesc="Cass, TX; Hempstead, AR; Lafayette, AR; Miller, AR; Little River, AR",
         SAME=["048067", "005057", "005073", "005091", "005081"],
         UGC=["TXZ097", "ARZ070", "ARZ072", "ARZ071", "ARZ059"],
         sent="2026-01-24T04:10:00-06:00", onset="2026-01-24T04:10:00-06:00", expires="2026-01-24T12:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 4:10AM CST until January 25 at 6:00PM CST by NWS Shreveport LA",
         description="* WHAT...Significant icing. Total ice accumulations of one quarter to one half inch, locally up to six tenths of an inch.\n\n* WHERE...The warning has been expanded to include Miller and Little River Counties in southwest Arkansas, including Texarkana, Arkansas, Fouke and Ashdown. Also Cass County in northeast Texas and Hempstead and Lafayette Counties in southwest Arkansas.\n\n* WHEN...Until 6 PM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel will be nearly impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only and away from windows.",
         vtec="/O.EXA.KSHV.IS.W.0002.000000T0000Z-260126T0000Z/", references=[ISW_SHV], geometry=None),
    dict(id=FOG_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="NPWSHV", wmo="WWUS74",
         areaDesc="Bowie, TX; Cass, TX; Miller, AR", SAME=["048037", "048067", "005091"],
         UGC=["TXZ096", "TXZ097", "ARZ071"],
         sent="2026-02-08T03:50:00-06:00", onset="2026-02-08T03:50:00-06:00", expires="2026-02-08T10:00:00-06:00",
         ends="2026-02-08T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued February 8 at 3:50AM CST until February 8 at 10:00AM CST by NWS Shreveport LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Bowie and Cass Counties in northeast Texas and Miller County in southwest Arkansas, including Texarkana, Nash, New Boston, Hooks and Atlanta.\n\n* WHEN...Until 10 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KSHV.FG.Y.0005.260208T0950Z-260208T1600Z/", references=[], geometry=None),
    dict(id=TOR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="TORSHV", wmo="WFUS54",
         areaDesc="Miller, AR", SAME=["005091"], UGC=["ARC091"],
         sent="2026-03-17T18:34:00-05:00", onset="2026-03-17T18:34:00-05:00", expires="2026-03-17T19:15:00-05:00",
         ends="2026-03-17T19:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 17 at 6:34PM CDT until March 17 at 7:15PM CDT by NWS Shreveport LA",
         description="TORSHV\n\nThe National Weather Service in Shreveport has issued a\n\n* Tornado Warning for...\nCentral Miller County in southwestern Arkansas...\n\n* Until 715 PM CDT.\n\n* At 633 PM CDT, a confirmed tornado was located 4 miles south of Fouke, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nFouke, eastern Texarkana Arkansas and Genoa.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KSHV.TO.W.0031.260317T2334Z-260318T0015Z/", references=[],
         geometry=poly((-93.95, 33.27), (-93.83, 33.27), (-93.83, 33.445), (-93.95, 33.445)),
         extra={"tornadoDetection": ["OBSERVED"], "tornadoDamageThreat": ["CONSIDERABLE"], "maxHailSize": ["1.25"]}),
]
