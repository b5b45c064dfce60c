"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the lbe part. Every alert is invented;
offices and county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME codes and
polygons). Alert ids carry the lbe_ prefix: the feature's top-level id and properties.id are the same string."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()[:24]
    return f"lbe_nws_urn-oid-2.49.0.1.840.0.{h}.001.1"


WSW_PBZ = aid("lbe-winter-storm-indiana-fayette")
SVR_PBZ = aid("lbe-svr-latrobe-unity")
WIND_PBZ = aid("lbe-wind-advisory-westmoreland")
FFW_CTP = aid("lbe-ffw-johnstown")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-only (no polygon): Indiana and Fayette Counties -> Blairsville and Connellsville clients, not Westmoreland.
    dict(id=WSW_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="WSWPBZ", wmo="WWUS41",
         areaDesc="Indiana; Fayette; Fayette Ridges", SAME=["042063", "042051"], UGC=["PAZ015", "PAZ031", "PAZ075"],
         sent="2026-01-24T15:35:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:35PM EST until January 26 at 7:00AM EST by NWS Pittsburgh PA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, locally up to 20 inches on the ridges.\n\n* WHERE...Indiana and Fayette Counties, including Indiana, Blairsville, Uniontown and Connellsville.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Heavy snow on trees may bring down power lines.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPBZ.WS.W.0003.260125T0900Z-260126T1200Z/", references=[], geometry=None),
    # Polygon: Latrobe and Unity Township (not Greensburg, Crabtree or Derry).
    dict(id=SVR_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="SVRPBZ", wmo="WUUS51",
         areaDesc="Westmoreland, PA", SAME=["042129"], UGC=["PAC129"],
         sent="2026-04-14T17:42:00-04:00", onset="2026-04-14T17:42:00-04:00", expires="2026-04-14T18:30:00-04:00",
         ends="2026-04-14T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 14 at 5:42PM EDT until April 14 at 6:30PM EDT by NWS Pittsburgh PA",
         description="SVRPBZ\n\nThe National Weather Service in Pittsburgh has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Westmoreland County in southwestern Pennsylvania...\n\n* Until 630 PM EDT.\n\n* At 541 PM EDT, a severe thunderstorm was located over Arnold Palmer Regional Airport, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nLatrobe, Youngstown, Baggaley and Unity Township.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPBZ.SV.W.0058.260414T2142Z-260414T2230Z/", references=[],
         geometry=poly((-79.46, 40.26), (-79.35, 40.26), (-79.35, 40.345), (-79.46, 40.345)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    # Moderate: nobody.
    dict(id=WIND_PBZ, office="KPBZ", senderName="NWS Pittsburgh PA", awips="NPWPBZ", wmo="WWUS71",
         areaDesc="Westmoreland; Westmoreland Ridges", SAME=["042129"], UGC=["PAZ021", "PAZ074"],
         sent="2026-11-10T04:10:00-05:00", onset="2026-11-10T10:00:00-05:00", expires="2026-11-10T16:00:00-05:00",
         ends="2026-11-10T22:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued November 10 at 4:10AM EST until November 10 at 10:00PM EST by NWS Pittsburgh PA",
         description="* WHAT...West winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Westmoreland County, including Greensburg, Latrobe, Jeannette, Ligonier and Mount Pleasant.\n\n* WHEN...From 10 AM this morning to 10 PM EST this evening.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KPBZ.WI.Y.0031.261110T1500Z-261111T0300Z/", references=[], geometry=None),
    # Severe, polygon over Johnstown (Cambria County): no client lives there -> nobody.
    dict(id=FFW_CTP, office="KCTP", senderName="NWS State College PA", awips="FFWCTP", wmo="WGUS51",
         areaDesc="Cambria, PA", SAME=["042021"], UGC=["PAC021"],
         sent="2026-07-20T15:20:00-04:00", onset="2026-07-20T15:20:00-04:00", expires="2026-07-20T19:15:00-04:00",
         ends="2026-07-20T19:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 20 at 3:20PM EDT until July 20 at 7:15PM EDT by NWS State College PA",
         description="FFWCTP\n\nThe National Weather Service in State College has issued a\n\n* Flash Flood Warning for...\nSouthwestern Cambria County in central Pennsylvania...\n\n* Until 715 PM EDT.\n\n* At 318 PM EDT, Doppler radar indicated thunderstorms producing heavy rain over Johnstown. Between 2 and 3 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\n* Some locations that will experience flash flooding include...\nJohnstown, Westmont, Southmont, Conemaugh and Ferndale.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KCTP.FF.W.0042.260720T1920Z-260720T2315Z/", references=[],
         geometry=poly((-78.99, 40.28), (-78.86, 40.28), (-78.86, 40.37), (-78.99, 40.37)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
