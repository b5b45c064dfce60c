"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part chs. Every alert is invented; the
office (KCHS, NWS Charleston SC), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME county codes and polygons only). Ids are `chs_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"chs_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_SUM = urn("chs-tornado-summerville")
TOR_SUM_CAN = urn("chs-tornado-summerville-can")
TRW_BERK = urn("chs-tropical-storm-berkeley")
FFW_PEN = urn("chs-ffw-peninsula-james-island")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-80.225, 32.945), (-80.225, 33.055), (-80.140, 33.060), (-80.135, 32.950))
FFW_POLY = poly((-79.968, 32.700), (-79.968, 32.812), (-79.915, 32.812), (-79.895, 32.760), (-79.895, 32.700))

ALERTS = [
    dict(id=TOR_SUM, office="KCHS", senderName="NWS Charleston SC", awips="TORCHS", wmo="WFUS52",
         areaDesc="Dorchester, SC", SAME=["045035"], UGC=["SCC035"],
         sent="2026-04-09T16:52:00-04:00", onset="2026-04-09T16:52:00-04:00", expires="2026-04-09T17:30:00-04:00",
         ends="2026-04-09T17:30:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 9 at 4:52PM EDT until April 9 at 5:30PM EDT by NWS Charleston SC",
         description="The National Weather Service in Charleston has issued a\n\n* Tornado Warning for...\nEast central Dorchester County in southeast South Carolina...\n\n* Until 530 PM EDT.\n\n* At 451 PM EDT, a severe thunderstorm capable of producing a tornado was located near Knightsville, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nSummerville, Knightsville, Oakbrook and Jedburg.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KCHS.TO.W.0011.260409T2052Z-260409T2130Z/", references=[], geometry=TOR_POLY),
    dict(id=TOR_SUM_CAN, office="KCHS", senderName="NWS Charleston SC", awips="SVSCHS", wmo="WWUS52",
         areaDesc="Dorchester, SC", SAME=["045035"], UGC=["SCC035"],
         sent="2026-04-09T17:14:00-04:00", onset="2026-04-09T17:14:00-04:00", expires="2026-04-09T17:30:00-04:00",
         ends="2026-04-09T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KCHS.TO.W.0011.000000T0000Z-260409T2130Z/", references=[TOR_SUM], geometry=TOR_POLY),
    dict(id=TRW_BERK, office="KCHS", senderName="NWS Charleston SC", awips="TCVCHS", wmo="WTUS82",
         areaDesc="Inland Berkeley", SAME=["045015"], UGC=["SCZ045"],
         sent="2026-08-30T11:05:00-04:00", onset="2026-08-30T11:05:00-04:00", expires="2026-08-30T19:15:00-04:00",
         ends="2026-08-31T20:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued August 30 at 11:05AM EDT by NWS Charleston SC",
         description="* LOCATIONS AFFECTED\n- Moncks Corner\n- Goose Creek\n- Pinopolis\n\n* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds, peak wind 45-55 mph with gusts to 70 mph\n\n* FLOODING RAIN\n- Peak rainfall amounts: 6-10 inches, locally higher\n\n* TORNADO\n- Potential impacts: Limited",
         instruction="Prepare for dangerous wind and flooding rain. Secure loose outdoor objects and review your evacuation plan.",
         vtec="/O.NEW.KCHS.TR.W.1005.260830T1505Z-000000T0000Z/", references=[], geometry=None),
    dict(id=FFW_PEN, office="KCHS", senderName="NWS Charleston SC", awips="FFWCHS", wmo="WGUS52",
         areaDesc="Charleston, SC", SAME=["045019"], UGC=["SCC019"],
         sent="2026-09-26T13:40:00-04:00", onset="2026-09-26T13:40:00-04:00", expires="2026-09-26T17:45:00-04:00",
         ends="2026-09-26T17:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued September 26 at 1:40PM EDT until September 26 at 5:45PM EDT by NWS Charleston SC",
         description="The National Weather Service in Charleston has issued a\n\n* Flash Flood Warning for...\nSouth central Charleston County in southeast South Carolina...\n\n* Until 545 PM EDT.\n\n* At 138 PM EDT, Doppler radar indicated thunderstorms producing heavy rain over downtown Charleston and James Island, coinciding with a 7.6 foot high tide. Between 2 and 4 inches of rain have fallen.\n\n* Some locations that will experience flash flooding include...\nDowntown Charleston, the Medical District, The Battery, James Island and Fort Johnson.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KCHS.FF.W.0019.260926T1740Z-260926T2145Z/", references=[], geometry=FFW_POLY),
]
