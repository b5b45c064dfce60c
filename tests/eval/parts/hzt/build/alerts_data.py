"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Alerts invented; office (KBGM, NWS Binghamton,
which serves Luzerne County), SAME 042079 and UGC PAC079 are real; PAZ047 (Luzerne) as best known."""

import hashlib


def urn(label: str) -> str:
    return f"hzt_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()[:32]}.001.1"


SVR = urn("hzt-svr-hazleton")
SVR_CAN = urn("hzt-svr-hazleton-can")
FOG = urn("hzt-fog-luzerne")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# Hazleton city and West Hazleton; north edge 40.975 leaves out Conyngham, Sugarloaf, Drums, Freeland.
SVR_POLY = poly((-76.12, 40.92), (-75.925, 40.92), (-75.925, 40.975), (-76.12, 40.975))

ALERTS = [
    dict(id=FOG, office="KBGM", senderName="NWS Binghamton NY", awips="NPWBGM", wmo="WWUS71",
         areaDesc="Luzerne", SAME=["042079"], UGC=["PAZ047"],
         sent="2026-04-14T04:05:00-04:00", onset="2026-04-14T04:05:00-04:00", expires="2026-04-14T09:00:00-04:00",
         ends="2026-04-14T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued April 14 at 4:05AM EDT until April 14 at 9:00AM EDT by NWS Binghamton NY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Luzerne County, including Interstate 81 and Interstate 80 across Hazle Mountain and the Butler Valley.\n\n* WHEN...Until 9 AM EDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBGM.FG.Y.0012.260414T0805Z-260414T1300Z/", references=[], geometry=None),
    dict(id=SVR, office="KBGM", senderName="NWS Binghamton NY", awips="SVRBGM", wmo="WUUS51",
         areaDesc="Luzerne, PA", SAME=["042079"], UGC=["PAC079"],
         sent="2026-04-28T18:42:00-04:00", onset="2026-04-28T18:42:00-04:00", expires="2026-04-28T19:30:00-04:00",
         ends="2026-04-28T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 28 at 6:42PM EDT until April 28 at 7:30PM EDT by NWS Binghamton NY",
         description="At 642 PM EDT, a severe thunderstorm was located near Sugarloaf, moving east at 35 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\nLocations impacted include Hazleton, West Hazleton, Hazle Township and Harwood.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBGM.SV.W.0041.260428T2242Z-260428T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxHailSize": ["1.00"], "maxWindGust": ["60 MPH"]}),
    dict(id=SVR_CAN, office="KBGM", senderName="NWS Binghamton NY", awips="SVSBGM", wmo="WWUS51",
         areaDesc="Luzerne, PA", SAME=["042079"], UGC=["PAC079"],
         sent="2026-04-28T19:12:00-04:00", onset="2026-04-28T19:12:00-04:00", expires="2026-04-28T19:30:00-04:00",
         ends="2026-04-28T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Luzerne County has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area.",
         instruction=None,
         vtec="/O.CAN.KBGM.SV.W.0041.000000T0000Z-260428T2330Z/", references=[SVR], geometry=SVR_POLY),
]
