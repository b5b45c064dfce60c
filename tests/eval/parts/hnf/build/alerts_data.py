"""Hand-written NWS Hanford (HNX) alerts, api.weather.gov /alerts/active GeoJSON shape. Every alert is invented;
the office, SAME county codes (Kings 006031, Tulare 006107) and UGC county codes are real; forecast-zone numbers
are best known and no label depends on them."""

FFW = "hnf_urn:oid:2.49.0.1.840.0.0a1b2c3d4e5f60718293a4b5c6d7e8f9001.001.1"
FOG = "hnf_urn:oid:2.49.0.1.840.0.1b2c3d4e5f60718293a4b5c6d7e8f90012.001.1"
XHW = "hnf_urn:oid:2.49.0.1.840.0.2c3d4e5f60718293a4b5c6d7e8f900123.001.1"
XHW_EXA = "hnf_urn:oid:2.49.0.1.840.0.3d4e5f60718293a4b5c6d7e8f9001234.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FOG, awips="NPWHNX", wmo="WWUS76", areaDesc="Kings County; Tulare County", SAME=["006031", "006107"],
         UGC=["CAZ305", "CAZ307"], sent="2026-01-09T03:10:00-08:00", onset="2026-01-09T03:10:00-08:00",
         expires="2026-01-09T11:00:00-08:00", ends="2026-01-09T11:00:00-08:00", status="Actual", messageType="Alert",
         severity="Minor", certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 9 at 3:10AM PST until January 9 at 11:00AM PST by NWS Hanford CA",
         description="* WHAT...Visibility one quarter mile or less in dense tule fog.\n\n* WHERE...Kings and Tulare Counties, including Hanford, Lemoore, Corcoran, Visalia and Tulare, and Highway 198 and Highway 99.\n\n* WHEN...Until 11 AM PST this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KHNX.FG.Y.0004.260109T1110Z-260109T1900Z/", references=[], geometry=None),
    dict(id=FFW, awips="FFWHNX", wmo="WGUS56", areaDesc="Tulare, CA", SAME=["006107"], UGC=["CAC107"],
         sent="2026-01-25T21:42:00-08:00", onset="2026-01-25T21:42:00-08:00", expires="2026-01-26T00:45:00-08:00",
         ends="2026-01-26T00:45:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued January 25 at 9:42PM PST until January 26 at 12:45AM PST by NWS Hanford CA",
         description="At 942 PM PST, Doppler radar and automated rain gauges indicated heavy rain over north Visalia. Between 1.5 and 2.5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly along Mill Creek and Packwood Creek.\n\nHAZARD...Flash flooding caused by heavy rain.\n\nSOURCE...Radar and automated gauges.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses.\n\nSome locations that will experience flash flooding include north Visalia, Goshen and Ivanhoe.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KHNX.FF.W.0002.260126T0542Z-260126T0845Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-119.37, 36.342), (-119.24, 36.342), (-119.18, 36.40), (-119.37, 36.41))),
    dict(id=XHW, awips="NPWHNX", wmo="WWUS76", areaDesc="Kings County", SAME=["006031"], UGC=["CAZ305"],
         sent="2026-07-12T13:30:00-07:00", onset="2026-07-13T11:00:00-07:00", expires="2026-07-13T04:00:00-07:00",
         ends="2026-07-16T21:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Extreme Heat Warning", response="Prepare",
         headline="Extreme Heat Warning issued July 12 at 1:30PM PDT until July 16 at 9:00PM PDT by NWS Hanford CA",
         description="* WHAT...Dangerously hot conditions with afternoon temperatures 108 to 112 and overnight lows 75 to 80.\n\n* WHERE...Kings County, including Hanford, Lemoore, Armona and Corcoran.\n\n* WHEN...From 11 AM Monday to 9 PM PDT Thursday.\n\n* IMPACTS...Extreme heat will significantly increase the risk of heat-related illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, and check up on relatives and neighbors.",
         vtec="/O.NEW.KHNX.XH.W.0005.260713T1800Z-260717T0400Z/", references=[], geometry=None),
    dict(id=XHW_EXA, awips="NPWHNX", wmo="WWUS76", areaDesc="Kings County; Tulare County", SAME=["006031", "006107"],
         UGC=["CAZ305", "CAZ307"], sent="2026-07-13T03:05:00-07:00", onset="2026-07-13T11:00:00-07:00",
         expires="2026-07-13T15:00:00-07:00", ends="2026-07-16T21:00:00-07:00", status="Actual", messageType="Update",
         severity="Severe", certainty="Likely", urgency="Expected", event="Extreme Heat Warning", response="Prepare",
         headline="Extreme Heat Warning issued July 13 at 3:05AM PDT until July 16 at 9:00PM PDT by NWS Hanford CA",
         description="* WHAT...Dangerously hot conditions with afternoon temperatures 108 to 113.\n\n* WHERE...Kings and Tulare Counties. The warning has been expanded to include Tulare County, including Visalia, Tulare, Exeter and Porterville.\n\n* WHEN...From 11 AM this morning to 9 PM PDT Thursday.\n\n* IMPACTS...Extreme heat will significantly increase the risk of heat-related illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, and check up on relatives and neighbors.",
         vtec="/O.EXA.KHNX.XH.W.0005.000000T0000Z-260717T0400Z/", references=[XHW], geometry=None),
]
