"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hgr part. Every alert is invented;
offices (LWX Sterling VA, CTP State College PA), SAME county codes and UGC county codes are real; forecast-zone
numbers are best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hgr_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_LWX = urn("hgr-svr-hagerstown")
SVR_LWX_CON = urn("hgr-svr-hagerstown-con")
FOG_LWX = urn("hgr-fog-washington-county")
WSW_CTP = urn("hgr-winter-storm-franklin")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_CTP, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Franklin; Fulton", SAME=["042055", "042057"], UGC=["PAZ063", "PAZ062"],
         sent="2026-01-24T15:05:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:05PM EST until January 26 at 7:00AM EST by NWS State College PA",
         description="* WHAT...Heavy snow and sleet expected. Total snow accumulations of 8 to 14 inches and ice accumulations of up to one tenth of an inch.\n\n* WHERE...Franklin and Fulton Counties, including Chambersburg, Waynesboro, Greencastle and McConnellsburg.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCTP.WS.W.0006.260125T0900Z-260126T1200Z/", references=[], geometry=None),
    dict(id=FOG_LWX, office="KLWX", senderName="NWS Baltimore MD/Washington DC", awips="NPWLWX", wmo="WWUS71",
         areaDesc="Washington; Frederick, MD", SAME=["024043", "024021"], UGC=["MDZ003", "MDZ004"],
         sent="2026-04-30T03:48:00-04:00", onset="2026-04-30T03:48:00-04:00", expires="2026-04-30T09:00:00-04:00",
         ends="2026-04-30T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued April 30 at 3:48AM EDT until April 30 at 9:00AM EDT by NWS Baltimore MD/Washington DC",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Washington and Frederick Counties in Maryland, including Hagerstown, Boonsboro and Hancock.\n\n* WHEN...Until 9 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KLWX.FG.Y.0031.260430T0748Z-260430T1300Z/", references=[], geometry=None),
    dict(id=SVR_LWX, office="KLWX", senderName="NWS Baltimore MD/Washington DC", awips="SVRLWX", wmo="WUUS51",
         areaDesc="Washington, MD", SAME=["024043"], UGC=["MDC043"],
         sent="2026-06-14T17:52:00-04:00", onset="2026-06-14T17:52:00-04:00", expires="2026-06-14T18:45:00-04:00",
         ends="2026-06-14T18:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 5:52PM EDT until June 14 at 6:45PM EDT by NWS Baltimore MD/Washington DC",
         description="SVRLWX\n\nThe National Weather Service in Sterling Virginia has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Washington County in western Maryland...\n\n* Until 645 PM EDT.\n\n* At 551 PM EDT, a line of severe thunderstorms was located along a line extending from Maugansville to Williamsport, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHagerstown, Halfway, Funkstown, Robinwood and Fountainhead-Orchard Hills.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLWX.SV.W.0187.260614T2152Z-260614T2245Z/", references=[],
         geometry=poly((-77.79, 39.59), (-77.64, 39.59), (-77.64, 39.69), (-77.79, 39.69)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_LWX_CON, office="KLWX", senderName="NWS Baltimore MD/Washington DC", awips="SVSLWX", wmo="WWUS61",
         areaDesc="Washington, MD", SAME=["024043"], UGC=["MDC043"],
         sent="2026-06-14T18:14:00-04:00", onset="2026-06-14T18:14:00-04:00", expires="2026-06-14T18:45:00-04:00",
         ends="2026-06-14T18:45:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 6:14PM EDT until June 14 at 6:45PM EDT by NWS Baltimore MD/Washington DC",
         description="At 613 PM EDT, severe thunderstorms were located along a line extending from Leitersburg to Funkstown to Boonsboro, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated. Trees and wires were reported down on Hamilton Boulevard in Hagerstown.\n\nIMPACT...Expect considerable tree damage.\n\nLocations impacted include...\nHagerstown, Smithsburg, Boonsboro, Funkstown, Cavetown and Chewsville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.CON.KLWX.SV.W.0187.000000T0000Z-260614T2245Z/", references=[SVR_LWX],
         geometry=poly((-77.72, 39.53), (-77.53, 39.53), (-77.53, 39.68), (-77.72, 39.68)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
]
