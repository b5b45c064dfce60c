"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `lwt` part. Every alert is invented;
the office (NWS Great Falls, KTFX) and the county SAME/UGC codes are real. UGC are given as county codes (MTC...),
and labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lwt_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"   # the brief asks every alert id to start with lwt_


WSW = urn("lwt-winter-storm-judith-basin")
WSW_EXA = urn("lwt-winter-storm-judith-basin-exa-fergus")
SVR = urn("lwt-svr-hail-lewistown")
FROST = urn("lwt-frost-advisory-central-mt")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Judith Basin, MT; Cascade, MT; Meagher, MT", SAME=["030045", "030013", "030059"],
         UGC=["MTC045", "MTC013", "MTC059"],
         sent="2026-01-20T14:05:00-07:00", onset="2026-01-20T23:00:00-07:00", expires="2026-01-21T04:00:00-07:00",
         ends="2026-01-22T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 2:05PM MST until January 22 at 11:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 10 to 18 inches, locally up to 24 inches in the Little Belt Mountains. Winds gusting as high as 50 mph.\n\n* WHERE...Judith Basin, Cascade and Meagher Counties, including Great Falls, Stanford, Hobson, Geyser and White Sulphur Springs.\n\n* WHEN...From 11 PM this evening to 11 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Areas of blowing snow will significantly reduce visibility. Hazardous conditions for calving.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Check road conditions at 511mt.net.",
         vtec="/O.NEW.KTFX.WS.W.0003.260121T0600Z-260122T1800Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Judith Basin, MT; Cascade, MT; Meagher, MT; Fergus, MT",
         SAME=["030045", "030013", "030059", "030027"], UGC=["MTC045", "MTC013", "MTC059", "MTC027"],
         sent="2026-01-21T03:40:00-07:00", onset="2026-01-21T03:40:00-07:00", expires="2026-01-21T10:00:00-07:00",
         ends="2026-01-22T11:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 21 at 3:40AM MST until January 22 at 11:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow and blowing snow. Additional snow accumulations of 8 to 14 inches. Winds gusting as high as 55 mph.\n\n* WHERE...Judith Basin, Cascade, Meagher and Fergus Counties. The warning has been expanded to include Fergus County, including Lewistown, Denton, Winifred, Grass Range, Roy and Moore.\n\n* WHEN...Until 11 AM MST Thursday.\n\n* IMPACTS...Travel will be very difficult to impossible. Highway 200 and Highway 87 may close. Dangerous cold and snow for newborn livestock.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KTFX.WS.W.0003.000000T0000Z-260122T1800Z/", references=[WSW], geometry=None),
    dict(id=SVR, office="KTFX", senderName="NWS Great Falls MT", awips="SVRTFX", wmo="WUUS55",
         areaDesc="Fergus, MT", SAME=["030027"], UGC=["MTC027"],
         sent="2026-06-25T18:38:00-06:00", onset="2026-06-25T18:38:00-06:00", expires="2026-06-25T19:30:00-06:00",
         ends="2026-06-25T19:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 25 at 6:38PM MDT until June 25 at 7:30PM MDT by NWS Great Falls MT",
         description="SVRTFX\n\nThe National Weather Service in Great Falls has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Fergus County in central Montana...\n\n* Until 730 PM MDT.\n\n* At 637 PM MDT, a severe thunderstorm was located near the Lewistown airport, moving east at 15 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported quarter size hail at the airport.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nLewistown, Lewistown Airport and Glengarry.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTFX.SV.W.0061.260626T0038Z-260626T0130Z/", references=[],
         geometry=poly((-109.50, 47.005), (-109.34, 47.000), (-109.335, 47.105), (-109.49, 47.115)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=FROST, office="KTFX", senderName="NWS Great Falls MT", awips="NPWTFX", wmo="WWUS75",
         areaDesc="Fergus, MT; Judith Basin, MT", SAME=["030027", "030045"], UGC=["MTC027", "MTC045"],
         sent="2026-09-22T14:15:00-06:00", onset="2026-09-23T01:00:00-06:00", expires="2026-09-23T04:00:00-06:00",
         ends="2026-09-23T09:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Prepare",
         headline="Frost Advisory issued September 22 at 2:15PM MDT until September 23 at 9:00AM MDT by NWS Great Falls MT",
         description="* WHAT...Temperatures as low as 30 to 33 degrees will result in frost formation.\n\n* WHERE...Fergus and Judith Basin Counties, including Lewistown, Stanford and Hobson.\n\n* WHEN...From 1 AM to 9 AM MDT Wednesday.\n\n* IMPACTS...Frost could kill sensitive outdoor vegetation if left uncovered.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KTFX.FR.Y.0012.260923T0700Z-260923T1500Z/", references=[], geometry=None),
]
