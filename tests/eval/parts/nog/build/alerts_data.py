"""Hand-written NWS Tucson alerts (api.weather.gov /alerts/active GeoJSON). Invented; office, county and SAME codes
real (Santa Cruz County AZ = 004023), forecast zone AZZ503 as best known; labels use SAME and polygons only."""

import hashlib


def urn(label: str) -> str:
    return f"nog_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR = urn("nog-svr-nogales")
FFW = urn("nog-ffw-sonoita-creek")
FFW_EXT = urn("nog-ffw-sonoita-creek-ext")
WIND = urn("nog-wind-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KTWC", senderName="NWS Tucson AZ", SAME=["004023"], UGC=["AZC023"])
ALERTS = [
    dict(COMMON, id=SVR, awips="SVRTWC", wmo="WUUS55", areaDesc="Santa Cruz, AZ",
         sent="2026-07-13T18:12:00-07:00", onset="2026-07-13T18:12:00-07:00", expires="2026-07-13T19:00:00-07:00",
         ends="2026-07-13T19:00:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 13 at 6:12PM MST until July 13 at 7:00PM MST by NWS Tucson AZ",
         description="At 612 PM MST, a severe thunderstorm was located over Nogales, moving north at 10 mph.\n\nHAZARD...60 mph wind gusts and nickel size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, and trees.\n\nLocations impacted include Nogales and Kino Springs.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTWC.SV.W.0087.260714T0112Z-260714T0200Z/", references=[],
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["0.88"]},
         geometry=poly((-111.000, 31.332), (-110.870, 31.332), (-110.870, 31.440), (-111.000, 31.440))),
    dict(COMMON, id=FFW, awips="FFWTWC", wmo="WGUS55", areaDesc="Santa Cruz, AZ",
         sent="2026-08-02T15:31:00-07:00", onset="2026-08-02T15:31:00-07:00", expires="2026-08-02T18:30:00-07:00",
         ends="2026-08-02T18:30:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 2 at 3:31PM MST until August 2 at 6:30PM MST by NWS Tucson AZ",
         description="At 331 PM MST, Doppler radar indicated thunderstorms producing heavy rain over Red Mountain and the Patagonia area. Between 1.5 and 2.5 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nIMPACT...Flash flooding of Sonoita Creek, Harshaw Creek and low-water crossings in and around Patagonia.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KTWC.FF.W.0041.260802T2231Z-260803T0130Z/", references=[],
         geometry=poly((-110.790, 31.480), (-110.640, 31.480), (-110.640, 31.600), (-110.790, 31.600))),
    dict(COMMON, id=FFW_EXT, awips="FFSTWC", wmo="WGUS75", areaDesc="Santa Cruz, AZ",
         sent="2026-08-02T18:05:00-07:00", onset="2026-08-02T18:05:00-07:00", expires="2026-08-02T20:30:00-07:00",
         ends="2026-08-02T20:30:00-07:00", status="Actual", messageType="Update", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 2 at 6:05PM MST until August 2 at 8:30PM MST by NWS Tucson AZ",
         description="The Flash Flood Warning is extended in time and area. Heavy rain continues over the Patagonia area and has spread north to Sonoita.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nIMPACT...Flash flooding of Sonoita Creek, Cienega Creek headwaters and low-water crossings on Highway 82 and Highway 83 near Patagonia and Sonoita.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.EXT.KTWC.FF.W.0041.000000T0000Z-260803T0330Z/", references=[FFW],
         geometry=poly((-110.790, 31.480), (-110.580, 31.480), (-110.580, 31.710), (-110.790, 31.710))),
    dict(COMMON, id=WIND, awips="NPWTWC", wmo="WWUS75", areaDesc="Santa Cruz County", UGC=["AZZ503"],
         sent="2026-04-06T03:40:00-07:00", onset="2026-04-06T11:00:00-07:00", expires="2026-04-06T19:00:00-07:00",
         ends="2026-04-06T19:00:00-07:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 6 at 3:40AM MST until April 6 at 7:00PM MST by NWS Tucson AZ",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Santa Cruz County, including Nogales, Rio Rico, Patagonia and Sonoita.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Areas of blowing dust are possible.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KTWC.WI.Y.0012.260406T1800Z-260407T0200Z/", references=[], geometry=None),
]
