"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices, county
codes and zones are real (forecast-zone numbers as best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DVN = "rfd_" + urn("rfd-winter-storm-stephenson")
SVR_LOT = "rfd_" + urn("rfd-svr-north-winnebago")
SVR_LOT_CAN = "rfd_" + urn("rfd-svr-north-winnebago-can")
FG_MKX = "rfd_" + urn("rfd-dense-fog-rock")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-89.075, 42.323), (-88.955, 42.330), (-88.950, 42.445), (-89.060, 42.440))

ALERTS = [
    dict(id=WSW_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="WSWDVN", wmo="WWUS43",
         areaDesc="Jo Daviess; Stephenson; Carroll", SAME=["017085", "017177", "017015"],
         UGC=["ILZ001", "ILZ002", "ILZ007"],
         sent="2026-01-24T14:35:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:35PM CST until January 26 at 6:00AM CST by NWS Quad Cities IA IL",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 9 to 14 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Jo Daviess, Stephenson and Carroll Counties in northwest Illinois, including Galena, Freeport, Lena and Mount Carroll.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on U.S. 20 and rural roads. Visibility near zero in open country.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDVN.WS.W.0007.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=SVR_LOT, office="KLOT", senderName="NWS Chicago IL", awips="SVRLOT", wmo="WUUS53",
         areaDesc="Winnebago, IL", SAME=["017201"], UGC=["ILC201"],
         sent="2026-05-21T22:41:00-05:00", onset="2026-05-21T22:41:00-05:00", expires="2026-05-21T23:30:00-05:00",
         ends="2026-05-21T23:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 21 at 10:41PM CDT until May 21 at 11:30PM CDT by NWS Chicago IL",
         description="At 1041 PM CDT, a severe thunderstorm was located near Loves Park, moving northeast at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include...\nLoves Park, Machesney Park, Roscoe and northeastern Rockford.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLOT.SV.W.0118.260522T0341Z-260522T0430Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_LOT_CAN, office="KLOT", senderName="NWS Chicago IL", awips="SVSLOT", wmo="WWUS53",
         areaDesc="Winnebago, IL", SAME=["017201"], UGC=["ILC201"],
         sent="2026-05-21T23:12:00-05:00", onset="2026-05-21T23:12:00-05:00", expires="2026-05-21T23:30:00-05:00",
         ends="2026-05-21T23:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Winnebago County has been cancelled",
         description="The severe thunderstorm which prompted the warning has moved out of the warned area and into Wisconsin. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KLOT.SV.W.0118.000000T0000Z-260522T0430Z/", references=[SVR_LOT], geometry=SVR_POLY),
    dict(id=FG_MKX, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="NPWMKX", wmo="WWUS73",
         areaDesc="Rock; Walworth", SAME=["055105", "055127"], UGC=["WIZ070", "WIZ071"],
         sent="2026-10-20T03:50:00-05:00", onset="2026-10-20T03:50:00-05:00", expires="2026-10-20T09:00:00-05:00",
         ends="2026-10-20T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 20 at 3:50AM CDT until October 20 at 9:00AM CDT by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Rock and Walworth Counties, including Janesville, Beloit and Delavan.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMKX.FG.Y.0031.261020T0850Z-261020T1400Z/", references=[], geometry=None),
]
