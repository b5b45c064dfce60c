"""Hand-written NWS alerts for the pqi part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Caribou ME, KCAR) and county codes (Aroostook, SAME 023003, UGC MEC003) are real; forecast-zone
numbers are given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pqi_urn:oid:2.49.0.1.840.0.{h}.001.1"


FLW_CAR = urn("pqi-flood-icejam-fortkent")
FLW_CAR_EXT = urn("pqi-flood-icejam-fortkent-ext")
SVR_CAR = urn("pqi-svr-hail-presqueisle")
WWY_CAR = urn("pqi-wwy-aroostook")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FLW_CAR, office="KCAR", senderName="NWS Caribou ME", awips="FLWCAR", wmo="WGUS41",
         areaDesc="Aroostook, ME", SAME=["023003"], UGC=["MEC003"],
         sent="2026-04-19T14:20:00-04:00", onset="2026-04-19T14:20:00-04:00", expires="2026-04-20T02:30:00-04:00",
         ends="2026-04-20T14:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued April 19 at 2:20PM EDT until April 20 at 2:30PM EDT by NWS Caribou ME",
         description="...The National Weather Service in Caribou has issued a\n\n* Flood Warning for...\nNorthwestern Aroostook County in northern Maine...\n\n* Until 230 PM EDT Monday.\n\n* At 213 PM EDT, an ice jam was reported on the St. John River just below the international bridge at Fort Kent. Water is rising behind the jam and is expected to reach low-lying areas of Fort Kent along West Main Street and near the mouth of the Fish River this evening.\n\n* Some locations that will experience flooding include...\nFort Kent, Fort Kent Mills and Wallagrass.",
         instruction="Turn around, don't drown when encountering flooded roads. Ice jams can release suddenly and cause water levels to rise rapidly downstream. Stay away from the riverbank.",
         vtec="/O.NEW.KCAR.FA.W.0003.260419T1820Z-260420T1830Z/", references=[],
         geometry=poly((-68.660, 47.240), (-68.540, 47.235), (-68.520, 47.275), (-68.660, 47.285)),
         extra={"hydrologicSeverity": ["IJ"], "flashFloodDetection": ["OBSERVED"]}),
    dict(id=FLW_CAR_EXT, office="KCAR", senderName="NWS Caribou ME", awips="FLSCAR", wmo="WGUS81",
         areaDesc="Aroostook, ME", SAME=["023003"], UGC=["MEC003"],
         sent="2026-04-19T21:40:00-04:00", onset="2026-04-19T21:40:00-04:00", expires="2026-04-20T09:45:00-04:00",
         ends="2026-04-21T08:00:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued April 19 at 9:40PM EDT until April 21 at 8:00AM EDT by NWS Caribou ME",
         description="The Flood Warning is extended in area and time for...\nNorthwestern Aroostook County in northern Maine...\n\n* Until 800 AM EDT Tuesday.\n\n* At 935 PM EDT, the ice jam below Fort Kent remained in place and a second jam was forming near Frenchville. Flooding of low-lying roads along U.S. Route 1 between Fort Kent and Frenchville is expected overnight.\n\n* Some locations that will experience flooding include...\nFort Kent, Frenchville, Upper Frenchville and Saint John Plantation.",
         instruction="Do not drive through flooded roads. Residents along the St. John River between Fort Kent and Frenchville should be ready to move to higher ground.",
         vtec="/O.EXT.KCAR.FA.W.0003.000000T0000Z-260421T1200Z/", references=[FLW_CAR],
         geometry=poly((-68.660, 47.240), (-68.540, 47.235), (-68.370, 47.262), (-68.365, 47.305),
                       (-68.520, 47.290), (-68.660, 47.285)),
         extra={"hydrologicSeverity": ["IJ"], "flashFloodDetection": ["OBSERVED"]}),
    dict(id=SVR_CAR, office="KCAR", senderName="NWS Caribou ME", awips="SVRCAR", wmo="WUUS51",
         areaDesc="Aroostook, ME", SAME=["023003"], UGC=["MEC003"],
         sent="2026-07-14T18:52:00-04:00", onset="2026-07-14T18:52:00-04:00", expires="2026-07-14T19:45:00-04:00",
         ends="2026-07-14T19:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:52PM EDT until July 14 at 7:45PM EDT by NWS Caribou ME",
         description="SVRCAR\n\nThe National Weather Service in Caribou has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Aroostook County in northern Maine...\n\n* Until 745 PM EDT.\n\n* At 651 PM EDT, a severe thunderstorm was located near Mapleton, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage. Wind damage is also likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nPresque Isle, Caribou, Fort Fairfield, Easton and Westfield.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCAR.SV.W.0011.260714T2252Z-260714T2345Z/", references=[],
         geometry=poly((-68.090, 46.620), (-67.800, 46.600), (-67.790, 46.900), (-68.070, 46.900)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=WWY_CAR, office="KCAR", senderName="NWS Caribou ME", awips="WSWCAR", wmo="WWUS41",
         areaDesc="Northwest Aroostook; Northeast Aroostook; Southeast Aroostook", SAME=["023003"],
         UGC=["MEZ001", "MEZ002", "MEZ006"],
         sent="2026-11-18T15:30:00-05:00", onset="2026-11-19T01:00:00-05:00", expires="2026-11-19T04:00:00-05:00",
         ends="2026-11-19T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued November 18 at 3:30PM EST until November 19 at 7:00PM EST by NWS Caribou ME",
         description="* WHAT...Snow and sleet. Total snow and sleet accumulations of 3 to 6 inches and ice accumulations of a light glaze.\n\n* WHERE...Northwest, Northeast and Southeast Aroostook.\n\n* WHEN...From 1 AM to 7 PM EST Thursday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Thursday morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KCAR.WW.Y.0042.261119T0600Z-261120T0000Z/", references=[], geometry=None),
]
