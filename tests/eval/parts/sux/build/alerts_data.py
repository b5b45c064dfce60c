"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the sux part. Every alert is invented; the
office (NWS Sioux Falls, KFSD, which serves Siouxland) and SAME county codes are real; UGC zone numbers are best
known and no label depends on them. Feature ids are prefixed 'sux_' as the part brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sux_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW_FSD = urn("sux-blizzard-plymouth")
SVR_FSD = urn("sux-svr-west-sioux-city")
SVR_FSD_CAN = urn("sux-svr-west-sioux-city-can")
HEAT_FSD = urn("sux-heat-siouxland")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-96.535, 42.545), (-96.412, 42.545), (-96.392, 42.470), (-96.402, 42.432), (-96.535, 42.432))

ALERTS = [
    dict(id=BZW_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Plymouth; Sioux", SAME=["019149", "019167"], UGC=["IAZ012", "IAZ002"],
         sent="2026-01-16T14:10:00-06:00", onset="2026-01-16T22:00:00-06:00", expires="2026-01-17T06:00:00-06:00",
         ends="2026-01-17T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 16 at 2:10PM CST until January 17 at 6:00PM CST by NWS Sioux Falls SD",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 5 to 9 inches. Winds gusting as high as 55 mph will cause whiteout conditions.\n\n* WHERE...Plymouth and Sioux Counties, including Le Mars, Remsen, Hinton, Orange City and Sioux Center.\n\n* WHEN...From 10 PM this evening to 6 PM CST Saturday.\n\n* IMPACTS...Travel will be very dangerous to impossible. Widespread blowing snow will significantly reduce visibility.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you.",
         vtec="/O.NEW.KFSD.BZ.W.0002.260117T0400Z-260118T0000Z/", references=[], geometry=None),
    dict(id=SVR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVRFSD", wmo="WUUS53",
         areaDesc="Woodbury, IA; Dakota, NE; Union, SD", SAME=["019193", "031043", "046127"],
         UGC=["IAC193", "NEC043", "SDC127"],
         sent="2026-06-11T23:42:00-05:00", onset="2026-06-11T23:42:00-05:00", expires="2026-06-12T00:30:00-05:00",
         ends="2026-06-12T00:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 11:42PM CDT until June 12 at 12:30AM CDT by NWS Sioux Falls SD",
         description="At 1142 PM CDT, a line of severe thunderstorms was located from near Jefferson to near Dakota City, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include western Sioux City, South Sioux City, North Sioux City, Dakota Dunes and Dakota City.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFSD.SV.W.0187.260612T0442Z-260612T0530Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_FSD_CAN, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVSFSD", wmo="WWUS53",
         areaDesc="Woodbury, IA; Dakota, NE; Union, SD", SAME=["019193", "031043", "046127"],
         UGC=["IAC193", "NEC043", "SDC127"],
         sent="2026-06-12T00:14:00-05:00", onset="2026-06-12T00:14:00-05:00", expires="2026-06-12T00:30:00-05:00",
         ends="2026-06-12T00:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KFSD.SV.W.0187.000000T0000Z-260612T0530Z/", references=[SVR_FSD],
         geometry=SVR_POLY),
    dict(id=HEAT_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="NPWFSD", wmo="WWUS73",
         areaDesc="Woodbury; Plymouth; Dakota; Union", SAME=["019193", "019149", "031043", "046127"],
         UGC=["IAZ031", "IAZ020", "NEZ014", "SDZ071"],
         sent="2026-07-20T03:30:00-05:00", onset="2026-07-20T12:00:00-05:00", expires="2026-07-20T18:00:00-05:00",
         ends="2026-07-21T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 20 at 3:30AM CDT until July 21 at 8:00PM CDT by NWS Sioux Falls SD",
         description="* WHAT...Heat index values up to 105 expected.\n\n* WHERE...Woodbury and Plymouth Counties in Iowa, Dakota County in Nebraska and Union County in South Dakota.\n\n* WHEN...From noon today to 8 PM CDT Tuesday.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KFSD.HT.Y.0004.260720T1700Z-260722T0100Z/", references=[], geometry=None),
]
