"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mci part. Every alert is invented; the
office (KEAX, Pleasant Hill MO), county SAME codes and UGC county codes are real; forecast-zone numbers are best
known and no label depends on them (labels use SAME codes and polygons only). Ids are prefixed mci_."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mci_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_EAX = aid("mci-winter-storm-northland")
SVR_EAX = aid("mci-svr-hail-overland-park")
TOR_EAX = aid("mci-tornado-independence")
HEAT_EAX = aid("mci-heat-advisory-metro")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KEAX", senderName="NWS Kansas City/Pleasant Hill MO", references=[])
ALERTS = [
    dict(COMMON, id=WSW_EAX, awips="WSWEAX", wmo="WWUS43",
         areaDesc="Platte, MO; Clay, MO", SAME=["029165", "029047"], UGC=["MOZ028", "MOZ029"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:05PM CST until January 26 at 6:00AM CST by NWS Kansas City/Pleasant Hill MO",
         description="* WHAT...Heavy snow and sleet. Total snow accumulations of 8 to 12 inches with up to a tenth of an inch of ice.\n\n* WHERE...Platte and Clay Counties, including Kansas City north of the river, Liberty, Gladstone and Parkville.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KEAX.WS.W.0003.260125T0600Z-260126T1200Z/", geometry=None),
    dict(COMMON, id=SVR_EAX, awips="SVREAX", wmo="WUUS53",
         areaDesc="Johnson, KS", SAME=["020091"], UGC=["KSC091"],
         sent="2026-05-06T20:42:00-05:00", onset="2026-05-06T20:42:00-05:00", expires="2026-05-06T21:30:00-05:00",
         ends="2026-05-06T21:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued May 6 at 8:42PM CDT until May 6 at 9:30PM CDT by NWS Kansas City/Pleasant Hill MO",
         description="At 842 PM CDT, a severe thunderstorm was located near Olathe, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include southern Overland Park, Olathe east of Interstate 35, and Leawood south of 135th Street.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KEAX.SV.W.0187.260507T0142Z-260507T0230Z/",
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["70 MPH"]},
         geometry=poly((-94.770, 38.935), (-94.640, 38.935), (-94.635, 38.835), (-94.775, 38.835))),
    dict(COMMON, id=TOR_EAX, awips="TOREAX", wmo="WFUS53",
         areaDesc="Jackson, MO", SAME=["029095"], UGC=["MOC095"],
         sent="2026-05-20T16:18:00-05:00", onset="2026-05-20T16:18:00-05:00", expires="2026-05-20T16:45:00-05:00",
         ends="2026-05-20T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 20 at 4:18PM CDT until May 20 at 4:45PM CDT by NWS Kansas City/Pleasant Hill MO",
         description="At 418 PM CDT, a confirmed tornado was located near Raytown, moving northeast at 25 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Weather spotters confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nThis tornado will be near eastern Independence around 430 PM CDT and Sugar Creek around 440 PM CDT.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KEAX.TO.W.0042.260520T2118Z-260520T2145Z/",
         extra={"tornadoDetection": ["OBSERVED"]},
         geometry=poly((-94.425, 39.035), (-94.345, 39.030), (-94.310, 39.130), (-94.380, 39.140))),
    dict(COMMON, id=HEAT_EAX, awips="NPWEAX", wmo="WWUS73",
         areaDesc="Jackson, MO; Johnson, KS; Wyandotte, KS; Clay, MO", SAME=["029095", "020091", "020209", "029047"],
         UGC=["MOZ030", "KSZ104", "KSZ103", "MOZ029"],
         sent="2026-07-14T12:40:00-05:00", onset="2026-07-15T12:00:00-05:00", expires="2026-07-15T04:00:00-05:00",
         ends="2026-07-16T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 14 at 12:40PM CDT until July 16 at 8:00PM CDT by NWS Kansas City/Pleasant Hill MO",
         description="* WHAT...Heat index values up to 108 expected.\n\n* WHERE...The Kansas City metro.\n\n* WHEN...From noon Wednesday to 8 PM CDT Thursday.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, and check up on relatives and neighbors.",
         vtec="/O.NEW.KEAX.HT.Y.0011.260715T1700Z-260717T0100Z/", geometry=None),
]
