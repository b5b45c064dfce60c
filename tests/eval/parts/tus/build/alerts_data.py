"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the office (NWS
Tucson, KTWC), county SAME/UGC codes are real; forecast-zone numbers are best known and no label depends on them
(labels use SAME county codes and polygons only; see ../label_weather.py).

Expected (computed by label_weather.py, checked by hand):
- SVR_TWC (Severe Thunderstorm Warning, polygon over east Tucson incl. the Davis-Monthan side and Tanque Verde):
  TUS009, TUS010 (85730), TUS022 (85750). TUS017 (85716, midtown) is west of it.
- SVR_TWC_CAN (its Cancel): nothing.
- DSW_TWC (Dust Storm Warning, Severe, polygon along I-10 / Tangerine Rd, Marana): TUS013, TUS018, TUS019.
- FLW_TWC (Flood Warning, no geometry, SAME 004023 Santa Cruz County): TUS011 (Nogales).
"""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()[:24]
    return f"tus_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_TWC = urn("tus-svr-east-tucson")
SVR_TWC_CAN = urn("tus-svr-east-tucson-can")
DSW_TWC = urn("tus-dust-marana")
FLW_TWC = urn("tus-flood-santa-cruz")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


EAST_TUCSON = poly((-110.87, 32.15), (-110.74, 32.15), (-110.74, 32.31), (-110.87, 32.31))

ALERTS = [
    dict(id=DSW_TWC, office="KTWC", senderName="NWS Tucson AZ", awips="DSWTWC", wmo="WWUS75",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZZ504"],
         sent="2026-07-08T16:42:00-07:00", onset="2026-07-08T16:42:00-07:00", expires="2026-07-08T17:45:00-07:00",
         ends="2026-07-08T17:45:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Dust Storm Warning", response="Avoid",
         headline="Dust Storm Warning issued July 8 at 4:42PM MST until July 8 at 5:45PM MST by NWS Tucson AZ",
         description="DSWTWC\n\nThe National Weather Service in Tucson has issued a\n\n* Dust Storm Warning for...\nNorthwestern Pima County in southeastern Arizona...\n\n* Until 545 PM MST.\n\n* At 441 PM MST, a wall of dust was along a line from Red Rock to Picacho Peak, moving south at 35 mph.\n\nHAZARD...Less than a quarter mile visibility with strong wind in excess of 50 mph.\n\nSOURCE...Radar indicated and law enforcement reported.\n\nIMPACT...Dangerous life-threatening travel.\n\n* Locations impacted include...\nMarana, Interstate 10 between mile markers 226 and 240, Tangerine Road and Avra Valley.",
         instruction="Pull aside, stay alive. If dense dust is approaching, pull off the road as far as possible, turn off your lights and keep your foot off the brake.",
         vtec="/O.NEW.KTWC.DS.W.0014.260708T2342Z-260709T0045Z/", references=[],
         geometry=poly((-111.32, 32.37), (-111.10, 32.37), (-111.10, 32.47), (-111.32, 32.47)),
         extra={"maxWindGust": ["60 MPH"]}),
    dict(id=SVR_TWC, office="KTWC", senderName="NWS Tucson AZ", awips="SVRTWC", wmo="WUUS55",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"],
         sent="2026-08-12T17:31:00-07:00", onset="2026-08-12T17:31:00-07:00", expires="2026-08-12T18:30:00-07:00",
         ends="2026-08-12T18:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 12 at 5:31PM MST until August 12 at 6:30PM MST by NWS Tucson AZ",
         description="SVRTWC\n\nThe National Weather Service in Tucson has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Pima County in southeastern Arizona...\n\n* Until 630 PM MST.\n\n* At 530 PM MST, a severe thunderstorm was located near Saguaro National Park East, moving northwest at 25 mph.\n\nHAZARD...70 mph wind gusts and blowing dust.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nEastern Tucson, Davis-Monthan Air Force Base, Tanque Verde and Sabino Canyon.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTWC.SV.W.0112.260813T0031Z-260813T0130Z/", references=[], geometry=EAST_TUCSON,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_TWC_CAN, office="KTWC", senderName="NWS Tucson AZ", awips="SVSTWC", wmo="WWUS55",
         areaDesc="Pima, AZ", SAME=["004019"], UGC=["AZC019"],
         sent="2026-08-12T18:05:00-07:00", onset="2026-08-12T18:05:00-07:00", expires="2026-08-12T18:30:00-07:00",
         ends="2026-08-12T18:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. However, gusty winds are still possible with this thunderstorm.",
         instruction=None, vtec="/O.CAN.KTWC.SV.W.0112.000000T0000Z-260813T0130Z/", references=[SVR_TWC],
         geometry=EAST_TUCSON),
    dict(id=FLW_TWC, office="KTWC", senderName="NWS Tucson AZ", awips="FLWTWC", wmo="WGUS45",
         areaDesc="Santa Cruz, AZ", SAME=["004023"], UGC=["AZC023"],
         sent="2026-08-21T19:10:00-07:00", onset="2026-08-21T19:10:00-07:00", expires="2026-08-22T01:15:00-07:00",
         ends="2026-08-22T07:15:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued August 21 at 7:10PM MST until August 22 at 7:15AM MST by NWS Tucson AZ",
         description="* WHAT...Flooding caused by excessive rainfall is expected.\n\n* WHERE...Santa Cruz County, including Nogales, Rio Rico, Tubac and Patagonia.\n\n* WHEN...Until 715 AM MST Friday.\n\n* IMPACTS...Nogales Wash and the Santa Cruz River will run high. Low-water crossings in Rio Rico and Nogales will be impassable.\n\n* ADDITIONAL DETAILS...Two to three inches of rain fell over the Atascosa Mountains and Nogales this evening, with more expected overnight.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KTWC.FA.W.0031.260822T0210Z-260822T1415Z/", references=[], geometry=None),
]
