"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lwb part. Every alert is invented;
offices (RNK Blacksburg serves Greenbrier and Monroe, RLX Charleston serves Pocahontas), county UGC and SAME
codes are real; forecast-zone numbers are given as best known and no label depends on them.

Ids: the brief asks every alert id to start with `lwb_`, so the feature's top-level `id` and `properties.id` are
`lwb_urn:oid:...` (the real API has the URL as the feature id and the bare urn as properties.id);
`properties.@id` is the URL form."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lwb_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_RLX = urn("lwb-winter-storm-pocahontas")
WWY_RNK = urn("lwb-winter-weather-advisory-greenbrier")
FFW_RNK = urn("lwb-flash-flood-howard-creek")
FFW_RNK_CAN = urn("lwb-flash-flood-howard-creek-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


FFW_POLY = poly((-80.425, 37.770), (-80.36, 37.755), (-80.27, 37.765), (-80.265, 37.805), (-80.30, 37.83),
                (-80.37, 37.80), (-80.425, 37.795))

ALERTS = [
    dict(id=WSW_RLX, office="KRLX", senderName="NWS Charleston WV", awips="WSWRLX", wmo="WWUS41",
         areaDesc="Northwest Pocahontas; Northeast Pocahontas; Southwest Pocahontas; Southeast Pocahontas",
         SAME=["054075"], UGC=["WVZ523", "WVZ524", "WVZ525", "WVZ526"],
         sent="2026-01-14T15:32:00-05:00", onset="2026-01-15T04:00:00-05:00", expires="2026-01-15T04:00:00-05:00",
         ends="2026-01-16T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 14 at 3:32PM EST until January 16 at 1:00PM EST by NWS Charleston WV",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, with up to 20 inches on the higher ridges. Winds gusting as high as 40 mph.\n\n* WHERE...Pocahontas County, including Marlinton, Hillsboro, Snowshoe and Green Bank.\n\n* WHEN...From 4 AM Thursday to 1 PM EST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on Routes 219 and 39 over the mountain passes. Scattered power outages are possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KRLX.WS.W.0003.260115T0900Z-260116T1800Z/", references=[], geometry=None),
    dict(id=WWY_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="WSWRNK", wmo="WWUS41",
         areaDesc="Western Greenbrier; Eastern Greenbrier; Monroe", SAME=["054025", "054063"],
         UGC=["WVZ507", "WVZ508", "WVZ043"],
         sent="2026-01-14T16:05:00-05:00", onset="2026-01-15T04:00:00-05:00", expires="2026-01-15T04:00:00-05:00",
         ends="2026-01-15T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 14 at 4:05PM EST until January 15 at 7:00PM EST by NWS Blacksburg VA",
         description="* WHAT...Snow expected. Total snow accumulations of 2 to 5 inches.\n\n* WHERE...Greenbrier and Monroe Counties, including Lewisburg, Ronceverte, White Sulphur Springs, Rainelle and Union.\n\n* WHEN...From 4 AM to 7 PM EST Thursday.\n\n* IMPACTS...Plan on slippery road conditions, including during the morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KRNK.WW.Y.0006.260115T0900Z-260116T0000Z/", references=[], geometry=None),
    dict(id=FFW_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="FFWRNK", wmo="WGUS51",
         areaDesc="Greenbrier, WV", SAME=["054025"], UGC=["WVC025"],
         sent="2026-06-23T22:41:00-04:00", onset="2026-06-23T22:41:00-04:00", expires="2026-06-24T02:45:00-04:00",
         ends="2026-06-24T02:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 23 at 10:41PM EDT until June 24 at 2:45AM EDT by NWS Blacksburg VA",
         description="FFWRNK\n\nThe National Weather Service in Blacksburg has issued a\n\n* Flash Flood Warning for...\nSoutheastern Greenbrier County in southeastern West Virginia...\n\n* Until 245 AM EDT.\n\n* At 1040 PM EDT, Doppler radar and automated rain gauges indicated thunderstorms producing heavy rain over Howard Creek and the Greenbrier River between White Sulphur Springs and Caldwell. Between 2.5 and 4 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar and automated gauges.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses as well as other drainage and low lying areas.\n\n* Some locations that will experience flash flooding include...\nWhite Sulphur Springs, Caldwell, Harts Run and Dry Creek.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KRNK.FF.W.0012.260624T0241Z-260624T0645Z/", references=[], geometry=FFW_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFW_RNK_CAN, office="KRNK", senderName="NWS Blacksburg VA", awips="FFSRNK", wmo="WGUS71",
         areaDesc="Greenbrier, WV", SAME=["054025"], UGC=["WVC025"],
         sent="2026-06-24T01:58:00-04:00", onset="2026-06-24T01:58:00-04:00", expires="2026-06-24T02:45:00-04:00",
         ends="2026-06-24T02:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The heavy rain has ended. Howard Creek is receding, though water may remain on some roads near White Sulphur Springs through daybreak. The warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KRNK.FF.W.0012.000000T0000Z-260624T0645Z/", references=[FFW_RNK], geometry=FFW_POLY),
]
