"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hvr part. Every alert is invented;
the office (NWS Great Falls, KTFX), county SAME and UGC codes are real; forecast-zone numbers (MTZ) are given as
best known and no label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    # every item id in this part starts with "hvr_" (the brief); the rest is shaped like a real CAP identifier
    return f"hvr_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW_TFX = urn("hvr-blizzard-blaine-chouteau")
BZW_TFX_EXA = urn("hvr-blizzard-blaine-chouteau-exa-hill")
WIND_TFX = urn("hvr-wind-advisory-liberty-toole")
SVR_TFX = urn("hvr-svr-hail-havre")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Northern Blaine; Southern Blaine; Chouteau", SAME=["030005", "030015"],
         UGC=["MTZ047", "MTZ048", "MTZ049"],
         sent="2026-01-13T14:42:00-07:00", onset="2026-01-13T23:00:00-07:00", expires="2026-01-14T03:00:00-07:00",
         ends="2026-01-15T05:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 13 at 2:42PM MST until January 15 at 5:00AM MST by NWS Great Falls MT",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 4 to 8 inches. Winds gusting as high as 60 mph. Visibility near zero in blowing snow. Wind chills as low as 35 below zero.\n\n* WHERE...Blaine and Chouteau Counties, including Chinook, Harlem, Fort Belknap Agency, Big Sandy and Fort Benton.\n\n* WHEN...From 11 PM this evening to 5 AM MST Thursday.\n\n* IMPACTS...Travel will be very difficult to impossible. U.S. Highway 2 and U.S. Highway 87 may close. The cold wind chills could cause frostbite on exposed skin in as little as 10 minutes.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle.",
         vtec="/O.NEW.KTFX.BZ.W.0002.260114T0600Z-260115T1200Z/", references=[], geometry=None),
    dict(id=BZW_TFX_EXA, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Hill; Northern Blaine; Southern Blaine; Chouteau", SAME=["030041", "030005", "030015"],
         UGC=["MTZ046", "MTZ047", "MTZ048", "MTZ049"],
         sent="2026-01-14T03:35:00-07:00", onset="2026-01-14T03:35:00-07:00", expires="2026-01-14T11:00:00-07:00",
         ends="2026-01-15T05:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 14 at 3:35AM MST until January 15 at 5:00AM MST by NWS Great Falls MT",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 3 to 6 inches. Winds gusting as high as 65 mph. Visibility near zero. Wind chills as low as 40 below zero.\n\n* WHERE...Hill, Blaine and Chouteau Counties. The warning has been expanded to include Hill County, including Havre, Box Elder, Rocky Boy, Gildford, Hingham and Rudyard.\n\n* WHEN...Until 5 AM MST Thursday.\n\n* IMPACTS...U.S. Highway 2 is closed between Havre and Chinook. Travel will be impossible. Widespread blowing and drifting snow will bury rural roads.",
         instruction="Do not travel. If you lose heat, dress in layers and close off unused rooms. Check on elderly neighbors by phone.",
         vtec="/O.EXA.KTFX.BZ.W.0002.000000T0000Z-260115T1200Z/", references=[BZW_TFX], geometry=None),
    dict(id=WIND_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="NPWTFX", wmo="WWUS75",
         areaDesc="Liberty; Toole; Eastern Glacier", SAME=["030051", "030101", "030035"],
         UGC=["MTZ045", "MTZ044", "MTZ010"],
         sent="2026-03-30T04:10:00-06:00", onset="2026-03-30T09:00:00-06:00", expires="2026-03-30T18:00:00-06:00",
         ends="2026-03-30T21:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 30 at 4:10AM MDT until March 30 at 9:00PM MDT by NWS Great Falls MT",
         description="* WHAT...West winds 25 to 35 mph with gusts up to 55 mph.\n\n* WHERE...Liberty, Toole and eastern Glacier Counties, including Chester, Joplin, Shelby and Cut Bank.\n\n* WHEN...From 9 AM to 9 PM MDT today.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Travel will be difficult for high-profile vehicles on U.S. Highway 2.",
         instruction="Use extra caution when driving, especially if operating a high-profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KTFX.WI.Y.0011.260330T1500Z-260331T0300Z/", references=[], geometry=None),
    dict(id=SVR_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="SVRTFX", wmo="WUUS55",
         areaDesc="Hill, MT", SAME=["030041"], UGC=["MTC041"],
         sent="2026-07-21T17:48:00-06:00", onset="2026-07-21T17:48:00-06:00", expires="2026-07-21T18:30:00-06:00",
         ends="2026-07-21T18:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 5:48PM MDT until July 21 at 6:30PM MDT by NWS Great Falls MT",
         description="SVRTFX\n\nThe National Weather Service in Great Falls has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Hill County in north central Montana...\n\n* Until 630 PM MDT.\n\n* At 547 PM MDT, a severe thunderstorm was located near Fort Assinniboine, or 6 miles southwest of Havre, moving northeast at 25 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported quarter size hail at the Havre airport.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nHavre, Havre North and Fort Assinniboine.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTFX.SV.W.0093.260721T2348Z-260722T0030Z/", references=[],
         geometry=poly((-109.86, 48.49), (-109.675, 48.52), (-109.675, 48.62), (-109.80, 48.63), (-109.88, 48.55)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
]
