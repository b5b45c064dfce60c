"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part `las`. Every alert is invented;
the office (KVEF, NWS Las Vegas), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"las_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW_VEF = urn("las-ffw-northwest-valley")
FFW_VEF_CAN = urn("las-ffw-northwest-valley-can")
EHW_VEF = urn("las-extreme-heat-nye")
WIND_VEF = urn("las-wind-advisory-clark")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


NW_VALLEY = poly((-115.335, 36.170), (-115.205, 36.170), (-115.205, 36.275), (-115.335, 36.275))

ALERTS = [
    dict(id=WIND_VEF, office="KVEF", senderName="NWS Las Vegas NV", awips="NPWVEF", wmo="WWUS75",
         areaDesc="Las Vegas Valley", SAME=["032003"], UGC=["NVZ020"],
         sent="2026-03-21T03:10:00-07:00", onset="2026-03-21T10:00:00-07:00", expires="2026-03-21T20:00:00-07:00",
         ends="2026-03-21T20:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 21 at 3:10AM PDT until March 21 at 8:00PM PDT by NWS Las Vegas NV",
         description="* WHAT...Southwest winds 25 to 35 mph with gusts up to 50 mph. Areas of blowing dust.\n\n* WHERE...Las Vegas Valley, including Henderson and North Las Vegas.\n\n* WHEN...From 10 AM to 8 PM PDT Saturday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KVEF.WI.Y.0011.260321T1700Z-260322T0300Z/", references=[], geometry=None),
    dict(id=EHW_VEF, office="KVEF", senderName="NWS Las Vegas NV", awips="NPWVEF", wmo="WWUS75",
         areaDesc="Southern Nye County", SAME=["032023"], UGC=["NVZ019"],
         sent="2026-07-08T13:40:00-07:00", onset="2026-07-10T10:00:00-07:00", expires="2026-07-09T02:00:00-07:00",
         ends="2026-07-12T20:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Extreme Heat Warning", response="Prepare",
         headline="Extreme Heat Warning issued July 8 at 1:40PM PDT until July 12 at 8:00PM PDT by NWS Las Vegas NV",
         description="* WHAT...Dangerously hot conditions with afternoon temperatures 112 to 117 and overnight lows only in the mid 80s.\n\n* WHERE...Southern Nye County, including Pahrump and Amargosa Valley.\n\n* WHEN...From 10 AM Friday to 8 PM PDT Sunday.\n\n* IMPACTS...Extreme heat will significantly increase the potential for heat related illnesses, particularly for older adults and those without effective cooling.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KVEF.XH.W.0004.260710T1700Z-260713T0300Z/", references=[], geometry=None),
    dict(id=FFW_VEF, office="KVEF", senderName="NWS Las Vegas NV", awips="FFWVEF", wmo="WGUS55",
         areaDesc="Clark, NV", SAME=["032003"], UGC=["NVC003"],
         sent="2026-08-15T15:12:00-07:00", onset="2026-08-15T15:12:00-07:00", expires="2026-08-15T18:15:00-07:00",
         ends="2026-08-15T18:15:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 15 at 3:12PM PDT until August 15 at 6:15PM PDT by NWS Las Vegas NV",
         description="FFWVEF\n\nThe National Weather Service in Las Vegas has issued a\n\n* Flash Flood Warning for...\nNorthwestern Clark County in southern Nevada...\n\n* Until 615 PM PDT.\n\n* At 311 PM PDT, Doppler radar and Clark County Regional Flood Control District gauges indicated thunderstorms producing heavy rain over the northwest Las Vegas Valley. Between 1 and 1.5 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nSummerlin North, Centennial Hills, Lone Mountain, Durango Drive and Buffalo Drive washes.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles. Stay out of washes.",
         vtec="/O.NEW.KVEF.FF.W.0042.260815T2212Z-260816T0115Z/", references=[], geometry=NW_VALLEY,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFW_VEF_CAN, office="KVEF", senderName="NWS Las Vegas NV", awips="FFSVEF", wmo="WGUS75",
         areaDesc="Clark, NV", SAME=["032003"], UGC=["NVC003"],
         sent="2026-08-15T17:20:00-07:00", onset="2026-08-15T17:20:00-07:00", expires="2026-08-15T18:15:00-07:00",
         ends="2026-08-15T18:15:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The heavy rain has ended and the flood waters are receding in the washes. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KVEF.FF.W.0042.000000T0000Z-260816T0115Z/", references=[FFW_VEF], geometry=NW_VALLEY),
]
