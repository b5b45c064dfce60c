"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mgw part. Alerts invented; offices
(Pittsburgh for Monongalia/Marion/Preston, Charleston WV for Harrison/Taylor) and county codes real; forecast-zone
numbers best known (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR_PBZ = "mgw_" + urn("mgw-svr-morgantown")
FFW_RLX = "mgw_" + urn("mgw-ffw-harrison")
FFW_RLX_EXA = "mgw_" + urn("mgw-ffw-harrison-exa")
WWY_PBZ = "mgw_" + urn("mgw-wwy-preston")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="WSWPBZ", wmo="WWUS41",
         areaDesc="Preston; Eastern Preston", SAME=["054077"], UGC=["WVZ510", "WVZ511"],
         sent="2026-01-22T15:05:00-05:00", onset="2026-01-22T22:00:00-05:00", expires="2026-01-23T06:00:00-05:00",
         ends="2026-01-23T10:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 22 at 3:05PM EST until January 23 at 10:00AM EST by NWS Pittsburgh PA",
         description="* WHAT...Snow expected. Total snow accumulations of 2 to 4 inches, locally 5 inches on the ridges.\n\n* WHERE...Preston County, including Kingwood, Terra Alta and Bruceton Mills.\n\n* WHEN...From 10 PM this evening to 10 AM EST Friday.\n\n* IMPACTS...Plan on slippery road conditions, especially on Interstate 68 and Route 7.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KPBZ.WW.Y.0012.260123T0300Z-260123T1500Z/", references=[], geometry=None),
    dict(id=FFW_RLX, office="KRLX", senderName="NWS Charleston WV", awips="FFWRLX", wmo="WGUS51",
         areaDesc="Harrison, WV", SAME=["054033"], UGC=["WVC033"],
         sent="2026-04-20T17:12:00-04:00", onset="2026-04-20T17:12:00-04:00", expires="2026-04-20T23:15:00-04:00",
         ends="2026-04-20T23:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 20 at 5:12PM EDT until April 20 at 11:15PM EDT by NWS Charleston WV",
         description="FFWRLX\n\nThe National Weather Service in Charleston has issued a\n\n* Flash Flood Warning for...\nHarrison County in north central West Virginia...\n\n* Until 1115 PM EDT.\n\n* At 510 PM EDT, Doppler radar indicated heavy rain due to repeated thunderstorms over the West Fork basin. Between 2 and 3 inches of rain have fallen.\n\n* Some locations that will experience flash flooding include...\nClarksburg, Bridgeport, Nutter Fort, Stonewood, Shinnston and Salem.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KRLX.FF.W.0031.260420T2112Z-260421T0315Z/", references=[], geometry=None),
    dict(id=FFW_RLX_EXA, office="KRLX", senderName="NWS Charleston WV", awips="FFSRLX", wmo="WGUS71",
         areaDesc="Harrison, WV; Taylor, WV", SAME=["054033", "054091"], UGC=["WVC033", "WVC091"],
         sent="2026-04-20T19:40:00-04:00", onset="2026-04-20T19:40:00-04:00", expires="2026-04-21T01:45:00-04:00",
         ends="2026-04-21T01:45:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 20 at 7:40PM EDT until April 21 at 1:45AM EDT by NWS Charleston WV",
         description="The Flash Flood Warning is extended in area and time to include Taylor County, including Grafton and Flemington, until 145 AM EDT.\n\nAt 738 PM EDT, additional heavy rain was falling over the Tygart Valley. Flash flooding is ongoing or expected to begin shortly along Three Fork Creek.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.EXA.KRLX.FF.W.0031.000000T0000Z-260421T0545Z/", references=[FFW_RLX], geometry=None),
    dict(id=SVR_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="SVRPBZ", wmo="WUUS51",
         areaDesc="Monongalia, WV", SAME=["054061"], UGC=["WVC061"],
         sent="2026-06-18T16:02:00-04:00", onset="2026-06-18T16:02:00-04:00", expires="2026-06-18T16:45:00-04:00",
         ends="2026-06-18T16:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 4:02PM EDT until June 18 at 4:45PM EDT by NWS Pittsburgh PA",
         description="SVRPBZ\n\nThe National Weather Service in Pittsburgh has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Monongalia County in north central West Virginia...\n\n* Until 445 PM EDT.\n\n* At 401 PM EDT, a severe thunderstorm was located over Westover, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\nMorgantown, Westover, Star City, Granville and Sabraton.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPBZ.SV.W.0088.260618T2002Z-260618T2045Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-80.030, 39.603), (-79.895, 39.603), (-79.895, 39.690), (-80.030, 39.690))),
]
