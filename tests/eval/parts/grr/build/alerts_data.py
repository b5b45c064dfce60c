"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the grr part. Alerts invented; office
(KGRR, NWS Grand Rapids MI), county SAME/UGC codes real; forecast-zone numbers best known (labels do not use them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"grr_urn:oid:2.49.0.1.840.0.{h[:30]}.001.1"


WSW = urn("grr-winter-storm-ottawa")
SVR = urn("grr-svr-wyoming-kentwood")
SVR_CAN = urn("grr-svr-wyoming-kentwood-can")
FOG = urn("grr-fog-kent")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KGRR", senderName="NWS Grand Rapids MI", awips="WSWGRR", wmo="WWUS43",
         areaDesc="Ottawa", SAME=["026139"], UGC=["MIZ050"],
         sent="2026-02-16T15:30:00-05:00", onset="2026-02-17T01:00:00-05:00", expires="2026-02-17T04:00:00-05:00",
         ends="2026-02-18T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 16 at 3:30PM EST until February 18 at 7:00AM EST by NWS Grand Rapids MI",
         description="* WHAT...Heavy lake effect snow. Total snow accumulations of 12 to 20 inches. Winds gusting as high as 40 mph along the lakeshore.\n\n* WHERE...Ottawa County, including Holland, Zeeland, Hudsonville, Jenison and Grand Haven.\n\n* WHEN...From 1 AM Tuesday to 7 AM EST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible, with whiteout conditions on I-196.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGRR.WS.W.0006.260217T0600Z-260218T1200Z/", references=[], geometry=None),
    dict(id=FOG, office="KGRR", senderName="NWS Grand Rapids MI", awips="NPWGRR", wmo="WWUS73",
         areaDesc="Kent; Ottawa", SAME=["026081", "026139"], UGC=["MIZ057", "MIZ050"],
         sent="2026-04-02T04:10:00-04:00", onset="2026-04-02T04:10:00-04:00", expires="2026-04-02T10:00:00-04:00",
         ends="2026-04-02T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued April 2 at 4:10AM EDT until April 2 at 10:00AM EDT by NWS Grand Rapids MI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Kent and Ottawa Counties.\n\n* WHEN...Until 10 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KGRR.FG.Y.0011.260402T0810Z-260402T1400Z/", references=[], geometry=None),
    dict(id=SVR, office="KGRR", senderName="NWS Grand Rapids MI", awips="SVRGRR", wmo="WUUS53",
         areaDesc="Kent, MI", SAME=["026081"], UGC=["MIC081"],
         sent="2026-06-21T17:42:00-04:00", onset="2026-06-21T17:42:00-04:00", expires="2026-06-21T18:30:00-04:00",
         ends="2026-06-21T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 21 at 5:42PM EDT until June 21 at 6:30PM EDT by NWS Grand Rapids MI",
         description="SVRGRR\n\nThe National Weather Service in Grand Rapids has issued a\n\n* Severe Thunderstorm Warning for...\nSouthwestern Kent County in southwestern Michigan...\n\n* Until 630 PM EDT.\n\n* At 541 PM EDT, a severe thunderstorm was located over Grandville, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nWyoming, Kentwood, Grandville, Byron Center and Cutlerville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGRR.SV.W.0142.260621T2142Z-260621T2230Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-85.80, 42.78), (-85.60, 42.78), (-85.60, 42.922), (-85.80, 42.922))),
    dict(id=SVR_CAN, office="KGRR", senderName="NWS Grand Rapids MI", awips="SVSGRR", wmo="WWUS53",
         areaDesc="Kent, MI", SAME=["026081"], UGC=["MIC081"],
         sent="2026-06-21T18:08:00-04:00", onset="2026-06-21T18:08:00-04:00", expires="2026-06-21T18:30:00-04:00",
         ends="2026-06-21T18:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KGRR.SV.W.0142.000000T0000Z-260621T2230Z/", references=[SVR],
         geometry=poly((-85.80, 42.78), (-85.60, 42.78), (-85.60, 42.922), (-85.80, 42.922))),
]
