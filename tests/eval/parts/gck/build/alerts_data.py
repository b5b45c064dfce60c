"""Hand-written NWS alerts for part gck (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Dodge City, KDDC) and county SAME/UGC codes are real; forecast-zone numbers are as best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gck_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW = urn("gck-blizzard-grant-seward")
BZW_EXA = urn("gck-blizzard-grant-seward-exa-ford")
TOR = urn("gck-tornado-garden-city")
WIND = urn("gck-wind-advisory-finney-kearny")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW, office="KDDC", senderName="NWS Dodge City KS", awips="WSWDDC", wmo="WWUS43",
         areaDesc="Grant; Haskell; Stevens; Seward", SAME=["020067", "020081", "020189", "020175"],
         UGC=["KSZ076", "KSZ077", "KSZ086", "KSZ087"],
         sent="2026-01-25T14:35:00-06:00", onset="2026-01-26T00:00:00-06:00", expires="2026-01-26T03:00:00-06:00",
         ends="2026-01-27T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 25 at 2:35PM CST until January 27 at 6:00PM CST by NWS Dodge City KS",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 10 to 18 inches. Winds gusting as high as 60 mph will cause whiteout conditions and drifts of 4 to 8 feet.\n\n* WHERE...Grant, Haskell, Stevens and Seward Counties, including Ulysses, Sublette, Hugoton and Liberal.\n\n* WHEN...From midnight tonight to 6 PM CST Tuesday.\n\n* IMPACTS...Travel will be impossible. Widespread blowing snow will significantly reduce visibility. Livestock losses are possible.",
         instruction="Do not travel. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle.",
         vtec="/O.NEW.KDDC.BZ.W.0002.260126T0600Z-260128T0000Z/", references=[], geometry=None),
    dict(id=BZW_EXA, office="KDDC", senderName="NWS Dodge City KS", awips="WSWDDC", wmo="WWUS43",
         areaDesc="Grant; Haskell; Stevens; Seward; Ford", SAME=["020067", "020081", "020189", "020175", "020057"],
         UGC=["KSZ076", "KSZ077", "KSZ086", "KSZ087", "KSZ065"],
         sent="2026-01-26T04:10:00-06:00", onset="2026-01-26T04:10:00-06:00", expires="2026-01-26T10:00:00-06:00",
         ends="2026-01-27T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 26 at 4:10AM CST until January 27 at 6:00PM CST by NWS Dodge City KS",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 8 to 14 inches. Winds gusting as high as 65 mph.\n\n* WHERE...Grant, Haskell, Stevens, Seward and Ford Counties. The warning has been expanded to include Ford County, including Dodge City.\n\n* WHEN...Until 6 PM CST Tuesday.\n\n* IMPACTS...Travel will be impossible. Whiteout conditions on U.S. 50, U.S. 54, U.S. 56 and U.S. 83.",
         instruction="Stay off the roads. Check on livestock only when winds subside.",
         vtec="/O.EXA.KDDC.BZ.W.0002.000000T0000Z-260128T0000Z/", references=[BZW], geometry=None),
    dict(id=TOR, office="KDDC", senderName="NWS Dodge City KS", awips="TORDDC", wmo="WFUS53",
         areaDesc="Finney, KS", SAME=["020055"], UGC=["KSC055"],
         sent="2026-05-20T18:42:00-05:00", onset="2026-05-20T18:42:00-05:00", expires="2026-05-20T19:15:00-05:00",
         ends="2026-05-20T19:15:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 20 at 6:42PM CDT until May 20 at 7:15PM CDT by NWS Dodge City KS",
         description="TORDDC\n\nThe National Weather Service in Dodge City has issued a\n\n* Tornado Warning for...\nCentral Finney County in southwestern Kansas...\n\n* Until 715 PM CDT.\n\n* At 641 PM CDT, a confirmed tornado was located 4 miles south of Garden City, moving north at 25 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Storm chasers confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nGarden City, Garden City Regional Airport and Lee Richardson Zoo.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KDDC.TO.W.0019.260520T2342Z-260521T0015Z/", references=[],
         geometry=poly((-100.925, 37.925), (-100.80, 37.925), (-100.79, 38.02), (-100.925, 38.02)),
         extra={"tornadoDetection": ["OBSERVED"], "maxHailSize": ["1.50"]}),
    dict(id=WIND, office="KDDC", senderName="NWS Dodge City KS", awips="NPWDDC", wmo="WWUS73",
         areaDesc="Finney; Kearny", SAME=["020055", "020093"], UGC=["KSZ062", "KSZ061"],
         sent="2026-03-30T04:05:00-05:00", onset="2026-03-30T10:00:00-05:00", expires="2026-03-30T16:00:00-05:00",
         ends="2026-03-30T20:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 30 at 4:05AM CDT until March 30 at 8:00PM CDT by NWS Dodge City KS",
         description="* WHAT...South winds 30 to 40 mph with gusts up to 55 mph. Blowing dust may reduce visibility.\n\n* WHERE...Finney and Kearny Counties, including Garden City, Holcomb and Lakin.\n\n* WHEN...From 10 AM to 8 PM CDT Monday.",
         instruction="Use extra caution when driving, especially if operating a high-profile vehicle.",
         vtec="/O.NEW.KDDC.WI.Y.0011.260330T1500Z-260331T0100Z/", references=[], geometry=None),
]
