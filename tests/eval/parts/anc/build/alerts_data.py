"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part anc. Every alert is invented; the
office (NWS Anchorage, PAFC), SAME county codes (Anchorage 002020, Matanuska-Susitna 002170) are real; forecast
zone numbers are best known and no label depends on them. Ids contain "anc"."""


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.anc{label}.001.1"


WSW_MATSU = urn("-wsw-matsu-20260118")
WWY_ANCH = urn("-wwy-anchorage-20260203")
FFW_ERIVER = urn("-ffw-eagleriver-20260822")
FFW_ERIVER_CAN = urn("-ffw-eagleriver-20260822-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_MATSU, office="PAFC", senderName="NWS Anchorage AK", awips="WSWAER", wmo="WWAK41",
         areaDesc="Matanuska Valley; Susitna Valley", SAME=["002170"], UGC=["AKZ111", "AKZ145"],
         sent="2026-01-18T14:05:00-09:00", onset="2026-01-18T21:00:00-09:00", expires="2026-01-19T06:00:00-09:00",
         ends="2026-01-20T06:00:00-09:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 18 at 2:05PM AKST until January 20 at 6:00AM AKST by NWS Anchorage AK",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 18 to 30 inches. Winds gusting as high as 50 mph near Palmer and the Knik River.\n\n* WHERE...Matanuska Valley and Susitna Valley, including Palmer, Wasilla, Big Lake, Houston and Willow.\n\n* WHEN...From 9 PM this evening to 6 AM AKST Tuesday.\n\n* IMPACTS...Travel could be very difficult to impossible on the Glenn and Parks Highways. Widespread blowing snow could significantly reduce visibility. Power outages are possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.PAFC.WS.W.0007.260119T0600Z-260120T1500Z/", references=[], geometry=None),
    dict(id=WWY_ANCH, office="PAFC", senderName="NWS Anchorage AK", awips="WSWAER", wmo="WWAK41",
         areaDesc="Anchorage Municipality", SAME=["002020"], UGC=["AKZ101"],
         sent="2026-02-03T04:10:00-09:00", onset="2026-02-03T09:00:00-09:00", expires="2026-02-03T18:00:00-09:00",
         ends="2026-02-04T03:00:00-09:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 3 at 4:10AM AKST until February 4 at 3:00AM AKST by NWS Anchorage AK",
         description="* WHAT...Snow. Additional snow accumulations of 4 to 8 inches, up to 10 inches on the Hillside.\n\n* WHERE...Anchorage, Eagle River, Chugiak and Girdwood.\n\n* WHEN...From 9 AM this morning to 3 AM AKST Wednesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the evening commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.PAFC.WW.Y.0012.260203T1800Z-260204T1200Z/", references=[], geometry=None),
    dict(id=FFW_ERIVER, office="PAFC", senderName="NWS Anchorage AK", awips="FFWAER", wmo="WGAK51",
         areaDesc="Anchorage, AK", SAME=["002020"], UGC=["AKC020"],
         sent="2026-08-22T16:42:00-08:00", onset="2026-08-22T16:42:00-08:00", expires="2026-08-22T22:45:00-08:00",
         ends="2026-08-22T22:45:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 22 at 4:42PM AKDT until August 22 at 10:45PM AKDT by NWS Anchorage AK",
         description="FFWAER\n\nThe National Weather Service in Anchorage has issued a\n\n* Flash Flood Warning for...\nNortheastern Municipality of Anchorage in Southcentral Alaska...\n\n* Until 1045 PM AKDT.\n\n* At 440 PM AKDT, Doppler radar and automated gauges indicated heavy rain falling on saturated ground over the Eagle River and Peters Creek drainages. Between 2 and 3 inches of rain have fallen in the last 24 hours. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by heavy rain.\n\nSOURCE...Radar indicated and gauges.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\n* Some locations that will experience flash flooding include...\nEagle River, Chugiak, Birchwood, Peters Creek and Eklutna.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.PAFC.FF.W.0003.260823T0042Z-260823T0645Z/", references=[],
         geometry=poly((-149.52, 61.20), (-149.20, 61.19), (-149.12, 61.30), (-149.18, 61.48), (-149.40, 61.50),
                       (-149.50, 61.38), (-149.52, 61.20))),
    dict(id=FFW_ERIVER_CAN, office="PAFC", senderName="NWS Anchorage AK", awips="FFSAER", wmo="WGAK71",
         areaDesc="Anchorage, AK", SAME=["002020"], UGC=["AKC020"],
         sent="2026-08-22T21:15:00-08:00", onset="2026-08-22T21:15:00-08:00", expires="2026-08-22T21:30:00-08:00",
         ends="2026-08-22T21:30:00-08:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The Flash Flood Warning for the northeastern Municipality of Anchorage has been cancelled. Rain has ended over the Eagle River and Peters Creek drainages and creek levels are falling. Please continue to heed remaining road closures.",
         instruction=None,
         vtec="/O.CAN.PAFC.FF.W.0003.000000T0000Z-260823T0645Z/", references=[FFW_ERIVER],
         geometry=poly((-149.52, 61.20), (-149.20, 61.19), (-149.12, 61.30), (-149.18, 61.48), (-149.40, 61.50),
                       (-149.50, 61.38), (-149.52, 61.20))),
]
