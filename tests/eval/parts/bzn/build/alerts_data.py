"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part bzn. Every alert is invented;
offices, SAME county codes and county UGC codes are real; forecast-zone numbers are best known and no label depends
on them (labels use SAME codes and polygons only). Alert ids carry the prefix bzn_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bzn_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_TFX = urn("bzn-svr-hail-belgrade-fourcorners")
HWW_BYZ = urn("bzn-hww-livingston")
WSW_TFX_MADISON = urn("bzn-wsw-madison-jefferson")
WWY_TFX_GALLATIN = urn("bzn-wwy-gallatin")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WWY_TFX_GALLATIN, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Gallatin Valley; Bridger and Gallatin Mountains", SAME=["030031"], UGC=["MTZ055", "MTZ056"],
         sent="2026-01-09T14:05:00-07:00", onset="2026-01-09T23:00:00-07:00", expires="2026-01-10T06:00:00-07:00",
         ends="2026-01-10T11:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 9 at 2:05PM MST until January 10 at 11:00AM MST by NWS Great Falls MT",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches in the valley, locally 10 inches near Bridger Pass.\n\n* WHERE...Gallatin County, including Bozeman, Belgrade, Manhattan and Three Forks.\n\n* WHEN...From 11 PM this evening to 11 AM MST Saturday.\n\n* IMPACTS...Plan on slippery road conditions, including on Interstate 90 over Bozeman Pass.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KTFX.WW.Y.0006.260110T0600Z-260110T1800Z/", references=[], geometry=None),
    dict(id=WSW_TFX_MADISON, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Madison River Valley; Jefferson County", SAME=["030057", "030043"], UGC=["MTZ052", "MTZ053"],
         sent="2026-02-24T15:30:00-07:00", onset="2026-02-25T02:00:00-07:00", expires="2026-02-25T05:00:00-07:00",
         ends="2026-02-26T05:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 24 at 3:30PM MST until February 26 at 5:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 20 inches, up to 30 inches above 7000 feet. Winds gusting as high as 45 mph.\n\n* WHERE...Madison and Jefferson Counties, including Ennis, Virginia City, Whitehall and Boulder.\n\n* WHEN...From 2 AM Wednesday to 5 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible on Highway 287 and Interstate 15 over Elk Park Pass.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KTFX.WS.W.0011.260225T0900Z-260226T1200Z/", references=[], geometry=None),
    dict(id=SVR_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="SVRTFX", wmo="WUUS55",
         areaDesc="Gallatin, MT", SAME=["030031"], UGC=["MTC031"],
         sent="2026-07-14T16:48:00-06:00", onset="2026-07-14T16:48:00-06:00", expires="2026-07-14T17:30:00-06:00",
         ends="2026-07-14T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:48PM MDT until July 14 at 5:30PM MDT by NWS Great Falls MT",
         description="SVRTFX\n\nThe National Weather Service in Great Falls has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Gallatin County in southwestern Montana...\n\n* Until 530 PM MDT.\n\n* At 447 PM MDT, a severe thunderstorm was located near Four Corners, moving northeast at 25 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported ping pong ball size hail on Jackrabbit Lane.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nBelgrade, Four Corners, western Bozeman and Bozeman Yellowstone International Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTFX.SV.W.0058.260714T2248Z-260714T2330Z/", references=[],
         geometry=poly((-111.290, 45.640), (-111.100, 45.620), (-111.080, 45.830), (-111.270, 45.840)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=HWW_BYZ, office="KBYZ", senderName="NWS Billings MT", awips="NPWBYZ", wmo="WWUS85",
         areaDesc="Livingston Area; Melville Foothills; Paradise Valley", SAME=["030067", "030097"],
         UGC=["MTZ065", "MTZ066", "MTZ067"],
         sent="2026-11-18T03:40:00-07:00", onset="2026-11-18T08:00:00-07:00", expires="2026-11-18T11:45:00-07:00",
         ends="2026-11-19T05:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued November 18 at 3:40AM MST until November 19 at 5:00AM MST by NWS Billings MT",
         description="* WHAT...West winds 40 to 55 mph with gusts up to 85 mph expected.\n\n* WHERE...Park and Sweet Grass Counties, including Livingston, Big Timber and the Paradise Valley.\n\n* WHEN...From 8 AM this morning to 5 AM MST Thursday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Travel will be difficult for high-profile vehicles on Interstate 90 between Bozeman Pass and Big Timber. Blowovers are likely.",
         instruction="Remain in the lower levels of your home during the windstorm, and avoid windows. Use caution if you must drive.",
         vtec="/O.NEW.KBYZ.HW.W.0019.261118T1500Z-261119T1200Z/", references=[], geometry=None,
         extra={"maxWindGust": ["85 MPH"]}),
]
