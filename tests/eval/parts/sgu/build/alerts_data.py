"""Hand-written NWS alerts for the sgu part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Salt Lake City, which serves southwestern Utah), county SAME/UGC codes are real; forecast-zone
numbers are best known and no label depends on them (labels use SAME county codes and polygons only).
Alert ids carry the part prefix: "sgu_urn:oid:...". Weather rows are computed by ../label_weather.py."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sgu_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_IRON = urn("sgu-winter-storm-iron")
WIND_WASH = urn("sgu-wind-advisory-washington")
SVR_HURRICANE = urn("sgu-svr-hurricane-laverkin")
FFW_STG = urn("sgu-ffw-stgeorge-washington")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SLC = dict(office="KSLC", senderName="NWS Salt Lake City UT")

ALERTS = [
    # SAME-code only (no geometry): Iron County -> the Cedar City clients
    dict(id=WSW_IRON, **SLC, awips="WSWSLC", wmo="WWUS45",
         areaDesc="Iron, UT", SAME=["049021"], UGC=["UTZ121", "UTZ122"],
         sent="2026-01-05T14:35:00-07:00", onset="2026-01-06T02:00:00-07:00", expires="2026-01-06T03:00:00-07:00",
         ends="2026-01-07T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 5 at 2:35PM MST until January 7 at 11:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches in Cedar City and 18 to 30 inches on the Markagunt Plateau. Winds gusting as high as 45 mph.\n\n* WHERE...Iron County, including Cedar City, Enoch, Parowan and Interstate 15 from Kanarraville to Paragonah.\n\n* WHEN...From 2 AM Tuesday to 11 AM MST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 15 and State Route 14.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSLC.WS.W.0003.260106T0900Z-260107T1800Z/", references=[], geometry=None),
    # Moderate advisory for all of Washington County: counts for nobody
    dict(id=WIND_WASH, **SLC, awips="NPWSLC", wmo="WWUS75",
         areaDesc="Lower Washington County; Zion National Park", SAME=["049053"], UGC=["UTZ123", "UTZ124"],
         sent="2026-03-15T03:10:00-06:00", onset="2026-03-15T10:00:00-06:00", expires="2026-03-15T18:00:00-06:00",
         ends="2026-03-15T21:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 15 at 3:10AM MDT until March 15 at 9:00PM MDT by NWS Salt Lake City UT",
         description="* WHAT...Southwest winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Lower Washington County, including St. George, Hurricane and Ivins, and Zion National Park.\n\n* WHEN...From 10 AM to 9 PM MDT Sunday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Blowing dust may reduce visibility on Interstate 15.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KSLC.WI.Y.0021.260315T1600Z-260316T0300Z/", references=[], geometry=None),
    # polygon: Hurricane, La Verkin, Toquerville
    dict(id=SVR_HURRICANE, **SLC, awips="SVRSLC", wmo="WUUS55",
         areaDesc="Washington, UT", SAME=["049053"], UGC=["UTC053"],
         sent="2026-04-18T15:52:00-06:00", onset="2026-04-18T15:52:00-06:00", expires="2026-04-18T16:45:00-06:00",
         ends="2026-04-18T16:45:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 18 at 3:52PM MDT until April 18 at 4:45PM MDT by NWS Salt Lake City UT",
         description="SVRSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Washington County in southwestern Utah...\n\n* Until 445 PM MDT.\n\n* At 351 PM MDT, a severe thunderstorm was located over Sand Hollow Reservoir, moving northeast at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nHurricane, La Verkin, Toquerville and Quail Creek State Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSLC.SV.W.0009.260418T2152Z-260418T2245Z/", references=[],
         geometry=poly((-113.42, 37.11), (-113.30, 37.10), (-113.22, 37.25), (-113.24, 37.30), (-113.33, 37.29),
                       (-113.42, 37.18)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    # polygon: east St. George (84790), Washington (84780); not west St. George, Santa Clara or Ivins
    dict(id=FFW_STG, **SLC, awips="FFWSLC", wmo="WGUS55",
         areaDesc="Washington, UT", SAME=["049053"], UGC=["UTC053"],
         sent="2026-08-12T15:40:00-06:00", onset="2026-08-12T15:40:00-06:00", expires="2026-08-12T18:45:00-06:00",
         ends="2026-08-12T18:45:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 12 at 3:40PM MDT until August 12 at 6:45PM MDT by NWS Salt Lake City UT",
         description="FFWSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Flash Flood Warning for...\nSouth central Washington County in southwestern Utah...\n\n* Until 645 PM MDT.\n\n* At 339 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the Virgin River corridor. Between 1 and 1.5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nWashington, eastern St. George, Bloomington, Little Valley, Fort Pierce Wash and Mill Creek.",
         instruction="Turn around, don't drown when encountering flooded roads. Stay out of normally dry washes and slot canyons.",
         vtec="/O.NEW.KSLC.FF.W.0014.260812T2140Z-260813T0045Z/", references=[],
         geometry=poly((-113.571, 37.050), (-113.49, 37.040), (-113.46, 37.120), (-113.48, 37.165), (-113.571, 37.150)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
