"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part `sow`. Every alert is invented;
the office (Flagstaff, KFGZ), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sow_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


WSW = urn("sow-winter-storm-apache")
SVR = urn("sow-svr-showlow")
SVR_CAN = urn("sow-svr-showlow-can")
WIND = urn("sow-wind-advisory-navajo")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KFGZ", senderName="NWS Flagstaff AZ")
ALERTS = [
    dict(COMMON, id=WSW, awips="WSWFGZ", wmo="WWUS45",
         areaDesc="Apache, AZ", SAME=["004001"], UGC=["AZZ018", "AZZ019"],
         sent="2026-01-22T14:05:00-07:00", onset="2026-01-23T05:00:00-07:00", expires="2026-01-23T03:00:00-07:00",
         ends="2026-01-24T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 2:05PM MST until January 24 at 5:00PM MST by NWS Flagstaff AZ",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 20 inches above 7000 feet. Winds gusting as high as 45 mph.\n\n* WHERE...Apache County, including Springerville, Eagar, Alpine and Greer.\n\n* WHEN...From 5 AM Friday to 5 PM MST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible on US 180, US 191 and State Route 260.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KFGZ.WS.W.0003.260123T1200Z-260125T0000Z/", references=[], geometry=None),
    dict(COMMON, id=WIND, awips="NPWFGZ", wmo="WWUS75",
         areaDesc="White Mountains; Northeast Plateaus and Mesas south of Highway 264", SAME=["004017", "004001"],
         UGC=["AZZ018", "AZZ011"],
         sent="2026-04-09T03:10:00-07:00", onset="2026-04-09T11:00:00-07:00", expires="2026-04-09T19:00:00-07:00",
         ends="2026-04-09T19:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Prepare",
         headline="Wind Advisory issued April 9 at 3:10AM MST until April 9 at 7:00PM MST by NWS Flagstaff AZ",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Show Low, Pinetop-Lakeside, Snowflake, Taylor, Heber, Springerville and Eagar.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Travel will be difficult for high-profile vehicles.",
         instruction="Use extra caution when driving, especially if operating a high-profile vehicle.",
         vtec="/O.NEW.KFGZ.WI.Y.0012.260409T1800Z-260410T0200Z/", references=[], geometry=None),
    dict(COMMON, id=SVR, awips="SVRFGZ", wmo="WUUS55",
         areaDesc="Navajo, AZ", SAME=["004017"], UGC=["AZC017"],
         sent="2026-06-12T14:32:00-07:00", onset="2026-06-12T14:32:00-07:00", expires="2026-06-12T15:15:00-07:00",
         ends="2026-06-12T15:15:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 12 at 2:32PM MST until June 12 at 3:15PM MST by NWS Flagstaff AZ",
         description="SVRFGZ\n\nThe National Weather Service in Flagstaff has issued a\n\n* Severe Thunderstorm Warning for...\nSouth central Navajo County in east central Arizona...\n\n* Until 315 PM MST.\n\n* At 231 PM MST, a severe thunderstorm was located over Show Low, moving northeast at 15 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nShow Low, Fool Hollow Lake and Linden.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFGZ.SV.W.0041.260612T2132Z-260612T2215Z/", references=[],
         geometry=poly((-110.075, 34.250), (-109.935, 34.250), (-109.935, 34.355), (-110.075, 34.355)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(COMMON, id=SVR_CAN, awips="SVSFGZ", wmo="WWUS55",
         areaDesc="Navajo, AZ", SAME=["004017"], UGC=["AZC017"],
         sent="2026-06-12T14:58:00-07:00", onset="2026-06-12T14:58:00-07:00", expires="2026-06-12T15:15:00-07:00",
         ends="2026-06-12T15:15:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KFGZ.SV.W.0041.000000T0000Z-260612T2215Z/", references=[SVR],
         geometry=poly((-110.075, 34.250), (-109.935, 34.250), (-109.935, 34.355), (-110.075, 34.355))),
]
