"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part sfx. Every alert is invented;
the office (NWS Sioux Falls, KFSD), county SAME/UGC codes are real; forecast-zone numbers are given as best known
and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.sfx{h[:37]}.001.1"


BZW_FSD = urn("sfx-blizzard-lincoln")
WWY_FSD = urn("sfx-wwy-minnehaha")
SVR_FSD = urn("sfx-svr-east-sioux-falls-brandon")
SVR_FSD_CAN = urn("sfx-svr-east-sioux-falls-brandon-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-96.668, 43.522), (-96.535, 43.515), (-96.530, 43.630), (-96.640, 43.640), (-96.672, 43.580))

ALERTS = [
    dict(id=BZW_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Lincoln, SD; Turner, SD; Union, SD", SAME=["046083", "046125", "046127"],
         UGC=["SDZ067", "SDZ066", "SDZ071"],
         sent="2026-01-11T14:35:00-06:00", onset="2026-01-12T00:00:00-06:00", expires="2026-01-12T04:00:00-06:00",
         ends="2026-01-13T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 11 at 2:35PM CST until January 13 at 12:00PM CST by NWS Sioux Falls SD",
         description="* WHAT...Blizzard conditions. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 55 mph will cause widespread blowing and drifting snow and visibility near zero in open country.\n\n* WHERE...Lincoln, Turner and Union Counties, including Harrisburg, Tea, Lennox, Canton, Worthing and southern Sioux Falls.\n\n* WHEN...From midnight tonight to noon CST Tuesday.\n\n* IMPACTS...Travel will be very difficult to impossible. Interstate 29 south of Sioux Falls may close. Wind chills as low as 35 below zero could cause frostbite on exposed skin in as little as 10 minutes.",
         instruction="Persons should consider delaying all travel. If travel is absolutely necessary, keep a winter survival kit in your vehicle. Call 511 for road information.",
         vtec="/O.NEW.KFSD.BZ.W.0002.260112T0600Z-260113T1800Z/", references=[], geometry=None),
    dict(id=WWY_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Minnehaha, SD; Lake, SD; Moody, SD", SAME=["046099", "046079", "046101"],
         UGC=["SDZ062", "SDZ056", "SDZ057"],
         sent="2026-02-19T15:10:00-06:00", onset="2026-02-20T03:00:00-06:00", expires="2026-02-20T04:00:00-06:00",
         ends="2026-02-20T15:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 19 at 3:10PM CST until February 20 at 3:00PM CST by NWS Sioux Falls SD",
         description="* WHAT...Freezing drizzle changing to light snow. Ice accumulations of a light glaze and snow accumulations of 1 to 2 inches.\n\n* WHERE...Minnehaha, Lake and Moody Counties, including Sioux Falls, Brandon, Hartford, Dell Rapids and Madison.\n\n* WHEN...From 3 AM to 3 PM CST Friday.\n\n* IMPACTS...Plan on slippery road conditions, including during the morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KFSD.WW.Y.0011.260220T0900Z-260220T2100Z/", references=[], geometry=None),
    dict(id=SVR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVRFSD", wmo="WUUS53",
         areaDesc="Minnehaha, SD", SAME=["046099"], UGC=["SDC099"],
         sent="2026-06-22T18:41:00-05:00", onset="2026-06-22T18:41:00-05:00", expires="2026-06-22T19:30:00-05:00",
         ends="2026-06-22T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 22 at 6:41PM CDT until June 22 at 7:30PM CDT by NWS Sioux Falls SD",
         description="SVRFSD\n\nThe National Weather Service in Sioux Falls has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Minnehaha County in southeastern South Dakota...\n\n* Until 730 PM CDT.\n\n* At 640 PM CDT, a severe thunderstorm was located near Cliff Avenue and Interstate 90, moving southeast at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Trained weather spotters reported golf ball size hail near Arrowhead Park.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\n* Locations impacted include...\nEastern Sioux Falls, Brandon and Splitrock Boulevard.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFSD.SV.W.0061.260622T2341Z-260623T0030Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_FSD_CAN, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVSFSD", wmo="WWUS53",
         areaDesc="Minnehaha, SD", SAME=["046099"], UGC=["SDC099"],
         sent="2026-06-22T19:14:00-05:00", onset="2026-06-22T19:14:00-05:00", expires="2026-06-22T19:30:00-05:00",
         ends="2026-06-22T19:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KFSD.SV.W.0061.000000T0000Z-260623T0030Z/", references=[SVR_FSD], geometry=SVR_POLY),
]
