"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the yng part. Every alert is invented; the
offices (KCLE), county SAME/UGC codes are real; forecast-zone numbers (OHZ) are given as best known and no label
depends on them (labels use SAME county codes and polygons only). Every alert id starts with `yng_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"yng_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_CLE = urn("yng-winter-storm-trumbull")
FLS_CLE = urn("yng-flood-advisory-mahoning")
SVR_CLE = urn("yng-svr-boardman-poland")
SVR_CLE_CAN = urn("yng-svr-boardman-poland-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-80.705, 40.985), (-80.555, 40.985), (-80.557, 41.066), (-80.700, 41.045))

ALERTS = [
    dict(id=WSW_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="WSWCLE", wmo="WWUS41",
         areaDesc="Trumbull; Inland Ashtabula; Geauga", SAME=["039155", "039007", "039055"],
         UGC=["OHZ023", "OHZ089", "OHZ013"],
         sent="2026-01-24T15:32:00-05:00", onset="2026-01-25T01:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:32PM EST until January 26 at 10:00AM EST by NWS Cleveland OH",
         description="* WHAT...Heavy snow, enhanced by Lake Erie. Total snow accumulations of 12 to 18 inches, locally up to 24 inches in the higher terrain. Winds gusting as high as 35 mph.\n\n* WHERE...Trumbull, Inland Ashtabula and Geauga Counties, including Warren, Niles, Girard, Hubbard, Cortland and Chardon.\n\n* WHEN...From 1 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCLE.WS.W.0003.260125T0600Z-260126T1500Z/", references=[], geometry=None),
    dict(id=FLS_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="FLSCLE", wmo="WGUS81",
         areaDesc="Mahoning, OH", SAME=["039099"], UGC=["OHC099"],
         sent="2026-04-14T16:48:00-04:00", onset="2026-04-14T16:48:00-04:00", expires="2026-04-14T19:45:00-04:00",
         ends="2026-04-14T19:45:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued April 14 at 4:48PM EDT until April 14 at 7:45PM EDT by NWS Cleveland OH",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...A portion of northeast Ohio, including the following county, Mahoning.\n\n* WHEN...Until 745 PM EDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Water over roadways along Mill Creek and Crab Creek.\n\n* ADDITIONAL DETAILS...At 447 PM EDT, Doppler radar indicated heavy rain. Between 1 and 1.5 inches of rain have fallen. Some locations that will experience flooding include Youngstown, Austintown, Campbell and Struthers.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KCLE.FA.Y.0021.260414T2048Z-260414T2345Z/", references=[],
         geometry=poly((-80.74, 41.06), (-80.56, 41.06), (-80.56, 41.14), (-80.74, 41.14)),
         extra={"hydrologicVTEC": ["/00000.N.ER.000000T0000Z.000000T0000Z.000000T0000Z.OO/"]}),
    dict(id=SVR_CLE, office="KCLE", senderName="NWS Cleveland OH", awips="SVRCLE", wmo="WUUS51",
         areaDesc="Mahoning, OH", SAME=["039099"], UGC=["OHC099"],
         sent="2026-06-23T19:41:00-04:00", onset="2026-06-23T19:41:00-04:00", expires="2026-06-23T20:15:00-04:00",
         ends="2026-06-23T20:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 7:41PM EDT until June 23 at 8:15PM EDT by NWS Cleveland OH",
         description="SVRCLE\n\nThe National Weather Service in Cleveland has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Mahoning County in northeastern Ohio...\n\n* Until 815 PM EDT.\n\n* At 740 PM EDT, a severe thunderstorm was located over Boardman, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nBoardman, Poland, Struthers and Lowellville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCLE.SV.W.0112.260623T2341Z-260624T0015Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"]}),
    dict(id=SVR_CLE_CAN, office="KCLE", senderName="NWS Cleveland OH", awips="SVSCLE", wmo="WWUS51",
         areaDesc="Mahoning, OH", SAME=["039099"], UGC=["OHC099"],
         sent="2026-06-23T20:02:00-04:00", onset="2026-06-23T20:02:00-04:00", expires="2026-06-23T20:15:00-04:00",
         ends="2026-06-23T20:15:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has moved out of the warned area into Lawrence County, Pennsylvania. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KCLE.SV.W.0112.000000T0000Z-260624T0015Z/", references=[SVR_CLE], geometry=SVR_POLY),
]
