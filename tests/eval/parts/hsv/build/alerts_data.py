"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Huntsville AL. Every alert is
invented; the office, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME
codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


def alert_id(label: str) -> str:
    return "hsv_" + urn(label)


WSW = alert_id("hsv-winter-storm-marshall-jackson")
TOR = alert_id("hsv-tornado-south-huntsville")
SVR = alert_id("hsv-svr-decatur")
SVR_CAN = alert_id("hsv-svr-decatur-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KHUN", senderName="NWS Huntsville AL")
ALERTS = [
    dict(id=WSW, awips="WSWHUN", wmo="WWUS44", **COMMON,
         areaDesc="Marshall; Jackson; DeKalb", SAME=["001095", "001071", "001049"], UGC=["ALZ008", "ALZ010", "ALZ016"],
         sent="2026-01-23T15:12:00-06:00", onset="2026-01-24T18:00:00-06:00", expires="2026-01-24T06:00:00-06:00",
         ends="2026-01-25T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 3:12PM CST until January 25 at 12:00PM CST by NWS Huntsville AL",
         description="* WHAT...Heavy mixed precipitation. Total snow and sleet accumulations of 2 to 4 inches and ice accumulations of a quarter to four tenths of an inch.\n\n* WHERE...Marshall, Jackson and DeKalb Counties, including Guntersville, Albertville, Scottsboro and Fort Payne.\n\n* WHEN...From 6 PM Saturday to noon CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on Sand Mountain and the bridges over Lake Guntersville.",
         instruction="Travel should be restricted to emergencies only. Prepare for possible power outages.",
         vtec="/O.NEW.KHUN.WS.W.0002.260125T0000Z-260125T1800Z/", references=[], geometry=None),
    dict(id=TOR, awips="TORHUN", wmo="WFUS54", **COMMON,
         areaDesc="Madison, AL", SAME=["001089"], UGC=["ALC089"],
         sent="2026-03-25T01:18:00-05:00", onset="2026-03-25T01:18:00-05:00", expires="2026-03-25T01:45:00-05:00",
         ends="2026-03-25T01:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 25 at 1:18AM CDT until March 25 at 1:45AM CDT by NWS Huntsville AL",
         description="TORHUN\n\nThe National Weather Service in Huntsville has issued a\n\n* Tornado Warning for...\nSouthern Madison County in north central Alabama...\n\n* Until 145 AM CDT.\n\n* At 117 AM CDT, a severe thunderstorm capable of producing a tornado was located near Redstone Arsenal, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nSouth Huntsville, Jones Valley, Hampton Cove and Owens Cross Roads.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KHUN.TO.W.0011.260325T0618Z-260325T0645Z/", references=[],
         geometry=poly((-86.600, 34.600), (-86.430, 34.600), (-86.430, 34.690), (-86.600, 34.690)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR, awips="SVRHUN", wmo="WUUS54", **COMMON,
         areaDesc="Morgan, AL; Limestone, AL", SAME=["001103", "001083"], UGC=["ALC103", "ALC083"],
         sent="2026-05-08T16:40:00-05:00", onset="2026-05-08T16:40:00-05:00", expires="2026-05-08T17:30:00-05:00",
         ends="2026-05-08T17:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 8 at 4:40PM CDT until May 8 at 5:30PM CDT by NWS Huntsville AL",
         description="SVRHUN\n\nThe National Weather Service in Huntsville has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Morgan County in north central Alabama...\nSouthern Limestone County in north central Alabama...\n\n* Until 530 PM CDT.\n\n* At 439 PM CDT, a severe thunderstorm was located near Trinity, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect considerable tree damage.\n\n* Locations impacted include...\nDecatur, Priceville and Wheeler National Wildlife Refuge.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KHUN.SV.W.0087.260508T2140Z-260508T2230Z/", references=[],
         geometry=poly((-87.060, 34.520), (-86.930, 34.520), (-86.930, 34.640), (-87.060, 34.640)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_CAN, awips="SVSHUN", wmo="WWUS54", **COMMON,
         areaDesc="Morgan, AL; Limestone, AL", SAME=["001103", "001083"], UGC=["ALC103", "ALC083"],
         sent="2026-05-08T17:12:00-05:00", onset="2026-05-08T17:12:00-05:00", expires="2026-05-08T17:30:00-05:00",
         ends="2026-05-08T17:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KHUN.SV.W.0087.000000T0000Z-260508T2230Z/", references=[SVR],
         geometry=poly((-87.060, 34.520), (-86.930, 34.520), (-86.930, 34.640), (-87.060, 34.640))),
]
