"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `sel` part. Alerts invented; office
(NWS Birmingham, KBMX), county SAME/UGC codes real (Dallas 001047 / ALC047, Perry 001105 / ALC105)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR = urn("sel-svr-west-dallas")
SVR_CAN = urn("sel-svr-west-dallas-can")
TOR = urn("sel-tor-valley-grande")
FOG = urn("sel-fog-dallas-perry")

COMMON = dict(office="KBMX", senderName="NWS Birmingham AL")

ALERTS = [
    dict(COMMON, id=SVR, awips="SVRBMX", wmo="WUUS54",
         areaDesc="Dallas, AL; Perry, AL", SAME=["001047", "001105"], UGC=["ALC047", "ALC105"],
         sent="2026-03-24T15:12:00-05:00", onset="2026-03-24T15:12:00-05:00", expires="2026-03-24T16:00:00-05:00",
         ends="2026-03-24T16:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued March 24 at 3:12PM CDT until March 24 at 4:00PM CDT by NWS Birmingham AL",
         description="At 312 PM CDT, a severe thunderstorm was located near Safford, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Orrville, Safford, Marion Junction, Beloit and Old Cahawba.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBMX.SV.W.0088.260324T2012Z-260324T2100Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-87.40, 32.24), (-87.14, 32.24), (-87.14, 32.47), (-87.40, 32.47))),
    dict(COMMON, id=SVR_CAN, awips="SVSBMX", wmo="WWUS54",
         areaDesc="Dallas, AL; Perry, AL", SAME=["001047", "001105"], UGC=["ALC047", "ALC105"],
         sent="2026-03-24T15:41:00-05:00", onset="2026-03-24T15:41:00-05:00", expires="2026-03-24T16:00:00-05:00",
         ends="2026-03-24T16:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KBMX.SV.W.0088.000000T0000Z-260324T2100Z/", references=[SVR],
         geometry=poly((-87.40, 32.24), (-87.14, 32.24), (-87.14, 32.47), (-87.40, 32.47))),
    dict(COMMON, id=TOR, awips="TORBMX", wmo="WFUS54",
         areaDesc="Dallas, AL; Autauga, AL", SAME=["001047", "001001"], UGC=["ALC047", "ALC001"],
         sent="2026-03-24T16:02:00-05:00", onset="2026-03-24T16:02:00-05:00", expires="2026-03-24T16:45:00-05:00",
         ends="2026-03-24T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 24 at 4:02PM CDT until March 24 at 4:45PM CDT by NWS Birmingham AL",
         description="At 402 PM CDT, a confirmed tornado was located over the Selma Municipal Airport area north of the Alabama River, moving northeast at 40 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Valley Grande, northern Selma, Plantersville and Burnsville.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KBMX.TO.W.0031.260324T2102Z-260324T2145Z/", references=[],
         extra={"tornadoDetection": ["RADAR CONFIRMED"]},
         geometry=poly((-87.09, 32.44), (-86.99, 32.43), (-86.92, 32.64), (-86.99, 32.66))),
    dict(COMMON, id=FOG, awips="NPWBMX", wmo="WWUS74",
         areaDesc="Dallas; Perry; Marengo", SAME=["001047", "001105", "001091"], UGC=["ALZ039", "ALZ038", "ALZ037"],
         sent="2026-04-14T03:30:00-05:00", onset="2026-04-14T03:30:00-05:00", expires="2026-04-14T09:00:00-05:00",
         ends="2026-04-14T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued April 14 at 3:30AM CDT until April 14 at 9:00AM CDT by NWS Birmingham AL",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Dallas, Perry and Marengo Counties, including Selma, Marion and Demopolis.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBMX.FG.Y.0012.260414T0830Z-260414T1400Z/", references=[], geometry=None),
]
