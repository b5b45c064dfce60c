"""Hand-written NWS alerts for the hzl part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
offices and county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"hzl_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


WSW_CTP = urn("hzl-winter-storm-schuylkill")
SVR_BGM = urn("hzl-svr-hazleton")
SVR_BGM_CAN = urn("hzl-svr-hazleton-can")
FOG_BGM = urn("hzl-fog-luzerne")

HAZLETON_POLY = {"type": "Polygon", "coordinates": [[[-76.09, 40.92], [-75.91, 40.91], [-75.90, 40.985],
                                                      [-76.08, 40.995], [-76.09, 40.92]]]}

ALERTS = [
    dict(id=WSW_CTP, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Schuylkill", SAME=["042107"], UGC=["PAZ058"],
         sent="2026-01-24T15:05:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:05PM EST until January 26 at 10:00AM EST by NWS State College PA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally higher on Broad Mountain.\n\n* WHERE...Schuylkill County, including Pottsville, Shenandoah, Frackville, Mahanoy City, Minersville and Tamaqua.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 81 over Broad Mountain.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCTP.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=SVR_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="SVRBGM", wmo="WUUS51",
         areaDesc="Luzerne, PA", SAME=["042079"], UGC=["PAC079"],
         sent="2026-05-18T17:42:00-04:00", onset="2026-05-18T17:42:00-04:00", expires="2026-05-18T18:30:00-04:00",
         ends="2026-05-18T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 18 at 5:42PM EDT until May 18 at 6:30PM EDT by NWS Binghamton NY",
         description="SVRBGM\n\nThe National Weather Service in Binghamton has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Luzerne County in northeastern Pennsylvania...\n\n* Until 630 PM EDT.\n\n* At 541 PM EDT, a severe thunderstorm was located over Conyngham, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHazleton, West Hazleton, Hazle Township, Harwood and Humboldt.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBGM.SV.W.0041.260518T2142Z-260518T2230Z/", references=[], geometry=HAZLETON_POLY),
    dict(id=SVR_BGM_CAN, office="KBGM", senderName="NWS Binghamton NY", awips="SVSBGM", wmo="WWUS51",
         areaDesc="Luzerne, PA", SAME=["042079"], UGC=["PAC079"],
         sent="2026-05-18T18:10:00-04:00", onset="2026-05-18T18:10:00-04:00", expires="2026-05-18T18:25:00-04:00",
         ends="2026-05-18T18:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KBGM.SV.W.0041.000000T0000Z-260518T2230Z/", references=[SVR_BGM],
         geometry=HAZLETON_POLY),
    dict(id=FOG_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="NPWBGM", wmo="WWUS71",
         areaDesc="Luzerne", SAME=["042079"], UGC=["PAZ047"],
         sent="2026-06-03T03:20:00-04:00", onset="2026-06-03T03:20:00-04:00", expires="2026-06-03T09:00:00-04:00",
         ends="2026-06-03T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued June 3 at 3:20AM EDT until June 3 at 9:00AM EDT by NWS Binghamton NY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Luzerne County, including Hazleton, Freeland and Wilkes-Barre, and Interstates 80 and 81.\n\n* WHEN...Until 9 AM EDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBGM.FG.Y.0012.260603T0720Z-260603T1300Z/", references=[], geometry=None),
]
