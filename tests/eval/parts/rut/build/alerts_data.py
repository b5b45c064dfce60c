"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part rut. Alerts invented; the office
(NWS Burlington VT, KBTV), the county (Rutland, SAME 050021, UGC VTC021) are real; the zone number is best known."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR = urn("rut-svr-rutland-20260714")
SVR_CAN = urn("rut-svr-rutland-20260714-can")
FFW = urn("rut-ffw-chittenden-20260714")
SPS = urn("rut-sps-fog-20260910")

ALERTS = [
    dict(id=SVR, office="KBTV", senderName="NWS Burlington VT", awips="SVRBTV", wmo="WUUS51",
         areaDesc="Rutland, VT", SAME=["050021"], UGC=["VTC021"],
         sent="2026-07-14T18:42:00-04:00", onset="2026-07-14T18:42:00-04:00", expires="2026-07-14T19:30:00-04:00",
         ends="2026-07-14T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:42PM EDT until July 14 at 7:30PM EDT by NWS Burlington VT",
         description="SVRBTV\n\nThe National Weather Service in Burlington has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Rutland County in central Vermont...\n\n* Until 730 PM EDT.\n\n* At 641 PM EDT, a severe thunderstorm was located over West Rutland, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nRutland, West Rutland, Proctor, Rutland Town and Center Rutland.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBTV.SV.W.0112.260714T2242Z-260714T2330Z/", references=[],
         geometry=poly((-73.075, 43.570), (-72.935, 43.570), (-72.935, 43.700), (-73.075, 43.700)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KBTV", senderName="NWS Burlington VT", awips="SVSBTV", wmo="WWUS51",
         areaDesc="Rutland, VT", SAME=["050021"], UGC=["VTC021"],
         sent="2026-07-14T19:12:00-04:00", onset="2026-07-14T19:12:00-04:00", expires="2026-07-14T19:30:00-04:00",
         ends="2026-07-14T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KBTV.SV.W.0112.000000T0000Z-260714T2330Z/", references=[SVR],
         geometry=poly((-73.075, 43.570), (-72.935, 43.570), (-72.935, 43.700), (-73.075, 43.700))),
    dict(id=FFW, office="KBTV", senderName="NWS Burlington VT", awips="FFWBTV", wmo="WGUS51",
         areaDesc="Rutland, VT", SAME=["050021"], UGC=["VTC021"],
         sent="2026-07-14T20:05:00-04:00", onset="2026-07-14T20:05:00-04:00", expires="2026-07-15T00:00:00-04:00",
         ends="2026-07-15T00:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 14 at 8:05PM EDT until July 15 at 12:00AM EDT by NWS Burlington VT",
         description="FFWBTV\n\nThe National Weather Service in Burlington has issued a\n\n* Flash Flood Warning for...\nEast central Rutland County in central Vermont...\n\n* Until midnight EDT.\n\n* At 804 PM EDT, Doppler radar indicated thunderstorms producing heavy rain over the Chittenden and Killington area. Between 2 and 3 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flooding include...\nKillington, Chittenden, Mendon and Pico.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KBTV.FF.W.0021.260715T0005Z-260715T0400Z/", references=[],
         geometry=poly((-72.950, 43.640), (-72.750, 43.640), (-72.750, 43.750), (-72.950, 43.750)),
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=SPS, office="KBTV", senderName="NWS Burlington VT", awips="SPSBTV", wmo="WWUS81",
         areaDesc="Rutland", SAME=["050021"], UGC=["VTZ011"],
         sent="2026-09-10T05:50:00-04:00", onset="2026-09-10T05:50:00-04:00", expires="2026-09-10T09:00:00-04:00",
         ends="2026-09-10T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Observed",
         urgency="Expected", event="Special Weather Statement", response="Execute",
         headline="Special Weather Statement issued September 10 at 5:50AM EDT by NWS Burlington VT",
         description="Areas of dense valley fog will reduce visibility to a quarter mile or less at times through 9 AM in the Otter Creek valley, including Rutland, Proctor, Pittsford and Brandon.",
         instruction="Slow down and use your low-beam headlights.", vtec=None, references=[], geometry=None),
]
