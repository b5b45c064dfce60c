"""Hand-written NWS alerts in the api.weather.gov /alerts/active GeoJSON shape. Every alert is invented; offices
(Buffalo for Jefferson and Lewis, Burlington for St. Lawrence), SAME county codes and county UGC codes are real;
forecast-zone numbers are as best known and no label depends on them (labels use SAME codes and polygons only).

The brief asks that every alert id start with `art_`, so the feature's top-level `id` and `properties.id` are the
same string `art_urn:oid:...` (the real API puts a URL in the former and the bare URN in the latter)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"art_urn:oid:2.49.0.1.840.0.{h}.001.1"


LES_BUF = urn("art-lake-effect-tug-hill-jan")
WWY_BTV = urn("art-wwy-st-lawrence-jan")
SVR_BUF = urn("art-svr-watertown-jul")
SVR_BUF_CAN = urn("art-svr-watertown-jul-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-75.975, 43.940), (-75.760, 43.950), (-75.750, 44.045), (-75.965, 44.050))

ALERTS = [
    dict(id=LES_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="LAEBUF", wmo="WWUS41",
         areaDesc="Jefferson; Lewis", SAME=["036045", "036049"], UGC=["NYZ007", "NYZ008"],
         sent="2026-01-24T15:52:00-05:00", onset="2026-01-24T18:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T12:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued January 24 at 3:52PM EST until January 26 at 12:00PM EST by NWS Buffalo NY",
         description="* WHAT...Lake effect snow. Additional snow accumulations 2 to 4 feet in the most persistent lake snows, with snowfall rates of 3 to 5 inches per hour. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Jefferson and Lewis counties, including Watertown, Carthage, Adams, Sackets Harbor and Lowville, and the Tug Hill Plateau.\n\n* WHEN...From 6 PM this evening to noon EST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible, with near zero visibility at times. Heavy snow loads may damage roofs of barns and older buildings.",
         instruction="Persons should consider delaying all travel. If travel is absolutely necessary, drive with extreme caution, keep an extra flashlight, food and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBUF.LE.W.0004.260124T2300Z-260126T1700Z/", references=[], geometry=None),
    dict(id=WWY_BTV, office="KBTV", senderName="NWS Burlington VT", awips="WSWBTV", wmo="WWUS41",
         areaDesc="Southwestern St. Lawrence; Northern St. Lawrence", SAME=["036089"], UGC=["NYZ029", "NYZ026"],
         sent="2026-01-24T16:10:00-05:00", onset="2026-01-24T22:00:00-05:00", expires="2026-01-25T04:15:00-05:00",
         ends="2026-01-25T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued January 24 at 4:10PM EST until January 25 at 7:00PM EST by NWS Burlington VT",
         description="* WHAT...Snow and blowing snow expected. Total snow accumulations of 3 to 6 inches, locally higher in the southwestern part of the county.\n\n* WHERE...St. Lawrence County, including Gouverneur, Ogdensburg and Massena.\n\n* WHEN...From 10 PM this evening to 7 PM EST Sunday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KBTV.WW.Y.0006.260125T0300Z-260126T0000Z/", references=[], geometry=None),
    dict(id=SVR_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="SVRBUF", wmo="WUUS51",
         areaDesc="Jefferson, NY", SAME=["036045"], UGC=["NYC045"],
         sent="2026-07-15T18:41:00-04:00", onset="2026-07-15T18:41:00-04:00", expires="2026-07-15T19:30:00-04:00",
         ends="2026-07-15T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 6:41PM EDT until July 15 at 7:30PM EDT by NWS Buffalo NY",
         description="SVRBUF\n\nThe National Weather Service in Buffalo has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Jefferson County in northern New York...\n\n* Until 730 PM EDT.\n\n* At 640 PM EDT, a line of severe thunderstorms was located along a line extending from Brownville to near Dry Hill, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nWatertown, Black River, Calcium, Glen Park and Fort Drum.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBUF.SV.W.0118.260715T2241Z-260715T2330Z/", references=[], geometry=SVR_POLY,
         extra={"windThreat": ["RADAR INDICATED"], "maxWindGust": ["70 MPH"], "hailThreat": ["RADAR INDICATED"],
                "maxHailSize": ["1.00"]}),
    dict(id=SVR_BUF_CAN, office="KBUF", senderName="NWS Buffalo NY", awips="SVSBUF", wmo="WWUS51",
         areaDesc="Jefferson, NY", SAME=["036045"], UGC=["NYC045"],
         sent="2026-07-15T19:12:00-04:00", onset="2026-07-15T19:12:00-04:00", expires="2026-07-15T19:30:00-04:00",
         ends="2026-07-15T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the warned area and weakened below severe limits. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KBUF.SV.W.0118.000000T0000Z-260715T2330Z/", references=[SVR_BUF], geometry=SVR_POLY),
]
