"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Mount Holly (KPHI). Every alert is
invented; the office, SAME county codes and UGC county codes are real (forecast-zone numbers as best known; labels
use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ilg_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_KENT = urn("ilg-winter-storm-kent")
WSW_KENT_EXA = urn("ilg-winter-storm-kent-exa-cecil")
SVR_NEWARK = urn("ilg-svr-newark-elkton")
SVR_NEWARK_CAN = urn("ilg-svr-newark-elkton-can")
HEAT_NCC = urn("ilg-heat-advisory-new-castle")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-75.93, 39.60), (-75.93, 39.745), (-75.718, 39.745), (-75.715, 39.68), (-75.75, 39.60))

ALERTS = [
    dict(id=WSW_KENT, office="KPHI", senderName="NWS Mount Holly NJ", awips="WSWPHI", wmo="WWUS41",
         areaDesc="Kent", SAME=["010001"], UGC=["DEC001"],
         sent="2026-01-24T15:05:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:05PM EST until January 26 at 10:00AM EST by NWS Mount Holly NJ",
         description="* WHAT...Heavy snow and sleet expected. Total snow and sleet accumulations of 8 to 12 inches and ice accumulations of a light glaze.\n\n* WHERE...Kent County, Delaware, including Dover, Smyrna and Camden.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPHI.WS.W.0002.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=WSW_KENT_EXA, office="KPHI", senderName="NWS Mount Holly NJ", awips="WSWPHI", wmo="WWUS41",
         areaDesc="Kent; Cecil", SAME=["010001", "024015"], UGC=["DEC001", "MDC015"],
         sent="2026-01-25T03:40:00-05:00", onset="2026-01-25T03:40:00-05:00", expires="2026-01-25T11:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:40AM EST until January 26 at 10:00AM EST by NWS Mount Holly NJ",
         description="* WHAT...Heavy snow and sleet. Additional accumulations of 6 to 10 inches.\n\n* WHERE...Kent County, Delaware and Cecil County, Maryland. The warning has been expanded to include Cecil County, including Elkton, North East and Rising Sun.\n\n* WHEN...Until 10 AM EST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KPHI.WS.W.0002.000000T0000Z-260126T1500Z/", references=[WSW_KENT], geometry=None),
    dict(id=SVR_NEWARK, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="New Castle, DE; Cecil, MD", SAME=["010003", "024015"], UGC=["DEC003", "MDC015"],
         sent="2026-06-11T16:42:00-04:00", onset="2026-06-11T16:42:00-04:00", expires="2026-06-11T17:30:00-04:00",
         ends="2026-06-11T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 4:42PM EDT until June 11 at 5:30PM EDT by NWS Mount Holly NJ",
         description="At 442 PM EDT, a severe thunderstorm was located near Elkton, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Elkton, Newark, University of Delaware and Fair Hill.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPHI.SV.W.0118.260611T2042Z-260611T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_NEWARK_CAN, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVSPHI", wmo="WWUS51",
         areaDesc="New Castle, DE; Cecil, MD", SAME=["010003", "024015"], UGC=["DEC003", "MDC015"],
         sent="2026-06-11T17:14:00-04:00", onset="2026-06-11T17:14:00-04:00", expires="2026-06-11T17:30:00-04:00",
         ends="2026-06-11T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KPHI.SV.W.0118.000000T0000Z-260611T2130Z/", references=[SVR_NEWARK],
         geometry=SVR_POLY),
    dict(id=HEAT_NCC, office="KPHI", senderName="NWS Mount Holly NJ", awips="NPWPHI", wmo="WWUS71",
         areaDesc="New Castle", SAME=["010003"], UGC=["DEZ001"],
         sent="2026-07-21T03:30:00-04:00", onset="2026-07-21T12:00:00-04:00", expires="2026-07-21T20:00:00-04:00",
         ends="2026-07-21T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 21 at 3:30AM EDT until July 21 at 8:00PM EDT by NWS Mount Holly NJ",
         description="* WHAT...Heat index values up to 105 expected.\n\n* WHERE...New Castle County, including Wilmington, Newark and Middletown.\n\n* WHEN...From noon to 8 PM EDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KPHI.HT.Y.0007.260721T1600Z-260722T0000Z/", references=[], geometry=None),
]
