"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Alerts invented; office (NWS Portland, KPQR),
SAME county codes (Lane 041039, Linn 041043, Benton 041003) and county UGC codes real; forecast-zone numbers best
known (no label depends on them). Ids carry the part prefix 'eug_'."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"eug_urn:oid:2.49.0.1.840.0.{h}.001.1"


ICE = urn("eug-ice-storm-linn-benton")
ICE_EXA = urn("eug-ice-storm-exa-lane")
SVR = urn("eug-svr-springfield")
WIND = urn("eug-wind-advisory-lane")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ICE, office="KPQR", senderName="NWS Portland OR", awips="WSWPQR", wmo="WWUS46",
         areaDesc="Central Willamette Valley; Linn County Lowlands", SAME=["041043", "041003"],
         UGC=["ORZ115", "ORZ118"],
         sent="2026-01-16T13:20:00-08:00", onset="2026-01-16T22:00:00-08:00", expires="2026-01-17T04:00:00-08:00",
         ends="2026-01-18T10:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 16 at 1:20PM PST until January 18 at 10:00AM PST by NWS Portland OR",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch.\n\n* WHERE...Linn and Benton Counties, including Corvallis, Albany and Lebanon.\n\n* WHEN...From 10 PM Friday to 10 AM PST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Prepare for possible power outages. Travel is strongly discouraged.",
         vtec="/O.NEW.KPQR.IS.W.0002.260117T0600Z-260118T1800Z/", references=[], geometry=None),
    dict(id=ICE_EXA, office="KPQR", senderName="NWS Portland OR", awips="WSWPQR", wmo="WWUS46",
         areaDesc="Central Willamette Valley; Linn County Lowlands; South Willamette Valley",
         SAME=["041043", "041003", "041039"], UGC=["ORZ115", "ORZ118", "ORZ116"],
         sent="2026-01-17T03:40:00-08:00", onset="2026-01-17T03:40:00-08:00", expires="2026-01-17T10:00:00-08:00",
         ends="2026-01-18T10:00:00-08:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 17 at 3:40AM PST until January 18 at 10:00AM PST by NWS Portland OR",
         description="* WHAT...Significant icing. Additional ice accumulations of one half to one inch.\n\n* WHERE...The warning has been expanded to include the South Willamette Valley, including Eugene, Springfield, Cottage Grove, Creswell and Junction City.\n\n* WHEN...Until 10 AM PST Sunday.\n\n* IMPACTS...Widespread power outages and falling trees. Travel will be nearly impossible.",
         instruction="Stay off the roads. Stay away from downed lines. Use generators outdoors only.",
         vtec="/O.EXA.KPQR.IS.W.0002.000000T0000Z-260118T1800Z/", references=[ICE], geometry=None),
    dict(id=SVR, office="KPQR", senderName="NWS Portland OR", awips="SVRPQR", wmo="WUUS56",
         areaDesc="Lane, OR", SAME=["041039"], UGC=["ORC039"],
         sent="2026-06-18T16:52:00-07:00", onset="2026-06-18T16:52:00-07:00", expires="2026-06-18T17:30:00-07:00",
         ends="2026-06-18T17:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 18 at 4:52PM PDT until June 18 at 5:30PM PDT by NWS Portland OR",
         description="SVRPQR\n\nThe National Weather Service in Portland has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Lane County in western Oregon...\n\n* Until 530 PM PDT.\n\n* At 451 PM PDT, a severe thunderstorm was located over Glenwood, moving east at 20 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nSpringfield, Thurston, Jasper and Walterville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPQR.SV.W.0014.260618T2352Z-260619T0030Z/", references=[],
         geometry=poly((-123.035, 44.030), (-122.860, 44.025), (-122.855, 44.100), (-123.035, 44.095)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=WIND, office="KPQR", senderName="NWS Portland OR", awips="NPWPQR", wmo="WWUS76",
         areaDesc="South Willamette Valley", SAME=["041039"], UGC=["ORZ116"],
         sent="2026-03-27T14:05:00-07:00", onset="2026-03-28T04:00:00-07:00", expires="2026-03-28T08:00:00-07:00",
         ends="2026-03-28T16:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 27 at 2:05PM PDT until March 28 at 4:00PM PDT by NWS Portland OR",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 50 mph expected.\n\n* WHERE...South Willamette Valley, including Eugene, Springfield and Cottage Grove.\n\n* WHEN...From 4 AM to 4 PM PDT Saturday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KPQR.WI.Y.0009.260328T1100Z-260328T2300Z/", references=[], geometry=None),
]
