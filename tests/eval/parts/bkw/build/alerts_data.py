"""Hand-written NWS alerts for part bkw (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(NWS Charleston WV, KRLX), SAME and county UGC codes real; forecast-zone numbers best known, no label uses them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bkw_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR = urn("bkw-svr-beckley")
SVR_CAN = urn("bkw-svr-beckley-can")
WWY = urn("bkw-wwy-raleigh")
FFW = urn("bkw-ffw-clear-fork")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-81.245, 37.745), (-81.165, 37.745), (-81.165, 37.865), (-81.245, 37.865))
FFW_POLY = poly((-81.40, 37.70), (-81.265, 37.70), (-81.265, 37.80), (-81.40, 37.80))

COMMON = dict(office="KRLX", senderName="NWS Charleston WV")

ALERTS = [
    dict(id=WWY, **COMMON, awips="WSWRLX", wmo="WWUS41",
         areaDesc="Raleigh; Fayette", SAME=["054081", "054019"], UGC=["WVZ033", "WVZ032"],
         sent="2026-02-12T15:05:00-05:00", onset="2026-02-12T22:00:00-05:00", expires="2026-02-13T06:00:00-05:00",
         ends="2026-02-13T10:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 12 at 3:05PM EST until February 13 at 10:00AM EST by NWS Charleston WV",
         description="* WHAT...Snow expected. Total snow accumulations of 2 to 4 inches, locally 5 inches on Flat Top Mountain.\n\n* WHERE...Raleigh and Fayette Counties, including Beckley, Oak Hill and Fayetteville.\n\n* WHEN...From 10 PM this evening to 10 AM EST Friday.\n\n* IMPACTS...Plan on slippery road conditions, including on the West Virginia Turnpike.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KRLX.WW.Y.0011.260213T0300Z-260213T1500Z/", references=[], geometry=None),
    dict(id=SVR, **COMMON, awips="SVRRLX", wmo="WUUS51",
         areaDesc="Raleigh, WV", SAME=["054081"], UGC=["WVC081"],
         sent="2026-06-14T16:42:00-04:00", onset="2026-06-14T16:42:00-04:00", expires="2026-06-14T17:30:00-04:00",
         ends="2026-06-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 4:42PM EDT until June 14 at 5:30PM EDT by NWS Charleston WV",
         description="SVRRLX\n\nThe National Weather Service in Charleston West Virginia has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Raleigh County in southern West Virginia...\n\n* Until 530 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm was located near Mabscott, moving northeast at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nBeckley, Mabscott, MacArthur, Prosperity and Sprague.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRLX.SV.W.0142.260614T2042Z-260614T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, **COMMON, awips="SVSRLX", wmo="WWUS51",
         areaDesc="Raleigh, WV", SAME=["054081"], UGC=["WVC081"],
         sent="2026-06-14T17:12:00-04:00", onset="2026-06-14T17:12:00-04:00", expires="2026-06-14T17:30:00-04:00",
         ends="2026-06-14T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KRLX.SV.W.0142.000000T0000Z-260614T2130Z/", references=[SVR], geometry=SVR_POLY),
    dict(id=FFW, **COMMON, awips="FFWRLX", wmo="WGUS51",
         areaDesc="Raleigh, WV", SAME=["054081"], UGC=["WVC081"],
         sent="2026-07-28T19:25:00-04:00", onset="2026-07-28T19:25:00-04:00", expires="2026-07-28T23:30:00-04:00",
         ends="2026-07-28T23:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 28 at 7:25PM EDT until July 28 at 11:30PM EDT by NWS Charleston WV",
         description="FFWRLX\n\nThe National Weather Service in Charleston West Virginia has issued a\n\n* Flash Flood Warning for...\nWestern Raleigh County in southern West Virginia...\n\n* Until 1130 PM EDT.\n\n* At 724 PM EDT, Doppler radar indicated thunderstorms producing heavy rain along the Clear Fork and Marsh Fork. Between 2 and 3 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nLester, Fairdale, Glen White, Clear Creek and Arnett.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KRLX.FF.W.0057.260728T2325Z-260729T0330Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
