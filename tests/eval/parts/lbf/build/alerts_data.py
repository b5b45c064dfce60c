"""Hand-written NWS alerts for part lbf (api.weather.gov /alerts/active GeoJSON), all from NWS North Platte (KLBF).
Every alert is invented; the office, county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only).

Alert ids start with `lbf_` as the brief asks: the feature's top-level `id` and `properties.id` are both
`lbf_urn:oid:...`; `properties.@id` is the api.weather.gov URL of that id."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lbf_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_LBF = urn("lbf-winter-storm-logan")
SVR_LBF = urn("lbf-svr-hail-northplatte")
SVS_LBF = urn("lbf-svr-hail-northplatte-svs")
TOR_LBF = urn("lbf-tornado-maxwell")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-101.07, 41.185), (-100.760, 41.172), (-100.760, 41.098), (-101.07, 41.118))
SVS_POLY = poly((-100.93, 41.180), (-100.760, 41.172), (-100.760, 41.098), (-100.93, 41.109))

ALERTS = [
    dict(id=WSW_LBF, office="KLBF", senderName="NWS North Platte NE", awips="WSWLBF", wmo="WWUS43",
         areaDesc="Logan; McPherson; Thomas; Blaine", SAME=["031113", "031117", "031171", "031009"],
         UGC=["NEZ037", "NEZ036", "NEZ026", "NEZ027"],
         sent="2026-01-21T14:02:00-06:00", onset="2026-01-22T00:00:00-06:00", expires="2026-01-22T06:00:00-06:00",
         ends="2026-01-23T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 21 at 2:02PM CST until January 23 at 6:00AM CST by NWS North Platte NE",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 8 to 14 inches. Winds gusting as high as 45 mph will cause widespread blowing and drifting snow.\n\n* WHERE...Logan, McPherson, Thomas and Blaine Counties, including Stapleton, Tryon, Thedford and Brewster.\n\n* WHEN...From midnight tonight to 6 AM CST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible. Calving livestock will need shelter. Highway 83 north of North Platte may close.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KLBF.WS.W.0004.260122T0600Z-260123T1200Z/", references=[], geometry=None),
    dict(id=SVR_LBF, office="KLBF", senderName="NWS North Platte NE", awips="SVRLBF", wmo="WUUS53",
         areaDesc="Lincoln, NE", SAME=["031111"], UGC=["NEC111"],
         sent="2026-06-18T18:41:00-05:00", onset="2026-06-18T18:41:00-05:00", expires="2026-06-18T19:30:00-05:00",
         ends="2026-06-18T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 6:41PM CDT until June 18 at 7:30PM CDT by NWS North Platte NE",
         description="SVRLBF\n\nThe National Weather Service in North Platte has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Lincoln County in west central Nebraska...\n\n* Until 730 PM CDT.\n\n* At 640 PM CDT, a severe thunderstorm was located near Hershey, moving east at 20 mph.\n\nHAZARD...Baseball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail at Hershey.\n\nIMPACT...People and animals outdoors will be severely injured. Expect extensive damage to roofs, windows, and vehicles.\n\n* Locations impacted include...\nNorth Platte, Hershey, Lake Maloney and North Platte Regional Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLBF.SV.W.0078.260618T2341Z-260619T0030Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVS_LBF, office="KLBF", senderName="NWS North Platte NE", awips="SVSLBF", wmo="WWUS53",
         areaDesc="Lincoln, NE", SAME=["031111"], UGC=["NEC111"],
         sent="2026-06-18T19:02:00-05:00", onset="2026-06-18T19:02:00-05:00", expires="2026-06-18T19:30:00-05:00",
         ends="2026-06-18T19:30:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 7:02PM CDT until June 18 at 7:30PM CDT by NWS North Platte NE",
         description="At 701 PM CDT, a severe thunderstorm was located over west North Platte, moving east at 20 mph.\n\nHAZARD...Baseball size hail and 70 mph wind gusts.\n\nSOURCE...Emergency management reported hail up to 2.75 inches near Mid-Plains Community College.\n\nIMPACT...People and animals outdoors will be severely injured. Expect extensive damage to roofs, windows, and vehicles.\n\nLocations impacted include...\nNorth Platte and Lake Maloney.\n\nThe warning for the area west of Lake Maloney has been cancelled.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.CON.KLBF.SV.W.0078.000000T0000Z-260619T0030Z/", references=[SVR_LBF], geometry=SVS_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=TOR_LBF, office="KLBF", senderName="NWS North Platte NE", awips="TORLBF", wmo="WFUS53",
         areaDesc="Lincoln, NE", SAME=["031111"], UGC=["NEC111"],
         sent="2026-06-18T19:48:00-05:00", onset="2026-06-18T19:48:00-05:00", expires="2026-06-18T20:15:00-05:00",
         ends="2026-06-18T20:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 18 at 7:48PM CDT until June 18 at 8:15PM CDT by NWS North Platte NE",
         description="TORLBF\n\nThe National Weather Service in North Platte has issued a\n\n* Tornado Warning for...\nEast central Lincoln County in west central Nebraska...\n\n* Until 815 PM CDT.\n\n* At 747 PM CDT, a severe thunderstorm capable of producing a tornado was located 4 miles southwest of Maxwell, moving east at 20 mph.\n\nHAZARD...Tornado and ping pong ball size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nMaxwell and Fort McPherson National Cemetery.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KLBF.TO.W.0019.260619T0048Z-260619T0115Z/", references=[],
         geometry=poly((-100.60, 41.045), (-100.45, 41.035), (-100.44, 41.105), (-100.59, 41.115)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.50"]}),
]
