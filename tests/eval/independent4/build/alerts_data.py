"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices, county
codes and zones are real (forecast-zone numbers as best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_GYX = urn("indep4-winter-storm-casco")
WSW_GYX_EXA = urn("indep4-winter-storm-casco-exa")
SPS_ALY = urn("indep4-sps-albany")
WWY_CTP = urn("indep4-wwy-centre")
TOR_LMK = urn("indep4-tornado-lexington")
TEST_CHS = urn("indep4-test-charleston")
SVR_BOU = urn("indep4-svr-hail-fortcollins")
SVR_DVN = urn("indep4-svr-derecho-cedarrapids")
SVR_DVN_CAN = urn("indep4-svr-derecho-cedarrapids-can")
FFW_CHS = urn("indep4-ffw-charleston")
FOG_BOI = urn("indep4-fog-treasure-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_GYX, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Interior Cumberland; Coastal Cumberland; Sagadahoc", SAME=["023005", "023023"],
         UGC=["MEZ019", "MEZ028", "MEZ023"],
         sent="2026-01-31T15:40:00-05:00", onset="2026-02-01T01:00:00-05:00", expires="2026-02-01T04:00:00-05:00",
         ends="2026-02-02T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 31 at 3:40PM EST until February 2 at 7:00AM EST by NWS Gray ME",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 14 to 20 inches. Winds gusting as high as 45 mph near the coast.\n\n* WHERE...Cumberland and Sagadahoc Counties, including Portland, South Portland, Falmouth, Yarmouth, Brunswick and Bath.\n\n* WHEN...From 1 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Scattered power outages are possible from snow-laden trees.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGYX.WS.W.0004.260201T0600Z-260202T1200Z/", references=[], geometry=None),
    dict(id=WSW_GYX_EXA, office="KGYX", senderName="NWS Gray ME", awips="WSWGYX", wmo="WWUS41",
         areaDesc="Interior Cumberland; Coastal Cumberland; Sagadahoc; Knox", SAME=["023005", "023023", "023013"],
         UGC=["MEZ019", "MEZ028", "MEZ023", "MEZ025"],
         sent="2026-02-01T03:55:00-05:00", onset="2026-02-01T03:55:00-05:00", expires="2026-02-01T11:00:00-05:00",
         ends="2026-02-02T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 1 at 3:55AM EST until February 2 at 7:00AM EST by NWS Gray ME",
         description="* WHAT...Heavy snow. Additional snow accumulations of 12 to 18 inches. Winds gusting as high as 50 mph near the coast.\n\n* WHERE...Cumberland, Sagadahoc and Knox Counties. The warning has been expanded to include Knox County, including Rockland, Camden and Thomaston.\n\n* WHEN...Until 7 AM EST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible. Power outages are likely along the coast.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KGYX.WS.W.0004.000000T0000Z-260202T1200Z/", references=[WSW_GYX], geometry=None),
    dict(id=SPS_ALY, office="KALY", senderName="NWS Albany NY", awips="SPSALY", wmo="WWUS81",
         areaDesc="Eastern Albany; Western Rensselaer; Southern Saratoga", SAME=["036001", "036083", "036091"],
         UGC=["NYZ052", "NYZ053", "NYZ049"],
         sent="2026-03-16T06:20:00-04:00", onset="2026-03-16T06:20:00-04:00", expires="2026-03-16T09:00:00-04:00",
         ends="2026-03-16T09:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Observed",
         urgency="Expected", event="Special Weather Statement", response="Execute",
         headline="Special Weather Statement issued March 16 at 6:20AM EDT by NWS Albany NY",
         description="Patchy freezing drizzle will continue through 9 AM across the Capital District, including Albany, Troy, Cohoes and Clifton Park. Untreated roads, bridges and sidewalks may become slippery. Allow extra time for the morning commute.",
         instruction=None, vtec=None, references=[], geometry=None),
    dict(id=WWY_CTP, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Northern Centre; Southern Centre; Blair; Mifflin", SAME=["042027", "042013", "042087"],
         UGC=["PAZ017", "PAZ045", "PAZ034", "PAZ035"],
         sent="2026-03-02T14:10:00-05:00", onset="2026-03-02T22:00:00-05:00", expires="2026-03-03T06:00:00-05:00",
         ends="2026-03-03T12:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued March 2 at 2:10PM EST until March 3 at 12:00PM EST by NWS State College PA",
         description="* WHAT...Mixed precipitation expected. Total snow and sleet accumulations of 1 to 3 inches and ice accumulations of around one tenth of an inch.\n\n* WHERE...Centre, Blair and Mifflin Counties, including State College, Bellefonte, Altoona and Lewistown.\n\n* WHEN...From 10 PM this evening to noon EST Tuesday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KCTP.WW.Y.0019.260303T0300Z-260303T1700Z/", references=[], geometry=None),
    dict(id=TOR_LMK, office="KLMK", senderName="NWS Louisville KY", awips="TORLMK", wmo="WFUS53",
         areaDesc="Fayette, KY", SAME=["021067"], UGC=["KYC067"],
         sent="2026-04-28T01:47:00-04:00", onset="2026-04-28T01:47:00-04:00", expires="2026-04-28T02:15:00-04:00",
         ends="2026-04-28T02:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 28 at 1:47AM EDT until April 28 at 2:15AM EDT by NWS Louisville KY",
         description="TORLMK\n\nThe National Weather Service in Louisville has issued a\n\n* Tornado Warning for...\nSouthern Fayette County in central Kentucky...\n\n* Until 215 AM EDT.\n\n* At 146 AM EDT, a severe thunderstorm capable of producing a tornado was located near Clays Mill Road, moving east at 40 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nSouthern Lexington, Tates Creek, Hartland and Lansdowne.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLMK.TO.W.0022.260428T0547Z-260428T0615Z/", references=[],
         geometry=poly((-84.555, 37.975), (-84.455, 37.975), (-84.455, 38.000), (-84.555, 38.010)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=TEST_CHS, office="KCHS", senderName="NWS Charleston SC", awips="TORCHS", wmo="WFUS52",
         areaDesc="Charleston, SC", SAME=["045019"], UGC=["SCC019"],
         sent="2026-05-12T10:15:00-04:00", onset="2026-05-12T10:15:00-04:00", expires="2026-05-12T10:45:00-04:00",
         ends="2026-05-12T10:45:00-04:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="TEST Tornado Warning issued May 12 at 10:15AM EDT by NWS Charleston SC",
         description="THIS IS A TEST MESSAGE. DO NOT TAKE ACTION BASED ON THIS MESSAGE.\n\nThis is a routine test of the tornado warning dissemination system for Charleston County.",
         instruction="THIS IS A TEST. NO ACTION IS REQUIRED.",
         vtec="/T.NEW.KCHS.TO.W.9999.260512T1415Z-260512T1445Z/", references=[],
         geometry=poly((-80.10, 32.68), (-79.75, 32.68), (-79.75, 32.92), (-80.10, 32.92))),
    dict(id=SVR_BOU, office="KBOU", senderName="NWS Boulder CO", awips="SVRBOU", wmo="WUUS53",
         areaDesc="Larimer, CO; Weld, CO", SAME=["008069", "008123"], UGC=["COC069", "COC123"],
         sent="2026-06-18T16:22:00-06:00", onset="2026-06-18T16:22:00-06:00", expires="2026-06-18T17:15:00-06:00",
         ends="2026-06-18T17:15:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 4:22PM MDT until June 18 at 5:15PM MDT by NWS Boulder CO",
         description="SVRBOU\n\nThe National Weather Service in Boulder has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Larimer County in northeastern Colorado...\nWest central Weld County in northeastern Colorado...\n\n* Until 515 PM MDT.\n\n* At 421 PM MDT, a severe thunderstorm was located over northeast Fort Collins, moving southeast at 20 mph.\n\nHAZARD...Baseball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail at Lemay Avenue and Vine Drive.\n\nIMPACT...People and animals outdoors will be severely injured. Expect extensive damage to roofs, windows, and vehicles.\n\n* Locations impacted include...\nFort Collins, Timnath and Windsor.",
         instruction="Prepare immediately for large hail and damaging winds. Move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOU.SV.W.0187.260618T2222Z-260618T2315Z/", references=[],
         geometry=poly((-105.085, 40.615), (-104.99, 40.63), (-104.875, 40.475), (-104.93, 40.455), (-105.085, 40.52)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["2.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_DVN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="SVRDVN", wmo="WUUS53",
         areaDesc="Linn, IA", SAME=["019113"], UGC=["IAC113"],
         sent="2026-08-10T11:58:00-05:00", onset="2026-08-10T11:58:00-05:00", expires="2026-08-10T12:45:00-05:00",
         ends="2026-08-10T12:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 10 at 11:58AM CDT until August 10 at 12:45PM CDT by NWS Quad Cities IA IL",
         description="SVRDVN\n\nThe National Weather Service in the Quad Cities has issued a\n\n* Severe Thunderstorm Warning for...\nWestern and central Linn County in east central Iowa...\n\n* Until 1245 PM CDT.\n\n* At 1157 AM CDT, a line of severe thunderstorms was located along Interstate 380 near Palo, moving east at 65 mph.\n\nHAZARD...90 mph wind gusts.\n\nSOURCE...Radar indicated and emergency management reported.\n\nIMPACT...Extensive tree damage and power outages are likely. Roofs, siding and grain bins will be damaged.\n\n* Locations impacted include...\nwestern and central Cedar Rapids, Hiawatha and Robins.",
         instruction="THIS IS A DANGEROUS STORM. Take shelter in an interior room on the lowest floor of a substantial building.",
         vtec="/O.NEW.KDVN.SV.W.0241.260810T1658Z-260810T1745Z/", references=[],
         geometry=poly((-91.74, 41.93), (-91.645, 41.93), (-91.645, 42.08), (-91.74, 42.08)),
         extra={"maxWindGust": ["90 MPH"], "maxHailSize": ["0.00"], "thunderstormDamageThreat": ["DESTRUCTIVE"]}),
    dict(id=SVR_DVN_CAN, office="KDVN", senderName="NWS Quad Cities IA IL", awips="SVSDVN", wmo="WWUS53",
         areaDesc="Linn, IA", SAME=["019113"], UGC=["IAC113"],
         sent="2026-08-10T12:31:00-05:00", onset="2026-08-10T12:31:00-05:00", expires="2026-08-10T12:45:00-05:00",
         ends="2026-08-10T12:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorms which prompted the warning have moved out of the warned area into Jones County. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KDVN.SV.W.0241.000000T0000Z-260810T1745Z/", references=[SVR_DVN],
         geometry=poly((-91.74, 41.93), (-91.645, 41.93), (-91.645, 42.08), (-91.74, 42.08))),
    dict(id=FFW_CHS, office="KCHS", senderName="NWS Charleston SC", awips="FFWCHS", wmo="WGUS52",
         areaDesc="Charleston, SC", SAME=["045019"], UGC=["SCC019"],
         sent="2026-08-19T14:05:00-04:00", onset="2026-08-19T14:05:00-04:00", expires="2026-08-19T18:00:00-04:00",
         ends="2026-08-19T18:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 19 at 2:05PM EDT until August 19 at 6:00PM EDT by NWS Charleston SC",
         description="FFWCHS\n\nThe National Weather Service in Charleston has issued a\n\n* Flash Flood Warning for...\nSouthern Charleston County in southeastern South Carolina...\n\n* Until 600 PM EDT.\n\n* At 204 PM EDT, Doppler radar and gauges indicated 3 to 5 inches of rain over downtown Charleston, West Ashley and James Island, coinciding with the afternoon high tide. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms and tidal backwater.\n\n* Some locations that will experience flash flooding include...\ndowntown Charleston, the Medical District, West Ashley, James Island and Folly Road.",
         instruction="Turn around, don't drown when encountering flooded roads. Do not drive through flooded streets downtown.",
         vtec="/O.NEW.KCHS.FF.W.0031.260819T1805Z-260819T2200Z/", references=[],
         geometry=poly((-80.03, 32.70), (-79.92, 32.70), (-79.92, 32.815), (-80.03, 32.815)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FOG_BOI, office="KBOI", senderName="NWS Boise ID", awips="NPWBOI", wmo="WWUS75",
         areaDesc="Lower Treasure Valley; Upper Treasure Valley", SAME=["016001", "016027"],
         UGC=["IDZ012", "IDZ014"],
         sent="2026-08-20T04:30:00-06:00", onset="2026-08-20T04:30:00-06:00", expires="2026-08-20T10:00:00-06:00",
         ends="2026-08-20T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued August 20 at 4:30AM MDT until August 20 at 10:00AM MDT by NWS Boise ID",
         description="* WHAT...Visibility one quarter mile or less in dense fog and wildfire smoke.\n\n* WHERE...Treasure Valley, including Boise, Meridian, Nampa and Caldwell.\n\n* WHEN...Until 10 AM MDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBOI.FG.Y.0008.260820T1030Z-260820T1600Z/", references=[], geometry=None),
]
