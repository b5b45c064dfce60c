"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the blind part cmh. Every alert is
invented; the office (KILN, Wilmington OH), county SAME/UGC codes are real, forecast-zone numbers as best known
(labels use only SAME codes and polygons). Feature ids are 'cmh_urn:oid:...'."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cmh_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ILN = urn("cmh-winter-storm-delaware")
WSW_ILN_EXA = urn("cmh-winter-storm-delaware-exa")
SVR_ILN = urn("cmh-svr-grovecity-hilliard")
TOR_ILN = urn("cmh-tornado-westerville")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ILN, office="KILN", senderName="NWS Wilmington OH", awips="WSWILN", wmo="WWUS41",
         areaDesc="Delaware; Union; Morrow", SAME=["039041", "039159", "039117"],
         UGC=["OHZ046", "OHZ045", "OHZ041"],
         sent="2026-01-22T15:10:00-05:00", onset="2026-01-23T01:00:00-05:00", expires="2026-01-23T04:00:00-05:00",
         ends="2026-01-24T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 3:10PM EST until January 24 at 7:00AM EST by NWS Wilmington OH",
         description="* WHAT...Heavy snow and sleet expected. Total snow accumulations of 8 to 12 inches and ice accumulations of a light glaze.\n\n* WHERE...Delaware, Union and Morrow Counties, including Delaware, Marysville and Mount Gilead.\n\n* WHEN...From 1 AM Friday to 7 AM EST Saturday.\n\n* IMPACTS...Travel could be very difficult. Hazardous conditions could impact the Friday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KILN.WS.W.0003.260123T0600Z-260124T1200Z/", references=[],
         geometry=None),
    dict(id=WSW_ILN_EXA, office="KILN", senderName="NWS Wilmington OH", awips="WSWILN", wmo="WWUS41",
         areaDesc="Delaware; Union; Morrow; Licking", SAME=["039041", "039159", "039117", "039089"],
         UGC=["OHZ046", "OHZ045", "OHZ041", "OHZ056"],
         sent="2026-01-23T03:45:00-05:00", onset="2026-01-23T03:45:00-05:00", expires="2026-01-23T11:00:00-05:00",
         ends="2026-01-24T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:45AM EST until January 24 at 7:00AM EST by NWS Wilmington OH",
         description="* WHAT...Heavy snow. Additional snow accumulations of 6 to 10 inches.\n\n* WHERE...Delaware, Union, Morrow and Licking Counties. The warning has been expanded to include Licking County, including Newark, Heath and Granville.\n\n* WHEN...Until 7 AM EST Saturday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads if you can.",
         vtec="/O.EXA.KILN.WS.W.0003.000000T0000Z-260124T1200Z/", references=[WSW_ILN], geometry=None),
    dict(id=SVR_ILN, office="KILN", senderName="NWS Wilmington OH", awips="SVRILN", wmo="WUUS51",
         areaDesc="Franklin, OH", SAME=["039049"], UGC=["OHC049"],
         sent="2026-06-14T17:32:00-04:00", onset="2026-06-14T17:32:00-04:00", expires="2026-06-14T18:15:00-04:00",
         ends="2026-06-14T18:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 5:32PM EDT until June 14 at 6:15PM EDT by NWS Wilmington OH",
         description="SVRILN\n\nThe National Weather Service in Wilmington has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Franklin County in central Ohio...\n\n* Until 615 PM EDT.\n\n* At 531 PM EDT, a severe thunderstorm was located near Galloway, moving north at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nGrove City, Hilliard, Galloway and Urbancrest.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILN.SV.W.0112.260614T2132Z-260614T2215Z/", references=[],
         geometry=poly((-83.17, 40.06), (-83.11, 40.06), (-83.05, 39.86), (-83.11, 39.86)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_ILN, office="KILN", senderName="NWS Wilmington OH", awips="TORILN", wmo="WFUS51",
         areaDesc="Franklin, OH; Delaware, OH", SAME=["039049", "039041"], UGC=["OHC049", "OHC041"],
         sent="2026-07-21T20:04:00-04:00", onset="2026-07-21T20:04:00-04:00", expires="2026-07-21T20:30:00-04:00",
         ends="2026-07-21T20:30:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued July 21 at 8:04PM EDT until July 21 at 8:30PM EDT by NWS Wilmington OH",
         description="TORILN\n\nThe National Weather Service in Wilmington has issued a\n\n* Tornado Warning for...\nNortheastern Franklin County in central Ohio...\nSoutheastern Delaware County in central Ohio...\n\n* Until 830 PM EDT.\n\n* At 803 PM EDT, a severe thunderstorm capable of producing a tornado was located over Minerva Park, moving northeast at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nWesterville, Minerva Park and Hoover Reservoir.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KILN.TO.W.0009.260722T0004Z-260722T0030Z/", references=[],
         geometry=poly((-82.95, 40.09), (-82.87, 40.09), (-82.87, 40.14), (-82.95, 40.14)),
         extra={"tornadoDetection": ["RADAR INDICATED"]}),
]
