"""Hand-written NWS alerts for the aug part (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(NWS Gray ME), county SAME/UGC codes real; forecast-zone numbers best known (no label depends on them).
Every alert id starts with `aug_`."""


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


WSW = "aug_urn:oid:2.49.0.1.840.0.1c8415bfdae60dd88c76be60cc3cafcf4ad73808.001.1"
SVR = "aug_urn:oid:2.49.0.1.840.0.09454d37d6bcc4eb319af7e1c0a5e99bd7713289.001.1"
SVR_CAN = "aug_urn:oid:2.49.0.1.840.0.afd91b02553dafe5980403250ec45973e23bcadf.001.1"
FOG = "aug_urn:oid:2.49.0.1.840.0.4d12e9958de690a6f972e849b8723349c244b394.001.1"

SVR_POLY = poly((-69.700, 44.500), (-69.570, 44.500), (-69.570, 44.700), (-69.700, 44.700))

ALERTS = [
    dict(id=WSW, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Southern Somerset; Kennebec", SAME=["023025", "023011"], UGC=["MEZ015", "MEZ021"],
         sent="2026-02-08T15:35:00-05:00", onset="2026-02-09T04:00:00-05:00", expires="2026-02-09T04:00:00-05:00",
         ends="2026-02-10T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 8 at 3:35PM EST until February 10 at 7:00AM EST by NWS Gray ME",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches.\n\n* WHERE...Kennebec and southern Somerset Counties, including Augusta, Waterville, Gardiner, Hallowell, Fairfield and Skowhegan.\n\n* WHEN...From 4 AM Monday to 7 AM EST Tuesday.\n\n* IMPACTS...Travel could be very difficult to impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KGYX.WS.W.0006.260209T0900Z-260210T1200Z/", references=[], geometry=None),
    dict(id=SVR, office="KGYX", senderName="NWS Gray ME", awips="SVRGYX", wmo="WUUS51",
         areaDesc="Kennebec, ME; Somerset, ME", SAME=["023011", "023025"], UGC=["MEC011", "MEC025"],
         sent="2026-07-15T16:12:00-04:00", onset="2026-07-15T16:12:00-04:00", expires="2026-07-15T17:00:00-04:00",
         ends="2026-07-15T17:00:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 4:12PM EDT until July 15 at 5:00PM EDT by NWS Gray ME",
         description="At 412 PM EDT, a severe thunderstorm was located near Norridgewock, moving southeast at 30 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nLocations impacted include Waterville, Winslow and Fairfield.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGYX.SV.W.0031.260715T2012Z-260715T2100Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KGYX", senderName="NWS Gray ME", awips="SVSGYX", wmo="WWUS51",
         areaDesc="Kennebec, ME; Somerset, ME", SAME=["023011", "023025"], UGC=["MEC011", "MEC025"],
         sent="2026-07-15T16:40:00-04:00", onset="2026-07-15T16:40:00-04:00", expires="2026-07-15T16:55:00-04:00",
         ends="2026-07-15T16:40:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property.",
         instruction=None, vtec="/O.CAN.KGYX.SV.W.0031.000000T0000Z-260715T2100Z/", references=[SVR],
         geometry=SVR_POLY),
    dict(id=FOG, office="KGYX", senderName="NWS Gray ME", awips="NPWGYX", wmo="WWUS71",
         areaDesc="Kennebec", SAME=["023011"], UGC=["MEZ021"],
         sent="2026-09-10T03:05:00-04:00", onset="2026-09-10T03:05:00-04:00", expires="2026-09-10T09:00:00-04:00",
         ends="2026-09-10T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued September 10 at 3:05AM EDT until September 10 at 9:00AM EDT by NWS Gray ME",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Kennebec County, including the Kennebec River valley from Augusta to Waterville.\n\n* WHEN...Until 9 AM EDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KGYX.FG.Y.0012.260910T0705Z-260910T1300Z/", references=[], geometry=None),
]
