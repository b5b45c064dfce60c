"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part lft. Alerts invented; office
(NWS Lake Charles, KLCH), SAME county codes real; forecast-zone (LAZ) numbers best known, no label uses them."""

WSW = "lft_urn_oid_2.49.0.1.840.0.lch.wsw.0002.001.1"
TOR = "lft_urn_oid_2.49.0.1.840.0.lch.tor.0031.001.1"
HEAT = "lft_urn_oid_2.49.0.1.840.0.lch.heat.0044.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KLCH", senderName="NWS Lake Charles LA", awips="WSWLCH", wmo="WWUS44",
         areaDesc="Upper St. Martin; Lower St. Martin; Iberia", SAME=["022099", "022045"],
         UGC=["LAZ045", "LAZ054", "LAZ053"],
         sent="2026-01-20T14:05:00-06:00", onset="2026-01-21T00:00:00-06:00", expires="2026-01-21T03:00:00-06:00",
         ends="2026-01-22T09:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 2:05PM CST until January 22 at 9:00AM CST by NWS Lake Charles LA",
         description="* WHAT...Heavy mixed precipitation. Snow and sleet accumulations of 2 to 5 inches and ice accumulations of up to one quarter of an inch.\n\n* WHERE...St. Martin and Iberia Parishes, including Breaux Bridge, St. Martinville and New Iberia.\n\n* WHEN...From midnight tonight to 9 AM CST Thursday.\n\n* IMPACTS...Travel will be very difficult to impossible. Bridges and overpasses, including the Atchafalaya Basin Bridge, will ice first. Power outages and tree damage are likely.",
         instruction="Stay off the roads. Protect pipes and bring pets indoors.",
         vtec="/O.NEW.KLCH.WS.W.0002.260121T0600Z-260122T1500Z/", geometry=None),
    dict(id=TOR, office="KLCH", senderName="NWS Lake Charles LA", awips="TORLCH", wmo="WFUS54",
         areaDesc="Lafayette, LA", SAME=["022055"], UGC=["LAC055"],
         sent="2026-04-23T04:48:00-05:00", onset="2026-04-23T04:48:00-05:00", expires="2026-04-23T05:15:00-05:00",
         ends="2026-04-23T05:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 23 at 4:48AM CDT until April 23 at 5:15AM CDT by NWS Lake Charles LA",
         description="The National Weather Service in Lake Charles has issued a\n\n* Tornado Warning for...\nSoutheastern Lafayette Parish in south central Louisiana...\n\n* Until 515 AM CDT.\n\n* At 447 AM CDT, a severe thunderstorm capable of producing a tornado was located near Milton, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nYoungsville, Broussard and Milton.",
         instruction="TAKE COVER NOW! Move to an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLCH.TO.W.0031.260423T0948Z-260423T1015Z/",
         geometry=poly((-92.040, 30.080), (-91.960, 30.070), (-91.915, 30.118), (-91.925, 30.142),
                       (-92.000, 30.140), (-92.040, 30.105))),
    dict(id=HEAT, office="KLCH", senderName="NWS Lake Charles LA", awips="NPWLCH", wmo="WWUS74",
         areaDesc="Lafayette; Iberia; Upper St. Martin", SAME=["022055", "022045", "022099"],
         UGC=["LAZ044", "LAZ053", "LAZ045"],
         sent="2026-07-14T03:30:00-05:00", onset="2026-07-14T11:00:00-05:00", expires="2026-07-14T19:00:00-05:00",
         ends="2026-07-14T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 14 at 3:30AM CDT until July 14 at 7:00PM CDT by NWS Lake Charles LA",
         description="* WHAT...Heat index values up to 112 expected.\n\n* WHERE...Lafayette, Iberia and St. Martin Parishes.\n\n* WHEN...From 11 AM to 7 PM CDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, and check up on relatives and neighbors.",
         vtec="/O.NEW.KLCH.HT.Y.0044.260714T1600Z-260715T0000Z/", geometry=None),
]
