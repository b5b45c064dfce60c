"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for Lancaster County, Pa. Invented; the office
(NWS State College, KCTP), SAME and county UGC codes are real; forecast-zone numbers are best known and no label
depends on them. Item ids are prefixed lns_."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lns_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = aid("lns-winter-storm-lancaster-lebanon")
SVR = aid("lns-svr-lititz-ephrata")
SVR_CON = aid("lns-svr-lititz-ephrata-con")
FFW = aid("lns-ffw-conestoga-millersville")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Lancaster; Lebanon", SAME=["042071", "042075"], UGC=["PAZ057", "PAZ058"],
         sent="2026-01-24T15:05:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:05PM EST until January 26 at 10:00AM EST by NWS State College PA",
         description="* WHAT...Heavy snow and sleet. Total snow accumulations of 10 to 16 inches with up to a quarter inch of sleet.\n\n* WHERE...Lancaster and Lebanon Counties, including Lancaster, Lititz, Ephrata, Manheim, Mount Joy and Lebanon.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The weight of snow and sleet may bring down tree limbs and cause power outages.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCTP.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=SVR, office="KCTP", senderName="NWS State College PA", awips="SVRCTP", wmo="WUUS51",
         areaDesc="Lancaster, PA", SAME=["042071"], UGC=["PAC071"],
         sent="2026-06-18T16:42:00-04:00", onset="2026-06-18T16:42:00-04:00", expires="2026-06-18T17:30:00-04:00",
         ends="2026-06-18T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 4:42PM EDT until June 18 at 5:30PM EDT by NWS State College PA",
         description="At 442 PM EDT, a severe thunderstorm was located near Brickerville, moving southeast at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Lititz, Ephrata, Akron, Rothsville, Brownstown and Farmersville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCTP.SV.W.0211.260618T2042Z-260618T2130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-76.35, 40.215), (-76.14, 40.215), (-76.14, 40.13), (-76.35, 40.13))),
    dict(id=SVR_CON, office="KCTP", senderName="NWS State College PA", awips="SVSCTP", wmo="WWUS51",
         areaDesc="Lancaster, PA", SAME=["042071"], UGC=["PAC071"],
         sent="2026-06-18T17:05:00-04:00", onset="2026-06-18T17:05:00-04:00", expires="2026-06-18T17:30:00-04:00",
         ends="2026-06-18T17:30:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 5:05PM EDT until June 18 at 5:30PM EDT by NWS State College PA",
         description="At 505 PM EDT, a severe thunderstorm was located over Ephrata, moving southeast at 30 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nLocations impacted include Ephrata, Akron, Farmersville and Brownstown.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.CON.KCTP.SV.W.0211.000000T0000Z-260618T2130Z/", references=[SVR],
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-76.25, 40.20), (-76.14, 40.20), (-76.14, 40.13), (-76.25, 40.13))),
    dict(id=FFW, office="KCTP", senderName="NWS State College PA", awips="FFWCTP", wmo="WGUS51",
         areaDesc="Lancaster, PA", SAME=["042071"], UGC=["PAC071"],
         sent="2026-08-10T01:15:00-04:00", onset="2026-08-10T01:15:00-04:00", expires="2026-08-10T07:15:00-04:00",
         ends="2026-08-10T07:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 10 at 1:15AM EDT until August 10 at 7:15AM EDT by NWS State College PA",
         description="At 115 AM EDT, Doppler radar indicated heavy rain along the Little Conestoga Creek and the lower Conestoga River. Between 3 and 5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by excessive rainfall.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\nSome locations that will experience flash flooding include Millersville, Lancaster Township, southwest Lancaster and Rockvale.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KCTP.FF.W.0034.260810T0515Z-260810T1115Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-76.40, 40.035), (-76.33, 40.035), (-76.33, 39.97), (-76.40, 39.97))),
]
