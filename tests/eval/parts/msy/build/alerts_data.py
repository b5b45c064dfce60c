"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part msy. Every alert is invented; the
office (NWS New Orleans/Baton Rouge, KLIX), parish SAME/UGC county codes are real; forecast-zone numbers are
best known and no label depends on them (labels use SAME codes and polygons only). Every id starts with msy_."""


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_LIX = "msy_urn_oid_2.49.0.1.840.0.lix-tor-0012-neworleans-east"
TOR_LIX_CAN = "msy_urn_oid_2.49.0.1.840.0.lix-tor-0012-can"
CFW_LIX = "msy_urn_oid_2.49.0.1.840.0.lix-cfw-0003-sttammany"
HEAT_LIX = "msy_urn_oid_2.49.0.1.840.0.lix-heat-0020-metro"

ALERTS = [
    dict(id=TOR_LIX, office="KLIX", senderName="NWS New Orleans LA", awips="TORLIX", wmo="WFUS54",
         areaDesc="Orleans, LA", SAME=["022071"], UGC=["LAC071"],
         sent="2026-03-31T16:12:00-05:00", onset="2026-03-31T16:12:00-05:00", expires="2026-03-31T16:45:00-05:00",
         ends="2026-03-31T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 31 at 4:12PM CDT until March 31 at 4:45PM CDT by NWS New Orleans LA",
         description="TORLIX\n\nThe National Weather Service in New Orleans has issued a\n\n* Tornado Warning for...\nEastern Orleans Parish in southeastern Louisiana...\n\n* Until 445 PM CDT.\n\n* At 411 PM CDT, a severe thunderstorm capable of producing a tornado was located over the Industrial Canal near Haynes Boulevard, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nNew Orleans East, Village de l'Est, Little Woods, Michoud and Venetian Isles.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLIX.TO.W.0012.260331T2112Z-260331T2145Z/", references=[],
         geometry=poly((-90.00, 30.02), (-89.80, 30.02), (-89.79, 30.12), (-90.00, 30.12)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_LIX_CAN, office="KLIX", senderName="NWS New Orleans LA", awips="SVSLIX", wmo="WWUS54",
         areaDesc="Orleans, LA", SAME=["022071"], UGC=["LAC071"],
         sent="2026-03-31T16:31:00-05:00", onset="2026-03-31T16:31:00-05:00", expires="2026-03-31T16:45:00-05:00",
         ends="2026-03-31T16:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KLIX.TO.W.0012.000000T0000Z-260331T2145Z/", references=[TOR_LIX],
         geometry=poly((-89.90, 30.04), (-89.79, 30.04), (-89.79, 30.12), (-89.90, 30.12))),
    dict(id=CFW_LIX, office="KLIX", senderName="NWS New Orleans LA", awips="CFWLIX", wmo="WHUS44",
         areaDesc="Southern St. Tammany; Northern St. Tammany", SAME=["022103"], UGC=["LAZ077", "LAZ039"],
         sent="2026-09-08T15:05:00-05:00", onset="2026-09-09T04:00:00-05:00", expires="2026-09-09T04:00:00-05:00",
         ends="2026-09-10T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Coastal Flood Warning", response="Prepare",
         headline="Coastal Flood Warning issued September 8 at 3:05PM CDT until September 10 at 7:00PM CDT by NWS New Orleans LA",
         description="* WHAT...Persistent east winds will push Lake Pontchartrain 3 to 4 feet above normally dry ground along the north shore.\n\n* WHERE...St. Tammany Parish, including Slidell, Lacombe, Mandeville, Madisonville and low-lying areas of Covington along the Bogue Falaya and Tchefuncte.\n\n* WHEN...From 4 AM Wednesday to 7 PM CDT Thursday.\n\n* IMPACTS...Flooding of homes, businesses and roads near the lakefront and along tidal rivers and bayous.",
         instruction="Take the necessary actions to protect flood-prone property. If travel is required, do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KLIX.CF.W.0003.260909T0900Z-260911T0000Z/", references=[], geometry=None),
    dict(id=HEAT_LIX, office="KLIX", senderName="NWS New Orleans LA", awips="NPWLIX", wmo="WWUS74",
         areaDesc="Orleans; Southern Jefferson; Northern Jefferson", SAME=["022071", "022051"],
         UGC=["LAZ062", "LAZ063", "LAZ064"],
         sent="2026-07-21T03:40:00-05:00", onset="2026-07-21T10:00:00-05:00", expires="2026-07-21T19:00:00-05:00",
         ends="2026-07-21T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 21 at 3:40AM CDT until July 21 at 7:00PM CDT by NWS New Orleans LA",
         description="* WHAT...Heat index values up to 112 expected.\n\n* WHERE...Orleans and Jefferson Parishes, including New Orleans, Metairie, Kenner and Marrero.\n\n* WHEN...From 10 AM to 7 PM CDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KLIX.HT.Y.0020.260721T1500Z-260722T0000Z/", references=[], geometry=None),
]
