"""Hand-written NWS alerts for part mht (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (KGYX, NWS Gray ME, which covers southern New Hampshire), county SAME/UGC codes are real; forecast-zone
numbers are as best known and no label depends on them (labels use SAME county codes and polygons only).
Feature ids are mht_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mht_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("mht-winter-storm-southern-nh")
WSW_EXA = urn("mht-winter-storm-southern-nh-exa")
SVR = urn("mht-svr-south-nashua")
SVR_CAN = urn("mht-svr-south-nashua-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Northern Hillsborough; Southern Hillsborough; Interior Rockingham",
         SAME=["033011", "033015"], UGC=["NHZ011", "NHZ012", "NHZ013"],
         sent="2026-01-19T15:30:00-05:00", onset="2026-01-20T04:00:00-05:00", expires="2026-01-20T04:00:00-05:00",
         ends="2026-01-21T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 19 at 3:30PM EST until January 21 at 7:00AM EST by NWS Gray ME",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 22 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Hillsborough and Rockingham Counties, including Manchester, Nashua, Bedford, Goffstown, Derry and Salem.\n\n* WHEN...From 4 AM Tuesday to 7 AM EST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Tuesday morning and evening commutes.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGYX.WS.W.0006.260120T0900Z-260121T1200Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Northern Hillsborough; Southern Hillsborough; Interior Rockingham; Merrimack",
         SAME=["033011", "033015", "033013"], UGC=["NHZ011", "NHZ012", "NHZ013", "NHZ008"],
         sent="2026-01-20T03:45:00-05:00", onset="2026-01-20T03:45:00-05:00", expires="2026-01-20T11:00:00-05:00",
         ends="2026-01-21T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 3:45AM EST until January 21 at 7:00AM EST by NWS Gray ME",
         description="* WHAT...Heavy snow. Total snow accumulations of 14 to 20 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Hillsborough, Rockingham and Merrimack Counties. The warning has been expanded to include Merrimack County, including Concord, Bow and Hooksett.\n\n* WHEN...Until 7 AM EST Wednesday.\n\n* IMPACTS...Travel will be very difficult to impossible. Scattered power outages are possible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KGYX.WS.W.0006.000000T0000Z-260121T1200Z/", references=[WSW], geometry=None),
    dict(id=SVR, office="KGYX", senderName="NWS Gray ME", awips="SVRGYX", wmo="WUUS51",
         areaDesc="Hillsborough, NH", SAME=["033011"], UGC=["NHC011"],
         sent="2026-07-22T15:12:00-04:00", onset="2026-07-22T15:12:00-04:00", expires="2026-07-22T16:00:00-04:00",
         ends="2026-07-22T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 3:12PM EDT until July 22 at 4:00PM EDT by NWS Gray ME",
         description="SVRGYX\n\nThe National Weather Service in Gray Maine has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Hillsborough County in southern New Hampshire...\n\n* Until 400 PM EDT.\n\n* At 311 PM EDT, a severe thunderstorm was located near Hollis, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSouth Nashua, Hollis and Hudson.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGYX.SV.W.0112.260722T1912Z-260722T2000Z/", references=[],
         geometry=poly((-71.560, 42.697), (-71.430, 42.697), (-71.435, 42.738), (-71.560, 42.733)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KGYX", senderName="NWS Gray ME", awips="SVSGYX", wmo="WWUS51",
         areaDesc="Hillsborough, NH", SAME=["033011"], UGC=["NHC011"],
         sent="2026-07-22T15:44:00-04:00", onset="2026-07-22T15:44:00-04:00", expires="2026-07-22T16:00:00-04:00",
         ends="2026-07-22T16:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been allowed to expire.",
         instruction=None, vtec="/O.CAN.KGYX.SV.W.0112.000000T0000Z-260722T2000Z/", references=[SVR],
         geometry=poly((-71.560, 42.697), (-71.430, 42.697), (-71.435, 42.738), (-71.560, 42.733))),
]
