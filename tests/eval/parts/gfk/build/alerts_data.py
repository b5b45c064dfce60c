"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the gfk part. Every alert is invented;
the office (NWS Grand Forks, KFGF), county SAME and UGC codes are real; forecast-zone numbers are given as best
known and no label depends on them (labels use SAME county codes and polygons only).

Alert ids start with `gfk_` as the part's brief requires: the properties `id` and the feature `id` are
`gfk_urn:oid:2.49.0.1.840.0.<sha1>.001.1`; `@id` is the api.weather.gov URL of that id."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gfk_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW = urn("gfk-blizzard-grand-forks-county")
BZW_EXA = urn("gfk-blizzard-grand-forks-polk-exa")
WCY = urn("gfk-wind-chill-advisory")
SVR = urn("gfk-svr-north-grand-forks")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="Grand Forks", SAME=["038035"], UGC=["NDZ030"],
         sent="2026-01-12T15:05:00-06:00", onset="2026-01-12T18:00:00-06:00", expires="2026-01-13T04:00:00-06:00",
         ends="2026-01-14T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 12 at 3:05PM CST until January 14 at 12:00PM CST by NWS Grand Forks ND",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 2 to 5 inches. Winds gusting as high as 55 mph will produce widespread blowing snow and visibility of one quarter mile or less.\n\n* WHERE...Grand Forks County, including the cities of Grand Forks, Larimore, Northwood, Thompson and Manvel.\n\n* WHEN...From 6 PM this evening to noon CST Wednesday.\n\n* IMPACTS...Travel will be very difficult to impossible. Whiteout conditions are expected and will make travel treacherous and potentially life-threatening. Interstate 29 closures are likely.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle.",
         vtec="/O.NEW.KFGF.BZ.W.0002.260113T0000Z-260114T1800Z/", references=[], geometry=None),
    dict(id=BZW_EXA, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="Grand Forks; West Polk", SAME=["038035", "027119"], UGC=["NDZ030", "MNZ017"],
         sent="2026-01-12T21:40:00-06:00", onset="2026-01-12T21:40:00-06:00", expires="2026-01-13T06:00:00-06:00",
         ends="2026-01-14T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 12 at 9:40PM CST until January 14 at 12:00PM CST by NWS Grand Forks ND",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 3 to 6 inches. Winds gusting as high as 60 mph.\n\n* WHERE...Grand Forks County in North Dakota and west Polk County in Minnesota. The warning has been expanded across the Red River to include East Grand Forks, Fisher and Crookston.\n\n* WHEN...Until noon CST Wednesday.\n\n* IMPACTS...Travel will be very difficult to impossible. Widespread whiteouts.",
         instruction="Do not travel. If you must, let someone know your route and stay with your vehicle if stranded.",
         vtec="/O.EXA.KFGF.BZ.W.0002.000000T0000Z-260114T1800Z/", references=[BZW], geometry=None),
    dict(id=WCY, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="Grand Forks; West Polk", SAME=["038035", "027119"], UGC=["NDZ030", "MNZ017"],
         sent="2026-01-20T03:30:00-06:00", onset="2026-01-20T03:30:00-06:00", expires="2026-01-20T10:00:00-06:00",
         ends="2026-01-20T12:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Cold Weather Advisory", response="Prepare",
         headline="Cold Weather Advisory issued January 20 at 3:30AM CST until January 20 at 12:00PM CST by NWS Grand Forks ND",
         description="* WHAT...Very cold wind chills. Wind chills as low as 35 below zero.\n\n* WHERE...Grand Forks County in North Dakota and west Polk County in Minnesota.\n\n* WHEN...Until noon CST today.\n\n* IMPACTS...The cold wind chills could cause frostbite on exposed skin in as little as 10 minutes.",
         instruction="Use caution while traveling outside. Wear appropriate clothing, a hat, and gloves.",
         vtec="/O.NEW.KFGF.CW.Y.0004.260120T0930Z-260120T1800Z/", references=[], geometry=None),
    dict(id=SVR, office="KFGF", senderName="NWS Grand Forks ND", awips="SVRFGF", wmo="WUUS53",
         areaDesc="Grand Forks, ND", SAME=["038035"], UGC=["NDC035"],
         sent="2026-07-14T22:42:00-05:00", onset="2026-07-14T22:42:00-05:00", expires="2026-07-14T23:15:00-05:00",
         ends="2026-07-14T23:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 10:42PM CDT until July 14 at 11:15PM CDT by NWS Grand Forks ND",
         description="SVRFGF\n\nThe National Weather Service in Grand Forks has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Grand Forks County in northeastern North Dakota...\n\n* Until 1115 PM CDT.\n\n* At 1041 PM CDT, a severe thunderstorm was located near the Grand Forks International Airport, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\n* Locations impacted include...\nNorth and west Grand Forks, the University of North Dakota, Grand Forks International Airport and Riverside Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFGF.SV.W.0187.260715T0342Z-260715T0415Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"], "thunderstormDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-97.165, 47.966), (-97.048, 47.968), (-97.049, 47.914), (-97.163, 47.911))),
]
