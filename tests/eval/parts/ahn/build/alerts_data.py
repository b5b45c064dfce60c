"""Hand-written api.weather.gov alerts for part ahn (invented; office FFC and county codes real)."""
import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat] + [list(lonlat[0])]
    return {"type": "Polygon", "coordinates": [ring]}


TOR = "ahn_" + urn("ahn-tor-barrow")
SVR = "ahn_" + urn("ahn-svr-athens")
SVR_CON = "ahn_" + urn("ahn-svr-athens-con")
WIND = "ahn_" + urn("ahn-wind-jackson")
BASE = dict(office="KFFC", senderName="NWS Peachtree City GA", status="Actual", certainty="Observed", urgency="Immediate")
ALERTS = [
    dict(BASE, id=TOR, event="Tornado Warning", severity="Extreme", messageType="Alert", response="Shelter",
         awips="TORFFC", wmo="WFUS52", areaDesc="Barrow, GA", SAME=["013013"], UGC=["GAC013"],
         sent="2026-01-13T01:12:00-05:00", onset="2026-01-13T01:12:00-05:00", expires="2026-01-13T01:45:00-05:00",
         ends="2026-01-13T01:45:00-05:00", vtec="/O.NEW.KFFC.TO.W.0003.260113T0612Z-260113T0645Z/", references=[],
         headline="Tornado Warning issued January 13 at 1:12AM EST until January 13 at 1:45AM EST by NWS Peachtree City GA",
         description="At 112 AM EST, a severe thunderstorm capable of producing a tornado was located near Statham, moving northeast at 40 mph. Locations impacted include Winder, Statham and Bethlehem.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         geometry=poly((-83.78, 33.94), (-83.62, 33.94), (-83.62, 34.05), (-83.78, 34.05))),
    dict(BASE, id=SVR, event="Severe Thunderstorm Warning", severity="Severe", messageType="Alert", response="Shelter",
         awips="SVRFFC", wmo="WUUS52", areaDesc="Clarke, GA", SAME=["013059"], UGC=["GAC059"],
         sent="2026-06-02T16:20:00-04:00", onset="2026-06-02T16:20:00-04:00", expires="2026-06-02T17:00:00-04:00",
         ends="2026-06-02T17:00:00-04:00", vtec="/O.NEW.KFFC.SV.W.0211.260602T2020Z-260602T2100Z/", references=[],
         headline="Severe Thunderstorm Warning issued June 2 at 4:20PM EDT until June 2 at 5:00PM EDT by NWS Peachtree City GA",
         description="At 420 PM EDT, a severe thunderstorm was located over downtown Athens, moving east at 20 mph. HAZARD...60 mph wind gusts and quarter size hail.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         geometry=poly((-83.45, 33.90), (-83.32, 33.90), (-83.32, 34.03), (-83.45, 34.03))),
    dict(BASE, id=SVR_CON, event="Severe Thunderstorm Warning", severity="Severe", messageType="Update", response="Shelter",
         awips="SVSFFC", wmo="WWUS52", areaDesc="Clarke, GA; Oconee, GA", SAME=["013059", "013219"], UGC=["GAC059", "GAC219"],
         sent="2026-06-02T16:40:00-04:00", onset="2026-06-02T16:40:00-04:00", expires="2026-06-02T17:00:00-04:00",
         ends="2026-06-02T17:00:00-04:00", vtec="/O.CON.KFFC.SV.W.0211.000000T0000Z-260602T2100Z/", references=[SVR],
         headline="Severe Thunderstorm Warning remains in effect until 5:00PM EDT for Clarke and Oconee Counties",
         description="At 440 PM EDT, the storm had turned south-southeast and was over Watkinsville. Locations impacted include Athens and Watkinsville.",
         instruction="Remain indoors until the storm passes.",
         geometry=poly((-83.46, 33.82), (-83.34, 33.82), (-83.34, 33.99), (-83.46, 33.99))),
    dict(BASE, id=WIND, event="Wind Advisory", severity="Minor", messageType="Alert", response="Monitor", certainty="Likely",
         urgency="Expected", awips="NPWFFC", wmo="WWUS72", areaDesc="Jackson; Barrow", SAME=["013157", "013013"],
         UGC=["GAZ023", "GAZ034"], sent="2026-03-10T04:00:00-04:00", onset="2026-03-10T10:00:00-04:00",
         expires="2026-03-10T20:00:00-04:00", ends="2026-03-10T20:00:00-04:00",
         vtec="/O.NEW.KFFC.WI.Y.0007.260310T1400Z-260311T0000Z/", references=[],
         headline="Wind Advisory issued March 10 at 4:00AM EDT until March 10 at 8:00PM EDT by NWS Peachtree City GA",
         description="* WHAT...Northwest winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Jackson and Barrow Counties.",
         instruction="Secure outdoor objects.", geometry=None),
]
