"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the wlm part. Every alert is invented;
the office (NWS Twin Cities/Chanhassen, KMPX) and county SAME/UGC codes are real; forecast-zone numbers are
given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"wlm_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


BZW = urn("wlm-blizzard-swift-chippewa")
BZW_EXA = urn("wlm-blizzard-exa-kandiyohi")
SVR = urn("wlm-svr-litchfield")
FOG = urn("wlm-fog-meeker-kandiyohi")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW, office="KMPX", senderName="NWS Chanhassen MN", awips="WSWMPX", wmo="WWUS43",
         areaDesc="Swift; Chippewa", SAME=["027151", "027023"], UGC=["MNZ047", "MNZ056"],
         sent="2026-01-14T03:35:00-06:00", onset="2026-01-14T12:00:00-06:00", expires="2026-01-14T12:00:00-06:00",
         ends="2026-01-15T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 14 at 3:35AM CST until January 15 at 12:00PM CST by NWS Chanhassen MN",
         description="* WHAT...Blizzard conditions. Additional snow of 3 to 6 inches with winds gusting as high as 55 mph. Visibility near zero in open country.\n\n* WHERE...Swift and Chippewa Counties, including Benson, Kerkhoven, Appleton and Montevideo.\n\n* WHEN...From noon today to noon CST Thursday.\n\n* IMPACTS...Travel will be impossible on Highways 12, 29 and 7. Roads may be closed.",
         instruction="Do not travel. If you must, carry a winter survival kit and tell someone your route.",
         vtec="/O.NEW.KMPX.BZ.W.0002.260114T1800Z-260115T1800Z/", references=[], geometry=None),
    dict(id=BZW_EXA, office="KMPX", senderName="NWS Chanhassen MN", awips="WSWMPX", wmo="WWUS43",
         areaDesc="Swift; Chippewa; Kandiyohi", SAME=["027151", "027023", "027067"], UGC=["MNZ047", "MNZ056", "MNZ048"],
         sent="2026-01-14T09:50:00-06:00", onset="2026-01-14T12:00:00-06:00", expires="2026-01-14T18:00:00-06:00",
         ends="2026-01-15T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 14 at 9:50AM CST until January 15 at 12:00PM CST by NWS Chanhassen MN",
         description="* WHAT...Blizzard conditions. Winds gusting as high as 60 mph.\n\n* WHERE...Swift, Chippewa and Kandiyohi Counties. The warning has been expanded to include Kandiyohi County, including Willmar, Spicer, New London, Atwater and Raymond.\n\n* WHEN...From noon today to noon CST Thursday.\n\n* IMPACTS...Travel will be impossible. Widespread blowing snow.",
         instruction="Do not travel.",
         vtec="/O.EXA.KMPX.BZ.W.0002.000000T0000Z-260115T1800Z/", references=[BZW], geometry=None),
    dict(id=FOG, office="KMPX", senderName="NWS Chanhassen MN", awips="NPWMPX", wmo="WWUS73",
         areaDesc="Kandiyohi; Meeker", SAME=["027067", "027093"], UGC=["MNZ048", "MNZ049"],
         sent="2026-05-02T04:10:00-05:00", onset="2026-05-02T04:10:00-05:00", expires="2026-05-02T09:00:00-05:00",
         ends="2026-05-02T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 2 at 4:10AM CDT until May 2 at 9:00AM CDT by NWS Chanhassen MN",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Kandiyohi and Meeker Counties.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMPX.FG.Y.0011.260502T0910Z-260502T1400Z/", references=[], geometry=None),
    dict(id=SVR, office="KMPX", senderName="NWS Chanhassen MN", awips="SVRMPX", wmo="WUUS53",
         areaDesc="Meeker, MN", SAME=["027093"], UGC=["MNC093"],
         sent="2026-07-21T17:42:00-05:00", onset="2026-07-21T17:42:00-05:00", expires="2026-07-21T18:30:00-05:00",
         ends="2026-07-21T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 21 at 5:42PM CDT until July 21 at 6:30PM CDT by NWS Chanhassen MN",
         description="At 542 PM CDT, a severe thunderstorm was located near Grove City, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Litchfield, Darwin and Lake Ripley.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMPX.SV.W.0318.260721T2242Z-260721T2330Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-94.62, 45.07), (-94.44, 45.07), (-94.44, 45.19), (-94.62, 45.19))),
]
