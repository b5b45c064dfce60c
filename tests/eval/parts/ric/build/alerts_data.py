"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Wakefield VA (KAKQ). Every alert is
invented; the office and the county SAME/UGC codes are real. Labels use only SAME codes and polygons.
Alert ids are `ric_urn:oid:...` (the part's prefix), and the feature's top-level id is the same string."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ric_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_AKQ = urn("ric-winter-storm-hanover-henrico")
WSW_AKQ_EXA = urn("ric-winter-storm-hanover-henrico-exa")
SVR_AKQ = urn("ric-svr-richmond-city")
TOR_AKQ = urn("ric-tornado-midlothian")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="WSWAKQ", wmo="WWUS41",
         areaDesc="Hanover, VA; Henrico, VA", SAME=["051085", "051087"], UGC=["VAC085", "VAC087"],
         sent="2026-01-24T15:10:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T03:15:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:10PM EST until January 26 at 7:00AM EST by NWS Wakefield VA",
         description="* WHAT...Heavy mixed precipitation expected. Total snow and sleet accumulations of 5 to 8 inches and ice accumulations of around two tenths of an inch.\n\n* WHERE...Hanover and Henrico Counties, including Ashland, Mechanicsville and Glen Allen.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. Power outages and tree damage are likely due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KAKQ.WS.W.0003.260125T0900Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WSW_AKQ_EXA, office="KAKQ", senderName="NWS Wakefield VA", awips="WSWAKQ", wmo="WWUS41",
         areaDesc="Hanover, VA; Henrico, VA; Chesterfield, VA; City of Richmond, VA; City of Petersburg, VA",
         SAME=["051085", "051087", "051041", "051760", "051730"],
         UGC=["VAC085", "VAC087", "VAC041", "VAC760", "VAC730"],
         sent="2026-01-25T03:40:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T11:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:40AM EST until January 26 at 7:00AM EST by NWS Wakefield VA",
         description="* WHAT...Heavy mixed precipitation. Total snow and sleet accumulations of 4 to 8 inches and ice accumulations of up to one quarter of an inch.\n\n* WHERE...The warning has been expanded to include Chesterfield County and the cities of Richmond and Petersburg.\n\n* WHEN...Until 7 AM EST Monday.\n\n* IMPACTS...Travel will be very difficult. Widespread power outages are likely.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KAKQ.WS.W.0003.000000T0000Z-260126T1200Z/", references=[WSW_AKQ], geometry=None),
    dict(id=SVR_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="SVRAKQ", wmo="WUUS51",
         areaDesc="City of Richmond, VA; Henrico, VA", SAME=["051760", "051087"], UGC=["VAC760", "VAC087"],
         sent="2026-05-27T17:42:00-04:00", onset="2026-05-27T17:42:00-04:00", expires="2026-05-27T18:30:00-04:00",
         ends="2026-05-27T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 27 at 5:42PM EDT until May 27 at 6:30PM EDT by NWS Wakefield VA",
         description="SVRAKQ\n\nThe National Weather Service in Wakefield has issued a\n\n* Severe Thunderstorm Warning for...\nThe City of Richmond in central Virginia...\nSoutheastern Henrico County in central Virginia...\n\n* Until 630 PM EDT.\n\n* At 541 PM EDT, a severe thunderstorm was located near the University of Richmond, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nthe Museum District, the Fan, Jackson Ward, Northside and Near West End.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAKQ.SV.W.0112.260527T2142Z-260527T2230Z/", references=[],
         geometry=poly((-77.530, 37.535), (-77.410, 37.535), (-77.410, 37.597), (-77.530, 37.597)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=TOR_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="TORAKQ", wmo="WFUS51",
         areaDesc="Chesterfield, VA", SAME=["051041"], UGC=["VAC041"],
         sent="2026-06-30T19:05:00-04:00", onset="2026-06-30T19:05:00-04:00", expires="2026-06-30T19:45:00-04:00",
         ends="2026-06-30T19:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 30 at 7:05PM EDT until June 30 at 7:45PM EDT by NWS Wakefield VA",
         description="TORAKQ\n\nThe National Weather Service in Wakefield has issued a\n\n* Tornado Warning for...\nNorthwestern Chesterfield County in central Virginia...\n\n* Until 745 PM EDT.\n\n* At 704 PM EDT, a severe thunderstorm capable of producing a tornado was located near Winterpock Road and Route 288, moving northeast at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nMidlothian, Brandermill, Salisbury and Bon Air.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KAKQ.TO.W.0019.260630T2305Z-260630T2345Z/", references=[],
         geometry=poly((-77.700, 37.480), (-77.600, 37.480), (-77.580, 37.540), (-77.700, 37.545)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
]
