"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ith part. Every alert is invented;
the office (NWS Binghamton, KBGM) and the SAME county codes are real; forecast-zone numbers are given as best known
and no label depends on them (labels use SAME codes and polygons only). Alert ids carry the part prefix ith_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ith_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BGM = urn("ith-winter-storm-seneca-cayuga")
SVR_BGM = urn("ith-svr-ithaca-lansing")
FLS_BGM = urn("ith-flood-advisory-tompkins")
TOR_BGM = urn("ith-tornado-elmira")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-only, no polygon: Seneca, Cayuga and Yates Counties (Interlaken and Ovid clients; not Tompkins)
    dict(id=WSW_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="WSWBGM", wmo="WWUS41",
         areaDesc="Seneca; Southern Cayuga; Yates", SAME=["036099", "036011", "036123"],
         UGC=["NYZ023", "NYZ025", "NYZ022"],
         sent="2026-02-15T15:45:00-05:00", onset="2026-02-16T01:00:00-05:00", expires="2026-02-16T04:00:00-05:00",
         ends="2026-02-17T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 15 at 3:45PM EST until February 17 at 7:00AM EST by NWS Binghamton NY",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 2 feet in the hills west of Cayuga Lake. Winds gusting as high as 40 mph.\n\n* WHERE...Seneca, Southern Cayuga and Yates Counties, including Ovid, Interlaken, Seneca Falls, Auburn, Moravia and Penn Yan.\n\n* WHEN...From 1 AM Monday to 7 AM EST Tuesday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow will significantly reduce visibility on Routes 89, 96 and 414.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBGM.WS.W.0006.260216T0600Z-260217T1200Z/", references=[], geometry=None),
    # polygon over Ithaca and Lansing (not Trumansburg, Newfield, Dryden, Freeville, Groton)
    dict(id=SVR_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="SVRBGM", wmo="WUUS51",
         areaDesc="Tompkins, NY", SAME=["036109"], UGC=["NYC109"],
         sent="2026-05-14T18:12:00-04:00", onset="2026-05-14T18:12:00-04:00", expires="2026-05-14T19:00:00-04:00",
         ends="2026-05-14T19:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 14 at 6:12PM EDT until May 14 at 7:00PM EDT by NWS Binghamton NY",
         description="SVRBGM\n\nThe National Weather Service in Binghamton has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Tompkins County in central New York...\n\n* Until 700 PM EDT.\n\n* At 611 PM EDT, a severe thunderstorm was located over the south end of Cayuga Lake near Ithaca, moving north at 30 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported quarter size hail on West Hill.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable tree damage. Power outages are likely.\n\n* Locations impacted include...\nIthaca, Cayuga Heights, Lansing, Ludlowville and Myers.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBGM.SV.W.0112.260514T2212Z-260514T2300Z/", references=[],
         geometry=poly((-76.56, 42.41), (-76.46, 42.40), (-76.45, 42.60), (-76.58, 42.60)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    # Minor flood advisory over Ithaca: counts for nobody (severity Minor)
    dict(id=FLS_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="FLSBGM", wmo="WGUS81",
         areaDesc="Tompkins, NY", SAME=["036109"], UGC=["NYC109"],
         sent="2026-04-02T13:30:00-04:00", onset="2026-04-02T13:30:00-04:00", expires="2026-04-02T16:30:00-04:00",
         ends="2026-04-02T16:30:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued April 2 at 1:30PM EDT until April 2 at 4:30PM EDT by NWS Binghamton NY",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall and snowmelt is expected.\n\n* WHERE...A portion of central New York, including the following county, Tompkins.\n\n* WHEN...Until 430 PM EDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Water over roadways near Cascadilla Creek and Six Mile Creek.\n\n* Some locations that will experience flooding include...\nIthaca, Cayuga Heights and Lansing.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KBGM.FA.Y.0021.260402T1730Z-260402T2030Z/", references=[],
         geometry=poly((-76.56, 42.40), (-76.44, 42.40), (-76.44, 42.50), (-76.56, 42.50)),
         extra={"hydrologicSeverity": ["Minor"]}),
    # Extreme tornado warning over Elmira and Horseheads: no client lives there, counts for nobody
    dict(id=TOR_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="TORBGM", wmo="WFUS51",
         areaDesc="Chemung, NY", SAME=["036015"], UGC=["NYC015"],
         sent="2026-07-22T16:41:00-04:00", onset="2026-07-22T16:41:00-04:00", expires="2026-07-22T17:15:00-04:00",
         ends="2026-07-22T17:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued July 22 at 4:41PM EDT until July 22 at 5:15PM EDT by NWS Binghamton NY",
         description="TORBGM\n\nThe National Weather Service in Binghamton has issued a\n\n* Tornado Warning for...\nCentral Chemung County in south central New York...\n\n* Until 515 PM EDT.\n\n* At 440 PM EDT, a severe thunderstorm capable of producing a tornado was located near Big Flats, moving east at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nElmira, Horseheads, Elmira Heights and Big Flats.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KBGM.TO.W.0017.260722T2041Z-260722T2115Z/", references=[],
         geometry=poly((-76.90, 42.05), (-76.72, 42.05), (-76.72, 42.18), (-76.90, 42.18)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
]
