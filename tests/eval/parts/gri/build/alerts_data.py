"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the gri part. Every alert is invented;
the office (NWS Hastings NE, KGID), SAME county codes and county UGC codes are real; labels use SAME codes and
polygons only."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gri_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_GID = urn("gri-winter-storm-adams-hamilton")
WSW_GID_EXA = urn("gri-winter-storm-adams-hamilton-exa-buffalo")
SVR_GID = urn("gri-svr-hail-grand-island")
FOG_GID = urn("gri-dense-fog-tri-cities")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_GID, office="KGID", senderName="NWS Hastings NE", awips="WSWGID", wmo="WWUS43",
         areaDesc="Adams, NE; Hamilton, NE", SAME=["031001", "031081"], UGC=["NEC001", "NEC081"],
         sent="2026-01-10T03:12:00-06:00", onset="2026-01-10T12:00:00-06:00", expires="2026-01-10T15:00:00-06:00",
         ends="2026-01-11T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 10 at 3:12AM CST until January 11 at 6:00PM CST by NWS Hastings NE",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Adams and Hamilton Counties, including Hastings, Juniata, Aurora and Hampton.\n\n* WHEN...From noon Saturday to 6 PM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Patchy blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGID.WS.W.0002.260110T1800Z-260112T0000Z/", references=[], geometry=None),
    dict(id=WSW_GID_EXA, office="KGID", senderName="NWS Hastings NE", awips="WSWGID", wmo="WWUS43",
         areaDesc="Adams, NE; Hamilton, NE; Buffalo, NE", SAME=["031001", "031081", "031019"],
         UGC=["NEC001", "NEC081", "NEC019"],
         sent="2026-01-10T14:40:00-06:00", onset="2026-01-10T14:40:00-06:00", expires="2026-01-10T22:00:00-06:00",
         ends="2026-01-11T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 10 at 2:40PM CST until January 11 at 6:00PM CST by NWS Hastings NE",
         description="* WHAT...Heavy snow and blowing snow. Additional snow accumulations of 6 to 10 inches. Winds gusting as high as 50 mph.\n\n* WHERE...Adams, Hamilton and Buffalo Counties. The warning has been expanded to include Buffalo County, including Kearney, Gibbon and Elm Creek.\n\n* WHEN...Until 6 PM CST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible, including on Interstate 80.",
         instruction="Stay off the roads. If you must travel, let someone know your route.",
         vtec="/O.EXA.KGID.WS.W.0002.000000T0000Z-260112T0000Z/", references=[WSW_GID], geometry=None),
    dict(id=SVR_GID, office="KGID", senderName="NWS Hastings NE", awips="SVRGID", wmo="WUUS53",
         areaDesc="Hall, NE", SAME=["031079"], UGC=["NEC079"],
         sent="2026-06-14T21:32:00-05:00", onset="2026-06-14T21:32:00-05:00", expires="2026-06-14T22:15:00-05:00",
         ends="2026-06-14T22:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 9:32PM CDT until June 14 at 10:15PM CDT by NWS Hastings NE",
         description="SVRGID\n\nThe National Weather Service in Hastings has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Hall County in south central Nebraska...\n\n* Until 1015 PM CDT.\n\n* At 931 PM CDT, a severe thunderstorm was located near Alda, moving east at 25 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nGrand Island, Alda and Central Nebraska Regional Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGID.SV.W.0117.260615T0232Z-260615T0315Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["60 MPH"]},
         geometry=poly((-98.47, 40.87), (-98.27, 40.87), (-98.27, 40.99), (-98.47, 40.99))),
    dict(id=FOG_GID, office="KGID", senderName="NWS Hastings NE", awips="NPWGID", wmo="WWUS73",
         areaDesc="Hall, NE; Adams, NE; Buffalo, NE; Hamilton, NE", SAME=["031079", "031001", "031019", "031081"],
         UGC=["NEC079", "NEC001", "NEC019", "NEC081"],
         sent="2026-11-03T02:50:00-06:00", onset="2026-11-03T02:50:00-06:00", expires="2026-11-03T09:00:00-06:00",
         ends="2026-11-03T09:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued November 3 at 2:50AM CST until November 3 at 9:00AM CST by NWS Hastings NE",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Hall, Adams, Buffalo and Hamilton Counties, including Grand Island, Hastings, Kearney and Aurora.\n\n* WHEN...Until 9 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KGID.FG.Y.0031.261103T0850Z-261103T1500Z/", references=[], geometry=None),
]
