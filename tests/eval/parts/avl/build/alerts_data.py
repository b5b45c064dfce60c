"""Hand-written NWS alerts for the avl part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Greenville-Spartanburg, KGSP), county SAME/UGC codes are real; forecast-zone numbers are best known and
no label depends on them (labels use SAME county codes and polygons only). Ids carry the part prefix avl_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"avl_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_GSP = urn("avl-winter-storm-madison-haywood-yancey")
WIY_GSP = urn("avl-wind-advisory-buncombe-henderson")
SVR_GSP = urn("avl-svr-mills-river-hendersonville")
FFW_GSP = urn("avl-ffw-swannanoa-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-code-only: covers Marshall (AVL021) and Waynesville (AVL017, do_not_contact: nothing)
    dict(id=WSW_GSP, office="KGSP", senderName="NWS Greenville-Spartanburg SC", awips="WSWGSP", wmo="WWUS42",
         areaDesc="Madison; Yancey; Haywood", SAME=["037115", "037199", "037087"],
         UGC=["NCZ048", "NCZ049", "NCZ052"],
         sent="2026-01-24T15:32:00-05:00", onset="2026-01-25T01:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:32PM EST until January 26 at 7:00AM EST by NWS Greenville-Spartanburg SC",
         description="* WHAT...Heavy snow and sleet. Total snow accumulations of 8 to 14 inches, with up to 18 inches above 3500 feet, and ice accumulations of a light glaze.\n\n* WHERE...Madison, Yancey and Haywood Counties, including Marshall, Mars Hill, Burnsville and Waynesville.\n\n* WHEN...From 1 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Scattered power outages and tree damage are likely due to the weight of the snow.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGSP.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    # Moderate: matches nobody
    dict(id=WIY_GSP, office="KGSP", senderName="NWS Greenville-Spartanburg SC", awips="NPWGSP", wmo="WWUS72",
         areaDesc="Buncombe; Henderson", SAME=["037021", "037089"], UGC=["NCZ053", "NCZ065"],
         sent="2026-03-12T04:10:00-04:00", onset="2026-03-12T10:00:00-04:00", expires="2026-03-12T18:00:00-04:00",
         ends="2026-03-13T02:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 12 at 4:10AM EDT until March 13 at 2:00AM EDT by NWS Greenville-Spartanburg SC",
         description="* WHAT...Northwest winds 20 to 30 mph with gusts up to 50 mph, strongest on the ridgetops.\n\n* WHERE...Buncombe and Henderson Counties, including Asheville, Black Mountain, Weaverville and Hendersonville.\n\n* WHEN...From 10 AM this morning to 2 AM EDT Friday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KGSP.WI.Y.0009.260312T1400Z-260313T0600Z/", references=[], geometry=None),
    # polygon: Mills River and Hendersonville (AVL018, AVL014); Fletcher and Arden are north of it
    dict(id=SVR_GSP, office="KGSP", senderName="NWS Greenville-Spartanburg SC", awips="SVRGSP", wmo="WUUS52",
         areaDesc="Henderson, NC", SAME=["037089"], UGC=["NCC089"],
         sent="2026-06-22T16:48:00-04:00", onset="2026-06-22T16:48:00-04:00", expires="2026-06-22T17:30:00-04:00",
         ends="2026-06-22T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 22 at 4:48PM EDT until June 22 at 5:30PM EDT by NWS Greenville-Spartanburg SC",
         description="SVRGSP\n\nThe National Weather Service in Greenville-Spartanburg has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Henderson County in western North Carolina...\n\n* Until 530 PM EDT.\n\n* At 447 PM EDT, a severe thunderstorm was located over Mills River, moving southeast at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, trees and orchards.\n\n* Locations impacted include...\nHendersonville, Mills River, Horse Shoe, Laurel Park and Flat Rock.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGSP.SV.W.0112.260622T2048Z-260622T2130Z/", references=[],
         geometry=poly((-82.62, 35.30), (-82.45, 35.29), (-82.45, 35.41), (-82.62, 35.42)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    # polygon: the Swannanoa Valley (AVL005 Swannanoa, AVL010 Black Mountain); not east Asheville or Fairview
    dict(id=FFW_GSP, office="KGSP", senderName="NWS Greenville-Spartanburg SC", awips="FFWGSP", wmo="WGUS52",
         areaDesc="Buncombe, NC", SAME=["037021"], UGC=["NCC021"],
         sent="2026-07-14T20:05:00-04:00", onset="2026-07-14T20:05:00-04:00", expires="2026-07-14T23:15:00-04:00",
         ends="2026-07-14T23:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 14 at 8:05PM EDT until July 14 at 11:15PM EDT by NWS Greenville-Spartanburg SC",
         description="FFWGSP\n\nThe National Weather Service in Greenville-Spartanburg has issued a\n\n* Flash Flood Warning for...\nEastern Buncombe County in western North Carolina...\n\n* Until 1115 PM EDT.\n\n* At 804 PM EDT, Doppler radar indicated thunderstorms producing heavy rain over the Swannanoa Valley. Between 2 and 4 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nBlack Mountain, Swannanoa, Montreat, Bee Tree and Grovemont.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KGSP.FF.W.0021.260715T0005Z-260715T0315Z/", references=[],
         geometry=poly((-82.45, 35.575), (-82.27, 35.575), (-82.27, 35.645), (-82.45, 35.645)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
