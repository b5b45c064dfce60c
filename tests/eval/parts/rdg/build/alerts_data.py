"""Hand-written NWS alerts for part rdg (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices
(Mount Holly KPHI for Berks, State College KCTP for Lancaster) and SAME county codes are real; forecast-zone
numbers are given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"rdg_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_PHI = urn("rdg-winter-storm-berks")
SVR_PHI = urn("rdg-svr-west-berks")
TOR_CTP = urn("rdg-tornado-ephrata")
HEAT_PHI = urn("rdg-heat-advisory-berks")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="WSWPHI", wmo="WWUS41",
         areaDesc="Berks; Lehigh; Northampton", SAME=["042011", "042077", "042095"],
         UGC=["PAZ060", "PAZ061", "PAZ062"],
         sent="2026-01-24T15:35:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:35PM EST until January 26 at 10:00AM EST by NWS Mount Holly NJ",
         description="* WHAT...Heavy snow and sleet expected. Total snow accumulations of 10 to 16 inches and ice accumulations of a light glaze.\n\n* WHERE...Berks, Lehigh and Northampton Counties, including Reading, Allentown, Bethlehem and Easton.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPHI.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=SVR_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="Berks, PA", SAME=["042011"], UGC=["PAC011"],
         sent="2026-06-23T16:48:00-04:00", onset="2026-06-23T16:48:00-04:00", expires="2026-06-23T17:30:00-04:00",
         ends="2026-06-23T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 4:48PM EDT until June 23 at 5:30PM EDT by NWS Mount Holly NJ",
         description="SVRPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Berks County in southeastern Pennsylvania...\n\n* Until 530 PM EDT.\n\n* At 447 PM EDT, a severe thunderstorm was located near Womelsdorf, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nWyomissing, Shillington, Sinking Spring, Wernersville, Robesonia and West Lawn.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPHI.SV.W.0112.260623T2048Z-260623T2130Z/", references=[],
         geometry=poly((-76.16, 40.29), (-75.955, 40.29), (-75.955, 40.37), (-76.16, 40.37)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=TOR_CTP, office="KCTP", senderName="NWS State College PA", awips="TORCTP", wmo="WFUS51",
         areaDesc="Lancaster, PA", SAME=["042071"], UGC=["PAC071"],
         sent="2026-07-29T18:12:00-04:00", onset="2026-07-29T18:12:00-04:00", expires="2026-07-29T18:45:00-04:00",
         ends="2026-07-29T18:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued July 29 at 6:12PM EDT until July 29 at 6:45PM EDT by NWS State College PA",
         description="TORCTP\n\nThe National Weather Service in State College has issued a\n\n* Tornado Warning for...\nNortheastern Lancaster County in south central Pennsylvania...\n\n* Until 645 PM EDT.\n\n* At 611 PM EDT, a severe thunderstorm capable of producing a tornado was located near Akron, moving east at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nEphrata, Akron, Denver, Reinholds and Terre Hill.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KCTP.TO.W.0031.260729T2212Z-260729T2245Z/", references=[],
         geometry=poly((-76.25, 40.14), (-76.02, 40.14), (-76.02, 40.24), (-76.25, 40.24)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=HEAT_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="NPWPHI", wmo="WWUS71",
         areaDesc="Berks; Western Montgomery; Lehigh", SAME=["042011", "042091", "042077"],
         UGC=["PAZ060", "PAZ104", "PAZ061"],
         sent="2026-08-12T03:40:00-04:00", onset="2026-08-12T12:00:00-04:00", expires="2026-08-12T16:00:00-04:00",
         ends="2026-08-13T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued August 12 at 3:40AM EDT until August 13 at 8:00PM EDT by NWS Mount Holly NJ",
         description="* WHAT...Heat index values up to 103 expected.\n\n* WHERE...Berks, Western Montgomery and Lehigh Counties, including Reading, Pottstown and Allentown.\n\n* WHEN...From noon today to 8 PM EDT Thursday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KPHI.HT.Y.0008.260812T1600Z-260814T0000Z/", references=[], geometry=None),
]
