"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part ozk. Alerts invented; offices,
SAME county codes real; forecast-zone numbers as best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    # the brief asks every alert id to start with ozk_; the rest mimics an urn:oid
    return f"ozk_urn-oid-2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


FA_LZK = urn("ozk-flood-newton-marion")
SVR_LZK = urn("ozk-svr-harrison")
SVR_LZK_CAN = urn("ozk-svr-harrison-can")
WIND_TSA = urn("ozk-wind-advisory-carroll")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


HARRISON = poly((-93.17, 36.20), (-93.04, 36.19), (-93.03, 36.29), (-93.15, 36.30))

ALERTS = [
    dict(id=FA_LZK, office="KLZK", senderName="NWS Little Rock AR", awips="FLWLZK", wmo="WGUS44",
         areaDesc="Newton, AR; Marion, AR", SAME=["005101", "005089"], UGC=["ARC101", "ARC089"],
         sent="2026-04-09T13:05:00-05:00", onset="2026-04-09T13:05:00-05:00", expires="2026-04-10T01:00:00-05:00",
         ends="2026-04-10T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued April 9 at 1:05PM CDT until April 10 at 1:00PM CDT by NWS Little Rock AR",
         description="* WHAT...Flooding caused by excessive rainfall continues.\n\n* WHERE...Newton and Marion Counties, including Jasper, Ponca, Yellville, Flippin and Bull Shoals.\n\n* WHEN...Until 1 PM CDT Friday.\n\n* IMPACTS...Low-water crossings and county roads along the Buffalo River and Crooked Creek are flooded.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLZK.FA.W.0031.260409T1805Z-260410T1800Z/", references=[], geometry=None),
    dict(id=SVR_LZK, office="KLZK", senderName="NWS Little Rock AR", awips="SVRLZK", wmo="WUUS54",
         areaDesc="Boone, AR", SAME=["005009"], UGC=["ARC009"],
         sent="2026-05-06T17:42:00-05:00", onset="2026-05-06T17:42:00-05:00", expires="2026-05-06T18:30:00-05:00",
         ends="2026-05-06T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 6 at 5:42PM CDT until May 6 at 6:30PM CDT by NWS Little Rock AR",
         description="At 541 PM CDT, a severe thunderstorm was located near Bellefonte, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and ping pong ball size hail.\n\nLocations impacted include Harrison, Bellefonte and Bergman.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLZK.SV.W.0112.260506T2242Z-260506T2330Z/", references=[], geometry=HARRISON,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.50"]}),
    dict(id=SVR_LZK_CAN, office="KLZK", senderName="NWS Little Rock AR", awips="SVSLZK", wmo="WWUS54",
         areaDesc="Boone, AR", SAME=["005009"], UGC=["ARC009"],
         sent="2026-05-06T18:10:00-05:00", onset="2026-05-06T18:10:00-05:00", expires="2026-05-06T18:30:00-05:00",
         ends="2026-05-06T18:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Boone County has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property.",
         instruction="", vtec="/O.CAN.KLZK.SV.W.0112.000000T0000Z-260506T2330Z/", references=[SVR_LZK],
         geometry=HARRISON),
    dict(id=WIND_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="NPWTSA", wmo="WWUS74",
         areaDesc="Carroll, AR", SAME=["005015"], UGC=["ARZ002"],
         sent="2026-03-02T04:15:00-06:00", onset="2026-03-02T09:00:00-06:00", expires="2026-03-02T18:00:00-06:00",
         ends="2026-03-02T18:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 2 at 4:15AM CST until March 2 at 6:00PM CST by NWS Tulsa OK",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Carroll County, including Berryville, Green Forest and Eureka Springs.",
         instruction="Secure outdoor objects.", vtec="/O.NEW.KTSA.WI.Y.0009.260302T1500Z-260303T0000Z/",
         references=[], geometry=None),
]
