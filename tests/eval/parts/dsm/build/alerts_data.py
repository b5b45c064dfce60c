"""Hand-written NWS alerts for the dsm part (api.weather.gov /alerts/active GeoJSON, office KDMX). Every alert is
invented; county SAME/UGC codes are real, forecast-zone numbers are given as best known (labels use only SAME
codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"dsm_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DMX = urn("dsm-winter-storm-warren")
WSW_DMX_EXA = urn("dsm-winter-storm-warren-exa-dallas")
TOR_DMX = urn("dsm-tornado-south-side")
TOR_DMX_CAN = urn("dsm-tornado-south-side-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-93.645, 41.520), (-93.590, 41.520), (-93.590, 41.565), (-93.645, 41.565))

ALERTS = [
    dict(id=WSW_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="WSWDMX", wmo="WWUS43",
         areaDesc="Madison; Warren; Clarke", SAME=["019121", "019181", "019039"],
         UGC=["IAZ074", "IAZ075", "IAZ084"],
         sent="2026-01-24T14:35:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:35PM CST until January 26 at 6:00AM CST by NWS Des Moines IA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 9 to 13 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Madison, Warren and Clarke Counties, including Winterset, Indianola, Norwalk and Osceola.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDMX.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WSW_DMX_EXA, office="KDMX", senderName="NWS Des Moines IA", awips="WSWDMX", wmo="WWUS43",
         areaDesc="Dallas; Madison; Warren; Clarke", SAME=["019049", "019121", "019181", "019039"],
         UGC=["IAZ060", "IAZ074", "IAZ075", "IAZ084"],
         sent="2026-01-25T03:50:00-06:00", onset="2026-01-25T03:50:00-06:00", expires="2026-01-25T10:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:50AM CST until January 26 at 6:00AM CST by NWS Des Moines IA",
         description="* WHAT...Heavy snow. Additional snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Dallas, Madison, Warren and Clarke Counties. The warning has been expanded to include Dallas County, including Waukee, Adel, Van Meter and western West Des Moines.\n\n* WHEN...Until 6 AM CST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads. If you must travel, let someone know your route.",
         vtec="/O.EXA.KDMX.WS.W.0003.000000T0000Z-260126T1200Z/", references=[WSW_DMX], geometry=None),
    dict(id=TOR_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="TORDMX", wmo="WFUS53",
         areaDesc="Polk, IA", SAME=["019153"], UGC=["IAC153"],
         sent="2026-05-27T17:12:00-05:00", onset="2026-05-27T17:12:00-05:00", expires="2026-05-27T17:45:00-05:00",
         ends="2026-05-27T17:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 27 at 5:12PM CDT until May 27 at 5:45PM CDT by NWS Des Moines IA",
         description="TORDMX\n\nThe National Weather Service in Des Moines has issued a\n\n* Tornado Warning for...\nSouth central Polk County in central Iowa...\n\n* Until 545 PM CDT.\n\n* At 511 PM CDT, a severe thunderstorm capable of producing a tornado was located near the Des Moines International Airport, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nSouth side of Des Moines, Fort Des Moines, Easter Lake and Southridge.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KDMX.TO.W.0031.260527T2212Z-260527T2245Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_DMX_CAN, office="KDMX", senderName="NWS Des Moines IA", awips="SVSDMX", wmo="WWUS53",
         areaDesc="Polk, IA", SAME=["019153"], UGC=["IAC153"],
         sent="2026-05-27T17:38:00-05:00", onset="2026-05-27T17:38:00-05:00", expires="2026-05-27T17:45:00-05:00",
         ends="2026-05-27T17:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornadic thunderstorm has weakened below severe limits and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KDMX.TO.W.0031.000000T0000Z-260527T2245Z/", references=[TOR_DMX],
         geometry=TOR_POLY),
]
