"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hfd part. Every alert is invented; the
office (KBOX, Boston/Norton), SAME county codes and county UGC codes are real; forecast-zone numbers (CTZ) are given
as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hfd_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BOX = urn("hfd-winter-storm-tolland")
WSW_BOX_EXA = urn("hfd-winter-storm-tolland-exa-hartford")
SVR_BOX = urn("hfd-svr-manchester-glastonbury")
SVR_BOX_CAN = urn("hfd-svr-manchester-glastonbury-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="WSWBOX", wmo="WWUS41",
         areaDesc="Tolland", SAME=["009013"], UGC=["CTZ003"],
         sent="2026-02-21T15:45:00-05:00", onset="2026-02-22T01:00:00-05:00", expires="2026-02-22T04:00:00-05:00",
         ends="2026-02-23T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 21 at 3:45PM EST until February 23 at 7:00AM EST by NWS Boston/Norton MA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 20 inches in the hills. Winds gusting as high as 40 mph.\n\n* WHERE...Tolland County, including Vernon, Rockville, Tolland, Ellington and Coventry.\n\n* WHEN...From 1 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBOX.WS.W.0007.260222T0600Z-260223T1200Z/", references=[], geometry=None),
    dict(id=WSW_BOX_EXA, office="KBOX", senderName="NWS Boston/Norton MA", awips="WSWBOX", wmo="WWUS41",
         areaDesc="Hartford; Tolland", SAME=["009003", "009013"], UGC=["CTZ002", "CTZ003"],
         sent="2026-02-22T03:50:00-05:00", onset="2026-02-22T03:50:00-05:00", expires="2026-02-22T11:00:00-05:00",
         ends="2026-02-23T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 22 at 3:50AM EST until February 23 at 7:00AM EST by NWS Boston/Norton MA",
         description="* WHAT...Heavy snow. Additional snow accumulations of 10 to 16 inches. Snowfall rates of 2 inches per hour this morning.\n\n* WHERE...Hartford and Tolland Counties. The warning has been expanded to include Hartford County, including Hartford, West Hartford, New Britain, Bristol, Manchester, Glastonbury and Wethersfield.\n\n* WHEN...Until 7 AM EST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible. Scattered power outages are possible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only, away from windows and doors.",
         vtec="/O.EXA.KBOX.WS.W.0007.000000T0000Z-260223T1200Z/", references=[WSW_BOX], geometry=None),
    dict(id=SVR_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVRBOX", wmo="WUUS51",
         areaDesc="Hartford, CT; Tolland, CT", SAME=["009003", "009013"], UGC=["CTC003", "CTC013"],
         sent="2026-07-17T15:32:00-04:00", onset="2026-07-17T15:32:00-04:00", expires="2026-07-17T16:15:00-04:00",
         ends="2026-07-17T16:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 17 at 3:32PM EDT until July 17 at 4:15PM EDT by NWS Boston/Norton MA",
         description="SVRBOX\n\nThe National Weather Service in Norton has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Hartford County in northern Connecticut...\nSouthwestern Tolland County in northern Connecticut...\n\n* Until 415 PM EDT.\n\n* At 331 PM EDT, a severe thunderstorm was located over East Hartford, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nManchester, Glastonbury, South Glastonbury and Bolton.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOX.SV.W.0112.260717T1932Z-260717T2015Z/", references=[],
         geometry=poly((-72.62, 41.67), (-72.48, 41.67), (-72.48, 41.81), (-72.62, 41.81)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_BOX_CAN, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVSBOX", wmo="WWUS51",
         areaDesc="Hartford, CT; Tolland, CT", SAME=["009003", "009013"], UGC=["CTC003", "CTC013"],
         sent="2026-07-17T15:58:00-04:00", onset="2026-07-17T15:58:00-04:00", expires="2026-07-17T16:15:00-04:00",
         ends="2026-07-17T16:15:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KBOX.SV.W.0112.000000T0000Z-260717T2015Z/", references=[SVR_BOX],
         geometry=poly((-72.55, 41.72), (-72.48, 41.72), (-72.48, 41.81), (-72.55, 41.81))),
]
