"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the cec part. Every alert is invented;
offices, SAME county codes and UGC county codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME codes and polygons only). Ids start with cec_ so the part's item ids are unique."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cec_urn:oid:2.49.0.1.840.0.{h}.001.1"


FLW_EKA = urn("cec-flood-smith-river")
FLW_EKA_CAN = urn("cec-flood-smith-river-can")
FOG_EKA = urn("cec-fog-del-norte")
HWW_MFR = urn("cec-high-wind-curry")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# the lower Smith River valley (Smith River, Fort Dick, Lake Earl) up the canyon to Gasquet; not Crescent City
SMITH_RIVER_POLY = poly((-124.23, 41.975), (-124.10, 41.985), (-123.95, 41.93), (-123.76, 41.92), (-123.76, 41.87),
                        (-123.95, 41.86), (-124.10, 41.845), (-124.23, 41.85))

ALERTS = [
    dict(id=FLW_EKA, office="KEKA", senderName="NWS Eureka CA", awips="FLWEKA", wmo="WGUS46",
         areaDesc="Del Norte, CA", SAME=["006015"], UGC=["CAC015"],
         sent="2026-02-04T15:12:00-08:00", onset="2026-02-04T22:00:00-08:00", expires="2026-02-05T15:15:00-08:00",
         ends="2026-02-05T16:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued February 4 at 3:12PM PST until February 5 at 4:00PM PST by NWS Eureka CA",
         description="...The National Weather Service in Eureka has issued a Flood Warning for the following rivers in California...\n\nSmith River near Crescent City at Dr. Fine Bridge affecting Del Norte County.\n\n* WHAT...Minor to moderate flooding is forecast.\n\n* WHERE...Smith River near Crescent City at Dr. Fine Bridge, including Gasquet, Hiouchi, Fort Dick and Smith River.\n\n* WHEN...From late this evening until Thursday afternoon.\n\n* IMPACTS...At 33.0 feet, water covers Fred Haight Drive and low-lying pastures and bulb fields in the Smith River bottoms. Gasquet Flat Road and low spots along Highway 199 in Gasquet flood.\n\n* ADDITIONAL DETAILS...\n- At 2:45 PM PST Wednesday the stage was 26.4 feet.\n- Forecast...The river is expected to rise above flood stage late this evening to a crest of 34.1 feet early Thursday morning.\n- Flood stage is 33.0 feet.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KEKA.FL.W.0003.260205T0600Z-260206T0000Z/", references=[], geometry=SMITH_RIVER_POLY,
         extra={"floodDetection": ["FORECAST"]}),
    dict(id=FLW_EKA_CAN, office="KEKA", senderName="NWS Eureka CA", awips="FLSEKA", wmo="WGUS86",
         areaDesc="Del Norte, CA", SAME=["006015"], UGC=["CAC015"],
         sent="2026-02-05T11:40:00-08:00", onset="2026-02-05T11:40:00-08:00", expires="2026-02-05T12:40:00-08:00",
         ends="2026-02-05T11:40:00-08:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flood Warning", response="AllClear",
         headline="The Flood Warning has been cancelled.",
         description="The Flood Warning is cancelled for the Smith River near Crescent City at Dr. Fine Bridge. The river crested at 34.3 feet at 4:30 AM PST and fell below flood stage at 10:15 AM PST.",
         instruction=None,
         vtec="/O.CAN.KEKA.FL.W.0003.000000T0000Z-260206T0000Z/", references=[FLW_EKA], geometry=SMITH_RIVER_POLY),
    dict(id=FOG_EKA, office="KEKA", senderName="NWS Eureka CA", awips="NPWEKA", wmo="WWUS76",
         areaDesc="Del Norte Coast; Northern Humboldt Coast", SAME=["006015", "006023"], UGC=["CAZ101", "CAZ103"],
         sent="2026-08-20T03:55:00-07:00", onset="2026-08-20T03:55:00-07:00", expires="2026-08-20T10:00:00-07:00",
         ends="2026-08-20T10:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued August 20 at 3:55AM PDT until August 20 at 10:00AM PDT by NWS Eureka CA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Del Norte Coast and Northern Humboldt Coast, including Crescent City, Klamath and Arcata.\n\n* WHEN...Until 10 AM PDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous on Highway 101.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KEKA.FG.Y.0021.260820T1055Z-260820T1700Z/", references=[], geometry=None),
    dict(id=HWW_MFR, office="KMFR", senderName="NWS Medford OR", awips="NPWMFR", wmo="WWUS76",
         areaDesc="Curry County Coast; South Central Oregon Coast", SAME=["041015"], UGC=["ORZ022", "ORZ021"],
         sent="2026-11-18T14:30:00-08:00", onset="2026-11-19T04:00:00-08:00", expires="2026-11-18T22:45:00-08:00",
         ends="2026-11-19T16:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued November 18 at 2:30PM PST until November 19 at 4:00PM PST by NWS Medford OR",
         description="* WHAT...South winds 40 to 50 mph with gusts up to 75 mph, strongest on headlands and exposed beaches.\n\n* WHERE...Curry County Coast, including Brookings, Harbor, Gold Beach and Port Orford.\n\n* WHEN...From 4 AM to 4 PM PST Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel will be difficult on Highway 101, especially for high-profile vehicles.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows. Use caution if you must drive.",
         vtec="/O.NEW.KMFR.HW.W.0009.261119T1200Z-261120T0000Z/", references=[], geometry=None,
         extra={"maxWindGust": ["75 MPH"]}),
]
