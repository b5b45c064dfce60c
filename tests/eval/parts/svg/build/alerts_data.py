"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the svg part. Every alert is invented; the
office (NWS Charleston SC, which serves coastal Georgia and the South Carolina Lowcountry), SAME and county UGC
codes are real; forecast-zone numbers are given as best known and no label depends on them (labels use SAME codes
and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.svg{h[:32]}.001.1"


SVR_POOLER = urn("svg-svr-pooler-garden-city")
SVR_POOLER_CAN = urn("svg-svr-pooler-garden-city-can")
TOR_BLUFFTON = urn("svg-tor-bluffton")
CFY_CHATHAM = urn("svg-coastal-flood-advisory-chatham-bryan")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_POOLER, office="KCHS", senderName="NWS Charleston SC", awips="SVRCHS", wmo="WUUS52",
         areaDesc="Chatham, GA; Effingham, GA", SAME=["013051", "013103"], UGC=["GAC051", "GAC103"],
         sent="2026-06-16T17:04:00-04:00", onset="2026-06-16T17:04:00-04:00", expires="2026-06-16T18:00:00-04:00",
         ends="2026-06-16T18:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 16 at 5:04PM EDT until June 16 at 6:00PM EDT by NWS Charleston SC",
         description="SVRCHS\n\nThe National Weather Service in Charleston has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Effingham County in southeastern Georgia...\nNorthwestern Chatham County in southeastern Georgia...\n\n* Until 600 PM EDT.\n\n* At 503 PM EDT, a severe thunderstorm was located near Bloomingdale, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated. Trees reported down on Pooler Parkway.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nPooler, Bloomingdale, Garden City, Port Wentworth and Savannah/Hilton Head International Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCHS.SV.W.0112.260616T2104Z-260616T2200Z/", references=[],
         geometry=poly((-81.33, 32.07), (-81.14, 32.07), (-81.14, 32.19), (-81.33, 32.19)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_POOLER_CAN, office="KCHS", senderName="NWS Charleston SC", awips="SVSCHS", wmo="WWUS52",
         areaDesc="Chatham, GA; Effingham, GA", SAME=["013051", "013103"], UGC=["GAC051", "GAC103"],
         sent="2026-06-16T17:41:00-04:00", onset="2026-06-16T17:41:00-04:00", expires="2026-06-16T18:00:00-04:00",
         ends="2026-06-16T18:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been allowed to expire. However, gusty winds and heavy rain are still possible with this thunderstorm.",
         instruction=None,
         vtec="/O.CAN.KCHS.SV.W.0112.000000T0000Z-260616T2200Z/", references=[SVR_POOLER],
         geometry=poly((-81.33, 32.07), (-81.14, 32.07), (-81.14, 32.19), (-81.33, 32.19)),
         extra={}),
    dict(id=TOR_BLUFFTON, office="KCHS", senderName="NWS Charleston SC", awips="TORCHS", wmo="WFUS52",
         areaDesc="Beaufort, SC; Jasper, SC", SAME=["045013", "045053"], UGC=["SCC013", "SCC053"],
         sent="2026-08-21T14:12:00-04:00", onset="2026-08-21T14:12:00-04:00", expires="2026-08-21T14:45:00-04:00",
         ends="2026-08-21T14:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued August 21 at 2:12PM EDT until August 21 at 2:45PM EDT by NWS Charleston SC",
         description="TORCHS\n\nThe National Weather Service in Charleston has issued a\n\n* Tornado Warning for...\nSoutheastern Jasper County in southeastern South Carolina...\nSouthwestern Beaufort County in southeastern South Carolina...\n\n* Until 245 PM EDT.\n\n* At 211 PM EDT, a severe thunderstorm capable of producing a tornado was located near Hardeeville, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation in a tropical rain band.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nBluffton, Old Town Bluffton, Sun City Hilton Head and Okatie.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KCHS.TO.W.0021.260821T1812Z-260821T1845Z/", references=[],
         geometry=poly((-80.97, 32.20), (-80.82, 32.20), (-80.82, 32.31), (-80.97, 32.31)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.00"]}),
    dict(id=CFY_CHATHAM, office="KCHS", senderName="NWS Charleston SC", awips="CFWCHS", wmo="WHUS42",
         areaDesc="Coastal Chatham; Coastal Bryan", SAME=["013051", "013029"], UGC=["GAZ119", "GAZ117"],
         sent="2026-09-18T15:30:00-04:00", onset="2026-09-19T07:00:00-04:00", expires="2026-09-19T04:00:00-04:00",
         ends="2026-09-19T11:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Avoid",
         headline="Coastal Flood Advisory issued September 18 at 3:30PM EDT until September 19 at 11:00AM EDT by NWS Charleston SC",
         description="* WHAT...Minor coastal flooding expected with the morning high tide. Tide at Fort Pulaski is forecast to peak near 10.0 feet MLLW at 8:42 AM Saturday.\n\n* WHERE...Coastal Chatham and Coastal Bryan Counties, including Tybee Island, Wilmington Island and Richmond Hill.\n\n* WHEN...From 7 AM to 11 AM EDT Saturday.\n\n* IMPACTS...Up to one foot of salt water on vulnerable roads, including US 80 near Lazaretto Creek and low spots on Tybee Island.",
         instruction="Do not drive through flooded roadways. Salt water can damage vehicles.",
         vtec="/O.NEW.KCHS.CF.Y.0031.260919T1100Z-260919T1500Z/", references=[], geometry=None),
]
