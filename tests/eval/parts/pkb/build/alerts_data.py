"""Hand-written NWS alerts for part pkb (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(KRLX, NWS Charleston WV), SAME and county UGC codes real; labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pkb_urn:oid:2.49.0.1.840.0.{h}.001.1"


FLW_RLX = urn("pkb-flood-warning-ohio-river-marietta")
SVR_RLX = urn("pkb-svr-vienna")
SVR_RLX_CAN = urn("pkb-svr-vienna-can")
FLS_RLX = urn("pkb-flood-advisory-wood-minor")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FLW_RLX, office="KRLX", senderName="NWS Charleston WV", awips="FLWRLX", wmo="WGUS41",
         areaDesc="Washington, OH", SAME=["039167"], UGC=["OHC167"],
         sent="2026-03-20T09:15:00-04:00", onset="2026-03-21T02:00:00-04:00", expires="2026-03-21T09:15:00-04:00",
         ends="2026-03-23T08:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued March 20 at 9:15AM EDT until March 23 at 8:00AM EDT by NWS Charleston WV",
         description="...The Flood Warning is issued for the Ohio River at Marietta...\n\n* WHAT...Moderate flooding is forecast.\n\n* WHERE...Ohio River at Marietta, affecting Washington County in Ohio, including Marietta, Belpre and Reno.\n\n* WHEN...From late tonight until Monday morning.\n\n* IMPACTS...At 40.0 feet, water covers Front Street in downtown Marietta and the low areas of Belpre near the Little Hocking River.\n\n* ADDITIONAL DETAILS...The river is expected to rise above flood stage of 35.0 feet late tonight and crest near 41.2 feet Sunday.",
         instruction="Do not drive cars through flooded areas. Move valuables from basements along Front Street.",
         vtec="/O.NEW.KRLX.FL.W.0031.260321T0600Z-260323T1200Z/", references=[], geometry=None),
    dict(id=SVR_RLX, office="KRLX", senderName="NWS Charleston WV", awips="SVRRLX", wmo="WUUS51",
         areaDesc="Wood, WV; Washington, OH", SAME=["054107", "039167"], UGC=["WVC107", "OHC167"],
         sent="2026-05-20T16:42:00-04:00", onset="2026-05-20T16:42:00-04:00", expires="2026-05-20T17:30:00-04:00",
         ends="2026-05-20T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued May 20 at 4:42PM EDT until May 20 at 5:30PM EDT by NWS Charleston WV",
         description="SVRRLX\n\nThe National Weather Service in Charleston has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Wood County in northwestern West Virginia...\n\n* Until 530 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm was located over Little Hocking, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nVienna, Boaz, North Parkersburg and Williamstown Junction.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRLX.SV.W.0118.260520T2042Z-260520T2130Z/", references=[],
         geometry=poly((-81.62, 39.30), (-81.47, 39.30), (-81.47, 39.37), (-81.62, 39.37))),
    dict(id=SVR_RLX_CAN, office="KRLX", senderName="NWS Charleston WV", awips="SVSRLX", wmo="WWUS51",
         areaDesc="Wood, WV", SAME=["054107"], UGC=["WVC107"],
         sent="2026-05-20T17:10:00-04:00", onset="2026-05-20T17:10:00-04:00", expires="2026-05-20T17:30:00-04:00",
         ends="2026-05-20T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property.",
         instruction=None, vtec="/O.CAN.KRLX.SV.W.0118.000000T0000Z-260520T2130Z/", references=[SVR_RLX],
         geometry=poly((-81.62, 39.30), (-81.47, 39.30), (-81.47, 39.37), (-81.62, 39.37))),
    dict(id=FLS_RLX, office="KRLX", senderName="NWS Charleston WV", awips="FLSRLX", wmo="WGUS81",
         areaDesc="Wood, WV", SAME=["054107"], UGC=["WVC107"],
         sent="2026-06-30T14:05:00-04:00", onset="2026-06-30T14:05:00-04:00", expires="2026-06-30T17:00:00-04:00",
         ends="2026-06-30T17:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Monitor",
         headline="Flood Advisory issued June 30 at 2:05PM EDT until June 30 at 5:00PM EDT by NWS Charleston WV",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Wood County, including Parkersburg, Vienna and Mineral Wells.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas, including Worthington Creek.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KRLX.FA.Y.0044.260630T1805Z-260630T2100Z/", references=[],
         geometry=poly((-81.60, 39.15), (-81.45, 39.15), (-81.45, 39.36), (-81.60, 39.36))),
]
