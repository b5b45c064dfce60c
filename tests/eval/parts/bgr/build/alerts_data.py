"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the bgr part. Every alert is invented;
the office (NWS Caribou ME, KCAR) and county SAME/UGC codes are real, forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only). Alert ids carry the prefix bgr_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bgr_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_CAR = urn("bgr-winter-storm-hancock-washington")
WWY_CAR = urn("bgr-wwy-penobscot-piscataquis")
SVR_CAR_PISC = urn("bgr-svr-piscataquis")
SVR_CAR_BGR = urn("bgr-svr-bangor-brewer")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_CAR, office="KCAR", senderName="NWS Caribou ME", awips="WSWCAR", wmo="WWUS41",
         areaDesc="Coastal Hancock; Interior Hancock; Coastal Washington; Central Washington",
         SAME=["023009", "023029"], UGC=["MEZ029", "MEZ016", "MEZ030", "MEZ017"],
         sent="2026-01-24T15:45:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:45PM EST until January 26 at 7:00AM EST by NWS Caribou ME",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 15 to 22 inches. Winds gusting as high as 50 mph along the coast.\n\n* WHERE...Hancock and Washington Counties, including Ellsworth, Bucksport, Bar Harbor, Machias and Calais.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Power outages are likely along the coast from heavy wet snow on trees and lines.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCAR.WS.W.0005.260125T0900Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WWY_CAR, office="KCAR", senderName="NWS Caribou ME", awips="WSWCAR", wmo="WWUS41",
         areaDesc="Southern Penobscot; Central Penobscot; Southern Piscataquis", SAME=["023019", "023021"],
         UGC=["MEZ015", "MEZ011", "MEZ031"],
         sent="2026-01-24T15:45:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T01:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 24 at 3:45PM EST until January 26 at 1:00AM EST by NWS Caribou ME",
         description="* WHAT...Snow expected. Total snow accumulations of 4 to 7 inches.\n\n* WHERE...Penobscot and southern Piscataquis Counties, including Bangor, Brewer, Orono, Old Town and Dover-Foxcroft.\n\n* WHEN...From 4 AM Sunday to 1 AM EST Monday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KCAR.WW.Y.0009.260125T0900Z-260126T0600Z/", references=[], geometry=None),
    dict(id=SVR_CAR_PISC, office="KCAR", senderName="NWS Caribou ME", awips="SVRCAR", wmo="WUUS51",
         areaDesc="Piscataquis, ME", SAME=["023021"], UGC=["MEC021"],
         sent="2026-07-14T17:05:00-04:00", onset="2026-07-14T17:05:00-04:00", expires="2026-07-14T17:45:00-04:00",
         ends="2026-07-14T17:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 5:05PM EDT until July 14 at 5:45PM EDT by NWS Caribou ME",
         description="SVRCAR\n\nThe National Weather Service in Caribou has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Piscataquis County in central Maine...\n\n* Until 545 PM EDT.\n\n* At 504 PM EDT, a severe thunderstorm was located near Guilford, moving east at 35 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, and trees.\n\n* Locations impacted include...\nDover-Foxcroft, Guilford, Sangerville and Sebec.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCAR.SV.W.0031.260714T2105Z-260714T2145Z/", references=[],
         geometry=poly((-69.42, 45.12), (-69.10, 45.12), (-69.10, 45.30), (-69.42, 45.30)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAR_BGR, office="KCAR", senderName="NWS Caribou ME", awips="SVRCAR", wmo="WUUS51",
         areaDesc="Penobscot, ME", SAME=["023019"], UGC=["MEC019"],
         sent="2026-07-14T18:48:00-04:00", onset="2026-07-14T18:48:00-04:00", expires="2026-07-14T19:30:00-04:00",
         ends="2026-07-14T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:48PM EDT until July 14 at 7:30PM EDT by NWS Caribou ME",
         description="SVRCAR\n\nThe National Weather Service in Caribou has issued a\n\n* Severe Thunderstorm Warning for...\nSouth central Penobscot County in central Maine...\n\n* Until 730 PM EDT.\n\n* At 647 PM EDT, a severe thunderstorm was located over Hermon, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings. Widespread power outages are possible.\n\n* Locations impacted include...\nBangor, Brewer, Hermon, Glenburn and Veazie.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCAR.SV.W.0032.260714T2248Z-260714T2330Z/", references=[],
         geometry=poly((-68.84, 44.77), (-68.72, 44.77), (-68.72, 44.86), (-68.84, 44.86)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
