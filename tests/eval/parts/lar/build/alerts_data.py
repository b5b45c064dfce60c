"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `lar` part. Every alert is invented;
the office (NWS Cheyenne, KCYS), SAME county codes and county UGCs are real. Labels use SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lar_urn:oid:2.49.0.1.840.0.{h}.001.1"   # the brief asks every alert id to start with lar_


WSW = urn("lar-winter-storm-carbon")
WSW_EXA = urn("lar-winter-storm-carbon-exa-albany")
SVR = urn("lar-svr-wheatland")
FROST = urn("lar-frost-platte")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KCYS", senderName="NWS Cheyenne WY")
ALERTS = [
    dict(COMMON, id=WSW, awips="WSWCYS", wmo="WWUS45", areaDesc="Carbon", SAME=["056007"], UGC=["WYC007"],
         sent="2026-01-10T14:05:00-07:00", onset="2026-01-10T23:00:00-07:00", expires="2026-01-11T05:00:00-07:00",
         ends="2026-01-12T05:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 10 at 2:05PM MST until January 12 at 5:00AM MST by NWS Cheyenne WY",
         description="* WHAT...Heavy snow and blowing snow. Total snow accumulations of 10 to 16 inches, up to 24 inches in the Sierra Madre. Winds gusting as high as 60 mph.\n\n* WHERE...Carbon County, including Rawlins, Saratoga, Encampment and Interstate 80 from Walcott Junction to Wamsutter.\n\n* WHEN...From 11 PM Saturday to 5 AM MST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility.",
         instruction="Check wyoroad.info before travel. If you must travel, carry a winter survival kit.",
         vtec="/O.NEW.KCYS.WS.W.0003.260111T0600Z-260112T1200Z/", references=[], geometry=None),
    dict(COMMON, id=WSW_EXA, awips="WSWCYS", wmo="WWUS45", areaDesc="Carbon; Albany", SAME=["056007", "056001"],
         UGC=["WYC007", "WYC001"],
         sent="2026-01-11T03:40:00-07:00", onset="2026-01-11T03:40:00-07:00", expires="2026-01-11T11:00:00-07:00",
         ends="2026-01-12T05:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 11 at 3:40AM MST until January 12 at 5:00AM MST by NWS Cheyenne WY",
         description="* WHAT...Heavy snow and blowing snow. Additional accumulations of 8 to 14 inches. Winds gusting as high as 65 mph.\n\n* WHERE...Carbon and Albany Counties. The warning has been expanded to include Albany County, including Laramie, Centennial and the Summit on Interstate 80.\n\n* WHEN...Until 5 AM MST Monday.\n\n* IMPACTS...Interstate 80 closures between Laramie and Rawlins are likely.",
         instruction="Do not travel. Check wyoroad.info for closures.",
         vtec="/O.EXA.KCYS.WS.W.0003.000000T0000Z-260112T1200Z/", references=[WSW], geometry=None),
    dict(COMMON, id=SVR, awips="SVRCYS", wmo="WUUS55", areaDesc="Platte, WY", SAME=["056031"], UGC=["WYC031"],
         sent="2026-06-14T16:22:00-06:00", onset="2026-06-14T16:22:00-06:00", expires="2026-06-14T17:15:00-06:00",
         ends="2026-06-14T17:15:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 4:22PM MDT until June 14 at 5:15PM MDT by NWS Cheyenne WY",
         description="At 422 PM MDT, a severe thunderstorm was located near Palmer Canyon, or 8 miles west of Wheatland, moving east at 20 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail near Palmer Canyon.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include Wheatland and Grayrocks Reservoir.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCYS.SV.W.0118.260614T2222Z-260614T2315Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["70 MPH"]},
         geometry=poly((-105.12, 41.97), (-104.84, 41.97), (-104.84, 42.14), (-105.12, 42.14))),
    dict(COMMON, id=FROST, awips="NPWCYS", wmo="WWUS75", areaDesc="Platte; Goshen", SAME=["056031", "056015"],
         UGC=["WYC031", "WYC015"],
         sent="2026-09-18T14:10:00-06:00", onset="2026-09-19T01:00:00-06:00", expires="2026-09-19T04:00:00-06:00",
         ends="2026-09-19T08:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued September 18 at 2:10PM MDT until September 19 at 8:00AM MDT by NWS Cheyenne WY",
         description="* WHAT...Temperatures as low as 33 will result in frost formation.\n\n* WHERE...Platte and Goshen Counties, including Wheatland and Torrington.\n\n* WHEN...From 1 AM to 8 AM MDT Saturday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KCYS.FR.Y.0021.260919T0700Z-260919T1400Z/", references=[], geometry=None),
]
