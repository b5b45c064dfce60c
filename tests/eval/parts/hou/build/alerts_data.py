"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part hou. Every alert is invented; the
office (KHGX), county SAME/UGC codes are real; forecast-zone numbers as best known (labels use polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hou_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_HGX = urn("hou-tornado-pearland")
SVR_HGX = urn("hou-svr-baytown")
SVR_HGX_CAN = urn("hou-svr-baytown-can")
FFW_HGX = urn("hou-ffw-alief")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_HGX, office="KHGX", senderName="NWS Houston/Galveston TX", awips="TORHGX", wmo="WFUS54",
         areaDesc="Brazoria, TX; Harris, TX", SAME=["048039", "048201"], UGC=["TXC039", "TXC201"],
         sent="2026-04-12T16:08:00-05:00", onset="2026-04-12T16:08:00-05:00", expires="2026-04-12T16:45:00-05:00",
         ends="2026-04-12T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 12 at 4:08PM CDT until April 12 at 4:45PM CDT by NWS Houston/Galveston TX",
         description="TORHGX\n\nThe National Weather Service in League City has issued a\n\n* Tornado Warning for...\nNortheastern Brazoria County in southeastern Texas...\nSouthern Harris County in southeastern Texas...\n\n* Until 445 PM CDT.\n\n* At 407 PM CDT, a severe thunderstorm capable of producing a tornado was located near Manvel, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nPearland, Shadow Creek Ranch, Silverlake and Brookside Village.",
         instruction="TAKE COVER NOW! Move to an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KHGX.TO.W.0014.260412T2108Z-260412T2145Z/", references=[],
         geometry=poly((-95.40, 29.50), (-95.25, 29.50), (-95.25, 29.60), (-95.40, 29.60)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_HGX, office="KHGX", senderName="NWS Houston/Galveston TX", awips="SVRHGX", wmo="WUUS54",
         areaDesc="Harris, TX; Chambers, TX", SAME=["048201", "048071"], UGC=["TXC201", "TXC071"],
         sent="2026-05-20T01:12:00-05:00", onset="2026-05-20T01:12:00-05:00", expires="2026-05-20T02:00:00-05:00",
         ends="2026-05-20T02:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 20 at 1:12AM CDT until May 20 at 2:00AM CDT by NWS Houston/Galveston TX",
         description="SVRHGX\n\nThe National Weather Service in League City has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Harris County in southeastern Texas...\nWestern Chambers County in southeastern Texas...\n\n* Until 200 AM CDT.\n\n* At 111 AM CDT, a line of severe thunderstorms was located from Highlands to La Porte, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nBaytown, Mont Belvieu and Cove.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KHGX.SV.W.0121.260520T0612Z-260520T0700Z/", references=[],
         geometry=poly((-95.03, 29.70), (-94.85, 29.70), (-94.85, 29.85), (-95.03, 29.85)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_HGX_CAN, office="KHGX", senderName="NWS Houston/Galveston TX", awips="SVSHGX", wmo="WWUS54",
         areaDesc="Harris, TX; Chambers, TX", SAME=["048201", "048071"], UGC=["TXC201", "TXC071"],
         sent="2026-05-20T01:48:00-05:00", onset="2026-05-20T01:48:00-05:00", expires="2026-05-20T02:00:00-05:00",
         ends="2026-05-20T02:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KHGX.SV.W.0121.000000T0000Z-260520T0700Z/", references=[SVR_HGX],
         geometry=poly((-95.03, 29.70), (-94.85, 29.70), (-94.85, 29.85), (-95.03, 29.85))),
    dict(id=FFW_HGX, office="KHGX", senderName="NWS Houston/Galveston TX", awips="FFWHGX", wmo="WGUS54",
         areaDesc="Harris, TX; Fort Bend, TX", SAME=["048201", "048157"], UGC=["TXC201", "TXC157"],
         sent="2026-08-24T14:35:00-05:00", onset="2026-08-24T14:35:00-05:00", expires="2026-08-24T18:30:00-05:00",
         ends="2026-08-24T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 24 at 2:35PM CDT until August 24 at 6:30PM CDT by NWS Houston/Galveston TX",
         description="FFWHGX\n\nThe National Weather Service in League City has issued a\n\n* Flash Flood Warning for...\nSouthwestern Harris County in southeastern Texas...\nNortheastern Fort Bend County in southeastern Texas...\n\n* Until 630 PM CDT.\n\n* At 233 PM CDT, Doppler radar indicated thunderstorms producing heavy rain over Alief and Mission Bend. Between 4 and 6 inches of rain have fallen. Brays Bayou and Keegans Bayou are rising quickly.\n\nHAZARD...Life threatening flash flooding.\n\nSOURCE...Radar indicated and gauges.\n\n* Some locations that will experience flash flooding include...\nAlief, Sharpstown, Mission Bend and Four Corners.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KHGX.FF.W.0037.260824T1935Z-260824T2330Z/", references=[],
         geometry=poly((-95.66, 29.66), (-95.50, 29.66), (-95.50, 29.76), (-95.66, 29.76)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
