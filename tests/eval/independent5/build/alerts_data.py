"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices, county
codes and zone ids are real as best known (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_TWC = urn("indep5-svr-tucson")
SVR_TWC_CAN = urn("indep5-svr-tucson-can")
TOR_LCH = urn("indep5-tor-lafayette")
WSW_DLH = urn("indep5-wsw-duluth")
WWY_GRB = urn("indep5-wwy-foxvalley")
WSW_GRB = urn("indep5-wsw-greenbay")
WSW_GRB_EXA = urn("indep5-wsw-greenbay-exa")
TEST_MRX = urn("indep5-test-chattanooga")
FFW_AKQ = urn("indep5-ffw-norfolk")
HEAT_BRO = urn("indep5-heat-rgv")

C = dict(certainty="Observed", urgency="Immediate", response="Shelter")

ALERTS = [
    dict(id=SVR_TWC, office="KTWC", senderName="NWS Tucson AZ", awips="SVRTWC", wmo="WUUS55",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"],
         sent="2026-03-28T16:42:00-07:00", onset="2026-03-28T16:42:00-07:00", expires="2026-03-28T17:30:00-07:00",
         ends="2026-03-28T17:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued March 28 at 4:42PM MST until March 28 at 5:30PM MST by NWS Tucson AZ",
         description="At 442 PM MST, a severe thunderstorm was located over Catalina Foothills, moving west at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nLocations impacted include Catalina Foothills, Casas Adobes and north central Tucson.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTWC.SV.W.0087.260328T2342Z-260329T0030Z/", references=[],
         geometry=poly((-111.03, 32.28), (-110.87, 32.28), (-110.87, 32.37), (-111.03, 32.37))),
    dict(id=SVR_TWC_CAN, office="KTWC", senderName="NWS Tucson AZ", awips="SVSTWC", wmo="WWUS55",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"],
         sent="2026-03-28T17:10:00-07:00", onset="2026-03-28T17:10:00-07:00", expires="2026-03-28T17:30:00-07:00",
         ends="2026-03-28T17:10:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits.", instruction="",
         vtec="/O.CAN.KTWC.SV.W.0087.000000T0000Z-260329T0030Z/", references=[SVR_TWC],
         geometry=poly((-111.03, 32.28), (-110.87, 32.28), (-110.87, 32.37), (-111.03, 32.37))),
    dict(id=TOR_LCH, office="KLCH", senderName="NWS Lake Charles LA", awips="TORLCH", wmo="WFUS54",
         areaDesc="Lafayette, LA", SAME=["022055"], UGC=["LAC055"],
         sent="2026-03-14T05:12:00-05:00", onset="2026-03-14T05:12:00-05:00", expires="2026-03-14T05:45:00-05:00",
         ends="2026-03-14T05:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 14 at 5:12AM CDT until March 14 at 5:45AM CDT by NWS Lake Charles LA",
         description="At 512 AM CDT, a confirmed tornado was located near Milton, moving northeast at 35 mph.\n\nHAZARD...Damaging tornado.\n\nLocations impacted include south Lafayette, Milton and the Ambassador Caffery corridor.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KLCH.TO.W.0019.260314T1012Z-260314T1045Z/", references=[],
         extra={"tornadoDetection": ["OBSERVED"]},
         geometry=poly((-92.07, 30.15), (-91.99, 30.15), (-91.99, 30.195), (-92.07, 30.195))),
    dict(id=WSW_DLH, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="Southern St. Louis/Carlton; South Shore", SAME=["027137"], UGC=["MNZ037"],
         sent="2026-01-09T15:20:00-06:00", onset="2026-01-10T00:00:00-06:00", expires="2026-01-10T03:30:00-06:00",
         ends="2026-01-11T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 9 at 3:20PM CST until January 11 at 12:00PM CST by NWS Duluth MN",
         description="* WHAT...Heavy lake-enhanced snow. Total accumulations of 15 to 24 inches along the hillside. Winds gusting to 45 mph.\n\n* WHERE...St. Louis County, including the city of Duluth.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="If you must travel, keep extra food and water in your vehicle.",
         vtec="/O.NEW.KDLH.WS.W.0002.260110T0600Z-260111T1800Z/", references=[], geometry=None),
    dict(id=WWY_GRB, office="KGRB", senderName="NWS Green Bay WI", awips="WSWGRB", wmo="WWUS43",
         areaDesc="Outagamie; Winnebago; Brown", SAME=["055087", "055139", "055009"], UGC=["WIZ038", "WIZ048", "WIZ039"],
         sent="2026-02-02T03:30:00-06:00", onset="2026-02-02T06:00:00-06:00", expires="2026-02-02T12:00:00-06:00",
         ends="2026-02-02T18:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued February 2 at 3:30AM CST until February 2 at 6:00PM CST by NWS Green Bay WI",
         description="* WHAT...Snow. Total accumulations of 2 to 4 inches.\n\n* WHERE...Outagamie, Winnebago and Brown Counties.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KGRB.WW.Y.0011.260202T1200Z-260203T0000Z/", references=[], geometry=None),
    dict(id=WSW_GRB, office="KGRB", senderName="NWS Green Bay WI", awips="WSWGRB", wmo="WWUS43",
         areaDesc="Brown", SAME=["055009"], UGC=["WIZ039"],
         sent="2026-02-23T14:00:00-06:00", onset="2026-02-24T03:00:00-06:00", expires="2026-02-24T03:00:00-06:00",
         ends="2026-02-25T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 23 at 2:00PM CST until February 25 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Heavy snow. Total accumulations of 10 to 16 inches.\n\n* WHERE...Brown County, including Green Bay and De Pere.",
         instruction="Travel should be restricted to emergencies only.",
         vtec="/O.NEW.KGRB.WS.W.0006.260224T0900Z-260225T1200Z/", references=[], geometry=None),
    dict(id=WSW_GRB_EXA, office="KGRB", senderName="NWS Green Bay WI", awips="WSWGRB", wmo="WWUS43",
         areaDesc="Brown; Outagamie; Winnebago", SAME=["055009", "055087", "055139"], UGC=["WIZ039", "WIZ038", "WIZ048"],
         sent="2026-02-24T04:10:00-06:00", onset="2026-02-24T04:10:00-06:00", expires="2026-02-24T12:00:00-06:00",
         ends="2026-02-25T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 24 at 4:10AM CST until February 25 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Heavy snow. Additional accumulations of 8 to 14 inches.\n\n* WHERE...Brown County. The warning has been expanded to include Outagamie and Winnebago Counties, including Appleton, Neenah and Oshkosh.",
         instruction="Travel should be restricted to emergencies only.",
         vtec="/O.EXA.KGRB.WS.W.0006.000000T0000Z-260225T1200Z/", references=[WSW_GRB], geometry=None),
    dict(id=TEST_MRX, office="KMRX", senderName="NWS Morristown TN", awips="TORMRX", wmo="WFUS54",
         areaDesc="Hamilton, TN", SAME=["047065"], UGC=["TNC065"],
         sent="2026-04-01T10:00:00-04:00", onset="2026-04-01T10:00:00-04:00", expires="2026-04-01T10:30:00-04:00",
         ends="2026-04-01T10:30:00-04:00", status="Test", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="THIS IS A TEST. Tornado Warning test message by NWS Morristown TN",
         description="THIS IS A TEST MESSAGE. DO NOT TAKE ACTION.", instruction="This is a test.",
         vtec="/T.NEW.KMRX.TO.W.9999.260401T1400Z-260401T1430Z/", references=[],
         geometry=poly((-85.40, 34.98), (-85.15, 34.98), (-85.15, 35.20), (-85.40, 35.20))),
    dict(id=FFW_AKQ, office="KAKQ", senderName="NWS Wakefield VA", awips="FFWAKQ", wmo="WGUS51",
         areaDesc="City of Norfolk, VA", SAME=["051710"], UGC=["VAC710"],
         sent="2026-08-30T19:05:00-04:00", onset="2026-08-30T19:05:00-04:00", expires="2026-08-30T22:15:00-04:00",
         ends="2026-08-30T22:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 30 at 7:05PM EDT until August 30 at 10:15PM EDT by NWS Wakefield VA",
         description="At 705 PM EDT, Doppler radar indicated 3 to 5 inches of rain over Norfolk at high tide. Flash flooding is ongoing or expected to begin shortly.\n\nLocations impacted include Wards Corner, Colonial Place, Ocean View and Larchmont.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KAKQ.FF.W.0031.260830T2305Z-260831T0215Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-76.33, 36.88), (-76.24, 36.88), (-76.24, 36.95), (-76.33, 36.95))),
    dict(id=HEAT_BRO, office="KBRO", senderName="NWS Brownsville TX", awips="NPWBRO", wmo="WWUS74",
         areaDesc="Inland Hidalgo", SAME=["048215"], UGC=["TXZ253"],
         sent="2026-06-18T04:00:00-05:00", onset="2026-06-18T11:00:00-05:00", expires="2026-06-18T19:00:00-05:00",
         ends="2026-06-18T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued June 18 at 4:00AM CDT until June 18 at 7:00PM CDT by NWS Brownsville TX",
         description="* WHAT...Heat index values up to 114.\n\n* WHERE...Inland Hidalgo County, including McAllen and Edinburg.",
         instruction="Drink plenty of fluids and stay in an air-conditioned room.",
         vtec="/O.NEW.KBRO.HT.Y.0009.260618T1600Z-260619T0000Z/", references=[], geometry=None),
]
