"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the tcl part. Every alert is invented;
the office (NWS Birmingham, KBMX), county SAME/UGC codes are real; forecast-zone numbers are as best known and
no label depends on them (labels use polygons and SAME codes only). Ids carry the part's `tcl_` prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tcl_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_BMX = urn("tcl-tornado-alberta")
TOR_BMX_CON = urn("tcl-tornado-alberta-con")
FFW_BMX = urn("tcl-ffw-downtown-northport")
HEAT_BMX = urn("tcl-heat-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_BMX, office="KBMX", senderName="NWS Birmingham AL", awips="TORBMX", wmo="WFUS54",
         areaDesc="Tuscaloosa, AL", SAME=["001125"], UGC=["ALC125"],
         sent="2026-03-24T21:38:00-05:00", onset="2026-03-24T21:38:00-05:00", expires="2026-03-24T22:15:00-05:00",
         ends="2026-03-24T22:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 24 at 9:38PM CDT until March 24 at 10:15PM CDT by NWS Birmingham AL",
         description="TORBMX\n\nThe National Weather Service in Birmingham has issued a\n\n* Tornado Warning for...\nCentral Tuscaloosa County in west central Alabama...\n\n* Until 1015 PM CDT.\n\n* At 937 PM CDT, a severe thunderstorm capable of producing a tornado was located near Hargrove Road and Interstate 359, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nEast Tuscaloosa, Alberta, Forest Lake and Holt.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter and protect yourself from flying debris.",
         vtec="/O.NEW.KBMX.TO.W.0031.260325T0238Z-260325T0315Z/", references=[],
         geometry=poly((-87.550, 33.150), (-87.525, 33.135), (-87.455, 33.190), (-87.475, 33.210)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_BMX_CON, office="KBMX", senderName="NWS Birmingham AL", awips="SVSBMX", wmo="WWUS54",
         areaDesc="Tuscaloosa, AL", SAME=["001125"], UGC=["ALC125"],
         sent="2026-03-24T21:55:00-05:00", onset="2026-03-24T21:55:00-05:00", expires="2026-03-24T22:15:00-05:00",
         ends="2026-03-24T22:15:00-05:00", status="Actual", messageType="Update", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 24 at 9:55PM CDT until March 24 at 10:15PM CDT by NWS Birmingham AL",
         description="At 954 PM CDT, a severe thunderstorm capable of producing a tornado was located over Holt, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation. A tornado was reported by the public near Alberta.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include...\nHolt, Cottondale and Peterson.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.CON.KBMX.TO.W.0031.000000T0000Z-260325T0315Z/", references=[TOR_BMX],
         geometry=poly((-87.490, 33.165), (-87.360, 33.165), (-87.360, 33.195), (-87.490, 33.205)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=FFW_BMX, office="KBMX", senderName="NWS Birmingham AL", awips="FFWBMX", wmo="WGUS54",
         areaDesc="Tuscaloosa, AL", SAME=["001125"], UGC=["ALC125"],
         sent="2026-06-17T14:12:00-05:00", onset="2026-06-17T14:12:00-05:00", expires="2026-06-17T17:15:00-05:00",
         ends="2026-06-17T17:15:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 17 at 2:12PM CDT until June 17 at 5:15PM CDT by NWS Birmingham AL",
         description="FFWBMX\n\nThe National Weather Service in Birmingham has issued a\n\n* Flash Flood Warning for...\nCentral Tuscaloosa County in west central Alabama...\n\n* Until 515 PM CDT.\n\n* At 211 PM CDT, Doppler radar indicated thunderstorms producing heavy rain over downtown Tuscaloosa and Northport. Between 2 and 4 inches of rain have fallen. Additional amounts of 1 to 2 inches are possible in the warned area. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nDowntown Tuscaloosa, Northport, the University of Alabama campus and Lurleen Wingo Boulevard.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KBMX.FF.W.0044.260617T1912Z-260617T2215Z/", references=[],
         geometry=poly((-87.615, 33.185), (-87.545, 33.180), (-87.538, 33.215), (-87.610, 33.242)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=HEAT_BMX, office="KBMX", senderName="NWS Birmingham AL", awips="NPWBMX", wmo="WWUS74",
         areaDesc="Tuscaloosa; Hale; Greene; Pickens; Bibb", SAME=["001125", "001065", "001063", "001107", "001007"],
         UGC=["ALZ023", "ALZ033", "ALZ031", "ALZ022", "ALZ034"],
         sent="2026-07-27T03:40:00-05:00", onset="2026-07-27T11:00:00-05:00", expires="2026-07-27T19:00:00-05:00",
         ends="2026-07-27T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 27 at 3:40AM CDT until July 27 at 7:00PM CDT by NWS Birmingham AL",
         description="* WHAT...Heat index values up to 110 expected.\n\n* WHERE...Tuscaloosa, Hale, Greene, Pickens and Bibb Counties.\n\n* WHEN...From 11 AM to 7 PM CDT Monday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KBMX.HT.Y.0012.260727T1600Z-260728T0000Z/", references=[], geometry=None),
]
