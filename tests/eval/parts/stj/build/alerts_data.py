"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the stj part. Every alert is invented;
offices, SAME county codes and UGC county codes are real (forecast-zone numbers best known; labels use only SAME
codes and polygons). Alert ids start with `stj_` as the brief asks (a real id is an urn:oid)."""


def aid(label: str) -> str:
    return f"stj_urn_oid_2.49.0.1.840.0.{label}.001.1"


WSW_EAX = aid("wsw-eax-0003")
WSW_EAX_EXA = aid("wsw-eax-0003-exa")
SVR_EAX = aid("svr-eax-0214")
WIND_TOP = aid("wind-top-0011")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_EAX, office="KEAX", senderName="NWS Kansas City/Pleasant Hill MO", awips="WSWEAX", wmo="WWUS43",
         areaDesc="Clinton, MO; DeKalb, MO", SAME=["029049", "029063"], UGC=["MOZ012", "MOZ011"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T06:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:05PM CST until January 26 at 6:00AM CST by NWS Kansas City/Pleasant Hill MO",
         description="* WHAT...Heavy snow and sleet. Total snow accumulations of 8 to 12 inches and ice accumulations of a light glaze.\n\n* WHERE...Clinton and DeKalb Counties, including Cameron, Plattsburg, Gower, Lathrop and Maysville.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 35 and U.S. 36.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KEAX.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WSW_EAX_EXA, office="KEAX", senderName="NWS Kansas City/Pleasant Hill MO", awips="WSWEAX", wmo="WWUS43",
         areaDesc="Andrew, MO; Clinton, MO; DeKalb, MO", SAME=["029003", "029049", "029063"],
         UGC=["MOZ008", "MOZ012", "MOZ011"],
         sent="2026-01-25T03:40:00-06:00", onset="2026-01-25T03:40:00-06:00", expires="2026-01-25T10:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:40AM CST until January 26 at 6:00AM CST by NWS Kansas City/Pleasant Hill MO",
         description="* WHAT...Heavy snow. Additional snow accumulations of 6 to 10 inches.\n\n* WHERE...Andrew, Clinton and DeKalb Counties. The warning has been expanded to include Andrew County, including Savannah, Rosendale and Fillmore.\n\n* WHEN...Until 6 AM CST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads.",
         vtec="/O.EXA.KEAX.WS.W.0003.000000T0000Z-260126T1200Z/", references=[WSW_EAX], geometry=None),
    dict(id=SVR_EAX, office="KEAX", senderName="NWS Kansas City/Pleasant Hill MO", awips="SVREAX", wmo="WUUS53",
         areaDesc="Andrew, MO; Buchanan, MO", SAME=["029003", "029021"], UGC=["MOC003", "MOC021"],
         sent="2026-06-21T17:12:00-05:00", onset="2026-06-21T17:12:00-05:00", expires="2026-06-21T18:00:00-05:00",
         ends="2026-06-21T18:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 21 at 5:12PM CDT until June 21 at 6:00PM CDT by NWS Kansas City/Pleasant Hill MO",
         description="SVREAX\n\nThe National Weather Service in Kansas City/Pleasant Hill has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Andrew County in northwestern Missouri...\nNorthern Buchanan County in northwestern Missouri...\n\n* Until 600 PM CDT.\n\n* At 511 PM CDT, a severe thunderstorm was located near Amazonia, moving southeast at 30 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable damage to roofs, siding, trees and vehicles.\n\n* Locations impacted include...\nNorth St. Joseph, Savannah and Country Club Village.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KEAX.SV.W.0214.260621T2212Z-260621T2300Z/", references=[],
         geometry=poly((-94.90, 39.78), (-94.76, 39.78), (-94.76, 39.95), (-94.90, 39.95)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=WIND_TOP, office="KTOP", senderName="NWS Topeka KS", awips="NPWTOP", wmo="WWUS73",
         areaDesc="Atchison, KS; Jefferson, KS", SAME=["020005", "020087"], UGC=["KSZ024", "KSZ039"],
         sent="2026-03-28T04:10:00-05:00", onset="2026-03-28T10:00:00-05:00", expires="2026-03-28T12:00:00-05:00",
         ends="2026-03-28T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 28 at 4:10AM CDT until March 28 at 7:00PM CDT by NWS Topeka KS",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Atchison and Jefferson Counties.\n\n* WHEN...From 10 AM to 7 PM CDT Saturday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KTOP.WI.Y.0011.260328T1500Z-260329T0000Z/", references=[], geometry=None),
]
