"""Hand-written NWS alerts for the ogd part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Salt Lake City, KSLC), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only). Alert ids carry the part prefix `ogd_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ogd_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BOXELDER = urn("ogd-winter-storm-box-elder")
WIND_ADV = urn("ogd-wind-advisory-wasatch-front")
SVR_ROY = urn("ogd-svr-microburst-roy-hooper")
FFW_FARMINGTON = urn("ogd-ffw-farmington-burn-scar")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # 1. Winter Storm Warning, no geometry, SAME Box Elder County only: the Zundels of Brigham City
    dict(id=WSW_BOXELDER, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Northern Wasatch Front; Box Elder County Mountains", SAME=["049003"],
         UGC=["UTZ101", "UTZ111"],
         sent="2026-01-06T14:12:00-07:00", onset="2026-01-07T05:00:00-07:00", expires="2026-01-07T04:15:00-07:00",
         ends="2026-01-08T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 6 at 2:12PM MST until January 8 at 11:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy lake-effect enhanced snow expected. Total snow accumulations of 10 to 18 inches in the Brigham City and Perry areas, with 2 to 3 feet in the Box Elder County mountains.\n\n* WHERE...Box Elder County, including Brigham City, Perry, Willard, Mantua and Sardine Canyon (US-89/91).\n\n* WHEN...From 5 AM Wednesday to 11 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible, including during the Wednesday evening commute. Sardine Canyon may close intermittently.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. The latest road conditions can be obtained from UDOT.",
         vtec="/O.NEW.KSLC.WS.W.0003.260107T1200Z-260108T1800Z/", references=[], geometry=None),
    # 2. Wind Advisory (Moderate), Weber and Davis: should match nobody
    dict(id=WIND_ADV, office="KSLC", senderName="NWS Salt Lake City UT", awips="NPWSLC", wmo="WWUS75",
         areaDesc="Northern Wasatch Front; Salt Lake and Tooele Valleys", SAME=["049057", "049011", "049035"],
         UGC=["UTZ102", "UTZ103"],
         sent="2026-03-22T15:30:00-06:00", onset="2026-03-22T22:00:00-06:00", expires="2026-03-23T06:00:00-06:00",
         ends="2026-03-23T12:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 22 at 3:30PM MDT until March 23 at 12:00PM MDT by NWS Salt Lake City UT",
         description="* WHAT...East canyon winds 20 to 30 mph with gusts up to 55 mph.\n\n* WHERE...Weber and Davis Counties, especially near canyon mouths from North Ogden to Farmington, including Ogden, Layton and Kaysville.\n\n* WHEN...From 10 PM this evening to noon MDT Monday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result. Travel will be difficult for high-profile vehicles on US-89.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KSLC.WI.Y.0011.260323T0400Z-260323T1800Z/", references=[], geometry=None),
    # 3. Severe Thunderstorm Warning, polygon over Roy, Hooper and West Haven (not Ogden proper, not Clearfield)
    dict(id=SVR_ROY, office="KSLC", senderName="NWS Salt Lake City UT", awips="SVRSLC", wmo="WUUS55",
         areaDesc="Weber, UT; Davis, UT", SAME=["049057", "049011"], UGC=["UTC057", "UTC011"],
         sent="2026-07-24T18:41:00-06:00", onset="2026-07-24T18:41:00-06:00", expires="2026-07-24T19:30:00-06:00",
         ends="2026-07-24T19:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 24 at 6:41PM MDT until July 24 at 7:30PM MDT by NWS Salt Lake City UT",
         description="SVRSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Weber County in northern Utah...\nNorthwestern Davis County in northern Utah...\n\n* Until 730 PM MDT.\n\n* At 640 PM MDT, a severe thunderstorm capable of producing a damaging microburst was located near Hooper, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Mesonet station at Hooper measured a 74 mph gust.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nRoy, Hooper, West Haven and Riverdale.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSLC.SV.W.0042.260725T0041Z-260725T0130Z/", references=[],
         geometry=poly((-112.175, 41.215), (-112.005, 41.215), (-112.003, 41.148), (-112.175, 41.142)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["OBSERVED"]}),
    # 4. Flash Flood Warning, polygon over the Farmington burn scar: no client lives there
    dict(id=FFW_FARMINGTON, office="KSLC", senderName="NWS Salt Lake City UT", awips="FFWSLC", wmo="WGUS55",
         areaDesc="Davis, UT", SAME=["049011"], UGC=["UTC011"],
         sent="2026-08-11T16:05:00-06:00", onset="2026-08-11T16:05:00-06:00", expires="2026-08-11T19:00:00-06:00",
         ends="2026-08-11T19:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 11 at 4:05PM MDT until August 11 at 7:00PM MDT by NWS Salt Lake City UT",
         description="FFWSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Flash Flood Warning for...\nEast central Davis County in northern Utah...\n\n* Until 700 PM MDT.\n\n* At 403 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the Farmington Canyon burn scar. Between 0.75 and 1.25 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms. Debris flows are likely.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas and canyon roads. Debris flows may reach homes along the canyon mouths.\n\n* Some locations that will experience flash flooding include...\nFarmington, Farmington Canyon, Centerville and Lagoon.",
         instruction="Turn around, don't drown when encountering flooded roads. Stay away from the mouths of canyons.",
         vtec="/O.NEW.KSLC.FF.W.0017.260811T2205Z-260812T0100Z/", references=[],
         geometry=poly((-111.915, 41.005), (-111.835, 41.005), (-111.84, 40.94), (-111.905, 40.935)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
