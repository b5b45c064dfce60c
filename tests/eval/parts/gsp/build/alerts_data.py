"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the gsp part. Every alert is invented;
the office (KGSP Greenville-Spartanburg) and the county SAME/UGC codes are real. Ids are prefixed gsp_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gsp_urn:oid:2.49.0.1.840.0.{h}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


FFW = urn("gsp-ffw-reedy-river")
ISW = urn("gsp-ice-storm-spartanburg")
TOR = urn("gsp-tornado-simpsonville")
WIND = urn("gsp-wind-advisory-greenville")

COMMON = dict(office="KGSP", senderName="NWS Greenville-Spartanburg SC")

ALERTS = [
    dict(COMMON, id=FFW, awips="FFWGSP", wmo="WGUS52", areaDesc="Greenville, SC", SAME=["045045"], UGC=["SCC045"],
         sent="2026-01-20T14:12:00-05:00", onset="2026-01-20T14:12:00-05:00", expires="2026-01-20T18:15:00-05:00",
         ends="2026-01-20T18:15:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued January 20 at 2:12PM EST until January 20 at 6:15PM EST by NWS Greenville-Spartanburg SC",
         description="FFWGSP\n\nThe National Weather Service in Greenville-Spartanburg has issued a\n\n* Flash Flood Warning for...\nCentral Greenville County in upstate South Carolina...\n\n* Until 615 PM EST.\n\n* At 211 PM EST, Doppler radar indicated 3 to 4 inches of rain along the Reedy River and Richland Creek. Flash flooding is ongoing.\n\nHAZARD...Flash flooding caused by heavy rain.\n\n* Some locations that will experience flash flooding include...\ndowntown Greenville, Falls Park, Cleveland Park, North Main and the Parker district.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KGSP.FF.W.0004.260120T1912Z-260120T2315Z/", references=[],
         geometry=poly((-82.43, 34.83), (-82.37, 34.83), (-82.37, 34.905), (-82.43, 34.905)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(COMMON, id=ISW, awips="WSWGSP", wmo="WWUS42", areaDesc="Spartanburg", SAME=["045083"], UGC=["SCZ008"],
         sent="2026-01-25T15:30:00-05:00", onset="2026-01-26T01:00:00-05:00", expires="2026-01-26T04:00:00-05:00",
         ends="2026-01-27T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 25 at 3:30PM EST until January 27 at 7:00AM EST by NWS Greenville-Spartanburg SC",
         description="* WHAT...Significant icing. Total ice accumulations of one third to one half of an inch.\n\n* WHERE...Spartanburg County, including Spartanburg, Boiling Springs, Inman and Woodruff.\n\n* WHEN...From 1 AM Monday to 7 AM EST Tuesday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. Prepare for power outages.",
         vtec="/O.NEW.KGSP.IS.W.0002.260126T0600Z-260127T1200Z/", references=[], geometry=None),
    dict(COMMON, id=TOR, awips="TORGSP", wmo="WFUS52", areaDesc="Greenville, SC", SAME=["045045"], UGC=["SCC045"],
         sent="2026-04-08T16:41:00-04:00", onset="2026-04-08T16:41:00-04:00", expires="2026-04-08T17:15:00-04:00",
         ends="2026-04-08T17:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 8 at 4:41PM EDT until April 8 at 5:15PM EDT by NWS Greenville-Spartanburg SC",
         description="TORGSP\n\nThe National Weather Service in Greenville-Spartanburg has issued a\n\n* Tornado Warning for...\nSoutheastern Greenville County in upstate South Carolina...\n\n* Until 515 PM EDT.\n\n* At 440 PM EDT, a severe thunderstorm capable of producing a tornado was located near Fountain Inn, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\n* Locations impacted include...\nFountain Inn, Simpsonville, Mauldin and Five Forks.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KGSP.TO.W.0011.260408T2041Z-260408T2115Z/", references=[],
         geometry=poly((-82.30, 34.62), (-82.20, 34.62), (-82.18, 34.80), (-82.33, 34.80)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(COMMON, id=WIND, awips="NPWGSP", wmo="WWUS72", areaDesc="Greater Greenville; Spartanburg",
         SAME=["045045", "045083"], UGC=["SCZ010", "SCZ008"],
         sent="2026-02-18T04:05:00-05:00", onset="2026-02-18T10:00:00-05:00", expires="2026-02-18T18:00:00-05:00",
         ends="2026-02-18T18:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued February 18 at 4:05AM EST until February 18 at 6:00PM EST by NWS Greenville-Spartanburg SC",
         description="* WHAT...Northwest winds 15 to 25 mph with gusts up to 45 mph.\n\n* WHERE...Greenville and Spartanburg Counties.\n\n* WHEN...From 10 AM to 6 PM EST Wednesday.",
         instruction="Secure outdoor objects.", vtec="/O.NEW.KGSP.WI.Y.0006.260218T1500Z-260218T2300Z/",
         references=[], geometry=None),
]
