"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part "fre". Every alert is invented;
the office (NWS Hanford, KHNX), county UGC codes and SAME codes are real; forecast-zone numbers are best known and
no label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.fre.{h}.001.1"


FOG_HNX = urn("fre-dense-fog-valley")
FFW_HNX = urn("fre-ffw-visalia")
SVR_HNX = urn("fre-svr-clovis-hail")
SVR_HNX_CAN = urn("fre-svr-clovis-hail-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # decoy: Moderate advisory, forecast zones of the valley floor -> nothing
    dict(id=FOG_HNX, awips="NPWHNX", wmo="WWUS76",
         areaDesc="West Central San Joaquin Valley; East Central San Joaquin Valley; Southeast San Joaquin Valley",
         SAME=["006019", "006031", "006107"], UGC=["CAZ307", "CAZ309", "CAZ313"],
         sent="2026-01-08T03:12:00-08:00", onset="2026-01-08T03:12:00-08:00", expires="2026-01-08T11:00:00-08:00",
         ends="2026-01-08T11:00:00-08:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 8 at 3:12AM PST until January 8 at 11:00AM PST by NWS Hanford CA",
         description="* WHAT...Visibility one quarter mile or less in dense tule fog.\n\n* WHERE...San Joaquin Valley, including Fresno, Clovis, Hanford, Visalia and Tulare.\n\n* WHEN...Until 11 AM PST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Highway 99 and Highway 198.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KHNX.FG.Y.0003.260108T1112Z-260108T1900Z/", references=[], geometry=None),
    # counts: Severe flash flood warning, polygon over central and north Visalia (not Tulare, not Hanford)
    dict(id=FFW_HNX, awips="FFWHNX", wmo="WGUS56",
         areaDesc="Tulare, CA", SAME=["006107"], UGC=["CAC107"],
         sent="2026-02-17T16:48:00-08:00", onset="2026-02-17T16:48:00-08:00", expires="2026-02-17T22:45:00-08:00",
         ends="2026-02-17T22:45:00-08:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 17 at 4:48PM PST until February 17 at 10:45PM PST by NWS Hanford CA",
         description="FFWHNX\n\nThe National Weather Service in Hanford has issued a\n\n* Flash Flood Warning for...\n  Central Tulare County in central California...\n\n* Until 1045 PM PST.\n\n* At 448 PM PST, Doppler radar and automated rain gauges indicated heavy rain from an atmospheric river. Between 1.5 and 2.5 inches of rain have fallen in the past three hours, and Mill Creek and Packwood Creek are running bank-full through Visalia. Flash flooding is ongoing or expected to begin shortly.\n\n* Some locations that will experience flash flooding include...\n  Visalia, Goshen and Farmersville.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KHNX.FF.W.0007.260218T0048Z-260218T0645Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-119.372, 36.296), (-119.262, 36.292), (-119.258, 36.378), (-119.366, 36.384))),
    # counts: Severe thunderstorm (hail) over Clovis and north-east Fresno; south-east Fresno (93727) outside
    dict(id=SVR_HNX, awips="SVRHNX", wmo="WUUS56",
         areaDesc="Fresno, CA", SAME=["006019"], UGC=["CAC019"],
         sent="2026-03-21T14:26:00-07:00", onset="2026-03-21T14:26:00-07:00", expires="2026-03-21T15:15:00-07:00",
         ends="2026-03-21T15:15:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued March 21 at 2:26PM PDT until March 21 at 3:15PM PDT by NWS Hanford CA",
         description="SVRHNX\n\nThe National Weather Service in Hanford has issued a\n\n* Severe Thunderstorm Warning for...\n  Northeastern Fresno County in central California...\n\n* Until 315 PM PDT.\n\n* At 226 PM PDT, a severe thunderstorm was located over north Fresno, moving east at 15 mph.\n\n  HAZARD...60 mph wind gusts and golf ball size hail.\n\n  SOURCE...Trained weather spotters reported quarter to golf ball size hail near Shaw and Willow Avenues.\n\n  IMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, vehicles and orchards.\n\n* Locations impacted include...\n  Clovis, northeast Fresno, Tarpey Village and Academy.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KHNX.SV.W.0012.260321T2126Z-260321T2215Z/", references=[],
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"],
                "windThreat": ["RADAR INDICATED"]},
         geometry=poly((-119.748, 36.792), (-119.738, 36.908), (-119.598, 36.902), (-119.592, 36.784))),
    # decoy: the Cancel of the same warning -> nothing
    dict(id=SVR_HNX_CAN, awips="SVSHNX", wmo="WWUS56",
         areaDesc="Fresno, CA", SAME=["006019"], UGC=["CAC019"],
         sent="2026-03-21T14:58:00-07:00", onset="2026-03-21T14:58:00-07:00", expires="2026-03-21T15:15:00-07:00",
         ends="2026-03-21T15:15:00-07:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KHNX.SV.W.0012.000000T0000Z-260321T2215Z/", references=[SVR_HNX],
         geometry=poly((-119.748, 36.792), (-119.738, 36.908), (-119.598, 36.902), (-119.592, 36.784))),
]
