"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Marquette (KMQT). Every alert is
invented; the office, SAME county codes and county UGC codes are real. Feature ids are `mqt_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mqt_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("mqt-winter-storm-keweenaw-alger")
WSW_EXA = urn("mqt-winter-storm-keweenaw-alger-exa-baraga")
SVR = urn("mqt-svr-escanaba")
SVR_CAN = urn("mqt-svr-escanaba-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ESCANABA_POLY = poly((-87.17, 45.70), (-86.99, 45.70), (-86.99, 45.815), (-87.17, 45.815))

ALERTS = [
    dict(id=WSW, office="KMQT", senderName="NWS Marquette MI", awips="WSWMQT", wmo="WWUS43",
         areaDesc="Houghton; Keweenaw; Alger", SAME=["026061", "026083", "026003"],
         UGC=["MIC061", "MIC083", "MIC003"],
         sent="2026-01-09T15:20:00-05:00", onset="2026-01-10T01:00:00-05:00", expires="2026-01-10T04:00:00-05:00",
         ends="2026-01-11T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 9 at 3:20PM EST until January 11 at 7:00PM EST by NWS Marquette MI",
         description="* WHAT...Heavy lake-effect and system snow. Total snow accumulations of 18 to 30 inches, locally higher in the higher terrain. Winds gusting as high as 45 mph will cause considerable blowing and drifting snow.\n\n* WHERE...Houghton, Keweenaw and Alger Counties, including Houghton, Hancock, Calumet, Munising and Chatham.\n\n* WHEN...From 1 AM Saturday to 7 PM EST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Whiteout conditions are likely near Lake Superior.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMQT.WS.W.0003.260110T0600Z-260112T0000Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KMQT", senderName="NWS Marquette MI", awips="WSWMQT", wmo="WWUS43",
         areaDesc="Houghton; Keweenaw; Alger; Baraga", SAME=["026061", "026083", "026003", "026013"],
         UGC=["MIC061", "MIC083", "MIC003", "MIC013"],
         sent="2026-01-10T04:10:00-05:00", onset="2026-01-10T04:10:00-05:00", expires="2026-01-10T11:00:00-05:00",
         ends="2026-01-11T19:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 10 at 4:10AM EST until January 11 at 7:00PM EST by NWS Marquette MI",
         description="* WHAT...Heavy snow. Additional snow accumulations of 12 to 24 inches. Winds gusting as high as 50 mph.\n\n* WHERE...Houghton, Keweenaw, Alger and Baraga Counties. The warning has been expanded to include Baraga County, including Baraga and L'Anse.\n\n* WHEN...Until 7 PM EST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible. Power outages are possible from heavy wet snow on trees.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KMQT.WS.W.0003.000000T0000Z-260112T0000Z/", references=[WSW], geometry=None),
    dict(id=SVR, office="KMQT", senderName="NWS Marquette MI", awips="SVRMQT", wmo="WUUS53",
         areaDesc="Delta, MI", SAME=["026041"], UGC=["MIC041"],
         sent="2026-07-21T16:42:00-04:00", onset="2026-07-21T16:42:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 21 at 4:42PM EDT until July 21 at 5:30PM EDT by NWS Marquette MI",
         description="At 442 PM EDT, a severe thunderstorm was located near Wells, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Escanaba, Wells and Ford River.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMQT.SV.W.0041.260721T2042Z-260721T2130Z/", references=[], geometry=ESCANABA_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KMQT", senderName="NWS Marquette MI", awips="SVSMQT", wmo="WWUS53",
         areaDesc="Delta, MI", SAME=["026041"], UGC=["MIC041"],
         sent="2026-07-21T17:12:00-04:00", onset="2026-07-21T17:12:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has moved out of the warned area and weakened. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KMQT.SV.W.0041.000000T0000Z-260721T2130Z/", references=[SVR],
         geometry=ESCANABA_POLY),
]
