"""Hand-written NWS Boise (KBOI) alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office and county SAME codes are real; forecast-zone numbers are best known and no label depends on them (labels
use SAME county codes and polygons only, see ../label_weather.py)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"boi_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("boi-winter-storm-elmore")
WSW_EXA = urn("boi-winter-storm-elmore-exa-ada")
SVR = urn("boi-svr-canyon-hail")
SVR_CAN = urn("boi-svr-canyon-hail-can")
FOG = urn("boi-fog-canyon")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-116.83, 43.64), (-116.70, 43.715), (-116.545, 43.625), (-116.555, 43.565), (-116.74, 43.57))

ALERTS = [
    dict(id=WSW, office="KBOI", senderName="NWS Boise ID", awips="WSWBOI", wmo="WWUS45",
         areaDesc="Mountain Home and Elmore County Foothills; Southern Elmore", SAME=["016039"],
         UGC=["IDZ015", "IDZ030"],
         sent="2026-01-08T14:05:00-07:00", onset="2026-01-09T05:00:00-07:00", expires="2026-01-09T05:00:00-07:00",
         ends="2026-01-10T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 8 at 2:05PM MST until January 10 at 11:00AM MST by NWS Boise ID",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Elmore County, including Mountain Home, Mountain Home Air Force Base and Interstate 84 from Boise Stage Stop to Hammett.\n\n* WHEN...From 5 AM Friday to 11 AM MST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBOI.WS.W.0002.260109T1200Z-260110T1800Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KBOI", senderName="NWS Boise ID", awips="WSWBOI", wmo="WWUS45",
         areaDesc="Mountain Home and Elmore County Foothills; Southern Elmore; Boise Mountains; Upper Treasure Valley",
         SAME=["016039", "016001"], UGC=["IDZ015", "IDZ030", "IDZ011", "IDZ014"],
         sent="2026-01-09T03:40:00-07:00", onset="2026-01-09T03:40:00-07:00", expires="2026-01-09T11:00:00-07:00",
         ends="2026-01-10T11:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 9 at 3:40AM MST until January 10 at 11:00AM MST by NWS Boise ID",
         description="* WHAT...Heavy snow. Additional snow accumulations of 6 to 10 inches, locally 14 inches in the foothills.\n\n* WHERE...Elmore and Ada Counties. The warning has been expanded to include Ada County, including Boise, Meridian, Eagle and Kuna.\n\n* WHEN...Until 11 AM MST Saturday.\n\n* IMPACTS...Travel will be very difficult. The morning and evening commutes Friday will be affected.",
         instruction="Stay off the roads if you can. If you must travel, allow extra time.",
         vtec="/O.EXA.KBOI.WS.W.0002.000000T0000Z-260110T1800Z/", references=[WSW], geometry=None),
    dict(id=FOG, office="KBOI", senderName="NWS Boise ID", awips="NPWBOI", wmo="WWUS75",
         areaDesc="Lower Treasure Valley", SAME=["016027", "016075"], UGC=["IDZ012"],
         sent="2026-02-17T04:15:00-07:00", onset="2026-02-17T04:15:00-07:00", expires="2026-02-17T11:00:00-07:00",
         ends="2026-02-17T11:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued February 17 at 4:15AM MST until February 17 at 11:00AM MST by NWS Boise ID",
         description="* WHAT...Visibility one quarter mile or less in dense freezing fog.\n\n* WHERE...Lower Treasure Valley, including Caldwell, Nampa and Payette.\n\n* WHEN...Until 11 AM MST this morning.\n\n* IMPACTS...Hazardous driving conditions due to low visibility. Freezing fog may leave a thin glaze on roads.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBOI.FG.Y.0012.260217T1115Z-260217T1800Z/", references=[], geometry=None),
    dict(id=SVR, office="KBOI", senderName="NWS Boise ID", awips="SVRBOI", wmo="WUUS55",
         areaDesc="Canyon, ID", SAME=["016027"], UGC=["IDC027"],
         sent="2026-05-22T16:41:00-06:00", onset="2026-05-22T16:41:00-06:00", expires="2026-05-22T17:30:00-06:00",
         ends="2026-05-22T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued May 22 at 4:41PM MDT until May 22 at 5:30PM MDT by NWS Boise ID",
         description="SVRBOI\n\nThe National Weather Service in Boise has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Canyon County in southwestern Idaho...\n\n* Until 530 PM MDT.\n\n* At 440 PM MDT, a severe thunderstorm was located near Notus, moving east at 30 mph.\n\nHAZARD...60 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nCaldwell, Nampa, Notus and Lake Lowell.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOI.SV.W.0031.260522T2241Z-260522T2330Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_CAN, office="KBOI", senderName="NWS Boise ID", awips="SVSBOI", wmo="WWUS55",
         areaDesc="Canyon, ID", SAME=["016027"], UGC=["IDC027"],
         sent="2026-05-22T17:12:00-06:00", onset="2026-05-22T17:12:00-06:00", expires="2026-05-22T17:30:00-06:00",
         ends="2026-05-22T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KBOI.SV.W.0031.000000T0000Z-260522T2330Z/", references=[SVR], geometry=SVR_POLY),
]
