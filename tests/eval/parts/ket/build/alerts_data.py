"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ket part. Every alert is invented;
the office (NWS Juneau, PAJK) and SAME county codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


FFW = "ket_" + urn("ket-ffw-ketchikan")
FFW_CAN = "ket_" + urn("ket-ffw-ketchikan-can")
HWW = "ket_" + urn("ket-hww-pow")
SPS = "ket_" + urn("ket-sps-ketchikan")

ALERTS = [
    dict(id=FFW, office="PAJK", senderName="NWS Juneau AK", awips="FFWAJK", wmo="WGAK57",
         areaDesc="Ketchikan Gateway, AK", SAME=["002130"], UGC=["AKC130"],
         sent="2026-01-10T04:12:00-09:00", onset="2026-01-10T04:12:00-09:00", expires="2026-01-10T10:15:00-09:00",
         ends="2026-01-10T10:15:00-09:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued January 10 at 4:12AM AKST until January 10 at 10:15AM AKST by NWS Juneau AK",
         description="At 412 AM AKST, an atmospheric river has brought 4 to 6 inches of rain to Revillagigedo Island in the past 18 hours, with another 1 to 2 inches expected. Ketchikan Creek, Schoenbar Creek and Hoadley Creek are running at or above bankfull.\n\nHAZARD...Flash flooding and debris flows on steep slopes.\n\nSOURCE...Radar and rain gauges.\n\nIMPACT...Flooding of streets along Ketchikan Creek and in the West End. Landslides possible on the hillsides above Tongass Avenue, Gorge Street and Saxman.\n\nSome locations that will experience flash flooding include Ketchikan, Saxman, Bear Valley, the West End and Mountain Point.",
         instruction="Stay away from steep slopes and creek channels. Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.PAJK.FF.W.0001.260110T1312Z-260110T1915Z/", references=[],
         geometry=poly((-131.735, 55.392), (-131.640, 55.398), (-131.575, 55.335), (-131.585, 55.305),
                       (-131.640, 55.318), (-131.700, 55.345))),
    dict(id=FFW_CAN, office="PAJK", senderName="NWS Juneau AK", awips="FFSAJK", wmo="WGAK77",
         areaDesc="Ketchikan Gateway, AK", SAME=["002130"], UGC=["AKC130"],
         sent="2026-01-10T08:40:00-09:00", onset="2026-01-10T08:40:00-09:00", expires="2026-01-10T09:00:00-09:00",
         ends="2026-01-10T08:40:00-09:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning for Ketchikan Gateway has been cancelled",
         description="The rain has ended and creeks are falling. The flash flood warning has been cancelled.",
         instruction="", vtec="/O.CAN.PAJK.FF.W.0001.000000T0000Z-260110T1915Z/", references=[FFW],
         geometry=poly((-131.735, 55.392), (-131.640, 55.398), (-131.575, 55.335), (-131.585, 55.305),
                       (-131.640, 55.318), (-131.700, 55.345))),
    dict(id=HWW, office="PAJK", senderName="NWS Juneau AK", awips="NPWAJK", wmo="WWAK77",
         areaDesc="Prince of Wales Island; Annette Island", SAME=["002198"], UGC=["AKZ327", "AKZ328"],
         sent="2026-03-02T15:30:00-09:00", onset="2026-03-02T21:00:00-09:00", expires="2026-03-03T04:00:00-09:00",
         ends="2026-03-03T15:00:00-09:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued March 2 at 3:30PM AKST until March 3 at 3:00PM AKST by NWS Juneau AK",
         description="* WHAT...Southeast winds 45 to 55 mph with gusts up to 80 mph, strongest along exposed coasts.\n\n* WHERE...Prince of Wales Island including Craig, Klawock and Hydaburg, and Annette Island including Metlakatla.\n\n* WHEN...From 9 PM this evening to 3 PM AKST Tuesday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Secure boats in harbor.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows.",
         vtec="/O.NEW.PAJK.HW.W.0003.260303T0600Z-260304T0000Z/", references=[], geometry=None),
    dict(id=SPS, office="PAJK", senderName="NWS Juneau AK", awips="SPSAJK", wmo="WWAK87",
         areaDesc="Ketchikan Gateway, AK", SAME=["002130"], UGC=["AKZ329"],
         sent="2026-03-20T06:05:00-08:00", onset="2026-03-20T06:05:00-08:00", expires="2026-03-20T12:00:00-08:00",
         ends="2026-03-20T12:00:00-08:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Observed", urgency="Expected", event="Special Weather Statement", response="Execute",
         headline="Special Weather Statement issued March 20 at 6:05AM AKDT by NWS Juneau AK",
         description="Patchy freezing fog and black ice on the North and South Tongass Highways this morning. Allow extra time on the way to the ferry and airport shuttle.",
         instruction="", vtec="", references=[], geometry=None),
]
