"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part vel. Alerts invented; office,
county SAME/UGC codes real; forecast-zone numbers best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


# every alert id starts with vel_ (brief); the urn form follows
WSW_SLC = "vel_" + urn("vel-winter-storm-duchesne")
FOG_SLC = "vel_" + urn("vel-dense-fog-basin")
SVR_SLC = "vel_" + urn("vel-svr-naples")
SVR_SLC_CAN = "vel_" + urn("vel-svr-naples-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_SLC, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Western Uinta Basin; Duchesne", SAME=["049013"], UGC=["UTZ023", "UTC013"],
         sent="2026-01-08T14:12:00-07:00", onset="2026-01-09T05:00:00-07:00", expires="2026-01-09T03:00:00-07:00",
         ends="2026-01-10T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 8 at 2:12PM MST until January 10 at 5:00PM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, with up to 20 inches along the south slopes of the Uintas. Winds gusting as high as 40 mph with blowing and drifting snow.\n\n* WHERE...Duchesne County, including Roosevelt, Duchesne, Altamont, Myton and Neola.\n\n* WHEN...From 5 AM Friday to 5 PM MST Saturday.\n\n* IMPACTS...Travel could be very difficult. US-40 and US-191 may be closed at times. Very cold wind chills follow the snow.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Check UDOT road conditions before leaving.",
         vtec="/O.NEW.KSLC.WS.W.0003.260109T1200Z-260111T0000Z/", references=[], geometry=None),
    dict(id=FOG_SLC, office="KSLC", senderName="NWS Salt Lake City UT", awips="NPWSLC", wmo="WWUS75",
         areaDesc="Eastern Uinta Basin; Western Uinta Basin", SAME=["049047", "049013"], UGC=["UTZ024", "UTZ023"],
         sent="2026-01-22T04:05:00-07:00", onset="2026-01-22T04:05:00-07:00", expires="2026-01-22T11:00:00-07:00",
         ends="2026-01-22T11:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 22 at 4:05AM MST until January 22 at 11:00AM MST by NWS Salt Lake City UT",
         description="* WHAT...Visibility one quarter mile or less in dense freezing fog.\n\n* WHERE...The Uinta Basin, including Vernal, Roosevelt, Duchesne and Jensen.\n\n* WHEN...Until 11 AM MST this morning.\n\n* IMPACTS...Hazardous driving conditions due to low visibility. Freezing fog may leave a glaze on roads.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KSLC.FG.Y.0006.260122T1105Z-260122T1800Z/", references=[], geometry=None),
    dict(id=SVR_SLC, office="KSLC", senderName="NWS Salt Lake City UT", awips="SVRSLC", wmo="WUUS55",
         areaDesc="Uintah, UT", SAME=["049047"], UGC=["UTC047"],
         sent="2026-07-23T16:48:00-06:00", onset="2026-07-23T16:48:00-06:00", expires="2026-07-23T17:30:00-06:00",
         ends="2026-07-23T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 23 at 4:48PM MDT until July 23 at 5:30PM MDT by NWS Salt Lake City UT",
         description="At 447 PM MDT, a severe thunderstorm was located near Naples, moving east at 20 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\nLocations impacted include Naples, southeast Vernal and the Vernal Regional Airport area.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSLC.SV.W.0012.260723T2248Z-260723T2330Z/", references=[],
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-109.525, 40.445), (-109.455, 40.445), (-109.455, 40.395), (-109.525, 40.395))),
    dict(id=SVR_SLC_CAN, office="KSLC", senderName="NWS Salt Lake City UT", awips="SVSSLC", wmo="WWUS55",
         areaDesc="Uintah, UT", SAME=["049047"], UGC=["UTC047"],
         sent="2026-07-23T17:12:00-06:00", onset="2026-07-23T17:12:00-06:00", expires="2026-07-23T17:30:00-06:00",
         ends="2026-07-23T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KSLC.SV.W.0012.000000T0000Z-260723T2330Z/", references=[SVR_SLC],
         geometry=poly((-109.525, 40.445), (-109.455, 40.445), (-109.455, 40.395), (-109.525, 40.395))),
]
