"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the fsd part. Every alert is invented; the
office (NWS Sioux Falls SD, KFSD), SAME county codes and county UGC codes are real; forecast-zone numbers are given
as best known and no label depends on them. Alert ids carry the fsd_ prefix (feature id = properties.id)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"fsd_urn:oid:2.49.0.1.840.0.{h}.001.1"


WWY_FSD = urn("fsd-wwy-minnehaha-jan")
WSW_FSD = urn("fsd-winter-storm-lincoln-feb")
TOR_FSD = urn("fsd-tornado-moody-may")
SVR_FSD = urn("fsd-svr-hail-west-siouxfalls-jun")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Moderate advisory: counts for nobody
    dict(id=WWY_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Minnehaha", SAME=["046099"], UGC=["SDZ062"],
         sent="2026-01-20T15:05:00-06:00", onset="2026-01-20T21:00:00-06:00", expires="2026-01-21T04:00:00-06:00",
         ends="2026-01-21T09:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 20 at 3:05PM CST until January 21 at 9:00AM CST by NWS Sioux Falls SD",
         description="* WHAT...Snow expected. Total snow accumulations of 2 to 4 inches. Patchy blowing snow.\n\n* WHERE...Minnehaha County, including Sioux Falls, Brandon, Dell Rapids, Hartford and Garretson.\n\n* WHEN...From 9 PM this evening to 9 AM CST Wednesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Wednesday morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KFSD.WW.Y.0006.260121T0300Z-260121T1500Z/", references=[], geometry=None),
    # Severe, no geometry: SAME Lincoln County SD only (Tea, Harrisburg, Canton, Lennox, south Sioux Falls 57108)
    dict(id=WSW_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Lincoln", SAME=["046083"], UGC=["SDZ071"],
         sent="2026-02-11T14:40:00-06:00", onset="2026-02-12T00:00:00-06:00", expires="2026-02-12T03:00:00-06:00",
         ends="2026-02-13T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 11 at 2:40PM CST until February 13 at 6:00AM CST by NWS Sioux Falls SD",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 15 inches. Winds gusting as high as 45 mph will cause areas of blowing and drifting snow.\n\n* WHERE...Lincoln County, including Canton, Tea, Harrisburg, Lennox, Worthing and the southern part of Sioux Falls.\n\n* WHEN...From midnight tonight to 6 AM CST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible. Interstate 29 south of Sioux Falls may be closed.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KFSD.WS.W.0003.260212T0600Z-260213T1200Z/", references=[], geometry=None),
    # Extreme, polygon over rural Moody County: inside it lives no client
    dict(id=TOR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="TORFSD", wmo="WFUS53",
         areaDesc="Moody, SD", SAME=["046101"], UGC=["SDC101"],
         sent="2026-05-24T17:12:00-05:00", onset="2026-05-24T17:12:00-05:00", expires="2026-05-24T17:45:00-05:00",
         ends="2026-05-24T17:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 24 at 5:12PM CDT until May 24 at 5:45PM CDT by NWS Sioux Falls SD",
         description="TORFSD\n\nThe National Weather Service in Sioux Falls has issued a\n\n* Tornado Warning for...\nSouthwestern Moody County in east central South Dakota...\n\n* Until 545 PM CDT.\n\n* At 511 PM CDT, a severe thunderstorm capable of producing a tornado was located 6 miles southwest of Flandreau, moving northeast at 25 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nFlandreau, Egan and Trent.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KFSD.TO.W.0011.260524T2212Z-260524T2245Z/", references=[],
         geometry=poly((-96.78, 43.96), (-96.56, 43.98), (-96.55, 44.08), (-96.74, 44.07)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    # Severe, polygon over west Sioux Falls, Hartford and Crooks
    dict(id=SVR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVRFSD", wmo="WUUS53",
         areaDesc="Minnehaha, SD", SAME=["046099"], UGC=["SDC099"],
         sent="2026-06-20T19:34:00-05:00", onset="2026-06-20T19:34:00-05:00", expires="2026-06-20T20:30:00-05:00",
         ends="2026-06-20T20:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 20 at 7:34PM CDT until June 20 at 8:30PM CDT by NWS Sioux Falls SD",
         description="SVRFSD\n\nThe National Weather Service in Sioux Falls has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Minnehaha County in southeastern South Dakota...\n\n* Until 830 PM CDT.\n\n* At 733 PM CDT, a severe thunderstorm was located near Hartford, moving southeast at 30 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail at Hartford.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nwestern Sioux Falls, Hartford, Crooks and Wall Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFSD.SV.W.0094.260621T0034Z-260621T0130Z/", references=[],
         geometry=poly((-96.985, 43.56), (-96.985, 43.60), (-96.90, 43.70), (-96.80, 43.69), (-96.775, 43.535),
                       (-96.77, 43.50), (-96.85, 43.495)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
]
