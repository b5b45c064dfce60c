"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ict part. Every alert is invented;
the office (NWS Wichita, KICT), county SAME codes and county UGC codes are real; forecast-zone numbers (KSZ) are
given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ict_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_ICT = urn("ict-ice-storm-harvey-marion-mcpherson")
WWY_ICT = urn("ict-wwy-sedgwick-butler")
TOR_ICT = urn("ict-tornado-derby")
SVR_ICT = urn("ict-svr-newton")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_ICT, office="KICT", senderName="NWS Wichita KS", awips="WSWICT", wmo="WWUS43",
         areaDesc="Reno; McPherson; Harvey; Marion", SAME=["020155", "020113", "020079", "020115"],
         UGC=["KSZ067", "KSZ052", "KSZ068", "KSZ053"],
         sent="2026-01-23T14:35:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T04:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 2:35PM CST until January 25 at 12:00PM CST by NWS Wichita KS",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch. Winds gusting as high as 35 mph.\n\n* WHERE...Reno, McPherson, Harvey and Marion Counties, including Hutchinson, McPherson, Moundridge, Newton, Hesston, Halstead, Hillsboro and Goessel.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Prepare for possible power outages. Travel is strongly discouraged.",
         vtec="/O.NEW.KICT.IS.W.0002.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=WWY_ICT, office="KICT", senderName="NWS Wichita KS", awips="WSWICT", wmo="WWUS43",
         areaDesc="Sedgwick; Butler", SAME=["020173", "020015"], UGC=["KSZ069", "KSZ070"],
         sent="2026-01-23T14:35:00-06:00", onset="2026-01-24T03:00:00-06:00", expires="2026-01-24T04:00:00-06:00",
         ends="2026-01-25T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 23 at 2:35PM CST until January 25 at 9:00AM CST by NWS Wichita KS",
         description="* WHAT...Freezing rain. Additional ice accumulations of around one tenth of an inch.\n\n* WHERE...Sedgwick and Butler Counties, including Wichita, Derby, Haysville, Andover and El Dorado.\n\n* WHEN...From 3 AM Saturday to 9 AM CST Sunday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KICT.ZR.Y.0003.260124T0900Z-260125T1500Z/", references=[], geometry=None),
    dict(id=TOR_ICT, office="KICT", senderName="NWS Wichita KS", awips="TORICT", wmo="WFUS53",
         areaDesc="Sedgwick, KS", SAME=["020173"], UGC=["KSC173"],
         sent="2026-05-19T19:12:00-05:00", onset="2026-05-19T19:12:00-05:00", expires="2026-05-19T19:45:00-05:00",
         ends="2026-05-19T19:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 7:12PM CDT until May 19 at 7:45PM CDT by NWS Wichita KS",
         description="TORICT\n\nThe National Weather Service in Wichita has issued a\n\n* Tornado Warning for...\nSoutheastern Sedgwick County in south central Kansas...\n\n* Until 745 PM CDT.\n\n* At 711 PM CDT, a confirmed tornado was located near 63rd Street South and Hydraulic, moving east at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Weather spotters confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nDerby and McConnell Air Force Base.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KICT.TO.W.0014.260520T0012Z-260520T0045Z/", references=[],
         geometry=poly((-97.30, 37.51), (-97.20, 37.51), (-97.20, 37.60), (-97.30, 37.60)),
         extra={"tornadoDetection": ["OBSERVED"], "tornadoDamageThreat": ["CONSIDERABLE"], "maxHailSize": ["1.50"]}),
    dict(id=SVR_ICT, office="KICT", senderName="NWS Wichita KS", awips="SVRICT", wmo="WUUS53",
         areaDesc="Harvey, KS", SAME=["020079"], UGC=["KSC079"],
         sent="2026-06-27T16:48:00-05:00", onset="2026-06-27T16:48:00-05:00", expires="2026-06-27T17:30:00-05:00",
         ends="2026-06-27T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 27 at 4:48PM CDT until June 27 at 5:30PM CDT by NWS Wichita KS",
         description="SVRICT\n\nThe National Weather Service in Wichita has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Harvey County in south central Kansas...\n\n* Until 530 PM CDT.\n\n* At 447 PM CDT, a severe thunderstorm was located over North Newton, moving southeast at 25 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nNewton, North Newton and Walton.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KICT.SV.W.0121.260627T2148Z-260627T2230Z/", references=[],
         geometry=poly((-97.40, 38.00), (-97.29, 38.00), (-97.29, 38.10), (-97.40, 38.10)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
]
