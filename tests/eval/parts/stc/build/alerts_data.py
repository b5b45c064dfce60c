"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the stc part. Every alert is invented; the
office (NWS Twin Cities/Chanhassen, KMPX), SAME county codes and county UGC codes are real; forecast-zone numbers
are given as best known and no label depends on them (labels use SAME codes and polygons only). Alert ids carry
the part prefix: stc_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"stc_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW = urn("stc-blizzard-benton-sherburne")
WIY = urn("stc-wind-advisory-stearns")
TOR = urn("stc-tornado-little-falls")
SVR = urn("stc-svr-st-joseph-waite-park")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


MPX = dict(office="KMPX", senderName="NWS Chanhassen MN")

ALERTS = [
    dict(id=BZW, **MPX, awips="WSWMPX", wmo="WWUS43",
         areaDesc="Benton; Sherburne", SAME=["027009", "027141"], UGC=["MNZ048", "MNZ058"],
         sent="2026-01-23T15:12:00-06:00", onset="2026-01-24T06:00:00-06:00", expires="2026-01-24T03:15:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 23 at 3:12PM CST until January 25 at 12:00PM CST by NWS Chanhassen MN",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 50 mph will cause whiteout conditions.\n\n* WHERE...Benton and Sherburne Counties, including Sauk Rapids, Foley, Rice, Elk River and the east side of St. Cloud.\n\n* WHEN...From 6 AM Saturday to noon CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Very cold wind chills as low as 35 below zero could cause frostbite on exposed skin in as little as 10 minutes.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle.",
         vtec="/O.NEW.KMPX.BZ.W.0002.260124T1200Z-260125T1800Z/", references=[], geometry=None),
    dict(id=WIY, **MPX, awips="NPWMPX", wmo="WWUS73",
         areaDesc="Stearns", SAME=["027145"], UGC=["MNZ047"],
         sent="2026-03-30T04:05:00-05:00", onset="2026-03-30T10:00:00-05:00", expires="2026-03-30T12:00:00-05:00",
         ends="2026-03-30T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 30 at 4:05AM CDT until March 30 at 7:00PM CDT by NWS Chanhassen MN",
         description="* WHAT...Northwest winds 25 to 35 mph with gusts up to 50 mph expected.\n\n* WHERE...Stearns County, including St. Cloud, Sartell, St. Joseph, Cold Spring and Albany.\n\n* WHEN...From 10 AM to 7 PM CDT Monday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KMPX.WI.Y.0011.260330T1500Z-260331T0000Z/", references=[], geometry=None),
    dict(id=TOR, **MPX, awips="TORMPX", wmo="WFUS53",
         areaDesc="Morrison, MN", SAME=["027097"], UGC=["MNC097"],
         sent="2026-05-19T17:02:00-05:00", onset="2026-05-19T17:02:00-05:00", expires="2026-05-19T17:30:00-05:00",
         ends="2026-05-19T17:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 5:02PM CDT until May 19 at 5:30PM CDT by NWS Chanhassen MN",
         description="TORMPX\n\nThe National Weather Service in Chanhassen has issued a\n\n* Tornado Warning for...\nSouth central Morrison County in central Minnesota...\n\n* Until 530 PM CDT.\n\n* At 501 PM CDT, a severe thunderstorm capable of producing a tornado was located near Randall, moving east at 30 mph.\n\nHAZARD...Tornado and quarter size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nLittle Falls, Randall and Camp Ripley.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KMPX.TO.W.0014.260519T2202Z-260519T2230Z/", references=[],
         geometry=poly((-94.47, 45.94), (-94.30, 45.93), (-94.29, 46.02), (-94.45, 46.03)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR, **MPX, awips="SVRMPX", wmo="WUUS53",
         areaDesc="Stearns, MN", SAME=["027145"], UGC=["MNC145"],
         sent="2026-06-27T18:41:00-05:00", onset="2026-06-27T18:41:00-05:00", expires="2026-06-27T19:30:00-05:00",
         ends="2026-06-27T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 27 at 6:41PM CDT until June 27 at 7:30PM CDT by NWS Chanhassen MN",
         description="SVRMPX\n\nThe National Weather Service in Chanhassen has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Stearns County in central Minnesota...\n\n* Until 730 PM CDT.\n\n* At 640 PM CDT, a severe thunderstorm was located over St. Joseph, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, trees, and vehicles.\n\n* Locations impacted include...\nSt. Joseph, Waite Park, west and south St. Cloud and St. Cloud State University.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMPX.SV.W.0188.260627T2341Z-260628T0030Z/", references=[],
         geometry=poly((-94.37, 45.525), (-94.17, 45.515), (-94.165, 45.585), (-94.36, 45.59)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
]
