"""Hand-written NWS alerts for part pdx (api.weather.gov /alerts/active GeoJSON shape), office NWS Portland OR
(KPQR). Every alert is invented; county SAME codes are real; forecast-zone numbers are given as best known and no
label depends on them (labels use SAME county codes and polygons only). Feature ids start with `pdx_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pdx_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("pdx-ice-storm-metro")
ISW_EXA = urn("pdx-ice-storm-metro-exa")
SVR = urn("pdx-svr-hillsboro")
SVR_CAN = urn("pdx-svr-hillsboro-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW, office="KPQR", senderName="NWS Portland OR", awips="WSWPQR", wmo="WWUS46",
         areaDesc="Greater Portland Metro Area; Western Columbia River Gorge; Greater Vancouver Area",
         SAME=["041051", "053011"], UGC=["ORZ006", "ORZ015", "WAZ039"],
         sent="2026-01-17T14:05:00-08:00", onset="2026-01-17T22:00:00-08:00", expires="2026-01-18T04:00:00-08:00",
         ends="2026-01-19T10:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 17 at 2:05PM PST until January 19 at 10:00AM PST by NWS Portland OR",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch. Easterly winds through the Columbia River Gorge gusting as high as 60 mph.\n\n* WHERE...Multnomah County, including Portland, Gresham and Troutdale, and Clark County, including Vancouver, Camas and Battle Ground.\n\n* WHEN...From 10 PM Saturday to 10 AM PST Monday.\n\n* IMPACTS...Widespread power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Prepare for power outages. Do not use generators, grills or camp stoves indoors.",
         vtec="/O.NEW.KPQR.IS.W.0002.260118T0600Z-260119T1800Z/", references=[], geometry=None),
    dict(id=ISW_EXA, office="KPQR", senderName="NWS Portland OR", awips="WSWPQR", wmo="WWUS46",
         areaDesc="Greater Portland Metro Area; Western Columbia River Gorge; Greater Vancouver Area; Clackamas County Lowlands",
         SAME=["041051", "053011", "041005"], UGC=["ORZ006", "ORZ015", "WAZ039", "ORZ007"],
         sent="2026-01-18T03:40:00-08:00", onset="2026-01-18T03:40:00-08:00", expires="2026-01-18T10:00:00-08:00",
         ends="2026-01-19T10:00:00-08:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 18 at 3:40AM PST until January 19 at 10:00AM PST by NWS Portland OR",
         description="* WHAT...Significant icing. Additional ice accumulations of one quarter to one half inch.\n\n* WHERE...Multnomah and Clark Counties. The warning has been expanded to include Clackamas County, including Lake Oswego, Oregon City, Milwaukie and Gladstone.\n\n* WHEN...Until 10 AM PST Monday.\n\n* IMPACTS...Power outages and downed trees are occurring. Roads are glazed with ice.",
         instruction="Stay off the roads. If you lose power, check on neighbors and use generators outdoors only.",
         vtec="/O.EXA.KPQR.IS.W.0002.000000T0000Z-260119T1800Z/", references=[ISW], geometry=None),
    dict(id=SVR, office="KPQR", senderName="NWS Portland OR", awips="SVRPQR", wmo="WUUS56",
         areaDesc="Washington, OR", SAME=["041067"], UGC=["ORC067"],
         sent="2026-06-14T16:22:00-07:00", onset="2026-06-14T16:22:00-07:00", expires="2026-06-14T17:00:00-07:00",
         ends="2026-06-14T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 14 at 4:22PM PDT until June 14 at 5:00PM PDT by NWS Portland OR",
         description="SVRPQR\n\nThe National Weather Service in Portland has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Washington County in northwestern Oregon...\n\n* Until 500 PM PDT.\n\n* At 421 PM PDT, a severe thunderstorm was located near North Plains, moving southeast at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nNorth Hillsboro, Orenco, the Hillsboro Airport and North Plains.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPQR.SV.W.0007.260614T2322Z-260615T0000Z/", references=[],
         geometry=poly((-123.02, 45.515), (-122.90, 45.515), (-122.90, 45.60), (-123.02, 45.60))),
    dict(id=SVR_CAN, office="KPQR", senderName="NWS Portland OR", awips="SVSPQR", wmo="WWUS56",
         areaDesc="Washington, OR", SAME=["041067"], UGC=["ORC067"],
         sent="2026-06-14T16:48:00-07:00", onset="2026-06-14T16:48:00-07:00", expires="2026-06-14T17:00:00-07:00",
         ends="2026-06-14T17:00:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property.",
         instruction=None,
         vtec="/O.CAN.KPQR.SV.W.0007.000000T0000Z-260615T0000Z/", references=[SVR],
         geometry=poly((-123.02, 45.515), (-122.90, 45.515), (-122.90, 45.60), (-123.02, 45.60))),
]
