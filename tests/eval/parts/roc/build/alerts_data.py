"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Buffalo (KBUF). Every alert is invented;
the office, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use SAME and polygons only).
Feature ids are `roc_urn:oid:...` as the part's brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"roc_urn:oid:2.49.0.1.840.0.{h}.001.1"


LES_BUF = urn("roc-lake-effect-wayne")
LES_BUF_EXA = urn("roc-lake-effect-wayne-exa")
WIND_BUF = urn("roc-wind-advisory-monroe")
SVR_BUF = urn("roc-svr-irondequoit-greece")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Lake Effect Snow Warning for Wayne and northern Cayuga (geometry null: SAME codes only) -> Wayne clients
    dict(id=LES_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="WSWBUF", wmo="WWUS41",
         areaDesc="Wayne; Northern Cayuga", SAME=["036117", "036011"], UGC=["NYZ004", "NYZ005"],
         sent="2026-01-22T15:12:00-05:00", onset="2026-01-22T22:00:00-05:00", expires="2026-01-23T04:00:00-05:00",
         ends="2026-01-24T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued January 22 at 3:12PM EST until January 24 at 7:00PM EST by NWS Buffalo NY",
         description="* WHAT...Lake effect snow. Snow accumulations of 1 to 2 feet in the most persistent bands. Snowfall rates of 2 to 3 inches per hour at times.\n\n* WHERE...Wayne and northern Cayuga counties, including Williamson, Sodus, Ontario and Wolcott.\n\n* WHEN...From 10 PM this evening to 7 PM EST Saturday.\n\n* IMPACTS...Travel will be very difficult to impossible, with near zero visibility in heavier bands.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBUF.LE.W.0003.260123T0300Z-260125T0000Z/", references=[], geometry=None),
    # its Update: extends to Ontario County (only a do_not_contact client there -> nothing new)
    dict(id=LES_BUF_EXA, office="KBUF", senderName="NWS Buffalo NY", awips="WSWBUF", wmo="WWUS41",
         areaDesc="Wayne; Northern Cayuga; Ontario", SAME=["036117", "036011", "036069"],
         UGC=["NYZ004", "NYZ005", "NYZ013"],
         sent="2026-01-23T04:05:00-05:00", onset="2026-01-23T04:05:00-05:00", expires="2026-01-23T11:00:00-05:00",
         ends="2026-01-24T19:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued January 23 at 4:05AM EST until January 24 at 7:00PM EST by NWS Buffalo NY",
         description="* WHAT...Lake effect snow. Additional accumulations of 10 to 18 inches.\n\n* WHERE...Wayne, northern Cayuga and Ontario counties. The warning has been expanded to include Ontario County, including Canandaigua and Victor.\n\n* WHEN...Until 7 PM EST Saturday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads.",
         vtec="/O.EXA.KBUF.LE.W.0003.000000T0000Z-260125T0000Z/", references=[LES_BUF], geometry=None),
    # Wind Advisory, Monroe: Moderate -> nothing
    dict(id=WIND_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="NPWBUF", wmo="WWUS71",
         areaDesc="Monroe", SAME=["036055"], UGC=["NYZ003"],
         sent="2026-03-28T04:30:00-04:00", onset="2026-03-28T10:00:00-04:00", expires="2026-03-28T12:00:00-04:00",
         ends="2026-03-28T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 28 at 4:30AM EDT until March 28 at 8:00PM EDT by NWS Buffalo NY",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Monroe County, including Rochester.\n\n* WHEN...From 10 AM to 8 PM EDT Saturday.\n\n* IMPACTS...Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KBUF.WI.Y.0011.260328T1400Z-260329T0000Z/", references=[], geometry=None),
    # Severe Thunderstorm Warning, polygon over Greece and Irondequoit (north of Hudson Ave's 14621, west of Webster)
    dict(id=SVR_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="SVRBUF", wmo="WUUS51",
         areaDesc="Monroe, NY", SAME=["036055"], UGC=["NYC055"],
         sent="2026-06-11T23:42:00-04:00", onset="2026-06-11T23:42:00-04:00", expires="2026-06-12T00:30:00-04:00",
         ends="2026-06-12T00:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 11:42PM EDT until June 12 at 12:30AM EDT by NWS Buffalo NY",
         description="At 1142 PM EDT, a line of severe thunderstorms was located along the Lake Ontario shore from Hilton to Greece, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Greece, Irondequoit, Charlotte, Ridge Road West and Durand Eastman Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBUF.SV.W.0142.260612T0342Z-260612T0430Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-77.745, 43.200), (-77.520, 43.195), (-77.515, 43.245), (-77.740, 43.275))),
]
