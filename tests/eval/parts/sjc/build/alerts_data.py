"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part sjc. Every alert is invented;
the office (KMTR, NWS San Francisco Bay Area), county SAME/UGC codes are real; forecast-zone numbers are best
known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sjc_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW_MTR = urn("sjc-ffw-coyote-creek")
FFW_MTR_CAN = urn("sjc-ffw-coyote-creek-can")
WIND_ADV = urn("sjc-wind-advisory-santa-clara")
HWW_MTR = urn("sjc-high-wind-cupertino-foothills")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FFW_MTR, office="KMTR", senderName="NWS San Francisco CA", awips="FFWMTR", wmo="WGUS56",
         areaDesc="Santa Clara, CA", SAME=["006085"], UGC=["CAC085"],
         sent="2026-02-14T04:12:00-08:00", onset="2026-02-14T04:12:00-08:00", expires="2026-02-14T07:15:00-08:00",
         ends="2026-02-14T07:15:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 14 at 4:12AM PST until February 14 at 7:15AM PST by NWS San Francisco CA",
         description="FFWMTR\n\nThe National Weather Service in San Francisco has issued a\n\n* Flash Flood Warning for...\nEast central Santa Clara County in the San Francisco Bay Area...\n\n* Until 715 AM PST.\n\n* At 410 AM PST, Coyote Creek at Williams Street is forecast to exceed flood stage within the hour after three inches of rain over the upper watershed. Flooding along Coyote Creek and tributaries is imminent.\n\nHAZARD...Flash flooding caused by heavy rain and a rapidly rising creek.\n\nSOURCE...Stream gauge and radar.\n\nIMPACT...Flooding of homes and streets near the creek, including the Rock Springs and William Street Park neighborhoods.\n\n* Some locations that will experience flooding include...\nEast San Jose, Little Saigon, Story Road, Tully Road, Senter Road and Alum Rock.",
         instruction="Turn around, don't drown when encountering flooded roads. Move to higher ground now if you live near Coyote Creek.",
         vtec="/O.NEW.KMTR.FF.W.0003.260214T1212Z-260214T1515Z/", references=[],
         extra={"flashFloodDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-121.860, 37.290), (-121.780, 37.290), (-121.780, 37.360), (-121.860, 37.360))),
    dict(id=FFW_MTR_CAN, office="KMTR", senderName="NWS San Francisco CA", awips="FFSMTR", wmo="WGUS76",
         areaDesc="Santa Clara, CA", SAME=["006085"], UGC=["CAC085"],
         sent="2026-02-14T06:40:00-08:00", onset="2026-02-14T06:40:00-08:00", expires="2026-02-14T07:15:00-08:00",
         ends="2026-02-14T07:15:00-08:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning for east central Santa Clara County has been cancelled",
         description="The Flash Flood Warning for east central Santa Clara County has been cancelled. Coyote Creek crested below flood stage and is falling.",
         instruction=None, vtec="/O.CAN.KMTR.FF.W.0003.000000T0000Z-260214T1515Z/", references=[FFW_MTR],
         geometry=poly((-121.860, 37.290), (-121.780, 37.290), (-121.780, 37.360), (-121.860, 37.360))),
    dict(id=WIND_ADV, office="KMTR", senderName="NWS San Francisco CA", awips="NPWMTR", wmo="WWUS76",
         areaDesc="Santa Clara Valley Including San Jose; Southern Salinas Valley", SAME=["006085", "006053"],
         UGC=["CAZ513", "CAZ517"],
         sent="2026-03-03T14:05:00-08:00", onset="2026-03-03T20:00:00-08:00", expires="2026-03-04T06:00:00-08:00",
         ends="2026-03-04T10:00:00-08:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 3 at 2:05PM PST until March 4 at 10:00AM PST by NWS San Francisco CA",
         description="* WHAT...North winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Santa Clara Valley including San Jose, Milpitas, Morgan Hill and Gilroy.\n\n* WHEN...From 8 PM this evening to 10 AM PST Wednesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KMTR.WI.Y.0011.260304T0400Z-260304T1800Z/", references=[], geometry=None),
    dict(id=HWW_MTR, office="KMTR", senderName="NWS San Francisco CA", awips="NPWMTR", wmo="WWUS76",
         areaDesc="Santa Cruz Mountains; Cupertino and Saratoga foothills", SAME=["006085", "006087"],
         UGC=["CAZ512", "CAZ529"],
         sent="2026-11-18T15:30:00-08:00", onset="2026-11-18T22:00:00-08:00", expires="2026-11-19T07:00:00-08:00",
         ends="2026-11-19T14:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued November 18 at 3:30PM PST until November 19 at 2:00PM PST by NWS San Francisco CA",
         description="* WHAT...Northeast winds 30 to 40 mph with gusts up to 70 mph along ridges and down the foothill canyons.\n\n* WHERE...Santa Cruz Mountains and the Cupertino, Saratoga and Los Gatos foothills.\n\n* WHEN...From 10 PM this evening to 2 PM PST Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected; PG&E may shut off power for fire safety.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows. Watch for falling debris and tree limbs.",
         vtec="/O.NEW.KMTR.HW.W.0005.261119T0600Z-261119T2200Z/", references=[],
         geometry=poly((-122.110, 37.270), (-122.020, 37.270), (-122.020, 37.345), (-122.110, 37.345))),
]
