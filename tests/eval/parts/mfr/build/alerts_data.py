"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Medford (KMFR). Every alert is
invented; the office, county FIPS/SAME codes and county UGC codes are real, forecast-zone numbers (ORZ) are given as
best known and no label depends on them (labels use SAME codes and polygons only). Alert ids carry the mfr_ prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mfr_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_JOSEPHINE = urn("mfr-winter-storm-josephine")
SVR_EAGLE_POINT = urn("mfr-svr-eagle-point-white-city")
HEAT_ROGUE = urn("mfr-heat-advisory-rogue-valley")
FFW_ALMEDA = urn("mfr-ffw-almeda-burn-scar")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_JOSEPHINE, office="KMFR", senderName="NWS Medford OR", awips="WSWMFR", wmo="WWUS46",
         areaDesc="Josephine County", SAME=["041033"], UGC=["ORZ023"],
         sent="2026-01-14T09:45:00-08:00", onset="2026-01-14T16:00:00-08:00", expires="2026-01-15T04:00:00-08:00",
         ends="2026-01-15T22:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 14 at 9:45AM PST until January 15 at 10:00PM PST by NWS Medford OR",
         description="* WHAT...Heavy snow down to the valley floors. Total snow accumulations of 4 to 8 inches in Grants Pass and the Illinois Valley, 12 to 20 inches above 2000 feet. Some ice accumulation on trees and power lines.\n\n* WHERE...Josephine County, including Grants Pass, Merlin, Cave Junction and Interstate 5 over Sexton and Smith Hill Summits.\n\n* WHEN...From 4 PM this afternoon to 10 PM PST Thursday.\n\n* IMPACTS...Travel could be very difficult. Power outages and tree damage are likely due to the weight of the snow.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Chains are likely to be required on Interstate 5.",
         vtec="/O.NEW.KMFR.WS.W.0004.260115T0000Z-260116T0600Z/", references=[], geometry=None),
    dict(id=SVR_EAGLE_POINT, office="KMFR", senderName="NWS Medford OR", awips="SVRMFR", wmo="WUUS56",
         areaDesc="Jackson, OR", SAME=["041029"], UGC=["ORC029"],
         sent="2026-06-22T15:12:00-07:00", onset="2026-06-22T15:12:00-07:00", expires="2026-06-22T16:00:00-07:00",
         ends="2026-06-22T16:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 22 at 3:12PM PDT until June 22 at 4:00PM PDT by NWS Medford OR",
         description="SVRMFR\n\nThe National Weather Service in Medford has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Jackson County in southwestern Oregon...\n\n* Until 400 PM PDT.\n\n* At 311 PM PDT, a severe thunderstorm was located near Sams Valley, moving east at 15 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nEagle Point, White City, Agate Lake and Table Rock.",
         instruction="For your protection move to an interior room on the lowest floor of a building. Lightning may start new wildfires.",
         vtec="/O.NEW.KMFR.SV.W.0012.260622T2212Z-260622T2300Z/", references=[],
         geometry=poly((-122.885, 42.455), (-122.860, 42.530), (-122.745, 42.530), (-122.745, 42.405),
                       (-122.840, 42.405)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=HEAT_ROGUE, office="KMFR", senderName="NWS Medford OR", awips="NPWMFR", wmo="WWUS76",
         areaDesc="Jackson County; Josephine County", SAME=["041029", "041033"], UGC=["ORZ024", "ORZ023"],
         sent="2026-07-09T03:20:00-07:00", onset="2026-07-09T11:00:00-07:00", expires="2026-07-09T15:00:00-07:00",
         ends="2026-07-10T21:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 9 at 3:20AM PDT until July 10 at 9:00PM PDT by NWS Medford OR",
         description="* WHAT...High temperatures 100 to 106 degrees.\n\n* WHERE...The Rogue Valley and Illinois Valley, including Medford, Ashland, Central Point, Grants Pass and Cave Junction.\n\n* WHEN...From 11 AM Thursday to 9 PM PDT Friday.\n\n* IMPACTS...Hot temperatures may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KMFR.HT.Y.0003.260709T1800Z-260711T0400Z/", references=[], geometry=None),
    dict(id=FFW_ALMEDA, office="KMFR", senderName="NWS Medford OR", awips="FFWMFR", wmo="WGUS76",
         areaDesc="Jackson, OR", SAME=["041029"], UGC=["ORC029"],
         sent="2026-08-04T14:38:00-07:00", onset="2026-08-04T14:38:00-07:00", expires="2026-08-04T17:45:00-07:00",
         ends="2026-08-04T17:45:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 4 at 2:38PM PDT until August 4 at 5:45PM PDT by NWS Medford OR",
         description="FFWMFR\n\nThe National Weather Service in Medford has issued a\n\n* Flash Flood Warning for...\nThe Almeda Fire burn scar along Bear Creek in central Jackson County in southwestern Oregon...\n\n* Until 545 PM PDT.\n\n* At 237 PM PDT, Doppler radar indicated thunderstorms producing heavy rain over the burn scar. Between 1 and 1.5 inches of rain have fallen in under an hour.\n\nHAZARD...Flash flooding and debris flows caused by thunderstorms over the burn scar.\n\n* Some locations that will experience flash flooding include...\nTalent, Phoenix, Bear Creek Greenway and Wagner Creek.",
         instruction="Turn around, don't drown when encountering flooded roads. Stay away from or leave creeks and areas downstream of the burn scar.",
         vtec="/O.NEW.KMFR.FF.W.0007.260804T2138Z-260805T0045Z/", references=[],
         geometry=poly((-122.860, 42.300), (-122.800, 42.300), (-122.745, 42.225), (-122.790, 42.212),
                       (-122.862, 42.262)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
