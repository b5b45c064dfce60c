"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part lch. Every alert is invented; the
office (KLCH, NWS Lake Charles), SAME county codes and UGC county codes are real (forecast-zone numbers as best
known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lch_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_LCH = urn("lch-tornado-sulphur-westlake")
CFW_LCH = urn("lch-coastal-flood-cameron")
FOG_LCH = urn("lch-dense-fog-calcasieu")
SVR_LCH = urn("lch-svr-deridder")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="TORLCH", wmo="WFUS54",
         areaDesc="Calcasieu, LA", SAME=["022019"], UGC=["LAC019"],
         sent="2026-04-14T04:52:00-05:00", onset="2026-04-14T04:52:00-05:00", expires="2026-04-14T05:30:00-05:00",
         ends="2026-04-14T05:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 4:52AM CDT until April 14 at 5:30AM CDT by NWS Lake Charles LA",
         description="TORLCH\n\nThe National Weather Service in Lake Charles has issued a\n\n* Tornado Warning for...\nWestern Calcasieu Parish in southwestern Louisiana...\n\n* Until 530 AM CDT.\n\n* At 451 AM CDT, a severe thunderstorm capable of producing a tornado was located near Carlyss, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nSulphur, Westlake, Carlyss and Maplewood.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KLCH.TO.W.0011.260414T0952Z-260414T1030Z/", references=[],
         geometry=poly((-93.47, 30.17), (-93.25, 30.24), (-93.25, 30.30), (-93.47, 30.23))),
    dict(id=CFW_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="CFWLCH", wmo="WHUS44",
         areaDesc="Cameron", SAME=["022023"], UGC=["LAZ073"],
         sent="2026-06-04T15:30:00-05:00", onset="2026-06-04T18:00:00-05:00", expires="2026-06-05T04:00:00-05:00",
         ends="2026-06-05T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Coastal Flood Warning", response="Prepare",
         headline="Coastal Flood Warning issued June 4 at 3:30PM CDT until June 5 at 10:00AM CDT by NWS Lake Charles LA",
         description="* WHAT...Coastal flooding with 2 to 3 feet of inundation above ground level in low-lying areas near the coast.\n\n* WHERE...Cameron Parish, including Cameron, Holly Beach, Johnson Bayou, Creole and Grand Chenier.\n\n* WHEN...From 6 PM this evening to 10 AM CDT Friday.\n\n* IMPACTS...Flooding of Highway 82 and Highway 27 near the coast. Water may enter homes and businesses in low-lying areas.",
         instruction="Take the necessary actions to protect flood-prone property. If travel is required, do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KLCH.CF.W.0004.260604T2300Z-260605T1500Z/", references=[], geometry=None),
    dict(id=FOG_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="NPWLCH", wmo="WWUS74",
         areaDesc="Calcasieu; Jefferson Davis; Beauregard", SAME=["022019", "022053", "022011"],
         UGC=["LAZ031", "LAZ032", "LAZ028"],
         sent="2026-02-10T02:15:00-06:00", onset="2026-02-10T02:15:00-06:00", expires="2026-02-10T09:00:00-06:00",
         ends="2026-02-10T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Prepare",
         headline="Dense Fog Advisory issued February 10 at 2:15AM CST until February 10 at 9:00AM CST by NWS Lake Charles LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Calcasieu, Jefferson Davis and Beauregard Parishes, including Lake Charles, Sulphur, Jennings and DeRidder.\n\n* WHEN...Until 9 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 10 and the I-210 bridge.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KLCH.FG.Y.0006.260210T0815Z-260210T1500Z/", references=[], geometry=None),
    dict(id=SVR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="SVRLCH", wmo="WUUS54",
         areaDesc="Beauregard, LA", SAME=["022011"], UGC=["LAC011"],
         sent="2026-05-27T16:05:00-05:00", onset="2026-05-27T16:05:00-05:00", expires="2026-05-27T16:45:00-05:00",
         ends="2026-05-27T16:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 27 at 4:05PM CDT until May 27 at 4:45PM CDT by NWS Lake Charles LA",
         description="SVRLCH\n\nThe National Weather Service in Lake Charles has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Beauregard Parish in southwestern Louisiana...\n\n* Until 445 PM CDT.\n\n* At 404 PM CDT, a severe thunderstorm was located near DeRidder, moving east at 20 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nDeRidder, Fort Johnson South and Bon Ami.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLCH.SV.W.0042.260527T2105Z-260527T2145Z/", references=[],
         geometry=poly((-93.42, 30.72), (-93.12, 30.72), (-93.12, 30.93), (-93.42, 30.93)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
]
