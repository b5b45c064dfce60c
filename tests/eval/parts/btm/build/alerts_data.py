"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for southwest Montana. Every alert is invented;
offices and county SAME/UGC codes are real, forecast-zone numbers are best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"btm_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"   # the brief wants every alert id to start with btm_


WSW_TFX = urn("btm-winter-storm-beaverhead")
SVR_MSO = urn("btm-svr-anaconda")
SVR_MSO_CAN = urn("btm-svr-anaconda-can")
FRZ_MSO = urn("btm-frost-deerlodge")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Beaverhead; Madison", SAME=["030001", "030057"], UGC=["MTC001", "MTC057"],
         sent="2026-01-22T14:05:00-07:00", onset="2026-01-22T23:00:00-07:00", expires="2026-01-23T06:00:00-07:00",
         ends="2026-01-24T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 2:05PM MST until January 24 at 11:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 18 inches, locally 24 inches over Monida and Raynolds Passes. Winds gusting as high as 50 mph.\n\n* WHERE...Beaverhead and Madison Counties, including Dillon, Lima, Twin Bridges, Sheridan and Ennis.\n\n* WHEN...From 11 PM this evening to 11 AM MST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 15 between Dillon and Monida. Blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KTFX.WS.W.0007.260123T0600Z-260124T1800Z/", references=[], geometry=None),
    dict(id=FRZ_MSO, office="KMSO", senderName="NWS Missoula MT", awips="NPWMSO", wmo="WWUS75",
         areaDesc="Deer Lodge; Powell", SAME=["030023", "030077"], UGC=["MTC023", "MTC077"],
         sent="2026-06-02T14:30:00-06:00", onset="2026-06-03T01:00:00-06:00", expires="2026-06-03T08:00:00-06:00",
         ends="2026-06-03T08:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued June 2 at 2:30PM MDT until June 3 at 8:00AM MDT by NWS Missoula MT",
         description="* WHAT...Temperatures as low as 30 degrees will result in frost formation.\n\n* WHERE...Deer Lodge and Powell Counties, including Anaconda and Deer Lodge.\n\n* WHEN...From 1 AM to 8 AM MDT Wednesday.\n\n* IMPACTS...Frost could kill sensitive outdoor vegetation if left uncovered.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KMSO.FR.Y.0004.260603T0700Z-260603T1400Z/", references=[], geometry=None),
    dict(id=SVR_MSO, office="KMSO", senderName="NWS Missoula MT", awips="SVRMSO", wmo="WUUS55",
         areaDesc="Deer Lodge, MT", SAME=["030023"], UGC=["MTC023"],
         sent="2026-07-14T16:42:00-06:00", onset="2026-07-14T16:42:00-06:00", expires="2026-07-14T17:30:00-06:00",
         ends="2026-07-14T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:42PM MDT until July 14 at 5:30PM MDT by NWS Missoula MT",
         description="SVRMSO\n\nThe National Weather Service in Missoula has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Deer Lodge County in southwest Montana...\n\n* Until 530 PM MDT.\n\n* At 441 PM MDT, a severe thunderstorm was located near Georgetown Lake, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nAnaconda, Opportunity and Warm Springs.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMSO.SV.W.0031.260714T2242Z-260714T2330Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-113.04, 46.09), (-112.86, 46.09), (-112.86, 46.20), (-113.04, 46.20))),
    dict(id=SVR_MSO_CAN, office="KMSO", senderName="NWS Missoula MT", awips="SVSMSO", wmo="WWUS55",
         areaDesc="Deer Lodge, MT", SAME=["030023"], UGC=["MTC023"],
         sent="2026-07-14T17:12:00-06:00", onset="2026-07-14T17:12:00-06:00", expires="2026-07-14T17:30:00-06:00",
         ends="2026-07-14T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire. However, gusty winds are still possible with this thunderstorm.",
         instruction=None, vtec="/O.CAN.KMSO.SV.W.0031.000000T0000Z-260714T2330Z/", references=[SVR_MSO],
         geometry=poly((-113.04, 46.09), (-112.86, 46.09), (-112.86, 46.20), (-113.04, 46.20))),
]
