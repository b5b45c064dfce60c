"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the oaj part. Every alert is invented;
the office (NWS Newport/Morehead City, KMHX), county FIPS/SAME and county UGC codes are real; forecast-zone
numbers are given as best known and no label depends on them (labels use SAME codes and polygons only).
Every alert id starts with `oaj_` so that parts can be merged without collisions."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"oaj_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_MHX = urn("oaj-svr-richlands")
SVR_MHX_CAN = urn("oaj-svr-richlands-can")
TOR_MHX = urn("oaj-tornado-hubert")
CFY_MHX = urn("oaj-coastal-flood-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="SVRMHX", wmo="WUUS52",
         areaDesc="Onslow, NC", SAME=["037133"], UGC=["NCC133"],
         sent="2026-06-15T17:42:00-04:00", onset="2026-06-15T17:42:00-04:00", expires="2026-06-15T18:30:00-04:00",
         ends="2026-06-15T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 15 at 5:42PM EDT until June 15 at 6:30PM EDT by NWS Newport/Morehead City NC",
         description="SVRMHX\n\nThe National Weather Service in Newport has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Onslow County in eastern North Carolina...\n\n* Until 630 PM EDT.\n\n* At 541 PM EDT, a severe thunderstorm was located near Catherine Lake, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nRichlands, Catherine Lake and Haws Run.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMHX.SV.W.0118.260615T2142Z-260615T2230Z/", references=[],
         geometry=poly((-77.66, 34.82), (-77.50, 34.83), (-77.49, 34.93), (-77.66, 34.93)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_MHX_CAN, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="SVSMHX", wmo="WWUS52",
         areaDesc="Onslow, NC", SAME=["037133"], UGC=["NCC133"],
         sent="2026-06-15T18:08:00-04:00", onset="2026-06-15T18:08:00-04:00", expires="2026-06-15T18:30:00-04:00",
         ends="2026-06-15T18:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. However, gusty winds are still possible with this thunderstorm.",
         instruction=None,
         vtec="/O.CAN.KMHX.SV.W.0118.000000T0000Z-260615T2230Z/", references=[SVR_MHX],
         geometry=poly((-77.66, 34.82), (-77.50, 34.83), (-77.49, 34.93), (-77.66, 34.93))),
    dict(id=TOR_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="TORMHX", wmo="WFUS52",
         areaDesc="Onslow, NC", SAME=["037133"], UGC=["NCC133"],
         sent="2026-08-28T15:06:00-04:00", onset="2026-08-28T15:06:00-04:00", expires="2026-08-28T15:45:00-04:00",
         ends="2026-08-28T15:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued August 28 at 3:06PM EDT until August 28 at 3:45PM EDT by NWS Newport/Morehead City NC",
         description="TORMHX\n\nThe National Weather Service in Newport has issued a\n\n* Tornado Warning for...\nCentral Onslow County in eastern North Carolina...\n\n* Until 345 PM EDT.\n\n* At 305 PM EDT, a severe thunderstorm capable of producing a tornado was located over Midway Park, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nMidway Park, Piney Green, Hubert, Bear Creek and Queens Creek.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KMHX.TO.W.0031.260828T1906Z-260828T1945Z/", references=[],
         geometry=poly((-77.352, 34.765), (-77.30, 34.770), (-77.17, 34.715), (-77.17, 34.665), (-77.352, 34.700)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=CFY_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="CFWMHX", wmo="WHUS42",
         areaDesc="Onslow; Carteret", SAME=["037133", "037031"], UGC=["NCZ199", "NCZ196"],
         sent="2026-09-21T03:40:00-04:00", onset="2026-09-21T06:00:00-04:00", expires="2026-09-21T14:00:00-04:00",
         ends="2026-09-21T14:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued September 21 at 3:40AM EDT until September 21 at 2:00PM EDT by NWS Newport/Morehead City NC",
         description="* WHAT...Up to one half foot of inundation above ground level in low-lying areas near shorelines and tidal waterways.\n\n* WHERE...Onslow and Carteret Counties, including Sneads Ferry, Swansboro and the soundside of Emerald Isle.\n\n* WHEN...From 6 AM to 2 PM EDT Monday, around the times of high tide.\n\n* IMPACTS...Minor flooding of the lowest roads and docks along the New River, the White Oak River and Bogue Sound.",
         instruction="Do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KMHX.CF.Y.0014.260921T1000Z-260921T1800Z/", references=[], geometry=None),
]
