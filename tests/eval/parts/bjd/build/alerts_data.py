"""Hand-written NWS alerts for part bjd (api.weather.gov /alerts/active GeoJSON). Alerts invented; offices,
county SAME/UGC codes real; forecast-zone numbers best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bjd_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


WSW_FGF = urn("bjd-winter-storm-beltrami")
SVR_DLH = urn("bjd-svr-walker")
SVR_DLH_CAN = urn("bjd-svr-walker-can")
FOG_FGF = urn("bjd-fog-bemidji")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_FGF, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="North Beltrami; South Beltrami; Clearwater", SAME=["027007", "027029"],
         UGC=["MNZ006", "MNZ009", "MNZ013"],
         sent="2026-01-20T14:50:00-06:00", onset="2026-01-21T00:00:00-06:00", expires="2026-01-21T03:00:00-06:00",
         ends="2026-01-22T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 2:50PM CST until January 22 at 6:00AM CST by NWS Grand Forks ND",
         description="* WHAT...Heavy snow and blowing snow. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Beltrami and Clearwater Counties, including Bemidji, Blackduck, Red Lake, Redby, Kelliher and Bagley.\n\n* WHEN...From midnight tonight to 6 AM CST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KFGF.WS.W.0003.260121T0600Z-260122T1200Z/", references=[], geometry=None),
    dict(id=FOG_FGF, office="KFGF", senderName="NWS Grand Forks ND", awips="NPWFGF", wmo="WWUS73",
         areaDesc="South Beltrami; Clearwater", SAME=["027007", "027029"], UGC=["MNZ009", "MNZ013"],
         sent="2026-05-27T04:10:00-05:00", onset="2026-05-27T04:10:00-05:00", expires="2026-05-27T09:00:00-05:00",
         ends="2026-05-27T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 27 at 4:10AM CDT until May 27 at 9:00AM CDT by NWS Grand Forks ND",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...South Beltrami and Clearwater Counties, including Bemidji and Bagley.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KFGF.FG.Y.0011.260527T0910Z-260527T1400Z/", references=[], geometry=None),
    dict(id=SVR_DLH, office="KDLH", senderName="NWS Duluth MN", awips="SVRDLH", wmo="WUUS53",
         areaDesc="Cass, MN", SAME=["027021"], UGC=["MNC021"],
         sent="2026-06-12T23:42:00-05:00", onset="2026-06-12T23:42:00-05:00", expires="2026-06-13T00:30:00-05:00",
         ends="2026-06-13T00:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 12 at 11:42PM CDT until June 13 at 12:30AM CDT by NWS Duluth MN",
         description="At 1142 PM CDT, a severe thunderstorm was located near Walker, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Walker, Shingobee, Whipholt and Walker Bay of Leech Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDLH.SV.W.0142.260613T0442Z-260613T0530Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-94.74, 46.99), (-94.40, 47.00), (-94.39, 47.19), (-94.73, 47.20))),
    dict(id=SVR_DLH_CAN, office="KDLH", senderName="NWS Duluth MN", awips="SVSDLH", wmo="WWUS53",
         areaDesc="Cass, MN", SAME=["027021"], UGC=["MNC021"],
         sent="2026-06-13T00:12:00-05:00", onset="2026-06-13T00:12:00-05:00", expires="2026-06-13T00:30:00-05:00",
         ends="2026-06-13T00:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KDLH.SV.W.0142.000000T0000Z-260613T0530Z/", references=[SVR_DLH],
         geometry=poly((-94.55, 47.00), (-94.40, 47.00), (-94.39, 47.19), (-94.55, 47.19))),
]
