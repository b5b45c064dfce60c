"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the cgi part. Every alert is invented;
the office (NWS Paducah KY, KPAH), SAME county codes and UGC county codes are real; forecast-zone numbers are
best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cgi_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


SVR_PAH = urn("cgi-svr-jackson")
TOR_PAH = urn("cgi-tor-sikeston")
TOR_PAH_CAN = urn("cgi-tor-sikeston-can")
FOG_PAH = urn("cgi-fog-perry-cape")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_PAH, office="KPAH", senderName="NWS Paducah KY", awips="SVRPAH", wmo="WUUS53",
         areaDesc="Cape Girardeau, MO", SAME=["029031"], UGC=["MOC031"],
         sent="2026-04-28T16:05:00-05:00", onset="2026-04-28T16:05:00-05:00", expires="2026-04-28T16:45:00-05:00",
         ends="2026-04-28T16:45:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued April 28 at 4:05PM CDT until April 28 at 4:45PM CDT by NWS Paducah KY",
         description="At 405 PM CDT, a severe thunderstorm was located near Millersville, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Jackson, Fruitland, Gordonville and Burfordville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPAH.SV.W.0112.260428T2105Z-260428T2145Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-89.735, 37.345), (-89.595, 37.345), (-89.595, 37.432), (-89.735, 37.432))),
    dict(id=TOR_PAH, office="KPAH", senderName="NWS Paducah KY", awips="TORPAH", wmo="WFUS53",
         areaDesc="Scott, MO; New Madrid, MO", SAME=["029201", "029143"], UGC=["MOC201", "MOC143"],
         sent="2026-05-15T20:42:00-05:00", onset="2026-05-15T20:42:00-05:00", expires="2026-05-15T21:15:00-05:00",
         ends="2026-05-15T21:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 15 at 8:42PM CDT until May 15 at 9:15PM CDT by NWS Paducah KY",
         description="At 842 PM CDT, a severe thunderstorm capable of producing a tornado was located near Morehouse, moving northeast at 40 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Sikeston, Miner and Morehouse.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KPAH.TO.W.0031.260516T0142Z-260516T0215Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"]},
         geometry=poly((-89.66, 36.84), (-89.52, 36.86), (-89.52, 36.94), (-89.64, 36.935))),
    dict(id=TOR_PAH_CAN, office="KPAH", senderName="NWS Paducah KY", awips="TORPAH", wmo="WWUS53",
         areaDesc="Scott, MO; New Madrid, MO", SAME=["029201", "029143"], UGC=["MOC201", "MOC143"],
         sent="2026-05-15T21:02:00-05:00", onset="2026-05-15T21:02:00-05:00", expires="2026-05-15T21:15:00-05:00",
         ends="2026-05-15T21:15:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KPAH.TO.W.0031.000000T0000Z-260516T0215Z/", references=[TOR_PAH],
         geometry=poly((-89.66, 36.84), (-89.52, 36.86), (-89.52, 36.94), (-89.64, 36.935))),
    dict(id=FOG_PAH, office="KPAH", senderName="NWS Paducah KY", awips="NPWPAH", wmo="WWUS73",
         areaDesc="Perry; Cape Girardeau; Scott", SAME=["029157", "029031", "029201"], UGC=["MOZ076", "MOZ087", "MOZ100"],
         sent="2026-10-30T03:10:00-05:00", onset="2026-10-30T03:10:00-05:00", expires="2026-10-30T09:00:00-05:00",
         ends="2026-10-30T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 30 at 3:10AM CDT until October 30 at 9:00AM CDT by NWS Paducah KY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Perry, Cape Girardeau and Scott Counties in Missouri, including Perryville, Jackson, Cape Girardeau and Sikeston.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KPAH.FG.Y.0020.261030T0810Z-261030T1400Z/", references=[], geometry=None),
]
