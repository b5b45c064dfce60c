"""Hand-written NWS alerts for the pln part (api.weather.gov /alerts/active GeoJSON). Invented alerts; office (NWS
Gaylord, KAPX) and SAME county codes real; forecast-zone numbers best known, no label depends on them."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def aid(label: str) -> str:
    return "pln_" + urn(label)


WSW = aid("pln-wsw-emmet-cheboygan")
SVR = aid("pln-svr-charlevoix")
SVR_CAN = aid("pln-svr-charlevoix-can")
FOG = aid("pln-fog-emmet")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KAPX", senderName="NWS Gaylord MI", awips="WSWAPX", wmo="WWUS43",
         areaDesc="Emmet; Cheboygan", SAME=["026047", "026031"], UGC=["MIZ016", "MIZ017"],
         sent="2026-01-16T15:10:00-05:00", onset="2026-01-17T01:00:00-05:00", expires="2026-01-17T04:00:00-05:00",
         ends="2026-01-18T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 16 at 3:10PM EST until January 18 at 7:00PM EST by NWS Gaylord MI",
         description="* WHAT...Heavy lake effect snow. Total snow accumulations of 15 to 24 inches, locally higher in the snowbelt. Winds gusting as high as 40 mph will cause whiteout conditions.\n\n* WHERE...Emmet and Cheboygan Counties, including Petoskey, Harbor Springs, Alanson, Mackinaw City, Cheboygan and Indian River.\n\n* WHEN...From 1 AM Saturday to 7 PM EST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on I-75 and US-31.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KAPX.WS.W.0003.260117T0600Z-260119T0000Z/", references=[], geometry=None),
    dict(id=FOG, office="KAPX", senderName="NWS Gaylord MI", awips="NPWAPX", wmo="WWUS73",
         areaDesc="Emmet; Cheboygan", SAME=["026047", "026031"], UGC=["MIZ016", "MIZ017"],
         sent="2026-05-26T04:05:00-04:00", onset="2026-05-26T04:05:00-04:00", expires="2026-05-26T10:00:00-04:00",
         ends="2026-05-26T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 26 at 4:05AM EDT until May 26 at 10:00AM EDT by NWS Gaylord MI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Emmet and Cheboygan Counties, especially near Lake Michigan and Lake Huron shores.\n\n* WHEN...Until 10 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KAPX.FG.Y.0011.260526T0805Z-260526T1400Z/", references=[], geometry=None),
    dict(id=SVR, office="KAPX", senderName="NWS Gaylord MI", awips="SVRAPX", wmo="WUUS53",
         areaDesc="Charlevoix, MI", SAME=["026029"], UGC=["MIC029"],
         sent="2026-07-14T19:22:00-04:00", onset="2026-07-14T19:22:00-04:00", expires="2026-07-14T20:15:00-04:00",
         ends="2026-07-14T20:15:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 7:22PM EDT until July 14 at 8:15PM EDT by NWS Gaylord MI",
         description="SVRAPX\n\nThe National Weather Service in Gaylord has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Charlevoix County in northern Lower Michigan...\n\n* Until 815 PM EDT.\n\n* At 721 PM EDT, a line of severe thunderstorms was located over Lake Michigan 8 miles west of Charlevoix, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nCharlevoix, Boyne City, East Jordan, Ironton and Advance.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAPX.SV.W.0041.260714T2322Z-260715T0015Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-85.34, 45.32), (-84.94, 45.26), (-84.94, 45.10), (-85.34, 45.12))),
    dict(id=SVR_CAN, office="KAPX", senderName="NWS Gaylord MI", awips="SVSAPX", wmo="WWUS53",
         areaDesc="Charlevoix, MI", SAME=["026029"], UGC=["MIC029"],
         sent="2026-07-14T19:58:00-04:00", onset="2026-07-14T19:58:00-04:00", expires="2026-07-14T20:15:00-04:00",
         ends="2026-07-14T20:15:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KAPX.SV.W.0041.000000T0000Z-260715T0015Z/", references=[SVR],
         geometry=poly((-85.34, 45.32), (-84.94, 45.26), (-84.94, 45.10), (-85.34, 45.12))),
]
