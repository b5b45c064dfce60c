"""Hand-written NWS alerts for part bkx (api.weather.gov /alerts/active GeoJSON). Alerts invented; offices and
county codes real (Brookings 046011, Codington 046029, Deuel 046039, Lake 046079, Kingsbury 046077)."""

import hashlib


def urn(label: str) -> str:
    return f"bkx_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


BZW_ABR = urn("bkx-blizzard-codington")
WWY_FSD = urn("bkx-wwy-lake-kingsbury")
SVR_FSD = urn("bkx-svr-brookings")
SVR_FSD_CAN = urn("bkx-svr-brookings-can")

ALERTS = [
    dict(id=BZW_ABR, office="KABR", senderName="NWS Aberdeen SD", awips="WSWABR", wmo="WWUS43",
         areaDesc="Codington; Deuel", SAME=["046029", "046039"], UGC=["SDC029", "SDC039"],
         sent="2026-02-19T14:05:00-06:00", onset="2026-02-20T00:00:00-06:00", expires="2026-02-20T06:00:00-06:00",
         ends="2026-02-21T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued February 19 at 2:05PM CST until February 21 at 12:00PM CST by NWS Aberdeen SD",
         description="* WHAT...Blizzard conditions expected. Additional snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph, visibility near zero in blowing snow.\n\n* WHERE...Codington and Deuel Counties, including Watertown, Clear Lake and Florence.\n\n* WHEN...From midnight tonight to noon CST Saturday.\n\n* IMPACTS...Travel will be impossible. Interstate 29 may close. Widespread blowing snow will significantly reduce visibility.",
         instruction="Do not travel. If you must travel, have a winter survival kit with you.",
         vtec="/O.NEW.KABR.BZ.W.0003.260220T0600Z-260221T1800Z/", references=[], geometry=None),
    dict(id=WWY_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Lake; Kingsbury", SAME=["046079", "046077"], UGC=["SDC079", "SDC077"],
         sent="2026-03-09T04:10:00-05:00", onset="2026-03-09T06:00:00-05:00", expires="2026-03-09T12:00:00-05:00",
         ends="2026-03-09T18:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued March 9 at 4:10AM CDT until March 9 at 6:00PM CDT by NWS Sioux Falls SD",
         description="* WHAT...Light freezing drizzle and a glaze of ice.\n\n* WHERE...Lake and Kingsbury Counties, including Madison, Arlington and De Smet.\n\n* WHEN...Until 6 PM CDT this evening.\n\n* IMPACTS...Roads, bridges and sidewalks may be slippery.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KFSD.WW.Y.0012.260309T1100Z-260309T2300Z/", references=[], geometry=None),
    dict(id=SVR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVRFSD", wmo="WUUS53",
         areaDesc="Brookings, SD", SAME=["046011"], UGC=["SDC011"],
         sent="2026-07-15T19:42:00-05:00", onset="2026-07-15T19:42:00-05:00", expires="2026-07-15T20:30:00-05:00",
         ends="2026-07-15T20:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 7:42PM CDT until July 15 at 8:30PM CDT by NWS Sioux Falls SD",
         description="At 742 PM CDT, a severe thunderstorm was located near Arlington, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\nLocations impacted include Brookings, Volga and Sinai.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFSD.SV.W.0144.260716T0042Z-260716T0130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-97.02, 44.27), (-96.72, 44.25), (-96.70, 44.40), (-97.00, 44.42))),
    dict(id=SVR_FSD_CAN, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVSFSD", wmo="WWUS53",
         areaDesc="Brookings, SD", SAME=["046011"], UGC=["SDC011"],
         sent="2026-07-15T20:18:00-05:00", onset="2026-07-15T20:18:00-05:00", expires="2026-07-15T20:30:00-05:00",
         ends="2026-07-15T20:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Brookings County has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KFSD.SV.W.0144.000000T0000Z-260716T0130Z/", references=[SVR_FSD],
         geometry=poly((-96.80, 44.27), (-96.70, 44.26), (-96.69, 44.40), (-96.79, 44.41))),
]
