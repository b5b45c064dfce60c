"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the tvf part. Every alert is invented; the
office (NWS Grand Forks ND, KFGF) and county SAME/UGC codes are real; labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tvf_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


BZW = urn("tvf-blizzard-marshall-redlake")
SVR = urn("tvf-svr-thief-river-falls")
SVR_CAN = urn("tvf-svr-thief-river-falls-can")
FRZ = urn("tvf-frost-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TRF_BOX = poly((-96.245, 48.085), (-96.115, 48.085), (-96.115, 48.158), (-96.245, 48.158))

ALERTS = [
    dict(id=BZW, office="KFGF", senderName="NWS Grand Forks ND", awips="WSWFGF", wmo="WWUS43",
         areaDesc="Marshall, MN; Red Lake, MN", SAME=["027089", "027125"], UGC=["MNC089", "MNC125"],
         sent="2026-01-13T03:45:00-06:00", onset="2026-01-13T09:00:00-06:00", expires="2026-01-13T12:00:00-06:00",
         ends="2026-01-15T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 13 at 3:45AM CST until January 15 at 6:00AM CST by NWS Grand Forks ND",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 4 to 7 inches. Winds gusting as high as 55 mph. Visibility near zero in open country.\n\n* WHERE...Marshall and Red Lake Counties, including Warren, Argyle, Stephen, Red Lake Falls and Plummer.\n\n* WHEN...From 9 AM Tuesday to 6 AM CST Thursday.\n\n* IMPACTS...Travel will be impossible. Highways 1, 32, 59 and 75 will likely be closed. Very cold wind chills as low as 40 below zero.",
         instruction="Travel is strongly discouraged. If you must travel, tell someone your route and carry a winter survival kit.",
         vtec="/O.NEW.KFGF.BZ.W.0002.260113T1500Z-260115T1200Z/", references=[], geometry=None),
    dict(id=SVR, office="KFGF", senderName="NWS Grand Forks ND", awips="SVRFGF", wmo="WUUS53",
         areaDesc="Pennington, MN", SAME=["027113"], UGC=["MNC113"],
         sent="2026-07-16T17:52:00-05:00", onset="2026-07-16T17:52:00-05:00", expires="2026-07-16T18:30:00-05:00",
         ends="2026-07-16T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 16 at 5:52PM CDT until July 16 at 6:30PM CDT by NWS Grand Forks ND",
         description="At 552 PM CDT, a severe thunderstorm was located near Thief River Falls airport, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nIMPACT...Hail damage to vehicles is expected. Expect considerable tree damage. Wind damage is also likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Thief River Falls.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFGF.SV.W.0118.260716T2252Z-260716T2330Z/", references=[], geometry=TRF_BOX,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "windThreat": ["OBSERVED"]}),
    dict(id=SVR_CAN, office="KFGF", senderName="NWS Grand Forks ND", awips="SVSFGF", wmo="WWUS53",
         areaDesc="Pennington, MN", SAME=["027113"], UGC=["MNC113"],
         sent="2026-07-16T18:14:00-05:00", onset="2026-07-16T18:14:00-05:00", expires="2026-07-16T18:30:00-05:00",
         ends="2026-07-16T18:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KFGF.SV.W.0118.000000T0000Z-260716T2330Z/", references=[SVR],
         geometry=TRF_BOX),
    dict(id=FRZ, office="KFGF", senderName="NWS Grand Forks ND", awips="NPWFGF", wmo="WWUS73",
         areaDesc="Marshall, MN; Pennington, MN; Red Lake, MN", SAME=["027089", "027113", "027125"],
         UGC=["MNC089", "MNC113", "MNC125"],
         sent="2026-09-14T14:20:00-05:00", onset="2026-09-15T01:00:00-05:00", expires="2026-09-15T04:00:00-05:00",
         ends="2026-09-15T08:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued September 14 at 2:20PM CDT until September 15 at 8:00AM CDT by NWS Grand Forks ND",
         description="* WHAT...Temperatures as low as 32 will result in frost formation.\n\n* WHERE...Marshall, Pennington and Red Lake Counties.\n\n* WHEN...From 1 AM to 8 AM CDT Tuesday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KFGF.FR.Y.0031.260915T0600Z-260915T1300Z/", references=[], geometry=None),
]
