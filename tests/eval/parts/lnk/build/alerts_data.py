"""Hand-written NWS alerts for the lnk part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Omaha/Valley, KOAX), county SAME/UGC codes are real; forecast-zone numbers as best known (no label
depends on them). Every alert id carries the prefix lnk_ (feature id == properties.id)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lnk_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_OAX = urn("lnk-winter-storm-seward-saline")
SVR_OAX = urn("lnk-svr-hail-malcolm-waverly")
HEAT_OAX = urn("lnk-heat-advisory-lancaster")
TOR_OAX = urn("lnk-tornado-gage-rural")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="WSWOAX", wmo="WWUS43",
         areaDesc="Seward; Saline", SAME=["031159", "031151"], UGC=["NEZ065", "NEZ078"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:05PM CST until January 26 at 6:00AM CST by NWS Omaha/Valley NE",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 8 to 13 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Seward and Saline Counties, including the cities of Seward, Milford, Crete, Friend and Wilber.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 80 and U.S. Highway 77.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KOAX.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=SVR_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="SVROAX", wmo="WUUS53",
         areaDesc="Lancaster, NE", SAME=["031109"], UGC=["NEC109"],
         sent="2026-06-18T21:04:00-05:00", onset="2026-06-18T21:04:00-05:00", expires="2026-06-18T21:45:00-05:00",
         ends="2026-06-18T21:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 9:04PM CDT until June 18 at 9:45PM CDT by NWS Omaha/Valley NE",
         description="SVROAX\n\nThe National Weather Service in Omaha has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Lancaster County in southeastern Nebraska...\n\n* Until 945 PM CDT.\n\n* At 903 PM CDT, a severe thunderstorm was located near Malcolm, moving east at 35 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail at Malcolm.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nNorthern Lincoln, Malcolm, Raymond, Davey, Waverly and Arbor Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOAX.SV.W.0214.260619T0204Z-260619T0245Z/", references=[],
         geometry=poly((-96.900, 40.838), (-96.490, 40.838), (-96.490, 40.970), (-96.900, 40.970)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=HEAT_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="NPWOAX", wmo="WWUS73",
         areaDesc="Lancaster; Saline; Seward", SAME=["031109", "031151", "031159"], UGC=["NEZ066", "NEZ078", "NEZ065"],
         sent="2026-07-22T03:40:00-05:00", onset="2026-07-22T12:00:00-05:00", expires="2026-07-22T16:00:00-05:00",
         ends="2026-07-23T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 22 at 3:40AM CDT until July 23 at 8:00PM CDT by NWS Omaha/Valley NE",
         description="* WHAT...Heat index values up to 108 expected.\n\n* WHERE...Lancaster, Saline and Seward Counties, including Lincoln, Crete and Seward.\n\n* WHEN...From noon today to 8 PM CDT Thursday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KOAX.HT.Y.0007.260722T1700Z-260724T0100Z/", references=[], geometry=None),
    dict(id=TOR_OAX, office="KOAX", senderName="NWS Omaha/Valley NE", awips="TOROAX", wmo="WFUS53",
         areaDesc="Gage, NE", SAME=["031067"], UGC=["NEC067"],
         sent="2026-05-07T17:32:00-05:00", onset="2026-05-07T17:32:00-05:00", expires="2026-05-07T18:00:00-05:00",
         ends="2026-05-07T18:00:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 7 at 5:32PM CDT until May 7 at 6:00PM CDT by NWS Omaha/Valley NE",
         description="TOROAX\n\nThe National Weather Service in Omaha has issued a\n\n* Tornado Warning for...\nWestern Gage County in southeastern Nebraska...\n\n* Until 600 PM CDT.\n\n* At 531 PM CDT, a severe thunderstorm capable of producing a tornado was located near Clatonia, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nClatonia, Pickrell and Hoag.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KOAX.TO.W.0019.260507T2232Z-260507T2300Z/", references=[],
         geometry=poly((-96.960, 40.300), (-96.800, 40.300), (-96.800, 40.460), (-96.960, 40.460)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
]
