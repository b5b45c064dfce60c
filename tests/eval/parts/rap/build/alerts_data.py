"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `rap` part. Every alert is invented;
the office (NWS Rapid City, KUNR) and county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them. Alert ids start with `rap_` as the brief asks."""

import hashlib


def rid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()[:24]
    return f"rap_urn_oid_2.49.0.1.840.0.{h}.001.1"


BZW_UNR = rid("rap-blizzard-pine-ridge-fall-river")
WWY_UNR = rid("rap-wwy-northern-hills")
SVR_UNR = rid("rap-svr-hail-box-elder")
SVR_UNR_CAN = rid("rap-svr-hail-box-elder-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


HAIL_POLY = poly((-103.27, 44.20), (-103.00, 44.20), (-103.00, 44.085), (-103.27, 44.085))

ALERTS = [
    dict(id=BZW_UNR, office="KUNR", senderName="NWS Rapid City SD", awips="WSWUNR", wmo="WWUS43",
         areaDesc="Oglala Lakota; Fall River", SAME=["046102", "046047"], UGC=["SDZ043", "SDZ046"],
         sent="2026-01-06T14:10:00-07:00", onset="2026-01-07T05:00:00-07:00", expires="2026-01-07T02:15:00-07:00",
         ends="2026-01-08T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 6 at 2:10PM MST until January 8 at 11:00AM MST by NWS Rapid City SD",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 14 inches. Winds gusting as high as 60 mph.\n\n* WHERE...Oglala Lakota and Fall River Counties, including Pine Ridge, Kyle, Manderson, Porcupine and Hot Springs.\n\n* WHEN...From 5 AM Wednesday to 11 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Cattle losses are possible.",
         instruction="Persons should delay all travel. If travel is absolutely necessary, carry a winter survival kit and let someone know your route.",
         vtec="/O.NEW.KUNR.BZ.W.0002.260107T1200Z-260108T1800Z/", references=[], geometry=None),
    dict(id=WWY_UNR, office="KUNR", senderName="NWS Rapid City SD", awips="WSWUNR", wmo="WWUS43",
         areaDesc="Northern Black Hills; Northern Foot Hills; Meade County Plains", SAME=["046081", "046093"],
         UGC=["SDZ024", "SDZ025", "SDZ026"],
         sent="2026-03-14T03:40:00-06:00", onset="2026-03-14T12:00:00-06:00", expires="2026-03-14T10:45:00-06:00",
         ends="2026-03-15T06:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued March 14 at 3:40AM MDT until March 15 at 6:00AM MDT by NWS Rapid City SD",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches, locally 8 inches above 5000 feet.\n\n* WHERE...Lawrence and Meade Counties, including Spearfish, Lead, Deadwood and Sturgis.\n\n* WHEN...From noon today to 6 AM MDT Sunday.\n\n* IMPACTS...Plan on slippery road conditions, including on Interstate 90 between Spearfish and Sturgis.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KUNR.WW.Y.0011.260314T1800Z-260315T1200Z/", references=[], geometry=None),
    dict(id=SVR_UNR, office="KUNR", senderName="NWS Rapid City SD", awips="SVRUNR", wmo="WUUS53",
         areaDesc="Meade, SD; Pennington, SD", SAME=["046093", "046103"], UGC=["SDC093", "SDC103"],
         sent="2026-06-04T21:12:00-06:00", onset="2026-06-04T21:12:00-06:00", expires="2026-06-04T22:00:00-06:00",
         ends="2026-06-04T22:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 4 at 9:12PM MDT until June 4 at 10:00PM MDT by NWS Rapid City SD",
         description="At 912 PM MDT, a severe thunderstorm was located over Black Hawk, moving east at 25 mph.\n\nHAZARD...Baseball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated and trained spotters reported hail to the size of golf balls at Black Hawk.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include north Rapid City, Box Elder, Ellsworth Air Force Base and Rapid City Regional Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KUNR.SV.W.0087.260605T0312Z-260605T0400Z/", references=[], geometry=HAIL_POLY,
         extra={"maxHailSize": ["2.75"], "maxWindGust": ["70 MPH"], "hailThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_UNR_CAN, office="KUNR", senderName="NWS Rapid City SD", awips="SVSUNR", wmo="WWUS63",
         areaDesc="Meade, SD; Pennington, SD", SAME=["046093", "046103"], UGC=["SDC093", "SDC103"],
         sent="2026-06-04T21:48:00-06:00", onset="2026-06-04T21:48:00-06:00", expires="2026-06-04T22:00:00-06:00",
         ends="2026-06-04T22:00:00-06:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been allowed to expire.",
         instruction="", vtec="/O.CAN.KUNR.SV.W.0087.000000T0000Z-260605T0400Z/", references=[SVR_UNR],
         geometry=HAIL_POLY),
]
