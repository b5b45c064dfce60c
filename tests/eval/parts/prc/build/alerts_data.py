"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the prc part. Alerts invented; the office
(NWS Flagstaff, KFGZ), Yavapai County SAME 004025 and UGC AZC025 are real; forecast-zone numbers best known."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"prc_urn:oid:2.49.0.1.840.0.{h}.001.1"


FFW_PRESCOTT = urn("prc-ffw-granite-creek")
SVR_PV = urn("prc-svr-prescott-valley")
SVR_PV_CAN = urn("prc-svr-prescott-valley-can")
FROST_VV = urn("prc-frost-verde-valley")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FFW_PRESCOTT, office="KFGZ", senderName="NWS Flagstaff AZ", awips="FFWFGZ", wmo="WGUS55",
         areaDesc="Yavapai, AZ", SAME=["004025"], UGC=["AZC025"],
         sent="2026-07-22T17:58:00-07:00", onset="2026-07-22T17:58:00-07:00", expires="2026-07-22T21:00:00-07:00",
         ends="2026-07-22T21:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 22 at 5:58PM MST until July 22 at 9:00PM MST by NWS Flagstaff AZ",
         description="FFWFGZ\n\nThe National Weather Service in Flagstaff has issued a\n\n* Flash Flood Warning for...\nCentral Yavapai County in west central Arizona...\n\n* Until 900 PM MST.\n\n* At 556 PM MST, Doppler radar and automated rain gauges indicated thunderstorms producing heavy rain over downtown Prescott. Between 1.5 and 2 inches of rain have fallen. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar and automated gauges.\n\nIMPACT...Flash flooding of small creeks and streams, urban areas, highways, streets and underpasses. Granite Creek and Miller Creek through downtown Prescott will run high.\n\n* Some locations that will experience flash flooding include...\nDowntown Prescott, Goodwin Street and Gurley Street crossings, Granite Creek Park and Prescott College.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles.",
         vtec="/O.NEW.KFGZ.FF.W.0041.260723T0058Z-260723T0400Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-112.462, 34.562), (-112.398, 34.562), (-112.398, 34.622), (-112.462, 34.622))),
    dict(id=SVR_PV, office="KFGZ", senderName="NWS Flagstaff AZ", awips="SVRFGZ", wmo="WUUS55",
         areaDesc="Yavapai, AZ", SAME=["004025"], UGC=["AZC025"],
         sent="2026-08-05T15:12:00-07:00", onset="2026-08-05T15:12:00-07:00", expires="2026-08-05T16:00:00-07:00",
         ends="2026-08-05T16:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 5 at 3:12PM MST until August 5 at 4:00PM MST by NWS Flagstaff AZ",
         description="SVRFGZ\n\nThe National Weather Service in Flagstaff has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Yavapai County in west central Arizona...\n\n* Until 400 PM MST.\n\n* At 311 PM MST, a severe thunderstorm was located over Glassford Hill, moving south at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, trees and power lines.\n\n* Locations impacted include...\nPrescott Valley, Dewey-Humboldt and Lynx Creek.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFGZ.SV.W.0088.260805T2212Z-260805T2300Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-112.360, 34.505), (-112.215, 34.505), (-112.215, 34.645), (-112.360, 34.645))),
    dict(id=SVR_PV_CAN, office="KFGZ", senderName="NWS Flagstaff AZ", awips="SVSFGZ", wmo="WWUS55",
         areaDesc="Yavapai, AZ", SAME=["004025"], UGC=["AZC025"],
         sent="2026-08-05T15:41:00-07:00", onset="2026-08-05T15:41:00-07:00", expires="2026-08-05T16:00:00-07:00",
         ends="2026-08-05T16:00:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KFGZ.SV.W.0088.000000T0000Z-260805T2300Z/", references=[SVR_PV],
         geometry=poly((-112.360, 34.505), (-112.215, 34.505), (-112.215, 34.645), (-112.360, 34.645))),
    dict(id=FROST_VV, office="KFGZ", senderName="NWS Flagstaff AZ", awips="NPWFGZ", wmo="WWUS75",
         areaDesc="Verde Valley", SAME=["004025"], UGC=["AZZ037"],
         sent="2026-10-27T14:30:00-07:00", onset="2026-10-28T02:00:00-07:00", expires="2026-10-28T03:00:00-07:00",
         ends="2026-10-28T08:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued October 27 at 2:30PM MST until October 28 at 8:00AM MST by NWS Flagstaff AZ",
         description="* WHAT...Temperatures as low as 31 degrees will result in frost formation.\n\n* WHERE...Verde Valley, including Cottonwood, Camp Verde, Clarkdale and Sedona.\n\n* WHEN...From 2 AM to 8 AM MST Wednesday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KFGZ.FR.Y.0012.261028T0900Z-261028T1500Z/", references=[], geometry=None),
]
