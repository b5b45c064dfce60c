"""Hand-written NWS alerts for the cmi part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
offices, county SAME/UGC codes are real (forecast-zone numbers are best known; labels use SAME codes and
polygons only). Alert ids carry the part prefix `cmi_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cmi_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ILX = urn("cmi-winter-storm-piatt-douglas")
WIND_ILX = urn("cmi-wind-advisory-champaign")
TOR_ILX = urn("cmi-tornado-vermilion")
SVR_ILX = urn("cmi-svr-savoy-southwest-champaign")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ILX, office="KILX", senderName="NWS Lincoln IL", awips="WSWILX", wmo="WWUS43",
         areaDesc="Piatt; Douglas", SAME=["017147", "017041"], UGC=["ILZ053", "ILZ063"],
         sent="2026-01-23T14:35:00-06:00", onset="2026-01-24T00:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 23 at 2:35PM CST until January 25 at 6:00AM CST by NWS Lincoln IL",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 40 mph will cause whiteout conditions in open country.\n\n* WHERE...Piatt and Douglas Counties, including Monticello, Bement, White Heath, Tuscola, Arcola and Arthur.\n\n* WHEN...From midnight tonight to 6 AM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Rural roads will drift shut.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KILX.WS.W.0003.260124T0600Z-260125T1200Z/", references=[], geometry=None),
    dict(id=WIND_ILX, office="KILX", senderName="NWS Lincoln IL", awips="NPWILX", wmo="WWUS73",
         areaDesc="Champaign", SAME=["017019"], UGC=["ILZ045"],
         sent="2026-03-05T04:10:00-06:00", onset="2026-03-05T10:00:00-06:00", expires="2026-03-05T12:00:00-06:00",
         ends="2026-03-05T19:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 5 at 4:10AM CST until March 5 at 7:00PM CST by NWS Lincoln IL",
         description="* WHAT...Southwest winds 25 to 35 mph with gusts up to 50 mph expected.\n\n* WHERE...Champaign County, including Champaign, Urbana, Rantoul, Mahomet, Savoy, St. Joseph and Tolono.\n\n* WHEN...From 10 AM to 7 PM CST Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KILX.WI.Y.0007.260305T1600Z-260306T0100Z/", references=[], geometry=None),
    dict(id=TOR_ILX, office="KILX", senderName="NWS Lincoln IL", awips="TORILX", wmo="WFUS53",
         areaDesc="Vermilion, IL", SAME=["017183"], UGC=["ILC183"],
         sent="2026-04-14T17:52:00-05:00", onset="2026-04-14T17:52:00-05:00", expires="2026-04-14T18:30:00-05:00",
         ends="2026-04-14T18:30:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 5:52PM CDT until April 14 at 6:30PM CDT by NWS Lincoln IL",
         description="TORILX\n\nThe National Weather Service in Lincoln has issued a\n\n* Tornado Warning for...\nSouthern Vermilion County in east central Illinois...\n\n* Until 630 PM CDT.\n\n* At 551 PM CDT, a severe thunderstorm capable of producing a tornado was located near Ridge Farm, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nGeorgetown, Ridge Farm, Westville, Indianola and Kickapoo State Recreation Area.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KILX.TO.W.0014.260414T2252Z-260414T2330Z/", references=[],
         geometry=poly((-87.80, 39.90), (-87.56, 39.90), (-87.56, 40.06), (-87.80, 40.02)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_ILX, office="KILX", senderName="NWS Lincoln IL", awips="SVRILX", wmo="WUUS53",
         areaDesc="Champaign, IL", SAME=["017019"], UGC=["ILC019"],
         sent="2026-05-19T18:41:00-05:00", onset="2026-05-19T18:41:00-05:00", expires="2026-05-19T19:30:00-05:00",
         ends="2026-05-19T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 19 at 6:41PM CDT until May 19 at 7:30PM CDT by NWS Lincoln IL",
         description="SVRILX\n\nThe National Weather Service in Lincoln has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Champaign County in east central Illinois...\n\n* Until 730 PM CDT.\n\n* At 640 PM CDT, a severe thunderstorm was located near Bondville, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSavoy, western and southwestern Champaign, and Willard Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILX.SV.W.0121.260519T2341Z-260520T0030Z/", references=[],
         geometry=poly((-88.33, 40.04), (-88.235, 40.04), (-88.262, 40.16), (-88.33, 40.16)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
