"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mgm part. Every alert is invented; the
office (BMX, Birmingham), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mgm_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


ISW_ELMORE = urn("mgm-ice-storm-elmore")
TOR_PRATT = urn("mgm-tornado-prattville")
SVR_EAST = urn("mgm-svr-east-montgomery")
SPS_MGM = urn("mgm-sps-montgomery-fog")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-only: Elmore County (Wetumpka, Millbrook). Expected: MGM004, 005, 007, 012, 017, 021.
    dict(id=ISW_ELMORE, office="KBMX", senderName="NWS Birmingham AL", awips="WSWBMX", wmo="WWUS44",
         areaDesc="Elmore", SAME=["001051"], UGC=["ALZ042"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-24T18:00:00-06:00", expires="2026-01-25T04:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 2:05PM CST until January 25 at 6:00PM CST by NWS Birmingham AL",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Elmore County, including Wetumpka, Millbrook, Tallassee and Eclectic.\n\n* WHEN...From 6 PM this evening to 6 PM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KBMX.IS.W.0001.260125T0000Z-260126T0000Z/", geometry=None),
    # Polygon over west Prattville (ZIP 36067). Expected: MGM011, MGM015 (36066 centroid is east of it).
    dict(id=TOR_PRATT, office="KBMX", senderName="NWS Birmingham AL", awips="TORBMX", wmo="WFUS54",
         areaDesc="Autauga, AL", SAME=["001001"], UGC=["ALC001"],
         sent="2026-03-18T16:05:00-05:00", onset="2026-03-18T16:05:00-05:00", expires="2026-03-18T16:45:00-05:00",
         ends="2026-03-18T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 18 at 4:05PM CDT until March 18 at 4:45PM CDT by NWS Birmingham AL",
         description="At 404 PM CDT, a confirmed tornado was located near Booth, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Prattville, Booth and Autaugaville.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KBMX.TO.W.0012.260318T2105Z-260318T2145Z/",
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["1.00"]},
         geometry=poly((-86.535, 32.435), (-86.455, 32.435), (-86.455, 32.515), (-86.535, 32.515))),
    # Polygon over east Montgomery and Pike Road. Expected: MGM008, MGM022 (MGM016 inside but do_not_contact).
    dict(id=SVR_EAST, office="KBMX", senderName="NWS Birmingham AL", awips="SVRBMX", wmo="WUUS54",
         areaDesc="Montgomery, AL", SAME=["001101"], UGC=["ALC101"],
         sent="2026-04-22T19:32:00-05:00", onset="2026-04-22T19:32:00-05:00", expires="2026-04-22T20:15:00-05:00",
         ends="2026-04-22T20:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 22 at 7:32PM CDT until April 22 at 8:15PM CDT by NWS Birmingham AL",
         description="At 731 PM CDT, a severe thunderstorm was located over east Montgomery, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include east Montgomery, Pike Road and Mount Meigs.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBMX.SV.W.0088.260423T0032Z-260423T0115Z/",
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-86.22, 32.30), (-86.06, 32.30), (-86.06, 32.40), (-86.22, 32.40))),
    # Moderate, no VTEC: nothing.
    dict(id=SPS_MGM, office="KBMX", senderName="NWS Birmingham AL", awips="SPSBMX", wmo="WWUS84",
         areaDesc="Autauga; Elmore; Montgomery", SAME=["001001", "001051", "001101"], UGC=["ALZ041", "ALZ042", "ALZ046"],
         sent="2026-11-09T05:40:00-06:00", onset="2026-11-09T05:40:00-06:00", expires="2026-11-09T09:00:00-06:00",
         ends="2026-11-09T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Observed",
         urgency="Expected", event="Special Weather Statement", response="Execute",
         headline="Special Weather Statement issued November 9 at 5:40AM CST by NWS Birmingham AL",
         description="Patchy dense fog with visibility below one quarter mile at times will persist until 9 AM across the River Region, including Montgomery, Prattville, Millbrook and Wetumpka. Slow down and use low-beam headlights.",
         instruction=None, vtec=None, geometry=None),
]
