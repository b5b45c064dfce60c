"""Hand-written NWS alerts for eval part psc (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(KPDT, NWS Pendleton OR) and county codes real; forecast-zone numbers as best known (labels use SAME/polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


def alert_id(label: str) -> str:
    # The RSS/guid prefix rule of this part: the feature id carries psc_ in lower case.
    return f"psc_{urn(label)}"


SVR = alert_id("psc-svr-kennewick")
SVR_CAN = alert_id("psc-svr-kennewick-can")
HWW = alert_id("psc-hww-franklin")
HEAT = alert_id("psc-heat-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=HWW, office="KPDT", senderName="NWS Pendleton OR", awips="NPWPDT", wmo="WWUS76",
         areaDesc="Lower Columbia Basin of Washington; Franklin", SAME=["053021"], UGC=["WAZ028", "WAC021"],
         sent="2026-03-31T10:15:00-07:00", onset="2026-03-31T12:00:00-07:00", expires="2026-03-31T22:00:00-07:00",
         ends="2026-04-01T02:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued March 31 at 10:15AM PDT until April 1 at 2:00AM PDT by NWS Pendleton OR",
         description="* WHAT...West winds 35 to 45 mph with gusts up to 65 mph. Areas of blowing dust reducing visibility to near zero.\n\n* WHERE...Franklin County, including Pasco, Mesa and Connell.\n\n* WHEN...From noon today to 2 AM PDT Wednesday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel will be difficult, especially for high profile vehicles.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows. If you must drive, use caution and be alert for sudden drops in visibility.",
         vtec="/O.NEW.KPDT.HW.W.0007.260331T1900Z-260401T0900Z/", references=[], geometry=None),
    dict(id=SVR, office="KPDT", senderName="NWS Pendleton OR", awips="SVRPDT", wmo="WUUS56",
         areaDesc="Benton, WA; Walla Walla, WA", SAME=["053005", "053071"], UGC=["WAC005", "WAC071"],
         sent="2026-06-18T16:42:00-07:00", onset="2026-06-18T16:42:00-07:00", expires="2026-06-18T17:30:00-07:00",
         ends="2026-06-18T17:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 18 at 4:42PM PDT until June 18 at 5:30PM PDT by NWS Pendleton OR",
         description="SVRPDT\n\nThe National Weather Service in Pendleton has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Benton County in south central Washington...\n\n* Until 530 PM PDT.\n\n* At 441 PM PDT, a severe thunderstorm was located over Badger Canyon, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nSouthern Kennewick, Finley, Badger Canyon and Southridge.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPDT.SV.W.0041.260618T2342Z-260619T0030Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-119.31, 46.100), (-119.31, 46.193), (-119.05, 46.193), (-119.05, 46.100))),
    dict(id=SVR_CAN, office="KPDT", senderName="NWS Pendleton OR", awips="SVSPDT", wmo="WWUS56",
         areaDesc="Benton, WA", SAME=["053005"], UGC=["WAC005"],
         sent="2026-06-18T17:12:00-07:00", onset="2026-06-18T17:12:00-07:00", expires="2026-06-18T17:30:00-07:00",
         ends="2026-06-18T17:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and exited the warned area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KPDT.SV.W.0041.000000T0000Z-260619T0030Z/", references=[SVR],
         geometry=poly((-119.31, 46.100), (-119.31, 46.193), (-119.05, 46.193), (-119.05, 46.100))),
    dict(id=HEAT, office="KPDT", senderName="NWS Pendleton OR", awips="NPWPDT", wmo="WWUS76",
         areaDesc="Lower Columbia Basin of Washington; Benton; Franklin", SAME=["053005", "053021"],
         UGC=["WAZ028", "WAC005", "WAC021"],
         sent="2026-07-27T13:30:00-07:00", onset="2026-07-28T12:00:00-07:00", expires="2026-07-28T04:00:00-07:00",
         ends="2026-07-30T21:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 27 at 1:30PM PDT until July 30 at 9:00PM PDT by NWS Pendleton OR",
         description="* WHAT...Temperatures 103 to 108 expected.\n\n* WHERE...Benton and Franklin Counties, including Kennewick, Pasco, Richland and Prosser.\n\n* WHEN...From noon Tuesday to 9 PM PDT Thursday.\n\n* IMPACTS...Hot temperatures may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KPDT.HT.Y.0012.260728T1900Z-260731T0400Z/", references=[], geometry=None),
]
