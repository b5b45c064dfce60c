"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `ind` part. Every alert is invented;
the office (KIND), SAME county codes and UGC county codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME codes and polygons only). Feature ids are `ind_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ind_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("ind-winter-storm-johnson")
WSW_EXA = urn("ind-winter-storm-johnson-exa-marion")
TOR = urn("ind-tornado-southport-greenwood")
SVR = urn("ind-svr-fishers-noblesville")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Winter Storm Warning, Johnson / Morgan / Shelby, no geometry: Johnson County clients (Greenwood, Franklin).
    dict(id=WSW, office="KIND", senderName="NWS Indianapolis IN", awips="WSWIND", wmo="WWUS43",
         areaDesc="Morgan; Johnson; Shelby", SAME=["018109", "018081", "018145"], UGC=["INZ053", "INZ054", "INZ055"],
         sent="2026-01-05T15:30:00-05:00", onset="2026-01-06T04:00:00-05:00", expires="2026-01-06T04:00:00-05:00",
         ends="2026-01-07T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 5 at 3:30PM EST until January 7 at 7:00AM EST by NWS Indianapolis IN",
         description="* WHAT...Heavy mixed precipitation. Total snow accumulations of 6 to 9 inches and ice accumulations of around one tenth of an inch.\n\n* WHERE...Morgan, Johnson and Shelby Counties, including Franklin, Greenwood, Martinsville and Shelbyville.\n\n* WHEN...From 4 AM Tuesday to 7 AM EST Wednesday.\n\n* IMPACTS...Travel could be very difficult. Patchy power outages and tree damage are possible due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KIND.WS.W.0001.260106T0900Z-260107T1200Z/", references=[], geometry=None),
    # Its Update (EXA) adds Marion County: the Marion clients are labelled with this alert's id.
    dict(id=WSW_EXA, office="KIND", senderName="NWS Indianapolis IN", awips="WSWIND", wmo="WWUS43",
         areaDesc="Marion; Morgan; Johnson; Shelby", SAME=["018097", "018109", "018081", "018145"],
         UGC=["INZ046", "INZ053", "INZ054", "INZ055"],
         sent="2026-01-06T03:50:00-05:00", onset="2026-01-06T03:50:00-05:00", expires="2026-01-06T11:00:00-05:00",
         ends="2026-01-07T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 6 at 3:50AM EST until January 7 at 7:00AM EST by NWS Indianapolis IN",
         description="* WHAT...Heavy mixed precipitation. Additional snow accumulations of 5 to 8 inches and ice accumulations of up to two tenths of an inch.\n\n* WHERE...Marion, Morgan, Johnson and Shelby Counties. The warning has been expanded to include Marion County, including the city of Indianapolis, Lawrence, Beech Grove and Speedway.\n\n* WHEN...Until 7 AM EST Wednesday.\n\n* IMPACTS...Travel will be very difficult. Power outages are likely.",
         instruction="Stay off the roads if possible. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KIND.WS.W.0001.000000T0000Z-260107T1200Z/", references=[WSW], geometry=None),
    # Tornado Warning (Extreme), polygon over Southport, Perry Township and east Greenwood (not west Greenwood 46142).
    dict(id=TOR, office="KIND", senderName="NWS Indianapolis IN", awips="TORIND", wmo="WFUS53",
         areaDesc="Johnson, IN; Marion, IN", SAME=["018081", "018097"], UGC=["INC081", "INC097"],
         sent="2026-05-19T17:42:00-04:00", onset="2026-05-19T17:42:00-04:00", expires="2026-05-19T18:15:00-04:00",
         ends="2026-05-19T18:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 5:42PM EDT until May 19 at 6:15PM EDT by NWS Indianapolis IN",
         description="At 542 PM EDT, a confirmed tornado was located over Bargersville, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\nLocations impacted include Greenwood, Southport, Homecrest, Center Grove and Perry Township.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KIND.TO.W.0031.260519T2142Z-260519T2215Z/", references=[],
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["1.00"]},
         geometry=poly((-86.141, 39.580), (-86.060, 39.580), (-86.055, 39.700), (-86.141, 39.705))),
    # Severe Thunderstorm Warning, polygon over Fishers and Noblesville (Carmel stays outside).
    dict(id=SVR, office="KIND", senderName="NWS Indianapolis IN", awips="SVRIND", wmo="WUUS53",
         areaDesc="Hamilton, IN", SAME=["018057"], UGC=["INC057"],
         sent="2026-06-09T01:40:00-04:00", onset="2026-06-09T01:40:00-04:00", expires="2026-06-09T02:30:00-04:00",
         ends="2026-06-09T02:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 9 at 1:40AM EDT until June 9 at 2:30AM EDT by NWS Indianapolis IN",
         description="At 140 AM EDT, a line of severe thunderstorms was located from Westfield to Geist Reservoir, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Fishers, Noblesville, Cicero and Geist.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KIND.SV.W.0117.260609T0540Z-260609T0630Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-86.070, 39.925), (-85.925, 39.925), (-85.925, 40.095), (-86.070, 40.095))),
]
