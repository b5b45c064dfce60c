"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the esc part. Alerts invented; office
(NWS Marquette, KMQT), SAME/UGC county codes real; forecast-zone numbers best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


WSW_MQT = urn("esc-winter-storm-delta-schoolcraft")
SVR_MQT = urn("esc-svr-menominee-carney")
SVR_MQT_CAN = urn("esc-svr-menominee-carney-can")
FOG_MQT = urn("esc-fog-bay-de-noc")

# every item id starts with esc_: the feature's top-level id is .../alerts/esc_<urn>
def fid(u: str) -> str:
    return f"esc_{u}"


ALERTS = [
    dict(id=fid(WSW_MQT), office="KMQT", senderName="NWS Marquette MI", awips="WSWMQT", wmo="WWUS43",
         areaDesc="Delta; Schoolcraft", SAME=["026041", "026153"], UGC=["MIZ013", "MIZ014"],
         sent="2026-01-14T15:05:00-05:00", onset="2026-01-15T01:00:00-05:00", expires="2026-01-15T04:00:00-05:00",
         ends="2026-01-16T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 14 at 3:05PM EST until January 16 at 1:00PM EST by NWS Marquette MI",
         description="* WHAT...Heavy snow and blowing snow. Total snow accumulations of 12 to 18 inches, locally higher near Lake Michigan. Winds gusting as high as 45 mph.\n\n* WHERE...Delta and Schoolcraft Counties, including Escanaba, Gladstone, Rapid River and Manistique.\n\n* WHEN...From 1 AM Thursday to 1 PM EST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible. Whiteout conditions on US 2 and M-35.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMQT.WS.W.0003.260115T0600Z-260116T1800Z/", references=[], geometry=None),
    dict(id=fid(SVR_MQT), office="KMQT", senderName="NWS Marquette MI", awips="SVRMQT", wmo="WUUS53",
         areaDesc="Menominee, MI", SAME=["026109"], UGC=["MIC109"],
         sent="2026-07-19T16:42:00-05:00", onset="2026-07-19T16:42:00-05:00", expires="2026-07-19T17:30:00-05:00",
         ends="2026-07-19T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 19 at 4:42PM CDT until July 19 at 5:30PM CDT by NWS Marquette MI",
         description="At 442 PM CDT, a line of severe thunderstorms was located from near Carney to Menominee, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Menominee, Carney, Daggett, Stephenson and Ingallston.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMQT.SV.W.0041.260719T2142Z-260719T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["OBSERVED"]},
         geometry=poly((-87.80, 45.05), (-87.50, 45.05), (-87.42, 45.66), (-87.72, 45.66))),
    dict(id=fid(SVR_MQT_CAN), office="KMQT", senderName="NWS Marquette MI", awips="SVSMQT", wmo="WWUS53",
         areaDesc="Menominee, MI", SAME=["026109"], UGC=["MIC109"],
         sent="2026-07-19T17:12:00-05:00", onset="2026-07-19T17:12:00-05:00", expires="2026-07-19T17:30:00-05:00",
         ends="2026-07-19T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KMQT.SV.W.0041.000000T0000Z-260719T2230Z/", references=[fid(SVR_MQT)],
         geometry=poly((-87.80, 45.05), (-87.50, 45.05), (-87.42, 45.66), (-87.72, 45.66))),
    dict(id=fid(FOG_MQT), office="KMQT", senderName="NWS Marquette MI", awips="NPWMQT", wmo="WWUS73",
         areaDesc="Delta; Menominee", SAME=["026041", "026109"], UGC=["MIZ013", "MIZ012"],
         sent="2026-05-30T04:10:00-04:00", onset="2026-05-30T04:10:00-04:00", expires="2026-05-30T09:00:00-04:00",
         ends="2026-05-30T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 30 at 4:10AM EDT until May 30 at 9:00AM EDT by NWS Marquette MI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Delta and Menominee Counties near the Bay of Green Bay.\n\n* WHEN...Until 9 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMQT.FG.Y.0012.260530T0810Z-260530T1300Z/", references=[], geometry=None),
]
