"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part tys, NWS Morristown (KMRX). Alerts
invented; office, SAME county codes and UGC county codes real (forecast-zone numbers as best known; labels use only
SAME codes and polygons). Ids are prefixed tys_ as the brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tys_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("tys-winter-storm-sevier")
SVR = urn("tys-svr-maryville")
FFW = urn("tys-ffw-north-knoxville")
WIND = urn("tys-wind-advisory-knox-blount")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KMRX", senderName="NWS Morristown TN", awips="WSWMRX", wmo="WWUS44",
         areaDesc="Sevier Smoky Mountains; North Sevier; Southeast Sevier", SAME=["047155"],
         UGC=["TNZ074", "TNZ073", "TNZ102"],
         sent="2026-01-23T15:45:00-05:00", onset="2026-01-24T04:00:00-05:00", expires="2026-01-24T04:00:00-05:00",
         ends="2026-01-25T12:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:45PM EST until January 25 at 12:00PM EST by NWS Morristown TN",
         description="* WHAT...Heavy snow and ice expected. Total snow accumulations of 4 to 8 inches, up to 14 inches above 3500 feet, and ice accumulations of one to two tenths of an inch.\n\n* WHERE...Sevier County, including Sevierville, Pigeon Forge, Gatlinburg and Seymour.\n\n* WHEN...From 4 AM Saturday to noon EST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Power outages and tree damage are likely due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMRX.WS.W.0003.260124T0900Z-260125T1700Z/", references=[], geometry=None),
    dict(id=WIND, office="KMRX", senderName="NWS Morristown TN", awips="NPWMRX", wmo="WWUS74",
         areaDesc="Knox; Blount", SAME=["047093", "047009"], UGC=["TNC093", "TNC009"],
         sent="2026-03-05T04:10:00-05:00", onset="2026-03-05T10:00:00-05:00", expires="2026-03-05T19:00:00-05:00",
         ends="2026-03-05T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 5 at 4:10AM EST until March 5 at 7:00PM EST by NWS Morristown TN",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Knox and Blount Counties.\n\n* WHEN...From 10 AM to 7 PM EST Thursday.\n\n* IMPACTS...Gusty winds could blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KMRX.WI.Y.0007.260305T1500Z-260306T0000Z/", references=[], geometry=None),
    dict(id=SVR, office="KMRX", senderName="NWS Morristown TN", awips="SVRMRX", wmo="WUUS54",
         areaDesc="Blount, TN", SAME=["047009"], UGC=["TNC009"],
         sent="2026-04-09T17:42:00-04:00", onset="2026-04-09T17:42:00-04:00", expires="2026-04-09T18:30:00-04:00",
         ends="2026-04-09T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued April 9 at 5:42PM EDT until April 9 at 6:30PM EDT by NWS Morristown TN",
         description="At 541 PM EDT, a severe thunderstorm was located near Friendsville, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include central and south Maryville, Eagleton Village and Rockford.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMRX.SV.W.0041.260409T2142Z-260409T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-84.12, 35.61), (-84.11, 35.73), (-83.99, 35.735), (-83.93, 35.70), (-83.94, 35.60), (-84.05, 35.595))),
    dict(id=FFW, office="KMRX", senderName="NWS Morristown TN", awips="FFWMRX", wmo="WGUS54",
         areaDesc="Knox, TN", SAME=["047093"], UGC=["TNC093"],
         sent="2026-04-16T01:05:00-04:00", onset="2026-04-16T01:05:00-04:00", expires="2026-04-16T04:00:00-04:00",
         ends="2026-04-16T04:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 16 at 1:05AM EDT until April 16 at 4:00AM EDT by NWS Morristown TN",
         description="At 104 AM EDT, Doppler radar indicated thunderstorms producing heavy rain across North Knoxville. Between 2 and 3 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\nSome locations that will experience flash flooding include Fountain City, Inskip, Whittle Springs and First Creek along Broadway.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMRX.FF.W.0012.260416T0505Z-260416T0800Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-83.965, 35.975), (-83.96, 36.075), (-83.885, 36.08), (-83.875, 35.99), (-83.90, 35.970))),
]
