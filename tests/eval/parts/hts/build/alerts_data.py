"""Hand-written NWS alerts for part hts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Charleston WV, KRLX), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only). Ids carry the prefix hts_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hts_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_WAYNE = urn("hts-winter-storm-wayne")
TOR_LAWRENCE = urn("hts-tornado-lawrence-oh")
SVR_EAST_HUNTINGTON = urn("hts-svr-east-huntington")
HEAT_TRISTATE = urn("hts-heat-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-only (no polygon): Wayne and Lincoln Counties. Covers the Kenova, Lavalette and Westmoreland (25704,
    # which lies in Wayne County) clients; not Cabell County.
    dict(id=WSW_WAYNE, office="KRLX", senderName="NWS Charleston WV", awips="WSWRLX", wmo="WWUS41",
         areaDesc="Wayne; Lincoln", SAME=["054099", "054043"], UGC=["WVZ014", "WVZ015"],
         sent="2026-01-23T15:20:00-05:00", onset="2026-01-24T01:00:00-05:00", expires="2026-01-24T04:00:00-05:00",
         ends="2026-01-25T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:20PM EST until January 25 at 1:00PM EST by NWS Charleston WV",
         description="* WHAT...Heavy mixed precipitation expected. Total snow and sleet accumulations of 5 to 9 inches and ice accumulations of a quarter to four tenths of an inch.\n\n* WHERE...Wayne and Lincoln Counties, including Kenova, Ceredo, Wayne, Lavalette and Hamlin.\n\n* WHEN...From 1 AM Saturday to 1 PM EST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KRLX.WS.W.0003.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    # Polygon over Ironton and Coal Grove, Ohio: no client lives there -> nobody.
    dict(id=TOR_LAWRENCE, office="KRLX", senderName="NWS Charleston WV", awips="TORRLX", wmo="WFUS51",
         areaDesc="Lawrence, OH", SAME=["039087"], UGC=["OHC087"],
         sent="2026-04-30T16:42:00-04:00", onset="2026-04-30T16:42:00-04:00", expires="2026-04-30T17:15:00-04:00",
         ends="2026-04-30T17:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 30 at 4:42PM EDT until April 30 at 5:15PM EDT by NWS Charleston WV",
         description="TORRLX\n\nThe National Weather Service in Charleston has issued a\n\n* Tornado Warning for...\nWestern Lawrence County in southeastern Ohio...\n\n* Until 515 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm capable of producing a tornado was located near Hanging Rock, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nIronton, Coal Grove, Hanging Rock and Lake Vesuvius.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KRLX.TO.W.0011.260430T2042Z-260430T2115Z/", references=[],
         geometry=poly((-82.74, 38.50), (-82.66, 38.59), (-82.58, 38.56), (-82.62, 38.50), (-82.68, 38.47)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    # Polygon over east Huntington (25702, 25705) and Barboursville (25504); not downtown/Southside (25701,
    # 25703), Westmoreland (25704), Ona, Milton or Wayne County.
    dict(id=SVR_EAST_HUNTINGTON, office="KRLX", senderName="NWS Charleston WV", awips="SVRRLX", wmo="WUUS51",
         areaDesc="Cabell, WV", SAME=["054011"], UGC=["WVC011"],
         sent="2026-06-18T18:36:00-04:00", onset="2026-06-18T18:36:00-04:00", expires="2026-06-18T19:15:00-04:00",
         ends="2026-06-18T19:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 6:36PM EDT until June 18 at 7:15PM EDT by NWS Charleston WV",
         description="SVRRLX\n\nThe National Weather Service in Charleston has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Cabell County in western West Virginia...\n\n* Until 715 PM EDT.\n\n* At 635 PM EDT, a severe thunderstorm was located over Ritter Park, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nEast Huntington, Guyandotte, Pea Ridge and Barboursville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRLX.SV.W.0142.260618T2236Z-260618T2315Z/", references=[],
         geometry=poly((-82.405, 38.445), (-82.33, 38.452), (-82.262, 38.44), (-82.262, 38.365), (-82.405, 38.37)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    # Moderate: nobody.
    dict(id=HEAT_TRISTATE, office="KRLX", senderName="NWS Charleston WV", awips="NPWRLX", wmo="WWUS71",
         areaDesc="Cabell; Wayne; Lawrence", SAME=["054011", "054099", "039087"], UGC=["WVZ005", "WVZ014", "OHZ087"],
         sent="2026-07-20T03:45:00-04:00", onset="2026-07-20T12:00:00-04:00", expires="2026-07-20T16:00:00-04:00",
         ends="2026-07-21T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 20 at 3:45AM EDT until July 21 at 8:00PM EDT by NWS Charleston WV",
         description="* WHAT...Heat index values up to 106 expected.\n\n* WHERE...Cabell and Wayne Counties in West Virginia and Lawrence County in Ohio, including Huntington, Barboursville, Kenova and Ironton.\n\n* WHEN...From noon today to 8 PM EDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KRLX.HT.Y.0004.260720T1600Z-260722T0000Z/", references=[], geometry=None),
]
