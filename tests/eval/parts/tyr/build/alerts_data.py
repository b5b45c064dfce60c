"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part tyr. Alerts invented; office
(NWS Shreveport, KSHV), county SAME/UGC codes real; forecast-zone numbers as best known (no label uses them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tyr_urn:oid:2.49.0.1.840.0.{h}.001.1"


FOG_SHV = urn("tyr-fog-smith-cherokee")
TOR_SHV = urn("tyr-tornado-south-tyler")
SVR_SHV = urn("tyr-svr-longview")
SVR_SHV_CAN = urn("tyr-svr-longview-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-94.85, 32.44), (-94.67, 32.44), (-94.67, 32.54), (-94.85, 32.54))

ALERTS = [
    dict(id=FOG_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="NPWSHV", wmo="WWUS74",
         areaDesc="Smith; Cherokee", SAME=["048423", "048073"], UGC=["TXZ124", "TXZ137"],
         sent="2026-01-20T04:10:00-06:00", onset="2026-01-20T04:10:00-06:00", expires="2026-01-20T10:00:00-06:00",
         ends="2026-01-20T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 20 at 4:10AM CST until January 20 at 10:00AM CST by NWS Shreveport LA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Smith and Cherokee Counties, including Tyler, Whitehouse, Jacksonville and Bullard.\n\n* WHEN...Until 10 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KSHV.FG.Y.0003.260120T1010Z-260120T1600Z/", references=[], geometry=None),
    dict(id=TOR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="TORSHV", wmo="WFUS54",
         areaDesc="Smith, TX", SAME=["048423"], UGC=["TXC423"],
         sent="2026-04-14T22:05:00-05:00", onset="2026-04-14T22:05:00-05:00", expires="2026-04-14T22:45:00-05:00",
         ends="2026-04-14T22:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 10:05PM CDT until April 14 at 10:45PM CDT by NWS Shreveport LA",
         description="At 1005 PM CDT, a severe thunderstorm capable of producing a tornado was located near Old Bullard Road in south Tyler, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include south Tyler, Whitehouse and Noonday.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KSHV.TO.W.0031.260415T0305Z-260415T0345Z/", references=[],
         geometry=poly((-95.37, 32.305), (-95.17, 32.26), (-95.17, 32.19), (-95.30, 32.20), (-95.37, 32.25)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_SHV, office="KSHV", senderName="NWS Shreveport LA", awips="SVRSHV", wmo="WUUS54",
         areaDesc="Gregg, TX", SAME=["048183"], UGC=["TXC183"],
         sent="2026-04-28T16:40:00-05:00", onset="2026-04-28T16:40:00-05:00", expires="2026-04-28T17:30:00-05:00",
         ends="2026-04-28T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued April 28 at 4:40PM CDT until April 28 at 5:30PM CDT by NWS Shreveport LA",
         description="At 440 PM CDT, a severe thunderstorm was located over west Longview, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Longview, Lakeport and Spring Hill.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSHV.SV.W.0058.260428T2140Z-260428T2230Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_SHV_CAN, office="KSHV", senderName="NWS Shreveport LA", awips="SVSSHV", wmo="WWUS54",
         areaDesc="Gregg, TX", SAME=["048183"], UGC=["TXC183"],
         sent="2026-04-28T17:12:00-05:00", onset="2026-04-28T17:12:00-05:00", expires="2026-04-28T17:30:00-05:00",
         ends="2026-04-28T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Gregg County has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KSHV.SV.W.0058.000000T0000Z-260428T2230Z/", references=[SVR_SHV], geometry=SVR_POLY),
]
