"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lbb part. Every alert is invented; the
office (NWS Lubbock, KLUB) and the county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME codes and polygons only). Alert ids carry the part's `lbb_` prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lbb_urn:oid:2.49.0.1.840.0.{h}.001.1"


HWW_LUB = urn("lbb-high-wind-hockley")
WWY_LUB = urn("lbb-winter-weather-lubbock")
SVR_LUB = urn("lbb-svr-hail-sw-lubbock-wolfforth")
SVR_LUB_CAN = urn("lbb-svr-hail-sw-lubbock-wolfforth-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-102.065, 33.470), (-101.895, 33.470), (-101.895, 33.532), (-102.065, 33.540))

ALERTS = [
    dict(id=HWW_LUB, office="KLUB", senderName="NWS Lubbock TX", awips="NPWLUB", wmo="WWUS74",
         areaDesc="Cochran; Hockley", SAME=["048079", "048219"], UGC=["TXZ033", "TXZ034"],
         sent="2026-02-24T03:40:00-06:00", onset="2026-02-24T10:00:00-06:00", expires="2026-02-24T18:00:00-06:00",
         ends="2026-02-24T20:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued February 24 at 3:40AM CST until February 24 at 8:00PM CST by NWS Lubbock TX",
         description="* WHAT...West winds 40 to 50 mph with gusts up to 70 mph. Areas of blowing dust will reduce visibility to one mile or less at times.\n\n* WHERE...Cochran and Hockley Counties, including Levelland, Morton and Sundown.\n\n* WHEN...From 10 AM to 8 PM CST Tuesday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Travel will be difficult, especially for high profile vehicles. Sudden drops in visibility in blowing dust.",
         instruction="Remain in the lower levels of your home during the windstorm. Secure outdoor objects. Do not drive into a wall of dust.",
         vtec="/O.NEW.KLUB.HW.W.0006.260224T1600Z-260225T0200Z/", references=[], geometry=None,
         extra={"WEAHandling": ["Imminent Threat"]}),
    dict(id=WWY_LUB, office="KLUB", senderName="NWS Lubbock TX", awips="WSWLUB", wmo="WWUS44",
         areaDesc="Lubbock; Hockley; Lamb", SAME=["048303", "048219", "048279"], UGC=["TXZ035", "TXZ034", "TXZ027"],
         sent="2026-01-09T14:05:00-06:00", onset="2026-01-10T00:00:00-06:00", expires="2026-01-10T06:00:00-06:00",
         ends="2026-01-10T12:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 9 at 2:05PM CST until January 10 at 12:00PM CST by NWS Lubbock TX",
         description="* WHAT...Light freezing drizzle and snow. Ice accumulations of a light glaze and snow up to one inch.\n\n* WHERE...Lubbock, Hockley and Lamb Counties, including Lubbock, Levelland, Wolfforth and Shallowater.\n\n* WHEN...From midnight tonight to noon CST Saturday.\n\n* IMPACTS...Plan on slippery road conditions, especially on bridges and overpasses such as the Marsha Sharp Freeway.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KLUB.WW.Y.0003.260110T0600Z-260110T1800Z/", references=[], geometry=None),
    dict(id=SVR_LUB, office="KLUB", senderName="NWS Lubbock TX", awips="SVRLUB", wmo="WUUS54",
         areaDesc="Lubbock, TX", SAME=["048303"], UGC=["TXC303"],
         sent="2026-04-29T18:52:00-05:00", onset="2026-04-29T18:52:00-05:00", expires="2026-04-29T19:45:00-05:00",
         ends="2026-04-29T19:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 29 at 6:52PM CDT until April 29 at 7:45PM CDT by NWS Lubbock TX",
         description="SVRLUB\n\nThe National Weather Service in Lubbock has issued a\n\n* Severe Thunderstorm Warning for...\nSouthwestern Lubbock County in northwestern Texas...\n\n* Until 745 PM CDT.\n\n* At 651 PM CDT, a severe thunderstorm was located near Wolfforth, moving east at 25 mph.\n\nHAZARD...Tennis ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail in Wolfforth.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nWolfforth, southwest Lubbock, Lubbock-Cooper schools and the Loop 88 corridor.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLUB.SV.W.0118.260429T2352Z-260430T0045Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.50"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_LUB_CAN, office="KLUB", senderName="NWS Lubbock TX", awips="SVSLUB", wmo="WWUS54",
         areaDesc="Lubbock, TX", SAME=["048303"], UGC=["TXC303"],
         sent="2026-04-29T19:31:00-05:00", onset="2026-04-29T19:31:00-05:00", expires="2026-04-29T19:45:00-05:00",
         ends="2026-04-29T19:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KLUB.SV.W.0118.000000T0000Z-260430T0045Z/", references=[SVR_LUB], geometry=SVR_POLY),
]
