"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for southwest Kansas. Every alert is invented;
the office (NWS Dodge City, KDDC) and county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gcm_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


BZW = urn("gcm-blizzard-seward-haskell")
BZW_EXA = urn("gcm-blizzard-exa-grant")
TOR = urn("gcm-tornado-garden-city")
WIND = urn("gcm-wind-advisory-ford")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KDDC", senderName="NWS Dodge City KS")

ALERTS = [
    dict(COMMON, id=BZW, awips="WSWDDC", wmo="WWUS43",
         areaDesc="Seward; Haskell", SAME=["020175", "020081"], UGC=["KSZ086", "KSZ077"],
         sent="2026-01-09T14:05:00-06:00", onset="2026-01-09T21:00:00-06:00", expires="2026-01-10T03:00:00-06:00",
         ends="2026-01-11T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 9 at 2:05PM CST until January 11 at 6:00AM CST by NWS Dodge City KS",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph will cause whiteout conditions.\n\n* WHERE...Seward and Haskell Counties, including Liberal, Kismet, Sublette and Satanta.\n\n* WHEN...From 9 PM this evening to 6 AM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. U.S. 54 and U.S. 83 may close.",
         instruction="Persons should delay all travel. If you must travel, keep a winter survival kit in your vehicle.",
         vtec="/O.NEW.KDDC.BZ.W.0002.260110T0300Z-260111T1200Z/", references=[], geometry=None),
    dict(COMMON, id=BZW_EXA, awips="WSWDDC", wmo="WWUS43",
         areaDesc="Seward; Haskell; Grant", SAME=["020175", "020081", "020067"], UGC=["KSZ086", "KSZ077", "KSZ076"],
         sent="2026-01-10T03:40:00-06:00", onset="2026-01-10T03:40:00-06:00", expires="2026-01-10T10:00:00-06:00",
         ends="2026-01-11T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 10 at 3:40AM CST until January 11 at 6:00AM CST by NWS Dodge City KS",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 4 to 8 inches. Winds gusting as high as 65 mph.\n\n* WHERE...Seward, Haskell and Grant Counties. The warning has been expanded to include Grant County, including Ulysses.\n\n* WHEN...Until 6 AM CST Sunday.\n\n* IMPACTS...Travel will be impossible. Power outages are possible.",
         instruction="Stay off the roads. Do not leave your vehicle if stranded.",
         vtec="/O.EXA.KDDC.BZ.W.0002.000000T0000Z-260111T1200Z/", references=[BZW], geometry=None),
    dict(COMMON, id=TOR, awips="TORDDC", wmo="WFUS53",
         areaDesc="Finney, KS", SAME=["020055"], UGC=["KSC055"],
         sent="2026-05-19T18:12:00-05:00", onset="2026-05-19T18:12:00-05:00", expires="2026-05-19T18:45:00-05:00",
         ends="2026-05-19T18:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 6:12PM CDT until May 19 at 6:45PM CDT by NWS Dodge City KS",
         description="TORDDC\n\nThe National Weather Service in Dodge City has issued a\n\n* Tornado Warning for...\nCentral Finney County in southwestern Kansas...\n\n* Until 645 PM CDT.\n\n* At 611 PM CDT, a confirmed tornado was located near Jennie Barker Road and U.S. 50, moving east at 25 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Law enforcement confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nGarden City and Garden City Regional Airport.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KDDC.TO.W.0031.260519T2312Z-260519T2345Z/", references=[],
         geometry=poly((-100.905, 37.945), (-100.820, 37.945), (-100.820, 38.015), (-100.905, 38.015)),
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.50"]}),
    dict(COMMON, id=WIND, awips="NPWDDC", wmo="WWUS73",
         areaDesc="Ford; Gray", SAME=["020057", "020069"], UGC=["KSZ064", "KSZ063"],
         sent="2026-03-05T04:10:00-06:00", onset="2026-03-05T10:00:00-06:00", expires="2026-03-05T12:00:00-06:00",
         ends="2026-03-05T19:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Prepare",
         headline="Wind Advisory issued March 5 at 4:10AM CST until March 5 at 7:00PM CST by NWS Dodge City KS",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Ford and Gray Counties, including Dodge City and Cimarron.\n\n* WHEN...From 10 AM to 7 PM CST Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Any fire that starts could spread rapidly.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KDDC.WI.Y.0011.260305T1600Z-260306T0100Z/", references=[], geometry=None),
]
