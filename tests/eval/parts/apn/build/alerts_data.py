"""Hand-written NWS alerts for the `apn` part (api.weather.gov /alerts/active GeoJSON). Alerts are invented; the
office (NWS Gaylord, KAPX), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"apn_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_APX = urn("apn-winter-storm-presque-isle-montmorency")
SVR_APX = urn("apn-svr-oscoda-harrisville")
SVR_APX_CAN = urn("apn-svr-oscoda-harrisville-can")
FOG_APX = urn("apn-dense-fog-alpena")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-83.56, 44.38), (-83.24, 44.38), (-83.24, 44.80), (-83.50, 44.80), (-83.56, 44.60))

ALERTS = [
    dict(id=WSW_APX, office="KAPX", senderName="NWS Gaylord MI", awips="WSWAPX", wmo="WWUS43",
         areaDesc="Presque Isle; Montmorency", SAME=["026141", "026119"], UGC=["MIZ018", "MIZ024"],
         sent="2026-02-11T15:20:00-05:00", onset="2026-02-12T04:00:00-05:00", expires="2026-02-12T04:00:00-05:00",
         ends="2026-02-13T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 11 at 3:20PM EST until February 13 at 7:00AM EST by NWS Gaylord MI",
         description="* WHAT...Heavy lake-enhanced snow. Total snow accumulations of 12 to 18 inches, locally 24 inches near Lake Huron. Winds gusting as high as 45 mph.\n\n* WHERE...Presque Isle and Montmorency Counties, including Rogers City, Posen, Onaway, Hillman and Atlanta.\n\n* WHEN...From 4 AM Thursday to 7 AM EST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow will reduce visibility along M-23 and M-32.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KAPX.WS.W.0007.260212T0900Z-260213T1200Z/", references=[], geometry=None),
    dict(id=FOG_APX, office="KAPX", senderName="NWS Gaylord MI", awips="NPWAPX", wmo="WWUS73",
         areaDesc="Alpena", SAME=["026007"], UGC=["MIZ025"],
         sent="2026-05-19T04:10:00-04:00", onset="2026-05-19T04:10:00-04:00", expires="2026-05-19T10:00:00-04:00",
         ends="2026-05-19T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 19 at 4:10AM EDT until May 19 at 10:00AM EDT by NWS Gaylord MI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Alpena County, including Alpena, Ossineke and Hubbard Lake.\n\n* WHEN...Until 10 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KAPX.FG.Y.0005.260519T0810Z-260519T1400Z/", references=[], geometry=None),
    dict(id=SVR_APX, office="KAPX", senderName="NWS Gaylord MI", awips="SVRAPX", wmo="WUUS53",
         areaDesc="Alcona, MI; Iosco, MI", SAME=["026001", "026069"], UGC=["MIC001", "MIC069"],
         sent="2026-07-14T16:42:00-04:00", onset="2026-07-14T16:42:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 14 at 4:42PM EDT until July 14 at 5:30PM EDT by NWS Gaylord MI",
         description="SVRAPX\n\nThe National Weather Service in Gaylord has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Alcona County in northeastern Michigan...\nNortheastern Iosco County in northeastern Michigan...\n\n* Until 530 PM EDT.\n\n* At 441 PM EDT, a line of severe thunderstorms was located along a line extending from near Hubbard Lake to Mikado to Glennie, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nOscoda, Harrisville, Lincoln, Greenbush, Au Sable and Oscoda-Wurtsmith Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAPX.SV.W.0031.260714T2042Z-260714T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_APX_CAN, office="KAPX", senderName="NWS Gaylord MI", awips="SVSAPX", wmo="WWUS53",
         areaDesc="Alcona, MI; Iosco, MI", SAME=["026001", "026069"], UGC=["MIC001", "MIC069"],
         sent="2026-07-14T17:12:00-04:00", onset="2026-07-14T17:12:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out over Lake Huron. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KAPX.SV.W.0031.000000T0000Z-260714T2130Z/", references=[SVR_APX],
         geometry=SVR_POLY),
]
