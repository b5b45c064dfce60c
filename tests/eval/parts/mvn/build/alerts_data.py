"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mvn part. Every alert is invented;
the office (NWS Paducah KY, which serves deep southern Illinois), county UGC and SAME codes are real. Labels use
only SAME codes and polygons. Ids start with mvn_ as the brief asks (see README)."""


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR = "mvn_urn-oid-2.49.0.1.840.0.kpah.tor.0005.001.1"
TOR_CAN = "mvn_urn-oid-2.49.0.1.840.0.kpah.tor.0005.002.1"
FLW = "mvn_urn-oid-2.49.0.1.840.0.kpah.flw.0012.001.1"
FOG = "mvn_urn-oid-2.49.0.1.840.0.kpah.fgy.0031.001.1"

ALERTS = [
    dict(id=TOR, office="KPAH", senderName="NWS Paducah KY", awips="TORPAH", wmo="WFUS53",
         areaDesc="Williamson, IL", SAME=["017199"], UGC=["ILC199"],
         sent="2026-02-27T04:52:00-06:00", onset="2026-02-27T04:52:00-06:00", expires="2026-02-27T05:30:00-06:00",
         ends="2026-02-27T05:30:00-06:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued February 27 at 4:52AM CST until February 27 at 5:30AM CST by NWS Paducah KY",
         description="The National Weather Service in Paducah has issued a\n\n* Tornado Warning for...\nCentral Williamson County in southern Illinois...\n\n* Until 530 AM CST.\n\n* At 451 AM CST, a confirmed tornado was located near Herrin, moving east at 45 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nMarion, Herrin, Energy, Crainville and Lake of Egypt.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KPAH.TO.W.0005.260227T1052Z-260227T1130Z/", references=[],
         geometry=poly((-89.06, 37.84), (-88.88, 37.79), (-88.88, 37.69), (-89.06, 37.75))),
    dict(id=TOR_CAN, office="KPAH", senderName="NWS Paducah KY", awips="SVSPAH", wmo="WWUS53",
         areaDesc="Williamson, IL", SAME=["017199"], UGC=["ILC199"],
         sent="2026-02-27T05:18:00-06:00", onset="2026-02-27T05:18:00-06:00", expires="2026-02-27T05:30:00-06:00",
         ends="2026-02-27T05:30:00-06:00", status="Actual", messageType="Cancel", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire. A Tornado Watch remains in effect until 800 AM CST for southern Illinois.",
         instruction=None,
         vtec="/O.CAN.KPAH.TO.W.0005.000000T0000Z-260227T1130Z/", references=[TOR],
         geometry=poly((-89.06, 37.84), (-88.88, 37.79), (-88.88, 37.69), (-89.06, 37.75))),
    dict(id=FLW, office="KPAH", senderName="NWS Paducah KY", awips="FLWPAH", wmo="WGUS83",
         areaDesc="Alexander, IL", SAME=["017003"], UGC=["ILC003"],
         sent="2026-04-14T09:35:00-05:00", onset="2026-04-16T07:00:00-05:00", expires="2026-04-15T09:45:00-05:00",
         ends="2026-04-24T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued April 14 at 9:35AM CDT until April 24 at 7:00PM CDT by NWS Paducah KY",
         description="...The National Weather Service in Paducah KY has issued a Flood Warning for the following rivers in Illinois...\n\nOhio River at Cairo.\n\n* WHAT...Major flooding is forecast.\n\n* WHERE...Ohio River at Cairo.\n\n* WHEN...From Thursday morning to Friday, April 24.\n\n* IMPACTS...At 52.0 feet, floodgates are closed and the Cairo floodwall protects the city. U.S. 51 and Illinois 3 outside the levee are flooded; low-lying farmland in Alexander County is under water.\n\n* ADDITIONAL DETAILS...The river is expected to rise above flood stage Thursday morning and crest near 52.3 feet Sunday.",
         instruction="Do not drive cars through flooded areas. Caution is urged when walking near riverbanks.",
         vtec="/O.NEW.KPAH.FL.W.0012.260416T1200Z-260425T0000Z/", references=[], geometry=None),
    dict(id=FOG, office="KPAH", senderName="NWS Paducah KY", awips="NPWPAH", wmo="WWUS73",
         areaDesc="Jackson, IL; Williamson, IL; Union, IL", SAME=["017077", "017199", "017181"],
         UGC=["ILZ080", "ILZ081", "ILZ086"],
         sent="2026-10-09T03:10:00-05:00", onset="2026-10-09T03:10:00-05:00", expires="2026-10-09T09:00:00-05:00",
         ends="2026-10-09T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 9 at 3:10AM CDT until October 9 at 9:00AM CDT by NWS Paducah KY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Jackson, Williamson and Union Counties, including Carbondale, Murphysboro, Marion, Herrin and Anna.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KPAH.FG.Y.0031.261009T0810Z-261009T1400Z/", references=[], geometry=None),
]
