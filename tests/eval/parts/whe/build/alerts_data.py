"""Hand-written NWS alerts for part whe (api.weather.gov /alerts/active GeoJSON). Alerts invented; offices,
county SAME/UGC codes real (forecast-zone numbers as best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"whe_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


WSW = urn("whe-winter-storm-hancock-brooke")
SVR = urn("whe-svr-wheeling")
SVR_CAN = urn("whe-svr-wheeling-can")
FOG = urn("whe-fog-wetzel")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KPBZ", senderName="NWS Pittsburgh PA", awips="WSWPBZ", wmo="WWUS41",
         areaDesc="Hancock; Brooke", SAME=["054029", "054009"], UGC=["WVZ001", "WVZ002"],
         sent="2026-01-24T15:05:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:05PM EST until January 26 at 10:00AM EST by NWS Pittsburgh PA",
         description="* WHAT...Heavy snow and a glaze of ice. Total snow accumulations of 8 to 12 inches and ice accumulations of around one tenth of an inch.\n\n* WHERE...Hancock and Brooke Counties in the northern panhandle of West Virginia, including Weirton, Chester, New Cumberland, Wellsburg and Follansbee.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. Steep hills along Route 2 and Route 22 will be treacherous.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPBZ.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=SVR, office="KPBZ", senderName="NWS Pittsburgh PA", awips="SVRPBZ", wmo="WUUS51",
         areaDesc="Ohio, WV; Marshall, WV", SAME=["054069", "054051"], UGC=["WVC069", "WVC051"],
         sent="2026-06-23T21:12:00-04:00", onset="2026-06-23T21:12:00-04:00", expires="2026-06-23T21:45:00-04:00",
         ends="2026-06-23T21:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 9:12PM EDT until June 23 at 9:45PM EDT by NWS Pittsburgh PA",
         description="SVRPBZ\n\nThe National Weather Service in Pittsburgh has issued a\n\n* Severe Thunderstorm Warning for...\nOhio County in the northern panhandle of West Virginia...\nNorthern Marshall County in the northern panhandle of West Virginia...\n\n* Until 945 PM EDT.\n\n* At 911 PM EDT, a severe thunderstorm was located over Bridgeport, Ohio, moving east at 35 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\n* Locations impacted include...\nWheeling, Woodsdale, Elm Grove, Triadelphia and Valley Grove.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPBZ.SV.W.0117.260624T0112Z-260624T0145Z/", references=[],
         geometry=poly((-80.700, 40.045), (-80.555, 40.045), (-80.555, 40.150), (-80.700, 40.150)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KPBZ", senderName="NWS Pittsburgh PA", awips="SVSPBZ", wmo="WWUS51",
         areaDesc="Ohio, WV; Marshall, WV", SAME=["054069", "054051"], UGC=["WVC069", "WVC051"],
         sent="2026-06-23T21:38:00-04:00", onset="2026-06-23T21:38:00-04:00", expires="2026-06-23T21:45:00-04:00",
         ends="2026-06-23T21:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire.",
         instruction="",
         vtec="/O.CAN.KPBZ.SV.W.0117.000000T0000Z-260624T0145Z/", references=[SVR],
         geometry=poly((-80.700, 40.045), (-80.555, 40.045), (-80.555, 40.150), (-80.700, 40.150))),
    dict(id=FOG, office="KPBZ", senderName="NWS Pittsburgh PA", awips="NPWPBZ", wmo="WWUS71",
         areaDesc="Wetzel; Marshall", SAME=["054103", "054051"], UGC=["WVZ004", "WVZ003"],
         sent="2026-09-30T04:10:00-04:00", onset="2026-09-30T04:10:00-04:00", expires="2026-09-30T10:00:00-04:00",
         ends="2026-09-30T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued September 30 at 4:10AM EDT until September 30 at 10:00AM EDT by NWS Pittsburgh PA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Wetzel and Marshall Counties, including the Ohio River valley at New Martinsville and Moundsville.\n\n* WHEN...Until 10 AM EDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KPBZ.FG.Y.0021.260930T0810Z-260930T1400Z/", references=[], geometry=None),
]
