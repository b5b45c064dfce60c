"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices, SAME county
codes and county UGCs are real; forecast-zone numbers are given as best known and no label depends on them (labels
use SAME codes and polygons only). Every alert id starts with 'pga_' as the brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pga_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_SLC = urn("pga-winter-storm-kane")
SVR_FGZ = urn("pga-svr-page")
FFW_SLC = urn("pga-ffw-kanab-creek")
FLS_FGZ = urn("pga-flood-advisory-coconino")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_SLC, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Kane County; Southern Mountains", SAME=["049025"], UGC=["UTZ013", "UTZ016"],
         sent="2026-01-24T14:20:00-07:00", onset="2026-01-25T02:00:00-07:00", expires="2026-01-25T03:00:00-07:00",
         ends="2026-01-26T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:20PM MST until January 26 at 11:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches in Kanab and Long Valley, 18 to 30 inches above 7000 feet. Winds gusting as high as 45 mph.\n\n* WHERE...Kane County, including Kanab, Orderville, Mount Carmel and Glendale, and U.S. 89.\n\n* WHEN...From 2 AM Sunday to 11 AM MST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. U.S. 89 through Long Valley may close.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSLC.WS.W.0007.260125T0900Z-260126T1800Z/", geometry=None),
    dict(id=SVR_FGZ, office="KFGZ", senderName="NWS Flagstaff AZ", awips="SVRFGZ", wmo="WUUS55",
         areaDesc="Coconino, AZ", SAME=["004005"], UGC=["AZC005"],
         sent="2026-07-28T15:42:00-07:00", onset="2026-07-28T15:42:00-07:00", expires="2026-07-28T16:30:00-07:00",
         ends="2026-07-28T16:30:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 28 at 3:42PM MST until July 28 at 4:30PM MST by NWS Flagstaff AZ",
         description="SVRFGZ\n\nThe National Weather Service in Flagstaff has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Coconino County in northern Arizona...\n\n* Until 430 PM MST.\n\n* At 341 PM MST, a severe thunderstorm was located over LeChee, moving north at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings. Blowing dust will reduce visibility to near zero on U.S. 89.\n\n* Locations impacted include...\nPage, LeChee and Glen Canyon Dam.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFGZ.SV.W.0114.260728T2242Z-260728T2330Z/",
         geometry=poly((-111.52, 36.84), (-111.39, 36.84), (-111.39, 36.955), (-111.52, 36.955)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=FFW_SLC, office="KSLC", senderName="NWS Salt Lake City UT", awips="FFWSLC", wmo="WGUS55",
         areaDesc="Kane, UT", SAME=["049025"], UGC=["UTC025"],
         sent="2026-08-12T18:05:00-06:00", onset="2026-08-12T18:05:00-06:00", expires="2026-08-12T21:00:00-06:00",
         ends="2026-08-12T21:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 12 at 6:05PM MDT until August 12 at 9:00PM MDT by NWS Salt Lake City UT",
         description="FFWSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Flash Flood Warning for...\nSouth central Kane County in southern Utah...\n\n* Until 900 PM MDT.\n\n* At 603 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the Vermilion Cliffs above Kanab. Between 1 and 2 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nKanab, Kanab Creek, Jackson Flat Reservoir and U.S. 89 in Kanab.",
         instruction="Turn around, don't drown when encountering flooded roads. Stay out of Kanab Creek and its washes.",
         vtec="/O.NEW.KSLC.FF.W.0021.260813T0005Z-260813T0300Z/",
         geometry=poly((-112.565, 37.02), (-112.505, 37.02), (-112.505, 37.085), (-112.565, 37.085)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FLS_FGZ, office="KFGZ", senderName="NWS Flagstaff AZ", awips="FLSFGZ", wmo="WGUS85",
         areaDesc="Coconino, AZ", SAME=["004005"], UGC=["AZC005"],
         sent="2026-08-12T18:30:00-07:00", onset="2026-08-12T18:30:00-07:00", expires="2026-08-12T21:30:00-07:00",
         ends="2026-08-12T21:30:00-07:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued August 12 at 6:30PM MST until August 12 at 9:30PM MST by NWS Flagstaff AZ",
         description="* WHAT...Flooding caused by excessive rainfall is expected.\n\n* WHERE...Northern Coconino County, including Fredonia and Kanab Creek below the state line.\n\n* WHEN...Until 930 PM MST.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Water may cover low-water crossings on county roads.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KFGZ.FA.Y.0088.260813T0130Z-260813T0430Z/",
         geometry=poly((-112.56, 36.85), (-112.44, 36.85), (-112.44, 36.99), (-112.56, 36.99))),
]
