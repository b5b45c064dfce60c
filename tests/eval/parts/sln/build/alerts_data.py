"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part sln. Every alert is invented; the office
(NWS Wichita, KICT) and the county SAME/UGC codes are real. Labels use only SAME codes and polygons."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sln_urn:oid:2.49.0.1.840.0.{h}.001.1"  # brief: every alert id starts with sln_


WSW = urn("sln-winter-storm-mcpherson-dickinson")
WSW_EXA = urn("sln-winter-storm-exa-saline")
TOR = urn("sln-tornado-salina")
WIND = urn("sln-wind-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KICT", senderName="NWS Wichita KS", awips="WSWICT", wmo="WWUS43",
         areaDesc="McPherson, KS; Dickinson, KS", SAME=["020113", "020041"], UGC=["KSC113", "KSC041"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-24T21:00:00-06:00", expires="2026-01-25T04:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:05PM CST until January 26 at 6:00AM CST by NWS Wichita KS",
         description="* WHAT...Heavy snow and blowing snow. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph.\n\n* WHERE...McPherson and Dickinson Counties, including McPherson, Lindsborg, Abilene and Solomon.\n\n* WHEN...From 9 PM Saturday to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Interstate 70 and Interstate 135 may close.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KICT.WS.W.0003.260125T0300Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KICT", senderName="NWS Wichita KS", awips="WSWICT", wmo="WWUS43",
         areaDesc="McPherson, KS; Dickinson, KS; Saline, KS", SAME=["020113", "020041", "020169"],
         UGC=["KSC113", "KSC041", "KSC169"],
         sent="2026-01-25T03:40:00-06:00", onset="2026-01-25T03:40:00-06:00", expires="2026-01-25T10:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:40AM CST until January 26 at 6:00AM CST by NWS Wichita KS",
         description="* WHAT...Heavy snow and blowing snow. Additional accumulations of 6 to 10 inches.\n\n* WHERE...McPherson, Dickinson and Saline Counties. The warning has been expanded to include Saline County, including Salina and Gypsum.\n\n* WHEN...Until 6 AM CST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads.",
         vtec="/O.EXA.KICT.WS.W.0003.000000T0000Z-260126T1200Z/", references=[WSW], geometry=None),
    dict(id=TOR, office="KICT", senderName="NWS Wichita KS", awips="TORICT", wmo="WFUS53",
         areaDesc="Saline, KS", SAME=["020169"], UGC=["KSC169"],
         sent="2026-05-23T23:12:00-05:00", onset="2026-05-23T23:12:00-05:00", expires="2026-05-23T23:45:00-05:00",
         ends="2026-05-23T23:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 23 at 11:12PM CDT until May 23 at 11:45PM CDT by NWS Wichita KS",
         description="TORICT\n\nThe National Weather Service in Wichita has issued a\n\n* Tornado Warning for...\nCentral Saline County in central Kansas...\n\n* Until 1145 PM CDT.\n\n* At 1111 PM CDT, a severe thunderstorm capable of producing a tornado was located near Bavaria, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nSalina, Smolan and Bavaria.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KICT.TO.W.0041.260524T0412Z-260524T0445Z/", references=[],
         geometry=poly((-97.76, 38.76), (-97.55, 38.77), (-97.55, 38.88), (-97.76, 38.87)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=WIND, office="KICT", senderName="NWS Wichita KS", awips="NPWICT", wmo="WWUS73",
         areaDesc="Saline, KS; McPherson, KS; Dickinson, KS", SAME=["020169", "020113", "020041"],
         UGC=["KSC169", "KSC113", "KSC041"],
         sent="2026-03-18T04:15:00-05:00", onset="2026-03-18T10:00:00-05:00", expires="2026-03-18T19:00:00-05:00",
         ends="2026-03-18T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 18 at 4:15AM CDT until March 18 at 7:00PM CDT by NWS Wichita KS",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Saline, McPherson and Dickinson Counties.\n\n* WHEN...From 10 AM to 7 PM CDT Wednesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KICT.WI.Y.0012.260318T1500Z-260319T0000Z/", references=[], geometry=None),
]
