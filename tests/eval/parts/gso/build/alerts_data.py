"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Raleigh (KRAH). Every alert is
invented; the office, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME
codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gso_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_RAH = urn("gso-winter-storm-davidson-randolph")
WSW_RAH_EXA = urn("gso-winter-storm-davidson-randolph-exa")
TOR_RAH = urn("gso-tornado-east-greensboro")
HEAT_RAH = urn("gso-heat-advisory-triad")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_RAH, office="KRAH", senderName="NWS Raleigh NC", awips="WSWRAH", wmo="WWUS42",
         areaDesc="Davidson; Randolph", SAME=["037057", "037151"], UGC=["NCZ038", "NCZ039"],
         sent="2026-01-23T15:40:00-05:00", onset="2026-01-24T19:00:00-05:00", expires="2026-01-24T04:00:00-05:00",
         ends="2026-01-25T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:40PM EST until January 25 at 1:00PM EST by NWS Raleigh NC",
         description="* WHAT...Heavy mixed precipitation expected. Total snow and sleet accumulations of 3 to 6 inches and ice accumulations of around one quarter of an inch.\n\n* WHERE...Davidson and Randolph Counties, including Lexington, Thomasville and Asheboro.\n\n* WHEN...From 7 PM Saturday to 1 PM EST Sunday.\n\n* IMPACTS...Travel could be very difficult. Power outages and tree damage are likely due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KRAH.WS.W.0002.260125T0000Z-260125T1800Z/", references=[], geometry=None),
    dict(id=WSW_RAH_EXA, office="KRAH", senderName="NWS Raleigh NC", awips="WSWRAH", wmo="WWUS42",
         areaDesc="Davidson; Randolph; Alamance", SAME=["037057", "037151", "037001"],
         UGC=["NCZ038", "NCZ039", "NCZ023"],
         sent="2026-01-24T04:10:00-05:00", onset="2026-01-24T19:00:00-05:00", expires="2026-01-24T16:00:00-05:00",
         ends="2026-01-25T13:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 4:10AM EST until January 25 at 1:00PM EST by NWS Raleigh NC",
         description="* WHAT...Heavy mixed precipitation expected. Total snow and sleet accumulations of 3 to 6 inches and ice accumulations of one quarter to one third of an inch.\n\n* WHERE...Davidson, Randolph and Alamance Counties. The warning has been expanded to include Alamance County, including Burlington, Graham and Mebane.\n\n* WHEN...From 7 PM this evening to 1 PM EST Sunday.\n\n* IMPACTS...Travel will be very difficult. Power outages and tree damage are likely due to the ice.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KRAH.WS.W.0002.000000T0000Z-260125T1800Z/", references=[WSW_RAH], geometry=None),
    dict(id=HEAT_RAH, office="KRAH", senderName="NWS Raleigh NC", awips="NPWRAH", wmo="WWUS72",
         areaDesc="Forsyth; Guilford; Alamance; Davidson; Randolph", SAME=["037067", "037081", "037001", "037057", "037151"],
         UGC=["NCZ007", "NCZ008", "NCZ023", "NCZ038", "NCZ039"],
         sent="2026-07-21T03:30:00-04:00", onset="2026-07-21T12:00:00-04:00", expires="2026-07-21T20:00:00-04:00",
         ends="2026-07-21T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 21 at 3:30AM EDT until July 21 at 8:00PM EDT by NWS Raleigh NC",
         description="* WHAT...Heat index values up to 106 expected.\n\n* WHERE...Forsyth, Guilford, Alamance, Davidson and Randolph Counties.\n\n* WHEN...From noon to 8 PM EDT today.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KRAH.HT.Y.0011.260721T1600Z-260722T0000Z/", references=[], geometry=None),
    dict(id=TOR_RAH, office="KRAH", senderName="NWS Raleigh NC", awips="TORRAH", wmo="WFUS52",
         areaDesc="Guilford, NC", SAME=["037081"], UGC=["NCC081"],
         sent="2026-08-25T22:41:00-04:00", onset="2026-08-25T22:41:00-04:00", expires="2026-08-25T23:15:00-04:00",
         ends="2026-08-25T23:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued August 25 at 10:41PM EDT until August 25 at 11:15PM EDT by NWS Raleigh NC",
         description="TORRAH\n\nThe National Weather Service in Raleigh has issued a\n\n* Tornado Warning for...\nEast central Guilford County in central North Carolina...\n\n* Until 1115 PM EDT.\n\n* At 1040 PM EDT, a severe thunderstorm capable of producing a tornado was located near Randleman Road and Interstate 85, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nSouth and east Greensboro, McLeansville and Bessemer.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KRAH.TO.W.0031.260826T0241Z-260826T0315Z/", references=[],
         geometry=poly((-79.82, 35.99), (-79.76, 35.99), (-79.72, 36.15), (-79.79, 36.15)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"],
                "eventMotionDescription": ["2026-08-26T02:40:00-00:00...storm...225DEG...26KT...36.00,-79.79"]}),
]
