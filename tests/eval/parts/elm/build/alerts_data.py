"""Hand-written NWS alerts for the `elm` part (api.weather.gov /alerts/active GeoJSON shape). Every alert is invented;
the office (NWS Binghamton, KBGM), SAME county codes and county UGC codes are real; forecast-zone numbers are
given as best known and no label depends on them (labels use SAME codes and polygons only).

The brief asks every alert id to start with `elm_`, so the identifier is `elm_` + an urn:oid-shaped tail, used
both as the feature's top-level `id` and as `properties.id` (the real service puts the https URL in the feature
id; here that URL is kept in `properties.@id` only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"elm_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BGM = urn("elm-winter-storm-chemung-schuyler")
FFW_BGM = urn("elm-ffw-corning-painted-post")
SVR_BGM = urn("elm-svr-waverly-sayre")
WIND_BGM = urn("elm-wind-advisory-steuben-chemung")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="WSWBGM", wmo="WWUS41",
         areaDesc="Chemung; Schuyler", SAME=["036015", "036097"], UGC=["NYZ024", "NYZ023"],
         sent="2026-02-23T15:12:00-05:00", onset="2026-02-23T22:00:00-05:00", expires="2026-02-24T04:15:00-05:00",
         ends="2026-02-25T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 23 at 3:12PM EST until February 25 at 7:00AM EST by NWS Binghamton NY",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 22 inches on the hills. Winds gusting as high as 35 mph.\n\n* WHERE...Chemung and Schuyler Counties, including Elmira, Horseheads, Big Flats, Elmira Heights and Watkins Glen.\n\n* WHEN...From 10 PM this evening to 7 AM EST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Tuesday morning and evening commutes.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBGM.WS.W.0006.260224T0300Z-260225T1200Z/", references=[], geometry=None),
    dict(id=WIND_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="NPWBGM", wmo="WWUS71",
         areaDesc="Steuben; Chemung", SAME=["036101", "036015"], UGC=["NYZ022", "NYZ024"],
         sent="2026-04-02T03:40:00-04:00", onset="2026-04-02T10:00:00-04:00", expires="2026-04-02T12:00:00-04:00",
         ends="2026-04-02T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 2 at 3:40AM EDT until April 2 at 8:00PM EDT by NWS Binghamton NY",
         description="* WHAT...West winds 20 to 30 mph with gusts up to 50 mph expected.\n\n* WHERE...Steuben and Chemung Counties.\n\n* WHEN...From 10 AM this morning to 8 PM EDT this evening.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KBGM.WI.Y.0011.260402T1400Z-260403T0000Z/", references=[], geometry=None),
    dict(id=FFW_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="FFWBGM", wmo="WGUS51",
         areaDesc="Steuben, NY", SAME=["036101"], UGC=["NYC101"],
         sent="2026-06-10T14:48:00-04:00", onset="2026-06-10T14:48:00-04:00", expires="2026-06-10T20:00:00-04:00",
         ends="2026-06-10T20:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued June 10 at 2:48PM EDT until June 10 at 8:00PM EDT by NWS Binghamton NY",
         description="FFWBGM\n\nThe National Weather Service in Binghamton has issued a\n\n* Flash Flood Warning for...\nEast central Steuben County in central New York...\n\n* Until 800 PM EDT.\n\n* At 247 PM EDT, Doppler radar indicated thunderstorms producing heavy rain across the warned area. Between 2 and 3 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses as well as other poor drainage and low-lying areas.\n\n* Some locations that will experience flash flooding include...\nCorning, Painted Post, Riverside, Gang Mills and Erwin.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KBGM.FF.W.0014.260610T1848Z-260611T0000Z/", references=[],
         geometry=poly((-77.165, 42.125), (-77.000, 42.118), (-77.000, 42.160), (-77.100, 42.195), (-77.165, 42.195)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="SVRBGM", wmo="WUUS51",
         areaDesc="Tioga, NY; Bradford, PA", SAME=["036107", "042015"], UGC=["NYC107", "PAC015"],
         sent="2026-07-27T16:31:00-04:00", onset="2026-07-27T16:31:00-04:00", expires="2026-07-27T17:15:00-04:00",
         ends="2026-07-27T17:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 27 at 4:31PM EDT until July 27 at 5:15PM EDT by NWS Binghamton NY",
         description="SVRBGM\n\nThe National Weather Service in Binghamton has issued a\n\n* Severe Thunderstorm Warning for...\nSouthwestern Tioga County in central New York...\nNortheastern Bradford County in northeastern Pennsylvania...\n\n* Until 515 PM EDT.\n\n* At 430 PM EDT, a severe thunderstorm was located near Chemung, moving east at 30 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nWaverly, Sayre, Athens, South Waverly and Lockwood.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBGM.SV.W.0118.260727T2031Z-260727T2115Z/", references=[],
         geometry=poly((-76.610, 41.925), (-76.450, 41.925), (-76.450, 42.070), (-76.610, 42.070)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
]
