"""Hand-written NWS alerts for the rst part (api.weather.gov /alerts/active GeoJSON shape). Every alert is invented;
the office (NWS La Crosse, KARX, which serves Olmsted, Dodge, Goodhue, Wabasha and Fillmore Counties), SAME county
codes and county UGC codes are real; forecast-zone numbers are best known and no label depends on them. Alert ids
carry the part's `rst_` prefix in front of an urn:oid-shaped identifier."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"rst_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ARX = urn("rst-winter-storm-olmsted-dodge")
WSW_ARX_EXA = urn("rst-winter-storm-olmsted-dodge-exa")
WWY_ARX = urn("rst-wwy-fillmore-mower")
SVR_ARX = urn("rst-svr-byron-west-rochester")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ARX, office="KARX", senderName="NWS La Crosse WI", awips="WSWARX", wmo="WWUS43",
         areaDesc="Dodge; Olmsted", SAME=["027039", "027109"], UGC=["MNZ086", "MNZ087"],
         sent="2026-01-23T14:35:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T04:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 2:35PM CST until January 25 at 12:00PM CST by NWS La Crosse WI",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 15 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Dodge and Olmsted Counties, including Rochester, Kasson, Byron, Stewartville and Dodge Center.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on U.S. Highway 14 and U.S. Highway 52.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KARX.WS.W.0003.260124T0600Z-260125T1800Z/", references=[], geometry=None),
    dict(id=WSW_ARX_EXA, office="KARX", senderName="NWS La Crosse WI", awips="WSWARX", wmo="WWUS43",
         areaDesc="Dodge; Olmsted; Goodhue; Wabasha", SAME=["027039", "027109", "027049", "027157"],
         UGC=["MNZ086", "MNZ087", "MNZ079", "MNZ080"],
         sent="2026-01-24T03:50:00-06:00", onset="2026-01-24T03:50:00-06:00", expires="2026-01-24T11:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:50AM CST until January 25 at 12:00PM CST by NWS La Crosse WI",
         description="* WHAT...Heavy snow. Additional snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Dodge, Olmsted, Goodhue and Wabasha Counties. The warning has been expanded to include Goodhue and Wabasha Counties, including Pine Island, Zumbrota, Wabasha and Plainview.\n\n* WHEN...Until noon CST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible. Widespread blowing and drifting snow.",
         instruction="Stay off the roads. If you must travel, let someone know your route.",
         vtec="/O.EXA.KARX.WS.W.0003.000000T0000Z-260125T1800Z/", references=[WSW_ARX], geometry=None),
    dict(id=WWY_ARX, office="KARX", senderName="NWS La Crosse WI", awips="WSWARX", wmo="WWUS43",
         areaDesc="Fillmore; Mower", SAME=["027045", "027099"], UGC=["MNZ095", "MNZ094"],
         sent="2026-02-17T15:05:00-06:00", onset="2026-02-17T21:00:00-06:00", expires="2026-02-18T04:00:00-06:00",
         ends="2026-02-18T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 17 at 3:05PM CST until February 18 at 9:00AM CST by NWS La Crosse WI",
         description="* WHAT...Freezing drizzle and light snow. Additional snow accumulations of up to 2 inches and a light glaze of ice.\n\n* WHERE...Fillmore and Mower Counties, including Chatfield, Preston, Spring Valley and Austin.\n\n* WHEN...From 9 PM this evening to 9 AM CST Wednesday.\n\n* IMPACTS...Plan on slippery road conditions, including during the morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KARX.WW.Y.0011.260218T0300Z-260218T1500Z/", references=[], geometry=None),
    dict(id=SVR_ARX, office="KARX", senderName="NWS La Crosse WI", awips="SVRARX", wmo="WUUS53",
         areaDesc="Olmsted, MN", SAME=["027109"], UGC=["MNC109"],
         sent="2026-06-27T18:42:00-05:00", onset="2026-06-27T18:42:00-05:00", expires="2026-06-27T19:30:00-05:00",
         ends="2026-06-27T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 27 at 6:42PM CDT until June 27 at 7:30PM CDT by NWS La Crosse WI",
         description="SVRARX\n\nThe National Weather Service in La Crosse has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Olmsted County in southeastern Minnesota...\n\n* Until 730 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm was located near Byron, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\n* Locations impacted include...\nByron, western Rochester, Rochester International Airport and Salem Corners.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KARX.SV.W.0214.260627T2342Z-260628T0030Z/", references=[],
         geometry=poly((-92.700, 43.985), (-92.462, 43.975), (-92.462, 44.095), (-92.690, 44.085)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
]
