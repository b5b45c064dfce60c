"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part ktn. Every alert is invented;
the office (NWS Juneau, PAJK) and the county-equivalent SAME codes are real (002130 Ketchikan Gateway Borough,
002198 Prince of Wales-Hyder Census Area, 002275 Wrangell, 002195 Petersburg Borough). Forecast-zone numbers
are given as best known; no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ktn_urn:oid:2.49.0.1.840.0.{h}.001.1"


HWW = urn("ktn-high-wind-southern-panhandle")
HWW_EXA = urn("ktn-high-wind-southern-panhandle-exa")
FLS = urn("ktn-flood-advisory-petersburg")
FFW = urn("ktn-ffw-ketchikan")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=HWW, office="PAJK", senderName="NWS Juneau AK", awips="NPWAJK", wmo="WWAK77",
         areaDesc="Ketchikan Gateway Borough; Prince of Wales Island; Annette Island",
         SAME=["002130", "002198"], UGC=["AKZ332", "AKZ330", "AKZ333"],
         sent="2026-01-14T15:12:00-09:00", onset="2026-01-14T21:00:00-09:00", expires="2026-01-15T04:00:00-09:00",
         ends="2026-01-15T15:00:00-09:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 14 at 3:12PM AKST until January 15 at 3:00PM AKST by NWS Juneau AK",
         description="* WHAT...Southeast winds 40 to 50 mph with gusts up to 75 mph, strongest along Clarence Strait and the outer coast.\n\n* WHERE...Ketchikan Gateway Borough, Prince of Wales Island and Annette Island, including Ketchikan, Ward Cove, Saxman, Metlakatla, Craig, Klawock and Hydaburg.\n\n* WHEN...From 9 PM this evening to 3 PM AKST Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel on the Inter-Island Ferry and floatplane service will be cancelled. Boats in unprotected harbors may break loose.",
         instruction="Secure outdoor objects and check mooring lines before dark. Stay away from trees and downed lines.",
         vtec="/O.NEW.PAJK.HW.W.0003.260115T0600Z-260116T0000Z/", references=[], geometry=None),
    dict(id=HWW_EXA, office="PAJK", senderName="NWS Juneau AK", awips="NPWAJK", wmo="WWAK77",
         areaDesc="Ketchikan Gateway Borough; Prince of Wales Island; Annette Island; Wrangell",
         SAME=["002130", "002198", "002275"], UGC=["AKZ332", "AKZ330", "AKZ333", "AKZ327"],
         sent="2026-01-14T23:40:00-09:00", onset="2026-01-14T23:40:00-09:00", expires="2026-01-15T06:00:00-09:00",
         ends="2026-01-15T15:00:00-09:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 14 at 11:40PM AKST until January 15 at 3:00PM AKST by NWS Juneau AK",
         description="* WHAT...Southeast winds 45 to 55 mph with gusts up to 80 mph.\n\n* WHERE...The warning has been expanded to include Wrangell, including the City of Wrangell and Zimovia Strait, in addition to Ketchikan, Prince of Wales Island and Annette Island.\n\n* WHEN...Until 3 PM AKST Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Power outages are ongoing in Ketchikan and Craig.",
         instruction="Stay indoors and away from windows. Use generators outdoors only.",
         vtec="/O.EXA.PAJK.HW.W.0003.000000T0000Z-260116T0000Z/", references=[HWW], geometry=None),
    dict(id=FLS, office="PAJK", senderName="NWS Juneau AK", awips="FLSAJK", wmo="WGAK87",
         areaDesc="Petersburg Borough", SAME=["002195"], UGC=["AKC195"],
         sent="2026-09-21T10:05:00-08:00", onset="2026-09-21T10:05:00-08:00", expires="2026-09-21T16:00:00-08:00",
         ends="2026-09-21T16:00:00-08:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued September 21 at 10:05AM AKDT until September 21 at 4:00PM AKDT by NWS Juneau AK",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall.\n\n* WHERE...Petersburg Borough, including Petersburg and Scow Bay.\n\n* WHEN...Until 4 PM AKDT.\n\n* IMPACTS...Ponding of water on Mitkof Highway and in poor drainage areas. Small creeks running high.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.PAJK.FA.Y.0021.260921T1805Z-260922T0000Z/", references=[], geometry=None),
    dict(id=FFW, office="PAJK", senderName="NWS Juneau AK", awips="FFWAJK", wmo="WGAK57",
         areaDesc="Ketchikan Gateway Borough, AK", SAME=["002130"], UGC=["AKC130"],
         sent="2026-09-22T04:18:00-08:00", onset="2026-09-22T04:18:00-08:00", expires="2026-09-22T10:15:00-08:00",
         ends="2026-09-22T10:15:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued September 22 at 4:18AM AKDT until September 22 at 10:15AM AKDT by NWS Juneau AK",
         description="FFWAJK\n\nThe National Weather Service in Juneau has issued a\n\n* Flash Flood Warning for...\nThe City of Ketchikan and West End in Ketchikan Gateway Borough...\n\n* Until 1015 AM AKDT.\n\n* At 416 AM AKDT, rain gauges showed 3 to 4 inches of rain in the past 12 hours on Deer Mountain, with another inch expected. Ketchikan Creek, Hoadley Creek and Schoenbar Creek are rising rapidly. Flash flooding and debris flows on steep slopes are ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding and landslides caused by heavy rain.\n\n* Some locations that will experience flash flooding include...\ndowntown Ketchikan, Creek Street, the West End, Bawden Street and Tongass Avenue between the tunnel and Carlanna Creek.",
         instruction="Move away from steep slopes and creeks. Do not drive through flooded roads or debris on Tongass Avenue.",
         vtec="/O.NEW.PAJK.FF.W.0007.260922T1218Z-260922T1815Z/", references=[],
         geometry=poly((-131.725, 55.330), (-131.625, 55.330), (-131.630, 55.385), (-131.705, 55.385)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
