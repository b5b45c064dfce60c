"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; zones and codes are real."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


TORNADO_LA = urn("indep3-tornado-lafayette")
FFW_TUCSON = urn("indep3-ffw-tucson")
FFW_TUCSON_EXT = urn("indep3-ffw-tucson-ext")
FFW_TUCSON_CAN = urn("indep3-ffw-tucson-can")
FLOOD_KERR = urn("indep3-flood-kerr")
SVR_RI = urn("indep3-svr-cranston")
BLIZZ_RRV = urn("indep3-blizzard-rrv")
BLIZZ_RRV_EXA = urn("indep3-blizzard-rrv-exa")
TEST_WORC = urn("indep3-test-worcester")
WWY_MQT = urn("indep3-wwy-marquette")
FOG_LANE = urn("indep3-fog-lane")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BLIZZ_RRV, office="KFGF", senderName="NWS Grand Forks ND",
         areaDesc="Cass; Clay", SAME=["038017", "027027"], UGC=["NDZ039", "MNZ029"], zone_kind="forecast",
         sent="2026-01-20T03:41:00-06:00", onset="2026-01-20T18:00:00-06:00", expires="2026-01-21T04:00:00-06:00",
         ends="2026-01-21T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning",
         headline="Blizzard Warning issued January 20 at 3:41AM CST until January 21 at 6:00PM CST by NWS Grand Forks ND",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 6 to 10 inches. Winds gusting as high as 55 mph.\n\n* WHERE...Cass County in North Dakota and Clay County in Minnesota, including the cities of Fargo, West Fargo, Casselton and Moorhead.\n\n* WHEN...From 6 PM this evening to 6 PM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Interstate 94 and Interstate 29 may close.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle.",
         vtec="/O.NEW.KFGF.BZ.W.0003.260121T0000Z-260122T0000Z/", references=[], geometry=None),
    dict(id=BLIZZ_RRV_EXA, office="KFGF", senderName="NWS Grand Forks ND",
         areaDesc="Cass; Traill; Clay; Norman", SAME=["038017", "038097", "027027", "027107"],
         UGC=["NDZ039", "NDZ038", "MNZ029", "MNZ016"], zone_kind="forecast",
         sent="2026-01-20T14:05:00-06:00", onset="2026-01-20T18:00:00-06:00", expires="2026-01-21T04:00:00-06:00",
         ends="2026-01-21T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning",
         headline="Blizzard Warning issued January 20 at 2:05PM CST until January 21 at 6:00PM CST by NWS Grand Forks ND",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 60 mph.\n\n* WHERE...Cass and Traill Counties in North Dakota and Clay and Norman Counties in Minnesota.\n\n* WHEN...From 6 PM this evening to 6 PM CST Wednesday.\n\n* IMPACTS...Travel will be impossible in open country. Power outages are possible.",
         instruction="Do not travel. If you must travel, keep an extra flashlight, food and water in your vehicle.",
         vtec="/O.EXA.KFGF.BZ.W.0003.260121T0000Z-260122T0000Z/", references=[BLIZZ_RRV], geometry=None),
    dict(id=WWY_MQT, office="KMQT", senderName="NWS Marquette MI",
         areaDesc="Marquette", SAME=["026103"], UGC=["MIZ005"], zone_kind="forecast",
         sent="2026-02-09T15:22:00-05:00", onset="2026-02-09T19:00:00-05:00", expires="2026-02-10T07:00:00-05:00",
         ends="2026-02-10T13:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory",
         headline="Winter Weather Advisory issued February 9 at 3:22PM EST until February 10 at 1:00PM EST by NWS Marquette MI",
         description="* WHAT...Lake effect snow expected. Total snow accumulations of 4 to 7 inches.\n\n* WHERE...Marquette County.\n\n* WHEN...From 7 PM this evening to 1 PM EST Tuesday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KMQT.WW.Y.0012.260210T0000Z-260210T1800Z/", references=[], geometry=None),
    dict(id=TORNADO_LA, office="KLCH", senderName="NWS Lake Charles LA",
         areaDesc="Lafayette, LA", SAME=["022055"], UGC=["LAC055"], zone_kind="county",
         sent="2026-04-14T16:12:00-05:00", onset="2026-04-14T16:12:00-05:00", expires="2026-04-14T16:45:00-05:00",
         ends="2026-04-14T16:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning",
         headline="Tornado Warning issued April 14 at 4:12PM CDT until April 14 at 4:45PM CDT by NWS Lake Charles LA",
         description="TORLCH\n\nThe National Weather Service in Lake Charles has issued a\n\n* Tornado Warning for...\nNorthwestern Lafayette Parish in south central Louisiana...\n\n* Until 445 PM CDT.\n\n* At 412 PM CDT, a confirmed tornado was located near Scott, moving northeast at 30 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nScott, Carencro and northern Lafayette.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLCH.TO.W.0031.260414T2112Z-260414T2145Z/", references=[],
         geometry=poly((-92.16, 30.23), (-91.99, 30.24), (-91.99, 30.37), (-92.15, 30.36))),
    dict(id=TEST_WORC, office="KBOX", senderName="NWS Boston/Norton MA",
         areaDesc="Worcester, MA", SAME=["025027"], UGC=["MAC027"], zone_kind="county",
         sent="2026-05-06T10:00:00-04:00", onset="2026-05-06T10:00:00-04:00", expires="2026-05-06T10:30:00-04:00",
         ends="2026-05-06T10:30:00-04:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning",
         headline="TEST Tornado Warning issued May 6 at 10:00AM EDT by NWS Boston/Norton MA",
         description="THIS IS A TEST MESSAGE. DO NOT TAKE ACTION BASED ON THIS MESSAGE.\n\nThis is a test of the tornado warning dissemination system for central Massachusetts.",
         instruction="THIS IS A TEST. NO ACTION IS REQUIRED.",
         vtec="/T.NEW.KBOX.TO.W.9999.260506T1400Z-260506T1430Z/", references=[],
         geometry=poly((-71.95, 42.15), (-71.65, 42.15), (-71.65, 42.40), (-71.95, 42.40))),
    dict(id=SVR_RI, office="KBOX", senderName="NWS Boston/Norton MA",
         areaDesc="Providence, RI; Kent, RI", SAME=["044007", "044003"], UGC=["RIC007", "RIC003"], zone_kind="county",
         sent="2026-06-23T15:48:00-04:00", onset="2026-06-23T15:48:00-04:00", expires="2026-06-23T16:30:00-04:00",
         ends="2026-06-23T16:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning",
         headline="Severe Thunderstorm Warning issued June 23 at 3:48PM EDT until June 23 at 4:30PM EDT by NWS Boston/Norton MA",
         description="SVRBOX\n\nThe National Weather Service in Norton has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Providence County in Rhode Island...\nNorthern Kent County in Rhode Island...\n\n* Until 430 PM EDT.\n\n* At 347 PM EDT, a severe thunderstorm was located over Scituate, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nCranston, Warwick and West Warwick.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOX.SV.W.0118.260623T1948Z-260623T2030Z/", references=[],
         geometry=poly((-71.50, 41.68), (-71.40, 41.68), (-71.40, 41.80), (-71.50, 41.80)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=FLOOD_KERR, office="KEWX", senderName="NWS Austin/San Antonio TX",
         areaDesc="Kerr, TX", SAME=["048265"], UGC=["TXC265"], zone_kind="county",
         sent="2026-07-04T05:17:00-05:00", onset="2026-07-04T05:17:00-05:00", expires="2026-07-04T11:15:00-05:00",
         ends="2026-07-04T11:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning",
         headline="Flash Flood Warning issued July 4 at 5:17AM CDT until July 4 at 11:15AM CDT by NWS Austin/San Antonio TX",
         description="FFWEWX\n\nThe National Weather Service in Austin/San Antonio has issued a\n\n* Flash Flood Warning for...\nCentral Kerr County in south central Texas...\n\n* Until 1115 AM CDT.\n\n* At 515 AM CDT, Doppler radar indicated heavy rain along the Guadalupe River. Between 4 and 7 inches of rain have fallen. The Guadalupe River at Hunt and at Kerrville is rising rapidly.\n\nHAZARD...Life threatening flash flooding of the Guadalupe River and low water crossings.\n\n* Some locations that will experience flash flooding include...\nKerrville, Ingram and Center Point.",
         instruction="Turn around, don't drown when encountering flooded roads. Move to higher ground now. Act quickly to protect your life.",
         vtec="/O.NEW.KEWX.FF.W.0077.260704T1017Z-260704T1615Z/", references=[],
         geometry=poly((-99.33, 30.10), (-99.10, 30.07), (-98.98, 29.97), (-98.98, 29.91), (-99.06, 29.92),
                       (-99.18, 30.01), (-99.33, 30.04)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFW_TUCSON, office="KTWC", senderName="NWS Tucson AZ",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"], zone_kind="county",
         sent="2026-08-09T19:02:00-07:00", onset="2026-08-09T19:02:00-07:00", expires="2026-08-09T22:00:00-07:00",
         ends="2026-08-09T22:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning",
         headline="Flash Flood Warning issued August 9 at 7:02PM MST until August 9 at 10:00PM MST by NWS Tucson AZ",
         description="FFWTWC\n\nThe National Weather Service in Tucson has issued a\n\n* Flash Flood Warning for...\nCentral and eastern Tucson in Pima County in southeastern Arizona...\n\n* Until 1000 PM MST.\n\n* At 700 PM MST, Doppler radar indicated thunderstorms producing heavy rain. Up to 2 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nTucson, Tanque Verde Wash, Pantano Wash and the Rillito River east of Campbell Avenue.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KTWC.FF.W.0042.260810T0202Z-260810T0500Z/", references=[],
         geometry=poly((-110.95, 32.16), (-110.74, 32.16), (-110.74, 32.29), (-110.95, 32.29)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=FFW_TUCSON_EXT, office="KTWC", senderName="NWS Tucson AZ",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"], zone_kind="county",
         sent="2026-08-09T20:31:00-07:00", onset="2026-08-09T20:31:00-07:00", expires="2026-08-10T00:30:00-07:00",
         ends="2026-08-10T00:30:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning",
         headline="Flash Flood Warning issued August 9 at 8:31PM MST until August 10 at 12:30AM MST by NWS Tucson AZ",
         description="FFSTWC\n\nThe Flash Flood Warning for central and eastern Tucson is extended in area and time to include western and northern Tucson until 1230 AM MST.\n\n* At 830 PM MST, heavy rain has spread west across the Santa Cruz River and north to the Rillito. Between 1.5 and 3 inches of rain have fallen.\n\n* Some locations that will experience flash flooding include...\nTucson, Catalina Foothills, Tucson Mountains and the Santa Cruz River.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.EXT.KTWC.FF.W.0042.000000T0000Z-260810T0730Z/", references=[FFW_TUCSON],
         geometry=poly((-111.06, 32.16), (-110.74, 32.16), (-110.74, 32.37), (-111.06, 32.37)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=FFW_TUCSON_CAN, office="KTWC", senderName="NWS Tucson AZ",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"], zone_kind="county",
         sent="2026-08-09T23:14:00-07:00", onset="2026-08-09T23:14:00-07:00", expires="2026-08-09T23:29:00-07:00",
         ends="2026-08-09T23:29:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning",
         headline="The Flash Flood Warning has been cancelled.",
         description="The heavy rain has ended and flooding is no longer expected to pose a threat. Please continue to heed remaining road closures.",
         instruction=None,
         vtec="/O.CAN.KTWC.FF.W.0042.000000T0000Z-260810T0730Z/", references=[FFW_TUCSON, FFW_TUCSON_EXT],
         geometry=poly((-111.06, 32.16), (-110.74, 32.16), (-110.74, 32.37), (-111.06, 32.37))),
    dict(id=FOG_LANE, office="KPQR", senderName="NWS Portland OR",
         areaDesc="South Willamette Valley", SAME=["041039"], UGC=["ORZ008"], zone_kind="forecast",
         sent="2026-11-17T03:10:00-08:00", onset="2026-11-17T03:10:00-08:00", expires="2026-11-17T11:00:00-08:00",
         ends="2026-11-17T11:00:00-08:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory",
         headline="Dense Fog Advisory issued November 17 at 3:10AM PST until November 17 at 11:00AM PST by NWS Portland OR",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...South Willamette Valley, including Eugene, Springfield and Junction City.\n\n* WHEN...Until 11 AM PST this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KPQR.FG.Y.0021.261117T1110Z-261117T1900Z/", references=[], geometry=None),
]
