"""Hand-written NWS alerts for the pbi part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Miami, KMFL), Palm Beach County (SAME 012099, UGC FLC099) are real; forecast-zone numbers (FLZ067
Inland Palm Beach, FLZ068 Metro Palm Beach, FLZ168 Coastal Palm Beach) are as best known and no label depends on
them (labels use polygons and SAME codes only). Ids start with `pbi_` as the brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pbi_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_MFL = urn("pbi-tornado-lake-worth-beach")
TOR_MFL_CON = urn("pbi-tornado-lake-worth-beach-con")
SVR_MFL = urn("pbi-svr-north-west-palm-beach")
FLY_MFL = urn("pbi-flood-advisory-west-palm-beach")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_MFL, office="KMFL", senderName="NWS Miami FL", awips="TORMFL", wmo="WFUS52",
         areaDesc="Palm Beach, FL", SAME=["012099"], UGC=["FLC099"],
         sent="2026-01-24T14:52:00-05:00", onset="2026-01-24T14:52:00-05:00", expires="2026-01-24T15:15:00-05:00",
         ends="2026-01-24T15:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued January 24 at 2:52PM EST until January 24 at 3:15PM EST by NWS Miami FL",
         description="TORMFL\n\nThe National Weather Service in Miami has issued a\n\n* Tornado Warning for...\nEast central Palm Beach County in southeastern Florida...\n\n* Until 315 PM EST.\n\n* At 251 PM EST, a severe thunderstorm capable of producing a tornado was located near Lantana, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nLake Worth Beach, Lantana, Hypoluxo, Lake Clarke Shores and Palm Beach south of Sloan's Curve.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KMFL.TO.W.0003.260124T1952Z-260124T2015Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]},
         geometry=poly((-80.112, 26.588), (-80.088, 26.556), (-80.030, 26.612), (-80.058, 26.648))),
    dict(id=TOR_MFL_CON, office="KMFL", senderName="NWS Miami FL", awips="SVSMFL", wmo="WWUS52",
         areaDesc="Palm Beach, FL", SAME=["012099"], UGC=["FLC099"],
         sent="2026-01-24T15:03:00-05:00", onset="2026-01-24T15:03:00-05:00", expires="2026-01-24T15:15:00-05:00",
         ends="2026-01-24T15:15:00-05:00", status="Actual", messageType="Update", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued January 24 at 3:03PM EST until January 24 at 3:15PM EST by NWS Miami FL",
         description="At 302 PM EST, a severe thunderstorm capable of producing a tornado was located over Lake Worth Beach, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nLake Worth Beach and Palm Beach south of Sloan's Curve.",
         instruction="TAKE COVER NOW!",
         vtec="/O.CON.KMFL.TO.W.0003.000000T0000Z-260124T2015Z/", references=[TOR_MFL],
         extra={"tornadoDetection": ["OBSERVED"]},
         geometry=poly((-80.074, 26.604), (-80.052, 26.590), (-80.030, 26.612), (-80.058, 26.648))),
    dict(id=SVR_MFL, office="KMFL", senderName="NWS Miami FL", awips="SVRMFL", wmo="WUUS52",
         areaDesc="Palm Beach, FL", SAME=["012099"], UGC=["FLC099"],
         sent="2026-06-18T19:41:00-04:00", onset="2026-06-18T19:41:00-04:00", expires="2026-06-18T20:30:00-04:00",
         ends="2026-06-18T20:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 7:41PM EDT until June 18 at 8:30PM EDT by NWS Miami FL",
         description="SVRMFL\n\nThe National Weather Service in Miami has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Palm Beach County in southeastern Florida...\n\n* Until 830 PM EDT.\n\n* At 740 PM EDT, a severe thunderstorm was located over Haverhill, moving east at 20 mph.\n\nHAZARD...65 mph wind gusts and nickel size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, trees, and power lines.\n\n* Locations impacted include...\nWest Palm Beach north of Okeechobee Boulevard, Riviera Beach, Mangonia Park and Haverhill.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMFL.SV.W.0088.260618T2341Z-260619T0030Z/", references=[],
         extra={"maxWindGust": ["65 MPH"], "maxHailSize": ["0.88"]},
         geometry=poly((-80.112, 26.700), (-80.055, 26.700), (-80.052, 26.790), (-80.095, 26.790))),
    dict(id=FLY_MFL, office="KMFL", senderName="NWS Miami FL", awips="FLSMFL", wmo="WGUS82",
         areaDesc="Palm Beach, FL", SAME=["012099"], UGC=["FLC099"],
         sent="2026-06-18T20:22:00-04:00", onset="2026-06-18T20:22:00-04:00", expires="2026-06-18T23:15:00-04:00",
         ends="2026-06-18T23:15:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued June 18 at 8:22PM EDT until June 18 at 11:15PM EDT by NWS Miami FL",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...A portion of southeast Florida, including the following county, Palm Beach.\n\n* WHEN...Until 1115 PM EDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Ponding of water in urban areas, on highways, streets and underpasses.\n\n* ADDITIONAL DETAILS...At 820 PM EDT, Doppler radar indicated heavy rain. Between 2 and 3 inches of rain have fallen. Some locations that will experience flooding include West Palm Beach, Palm Beach, Lake Worth Beach, Riviera Beach and Greenacres.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMFL.FA.Y.0061.260619T0022Z-260619T0315Z/", references=[], extra={},
         geometry=poly((-80.180, 26.590), (-80.030, 26.590), (-80.030, 26.790), (-80.180, 26.790))),
]
