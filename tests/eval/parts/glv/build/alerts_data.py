"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part glv. Alerts invented; office (KALY),
county SAME/UGC codes real (Fulton 036035, Herkimer 036043, Saratoga 036091); forecast-zone numbers best known."""

import hashlib


def urn(label: str) -> str:
    return f"glv_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"  # alert ids start with glv_


WWY_ALY = urn("glv-wwy-fulton")
SVR_ALY = urn("glv-svr-gloversville")
SVR_ALY_CAN = urn("glv-svr-gloversville-can")
FFW_ALY = urn("glv-ffw-sacandaga")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_ALY, office="KALY", senderName="NWS Albany NY", awips="WSWALY", wmo="WWUS41",
         areaDesc="Northern Fulton; Southern Fulton; Southern Herkimer", SAME=["036035", "036043"],
         UGC=["NYZ033", "NYZ039", "NYZ038"],
         sent="2026-01-21T15:30:00-05:00", onset="2026-01-22T01:00:00-05:00", expires="2026-01-22T04:00:00-05:00",
         ends="2026-01-22T13:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 21 at 3:30PM EST until January 22 at 1:00PM EST by NWS Albany NY",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...Fulton and southern Herkimer Counties, including Gloversville, Johnstown, Broadalbin and Northville.\n\n* WHEN...From 1 AM to 1 PM EST Thursday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KALY.WW.Y.0011.260122T0600Z-260122T1800Z/", references=[], geometry=None),
    dict(id=SVR_ALY, office="KALY", senderName="NWS Albany NY", awips="SVRALY", wmo="WUUS51",
         areaDesc="Fulton, NY", SAME=["036035"], UGC=["NYC035"],
         sent="2026-07-01T15:12:00-04:00", onset="2026-07-01T15:12:00-04:00", expires="2026-07-01T16:00:00-04:00",
         ends="2026-07-01T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 1 at 3:12PM EDT until July 1 at 4:00PM EDT by NWS Albany NY",
         description="SVRALY\n\nThe National Weather Service in Albany has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Fulton County in east central New York...\n\n* Until 400 PM EDT.\n\n* At 311 PM EDT, severe thunderstorms were located along a line from near Rockwood to Sammonsville, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nGloversville, Johnstown, Meco and Kingsboro.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KALY.SV.W.0093.260701T1912Z-260701T2000Z/", references=[],
         geometry=poly((-74.43, 42.975), (-74.29, 42.975), (-74.29, 43.085), (-74.43, 43.085)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_ALY_CAN, office="KALY", senderName="NWS Albany NY", awips="SVSALY", wmo="WWUS51",
         areaDesc="Fulton, NY", SAME=["036035"], UGC=["NYC035"],
         sent="2026-07-01T15:41:00-04:00", onset="2026-07-01T15:41:00-04:00", expires="2026-07-01T16:00:00-04:00",
         ends="2026-07-01T16:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been allowed to expire. A Severe Thunderstorm Watch remains in effect until 900 PM EDT for east central New York.",
         instruction=None,
         vtec="/O.CAN.KALY.SV.W.0093.000000T0000Z-260701T2000Z/", references=[SVR_ALY],
         geometry=poly((-74.43, 42.975), (-74.29, 42.975), (-74.29, 43.085), (-74.43, 43.085))),
    dict(id=FFW_ALY, office="KALY", senderName="NWS Albany NY", awips="FFWALY", wmo="WGUS51",
         areaDesc="Fulton, NY; Saratoga, NY", SAME=["036035", "036091"], UGC=["NYC035", "NYC091"],
         sent="2026-08-19T21:05:00-04:00", onset="2026-08-19T21:05:00-04:00", expires="2026-08-20T03:00:00-04:00",
         ends="2026-08-20T03:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 19 at 9:05PM EDT until August 20 at 3:00AM EDT by NWS Albany NY",
         description="FFWALY\n\nThe National Weather Service in Albany has issued a\n\n* Flash Flood Warning for...\nSoutheastern Fulton County in east central New York...\nWestern Saratoga County in east central New York...\n\n* Until 300 AM EDT.\n\n* At 903 PM EDT, Doppler radar indicated thunderstorms producing heavy rain. Between 2 and 4 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nBroadalbin, Vail Mills, Perth, Galway and Mills Corners.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KALY.FF.W.0021.260820T0105Z-260820T0700Z/", references=[],
         geometry=poly((-74.225, 43.035), (-74.10, 43.035), (-74.10, 43.11), (-74.225, 43.11)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
]
