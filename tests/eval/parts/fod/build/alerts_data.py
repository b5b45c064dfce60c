"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the fod part. Alerts are invented; the
office (NWS Des Moines), SAME county codes are real; forecast-zone numbers are as best known (no label uses them)."""

import hashlib


def urn(label: str) -> str:
    # the brief asks every alert id to start with fod_ (so parts can be merged); otherwise shaped like the CAP OID
    return f"fod_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


WSW_DMX = urn("fod-winter-storm-humboldt-wright")
SVR_DMX = urn("fod-svr-fort-dodge")
SVR_DMX_CAN = urn("fod-svr-fort-dodge-can")
FOG_DMX = urn("fod-dense-fog-webster-hamilton")

ALERTS = [
    dict(id=WSW_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="WSWDMX", wmo="WWUS43",
         areaDesc="Humboldt; Wright", SAME=["019091", "019197"], UGC=["IAZ016", "IAZ017"],
         sent="2026-01-24T14:45:00-06:00", onset="2026-01-25T06:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:45PM CST until January 26 at 12:00PM CST by NWS Des Moines IA",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 13 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Humboldt and Wright Counties, including Humboldt, Dakota City, Eagle Grove and Clarion.\n\n* WHEN...From 6 AM Sunday to noon CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Patchy blowing snow could significantly reduce visibility on Highway 3 and Interstate 35.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDMX.WS.W.0003.260125T1200Z-260126T1800Z/", references=[], geometry=None),
    dict(id=SVR_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="SVRDMX", wmo="WUUS53",
         areaDesc="Webster, IA", SAME=["019187"], UGC=["IAC187"],
         sent="2026-05-20T21:12:00-05:00", onset="2026-05-20T21:12:00-05:00", expires="2026-05-20T22:00:00-05:00",
         ends="2026-05-20T22:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 20 at 9:12PM CDT until May 20 at 10:00PM CDT by NWS Des Moines IA",
         description="At 912 PM CDT, a severe thunderstorm was located near Moorland, or 7 miles southwest of Fort Dodge, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage.\n\nLocations impacted include Fort Dodge, Coalville and Kennedy Memorial Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDMX.SV.W.0142.260521T0212Z-260521T0300Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-94.26, 42.45), (-94.12, 42.45), (-94.11, 42.57), (-94.24, 42.57))),
    dict(id=SVR_DMX_CAN, office="KDMX", senderName="NWS Des Moines IA", awips="SVSDMX", wmo="WWUS53",
         areaDesc="Webster, IA", SAME=["019187"], UGC=["IAC187"],
         sent="2026-05-20T21:41:00-05:00", onset="2026-05-20T21:41:00-05:00", expires="2026-05-20T21:56:00-05:00",
         ends="2026-05-20T21:56:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning for Webster County has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KDMX.SV.W.0142.000000T0000Z-260521T0300Z/", references=[SVR_DMX],
         geometry=poly((-94.26, 42.45), (-94.12, 42.45), (-94.11, 42.57), (-94.24, 42.57))),
    dict(id=FOG_DMX, office="KDMX", senderName="NWS Des Moines IA", awips="NPWDMX", wmo="WWUS73",
         areaDesc="Webster; Hamilton", SAME=["019187", "019079"], UGC=["IAZ026", "IAZ027"],
         sent="2026-10-29T03:30:00-05:00", onset="2026-10-29T03:30:00-05:00", expires="2026-10-29T09:00:00-05:00",
         ends="2026-10-29T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 29 at 3:30AM CDT until October 29 at 9:00AM CDT by NWS Des Moines IA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Webster and Hamilton Counties.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KDMX.FG.Y.0031.261029T0830Z-261029T1400Z/", references=[], geometry=None),
]
