"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lower Eastern Shore. Every alert is
invented; the office (NWS Wakefield VA, KAKQ), SAME and county UGC codes are real; forecast-zone numbers are
best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sby_urn:oid:2.49.0.1.840.0.{h}.001.1"


CFW_AKQ = urn("sby-coastal-flood-somerset")
SVR_AKQ = urn("sby-svr-salisbury-fruitland")
SVR_AKQ_CAN = urn("sby-svr-salisbury-fruitland-can")
FOG_AKQ = urn("sby-fog-worcester")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-75.705, 38.285), (-75.495, 38.295), (-75.490, 38.405), (-75.600, 38.412), (-75.700, 38.405))

ALERTS = [
    dict(id=CFW_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="CFWAKQ", wmo="WHUS41",
         areaDesc="Somerset", SAME=["024039"], UGC=["MDZ023"],
         sent="2026-02-16T15:48:00-05:00", onset="2026-02-17T04:00:00-05:00", expires="2026-02-17T04:00:00-05:00",
         ends="2026-02-17T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Coastal Flood Warning", response="Prepare",
         headline="Coastal Flood Warning issued February 16 at 3:48PM EST until February 17 at 1:00PM EST by NWS Wakefield VA",
         description="* WHAT...Moderate coastal flooding expected. Water levels 2.5 to 3 feet above mean higher high water along Tangier Sound and the lower Chesapeake Bay.\n\n* WHERE...Somerset County, including Crisfield, Smith Island, Deal Island and Princess Anne.\n\n* WHEN...From 4 AM to 1 PM EST Tuesday, with the highest water around the 9 AM high tide.\n\n* IMPACTS...Numerous roads in Crisfield, including Route 413 and Main Street, will be flooded. Water will enter some homes and businesses on Smith Island and in low-lying parts of Crisfield.",
         instruction="Move vehicles to higher ground. Do not drive through flooded roadways.",
         vtec="/O.NEW.KAKQ.CF.W.0005.260217T0900Z-260217T1800Z/", references=[], geometry=None),
    dict(id=SVR_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="SVRAKQ", wmo="WUUS51",
         areaDesc="Wicomico, MD", SAME=["024045"], UGC=["MDC045"],
         sent="2026-04-20T17:05:00-04:00", onset="2026-04-20T17:05:00-04:00", expires="2026-04-20T17:45:00-04:00",
         ends="2026-04-20T17:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 20 at 5:05PM EDT until April 20 at 5:45PM EDT by NWS Wakefield VA",
         description="SVRAKQ\n\nThe National Weather Service in Wakefield has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Wicomico County in southeastern Maryland...\n\n* Until 545 PM EDT.\n\n* At 504 PM EDT, a severe thunderstorm was located near Allen, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSalisbury, Fruitland, Allen and Eden.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAKQ.SV.W.0112.260420T2105Z-260420T2145Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_AKQ_CAN, office="KAKQ", senderName="NWS Wakefield VA", awips="SVSAKQ", wmo="WWUS51",
         areaDesc="Wicomico, MD", SAME=["024045"], UGC=["MDC045"],
         sent="2026-04-20T17:31:00-04:00", onset="2026-04-20T17:31:00-04:00", expires="2026-04-20T17:45:00-04:00",
         ends="2026-04-20T17:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KAKQ.SV.W.0112.000000T0000Z-260420T2145Z/", references=[SVR_AKQ], geometry=SVR_POLY),
    dict(id=FOG_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="NPWAKQ", wmo="WWUS71",
         areaDesc="Inland Worcester; Maryland Beaches; Wicomico", SAME=["024047", "024045"],
         UGC=["MDZ024", "MDZ025", "MDZ022"],
         sent="2026-06-11T03:10:00-04:00", onset="2026-06-11T03:10:00-04:00", expires="2026-06-11T09:00:00-04:00",
         ends="2026-06-11T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued June 11 at 3:10AM EDT until June 11 at 9:00AM EDT by NWS Wakefield VA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Worcester and Wicomico Counties, including Berlin, Ocean City, Snow Hill and Salisbury.\n\n* WHEN...Until 9 AM EDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KAKQ.FG.Y.0021.260611T0710Z-260611T1300Z/", references=[], geometry=None),
]
