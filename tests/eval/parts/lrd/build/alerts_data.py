"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lrd part. Every alert is invented;
the office (NWS Corpus Christi, KCRP, whose area covers Webb, Zapata, Jim Hogg, Duval and Brooks Counties),
SAME county codes and county UGC codes are real; forecast-zone numbers are given as best known and no label
depends on them (labels use polygons and SAME codes only). Alert ids carry the part's `lrd_` prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lrd_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_CRP = urn("lrd-svr-hail-north-laredo")
FFW_CRP = urn("lrd-ffw-zacate-chacon-creeks")
HEAT_ADV = urn("lrd-heat-advisory-webb-zapata")
XHW_CRP = urn("lrd-extreme-heat-brush-country")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_CRP, office="KCRP", senderName="NWS Corpus Christi TX", awips="SVRCRP", wmo="WUUS54",
         areaDesc="Webb, TX", SAME=["048479"], UGC=["TXC479"],
         sent="2026-04-22T21:48:00-05:00", onset="2026-04-22T21:48:00-05:00", expires="2026-04-22T22:45:00-05:00",
         ends="2026-04-22T22:45:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 22 at 9:48PM CDT until April 22 at 10:45PM CDT by NWS Corpus Christi TX",
         description="SVRCRP\n\nThe National Weather Service in Corpus Christi has issued a\n\n* Severe Thunderstorm Warning for...\n  North central Webb County in south Texas...\n\n* Until 1045 PM CDT.\n\n* At 948 PM CDT, a severe thunderstorm was located over north Laredo, moving east at 20 mph.\n\n  HAZARD...Golf ball size hail and 60 mph wind gusts.\n\n  SOURCE...Trained weather spotters reported golf ball size hail near Mines Road and Loop 20.\n\n  IMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\n  North Laredo, Del Mar, Las Lomas, United High School and Texas A&M International University.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCRP.SV.W.0052.260423T0248Z-260423T0345Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["60 MPH"], "hailThreat": ["OBSERVED"],
                "eventMotionDescription": ["2026-04-23T02:48:00-00:00...storm...270DEG...17KT...27.63,-99.58"]},
         geometry=poly((-99.70, 27.74), (-99.36, 27.74), (-99.36, 27.545), (-99.47, 27.545), (-99.70, 27.62))),
    dict(id=FFW_CRP, office="KCRP", senderName="NWS Corpus Christi TX", awips="FFWCRP", wmo="WGUS54",
         areaDesc="Webb, TX", SAME=["048479"], UGC=["TXC479"],
         sent="2026-06-27T03:15:00-05:00", onset="2026-06-27T03:15:00-05:00", expires="2026-06-27T06:15:00-05:00",
         ends="2026-06-27T06:15:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 27 at 3:15AM CDT until June 27 at 6:15AM CDT by NWS Corpus Christi TX",
         description="FFWCRP\n\nThe National Weather Service in Corpus Christi has issued a\n\n* Flash Flood Warning for...\n  South central Webb County in south Texas...\n\n* Until 615 AM CDT.\n\n* At 315 AM CDT, Doppler radar and automated rain gauges indicated thunderstorms producing heavy rain over downtown and south Laredo. Between 3 and 5 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\n  HAZARD...Flash flooding caused by thunderstorms.\n\n  SOURCE...Radar and automated rain gauges.\n\n  IMPACT...Flash flooding of low-water crossings along Zacate Creek and Chacon Creek, small streams, urban areas, highways and underpasses.\n\n* Some locations that will experience flash flooding include...\n  Downtown Laredo, the Heights, El Azteca, Santo Niño, Rio Bravo and El Cenizo.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KCRP.FF.W.0017.260627T0815Z-260627T1115Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-99.545, 27.545), (-99.492, 27.545), (-99.492, 27.49), (-99.42, 27.40), (-99.42, 27.34),
                       (-99.49, 27.34), (-99.545, 27.45))),
    dict(id=HEAT_ADV, office="KCRP", senderName="NWS Corpus Christi TX", awips="NPWCRP", wmo="WWUS74",
         areaDesc="Webb; Zapata", SAME=["048479", "048505"], UGC=["TXZ239", "TXZ240"],
         sent="2026-07-14T03:40:00-05:00", onset="2026-07-14T12:00:00-05:00", expires="2026-07-14T19:00:00-05:00",
         ends="2026-07-14T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 14 at 3:40AM CDT until July 14 at 8:00PM CDT by NWS Corpus Christi TX",
         description="* WHAT...Heat index values up to 114 expected.\n\n* WHERE...Webb and Zapata Counties, including Laredo, Rio Bravo, Zapata and San Ygnacio.\n\n* WHEN...From noon to 8 PM CDT today.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KCRP.HT.Y.0031.260714T1700Z-260715T0100Z/", references=[], geometry=None),
    dict(id=XHW_CRP, office="KCRP", senderName="NWS Corpus Christi TX", awips="NPWCRP", wmo="WWUS74",
         areaDesc="Jim Hogg; Duval; Brooks", SAME=["048247", "048131", "048047"], UGC=["TXZ241", "TXZ232", "TXZ242"],
         sent="2026-08-03T03:30:00-05:00", onset="2026-08-03T11:00:00-05:00", expires="2026-08-03T19:00:00-05:00",
         ends="2026-08-04T21:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Extreme Heat Warning", response="Execute",
         headline="Extreme Heat Warning issued August 3 at 3:30AM CDT until August 4 at 9:00PM CDT by NWS Corpus Christi TX",
         description="* WHAT...Dangerously hot conditions with heat index values up to 121 and afternoon temperatures up to 111 expected.\n\n* WHERE...Jim Hogg, Duval and Brooks Counties, including Hebbronville, San Diego, Freer and Falfurrias.\n\n* WHEN...From 11 AM this morning to 9 PM CDT Tuesday.\n\n* IMPACTS...Extreme heat will significantly increase the potential for heat-related illnesses, particularly for those working or participating in outdoor activities.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors. Livestock and pets need shade and water.",
         vtec="/O.NEW.KCRP.XH.W.0004.260803T1600Z-260805T0200Z/", references=[], geometry=None),
]
