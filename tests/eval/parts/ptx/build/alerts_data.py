"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON), NWS Lubbock. Every alert is invented; the
office, county (Hale 048189, TXC189) and forecast zone (TXZ034) are real; labels use SAME codes and polygons only."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR = urn("ptx-svr-hale-center")
SVR_CON = urn("ptx-svr-hale-center-con")
SVR_CAN = urn("ptx-svr-hale-center-can")
FOG = urn("ptx-fog-hale")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


_SVR_COMMON = dict(office="KLUB", senderName="NWS Lubbock TX", wmo="WUUS54", areaDesc="Hale, TX", SAME=["048189"],
                   UGC=["TXC189"], event="Severe Thunderstorm Warning", certainty="Observed", urgency="Immediate")

ALERTS = [
    dict(id=FOG, office="KLUB", senderName="NWS Lubbock TX", awips="NPWLUB", wmo="WWUS74",
         areaDesc="Hale; Lubbock; Swisher", SAME=["048189", "048303", "048437"], UGC=["TXZ034", "TXZ035", "TXZ028"],
         sent="2026-05-20T04:10:00-05:00", onset="2026-05-20T04:10:00-05:00", expires="2026-05-20T10:00:00-05:00",
         ends="2026-05-20T10:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 20 at 4:10AM CDT until May 20 at 10:00AM CDT by NWS Lubbock TX",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Hale, Lubbock and Swisher Counties, including Plainview, Hale Center, Abernathy and Tulia.\n\n* WHEN...Until 10 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KLUB.FG.Y.0011.260520T0910Z-260520T1500Z/", references=[], geometry=None),
    dict(id=SVR, awips="SVRLUB", **_SVR_COMMON,
         sent="2026-05-20T17:42:00-05:00", onset="2026-05-20T17:42:00-05:00", expires="2026-05-20T18:30:00-05:00",
         ends="2026-05-20T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 20 at 5:42PM CDT until May 20 at 6:30PM CDT by NWS Lubbock TX",
         description="SVRLUB\n\nThe National Weather Service in Lubbock has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Hale County in the South Plains of Texas...\n\n* Until 630 PM CDT.\n\n* At 541 PM CDT, a severe thunderstorm was located 6 miles west of Hale Center, moving northeast at 25 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows and vehicles.\n\n* Locations impacted include...\nHale Center and Interstate 27 between mile markers 31 and 40.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLUB.SV.W.0093.260520T2242Z-260520T2330Z/", references=[],
         geometry=poly((-101.96, 34.00), (-101.80, 34.00), (-101.80, 34.13), (-101.96, 34.13)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_CON, awips="SVSLUB", **_SVR_COMMON,
         sent="2026-05-20T18:05:00-05:00", onset="2026-05-20T18:05:00-05:00", expires="2026-05-20T18:45:00-05:00",
         ends="2026-05-20T18:45:00-05:00", status="Actual", messageType="Update", severity="Severe", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 20 at 6:05PM CDT until May 20 at 6:45PM CDT by NWS Lubbock TX",
         description="At 604 PM CDT, a severe thunderstorm was located near Hale Center, moving northeast at 25 mph toward Plainview. The warning has been extended until 645 PM and now includes the south and west sides of Plainview.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\n* Locations impacted include...\nPlainview, Hale Center and Seth Ward.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.EXT.KLUB.SV.W.0093.000000T0000Z-260520T2345Z/", references=[SVR],
         geometry=poly((-101.86, 34.04), (-101.715, 34.12), (-101.715, 34.22), (-101.80, 34.22), (-101.88, 34.10)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_CAN, awips="SVSLUB", **{**_SVR_COMMON, "certainty": "Observed", "urgency": "Past"},
         sent="2026-05-20T18:30:00-05:00", onset="2026-05-20T18:30:00-05:00", expires="2026-05-20T18:45:00-05:00",
         ends="2026-05-20T18:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property.",
         instruction=None, vtec="/O.CAN.KLUB.SV.W.0093.000000T0000Z-260520T2345Z/", references=[SVR, SVR_CON],
         geometry=poly((-101.86, 34.04), (-101.715, 34.12), (-101.715, 34.22), (-101.80, 34.22), (-101.88, 34.10))),
]
