"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part evv. Every alert is invented; the
office (NWS Paducah KY, KPAH), SAME county codes and county UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use polygons and SAME codes only)."""

TOR = "evv_pah_tor_20260414_0012"
SVR = "evv_pah_svr_20260403_0044"
FLW = "evv_pah_flw_20260225_0031"
WIND = "evv_pah_wind_20260301_0007"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FLW, office="KPAH", senderName="NWS Paducah KY", awips="FLWPAH", wmo="WGUS43",
         areaDesc="Posey, IN", SAME=["018129"], UGC=["INC129"],
         sent="2026-02-25T10:12:00-06:00", onset="2026-02-26T06:00:00-06:00", expires="2026-02-26T10:15:00-06:00",
         ends="2026-03-04T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued February 25 at 10:12AM CST until March 4 at 6:00PM CST by NWS Paducah KY",
         description="* WHAT...Moderate flooding is forecast on the Ohio River and lower Wabash River.\n\n* WHERE...Posey County, including Mount Vernon, New Harmony and Wadesville.\n\n* WHEN...From Thursday morning until Wednesday evening.\n\n* IMPACTS...At 42.0 feet, water affects low-lying homes in Mount Vernon and closes Indiana 69 south of Mount Vernon.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KPAH.FL.W.0031.260226T1200Z-260305T0000Z/", references=[], geometry=None),
    dict(id=WIND, office="KPAH", senderName="NWS Paducah KY", awips="NPWPAH", wmo="WWUS73",
         areaDesc="Vanderburgh, IN; Warrick, IN; Henderson, KY", SAME=["018163", "018173", "021101"],
         UGC=["INZ087", "INZ088", "KYZ019"],
         sent="2026-03-01T04:05:00-06:00", onset="2026-03-01T09:00:00-06:00", expires="2026-03-01T12:00:00-06:00",
         ends="2026-03-01T21:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 1 at 4:05AM CST until March 1 at 9:00PM CST by NWS Paducah KY",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Vanderburgh and Warrick Counties in Indiana and Henderson County in Kentucky.\n\n* IMPACTS...Gusty winds could blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially in high profile vehicles.",
         vtec="/O.NEW.KPAH.WI.Y.0007.260301T1500Z-260302T0300Z/", references=[], geometry=None),
    dict(id=SVR, office="KPAH", senderName="NWS Paducah KY", awips="SVRPAH", wmo="WUUS53",
         areaDesc="Henderson, KY; Vanderburgh, IN", SAME=["021101", "018163"], UGC=["KYC101", "INC163"],
         sent="2026-04-03T16:48:00-05:00", onset="2026-04-03T16:48:00-05:00", expires="2026-04-03T17:30:00-05:00",
         ends="2026-04-03T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 3 at 4:48PM CDT until April 3 at 5:30PM CDT by NWS Paducah KY",
         description="At 448 PM CDT, a severe thunderstorm was located near Corydon, moving northeast at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Henderson, Audubon State Park and Spottsville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPAH.SV.W.0044.260403T2148Z-260403T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-87.66, 37.78), (-87.47, 37.78), (-87.47, 37.885), (-87.66, 37.885))),
    dict(id=TOR, office="KPAH", senderName="NWS Paducah KY", awips="TORPAH", wmo="WFUS53",
         areaDesc="Warrick, IN; Vanderburgh, IN", SAME=["018173", "018163"], UGC=["INC173", "INC163"],
         sent="2026-04-14T20:52:00-05:00", onset="2026-04-14T20:52:00-05:00", expires="2026-04-14T21:30:00-05:00",
         ends="2026-04-14T21:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 8:52PM CDT until April 14 at 9:30PM CDT by NWS Paducah KY",
         description="At 852 PM CDT, a severe thunderstorm capable of producing a tornado was located over east Evansville, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\nLocations impacted include Newburgh, Paradise and Yankeetown.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KPAH.TO.W.0012.260415T0152Z-260415T0230Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"]},
         geometry=poly((-87.45, 37.915), (-87.29, 37.915), (-87.29, 38.01), (-87.45, 38.01))),
]
