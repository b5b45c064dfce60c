"""Hand-written NWS alerts in the api.weather.gov /alerts/active GeoJSON shape. Every alert is invented; the
office (PHFO, NWS Honolulu), Hawaii County's SAME code (015001) and county UGC (HIC001) are real. Polygons are
drawn by hand over real places (Hilo and Papaikou; Keaau, Kurtistown and Pahoa; Volcano). The alert ids start
with `ito_` as the part's brief requires (the real API's are `urn:oid:...`)."""

import hashlib


def alert_id(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ito_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW_HILO = alert_id("ito-ffw-hilo")
FFS_HILO = alert_id("ito-ffs-hilo-con")
FFW_PUNA = alert_id("ito-ffw-puna")
FLS_KAU = alert_id("ito-flood-advisory-volcano")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


HILO_POLY = poly((-155.125, 19.675), (-155.040, 19.672), (-155.035, 19.760), (-155.060, 19.822),
                 (-155.118, 19.822), (-155.128, 19.740))
HILO_CON_POLY = poly((-155.110, 19.690), (-155.050, 19.690), (-155.050, 19.800), (-155.110, 19.800))
PUNA_POLY = poly((-155.100, 19.500), (-154.900, 19.470), (-154.880, 19.620), (-155.080, 19.630))
VOLCANO_POLY = poly((-155.300, 19.380), (-155.150, 19.380), (-155.150, 19.520), (-155.300, 19.520))

ALERTS = [
    dict(id=FFW_HILO, office="PHFO", senderName="NWS Honolulu HI", awips="FFWHFO", wmo="WGHW60",
         areaDesc="Hawaii, HI", SAME=["015001"], UGC=["HIC001"],
         sent="2026-02-14T23:52:00-10:00", onset="2026-02-14T23:52:00-10:00", expires="2026-02-15T06:00:00-10:00",
         ends="2026-02-15T06:00:00-10:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 14 at 11:52PM HST until February 15 at 6:00AM HST by NWS Honolulu HI",
         description="FFWHFO\n\nThe National Weather Service in Honolulu has issued a\n\n* Flash Flood Warning for...\nHawaii County in Hawaii...\n\n* Until 600 AM HST.\n\n* At 1150 PM HST, radar and rain gauges indicated heavy rain over windward Big Island, with rates of 3 inches per hour over Hilo. The Wailuku River gage at Piihonua rose 6 feet in the last hour. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by heavy rain.\n\nSOURCE...Radar and gauges.\n\nIMPACT...Flooding of small streams, streets, and low-lying areas. Stream crossings will be impassable.\n\n* Some locations that will experience flash flooding include...\nHilo, Wainaku, Paukaa, Papaikou, Waiakea and Keaukaha.",
         instruction="Turn around, don't drown when encountering flooded roads. Do not cross fast-flowing streams in your vehicle or on foot.",
         vtec="/O.NEW.PHFO.FF.W.0007.260215T0952Z-260215T1600Z/", references=[], geometry=HILO_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFS_HILO, office="PHFO", senderName="NWS Honolulu HI", awips="FFSHFO", wmo="WGHW80",
         areaDesc="Hawaii, HI", SAME=["015001"], UGC=["HIC001"],
         sent="2026-02-15T02:40:00-10:00", onset="2026-02-15T02:40:00-10:00", expires="2026-02-15T06:00:00-10:00",
         ends="2026-02-15T06:00:00-10:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 15 at 2:40AM HST until February 15 at 6:00AM HST by NWS Honolulu HI",
         description="FFSHFO\n\nThe Flash Flood Warning remains in effect until 600 AM HST for Hawaii County.\n\n* At 238 AM HST, heavy rain continued over Hilo, with 8 to 9 inches in the past six hours. The Wailoa River has overflowed its banks near Kamehameha Avenue, and Bayfront Highway is closed.\n\nHAZARD...Flash flooding caused by heavy rain.\n\nSOURCE...Emergency management reported.\n\n* Some locations that will experience flash flooding include...\nHilo, Wainaku, Paukaa and Papaikou.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.CON.PHFO.FF.W.0007.000000T0000Z-260215T1600Z/", references=[FFW_HILO], geometry=HILO_CON_POLY,
         extra={"flashFloodDetection": ["OBSERVED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFW_PUNA, office="PHFO", senderName="NWS Honolulu HI", awips="FFWHFO", wmo="WGHW60",
         areaDesc="Hawaii, HI", SAME=["015001"], UGC=["HIC001"],
         sent="2026-02-15T03:15:00-10:00", onset="2026-02-15T03:15:00-10:00", expires="2026-02-15T09:15:00-10:00",
         ends="2026-02-15T09:15:00-10:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 15 at 3:15AM HST until February 15 at 9:15AM HST by NWS Honolulu HI",
         description="FFWHFO\n\nThe National Weather Service in Honolulu has issued a\n\n* Flash Flood Warning for...\nHawaii County in Hawaii...\n\n* Until 915 AM HST.\n\n* At 313 AM HST, radar indicated heavy rain spreading south over the Puna district at 2 to 3 inches per hour. Flash flooding is expected to begin shortly.\n\nHAZARD...Flash flooding caused by heavy rain.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of streets and low-lying areas, including unpaved subdivision roads.\n\n* Some locations that will experience flash flooding include...\nKeaau, Kurtistown, Hawaiian Paradise Park, Orchidland, Hawaiian Acres and Pahoa.",
         instruction="Turn around, don't drown when encountering flooded roads. Unpaved roads in Puna subdivisions may become impassable.",
         vtec="/O.NEW.PHFO.FF.W.0008.260215T1315Z-260215T1915Z/", references=[], geometry=PUNA_POLY,
         extra={"flashFloodDetection": ["RADAR INDICATED"]}),
    dict(id=FLS_KAU, office="PHFO", senderName="NWS Honolulu HI", awips="FLSHFO", wmo="WGHW80",
         areaDesc="Hawaii, HI", SAME=["015001"], UGC=["HIC001"],
         sent="2026-11-03T14:05:00-10:00", onset="2026-11-03T14:05:00-10:00", expires="2026-11-03T17:00:00-10:00",
         ends="2026-11-03T17:00:00-10:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued November 3 at 2:05PM HST until November 3 at 5:00PM HST by NWS Honolulu HI",
         description="FLSHFO\n\n* WHAT...Flooding caused by excessive rainfall is expected.\n\n* WHERE...Portions of Hawaii County, including Volcano, Fern Forest and Glenwood.\n\n* WHEN...Until 500 PM HST.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Ponding of water on Highway 11.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.PHFO.FA.Y.0031.261104T0005Z-261104T0300Z/", references=[], geometry=VOLCANO_POLY,
         extra={"hydrologicDetection": ["RADAR INDICATED"]}),
]
