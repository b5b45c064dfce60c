"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ctb part. Every alert is invented;
the office (NWS Great Falls, KTFX), county SAME codes and county UGC codes are real; forecast-zone numbers are
given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ctb_urn:oid:2.49.0.1.840.0.{h[:40]}.001.1"   # identifier starts with ctb_ (brief)


WSW_TFX = urn("ctb-winter-storm-toole")
WSW_TFX_EXA = urn("ctb-winter-storm-toole-exa-pondera")
WIND_TFX = urn("ctb-wind-advisory-glacier")
SVR_TFX = urn("ctb-svr-hail-cutbank")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Toole", SAME=["030101"], UGC=["MTC101"],
         sent="2026-02-17T03:12:00-07:00", onset="2026-02-17T17:00:00-07:00", expires="2026-02-17T11:15:00-07:00",
         ends="2026-02-19T05:00:00-07:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 17 at 3:12AM MST until February 19 at 5:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 14 inches. Winds gusting as high as 50 mph.\n\n* WHERE...Toole County, including Shelby, Sunburst and Kevin.\n\n* WHEN...From 5 PM Tuesday to 5 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible on Interstate 15 and U.S. Highway 2. Widespread blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KTFX.WS.W.0006.260218T0000Z-260219T1200Z/", references=[], geometry=None),
    dict(id=WSW_TFX_EXA, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Toole; Pondera", SAME=["030101", "030073"], UGC=["MTC101", "MTC073"],
         sent="2026-02-17T14:40:00-07:00", onset="2026-02-17T17:00:00-07:00", expires="2026-02-18T03:00:00-07:00",
         ends="2026-02-19T05:00:00-07:00", status="Actual", messageType="Update", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 17 at 2:40PM MST until February 19 at 5:00AM MST by NWS Great Falls MT",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 16 inches. Winds gusting as high as 55 mph.\n\n* WHERE...Toole and Pondera Counties, including Shelby, Sunburst, Conrad, Valier and Heart Butte.\n\n* WHEN...From 5 PM this afternoon to 5 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. The warning has been expanded to include Pondera County.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.EXA.KTFX.WS.W.0006.000000T0000Z-260219T1200Z/", references=[WSW_TFX], geometry=None),
    dict(id=WIND_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="NPWTFX", wmo="WWUS75",
         areaDesc="Glacier", SAME=["030035"], UGC=["MTC035"],
         sent="2026-04-09T04:05:00-06:00", onset="2026-04-09T10:00:00-06:00", expires="2026-04-09T12:00:00-06:00",
         ends="2026-04-09T20:00:00-06:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 9 at 4:05AM MDT until April 9 at 8:00PM MDT by NWS Great Falls MT",
         description="* WHAT...West winds 25 to 35 mph with gusts up to 55 mph.\n\n* WHERE...Glacier County, including Cut Bank, Browning and East Glacier Park.\n\n* WHEN...From 10 AM to 8 PM MDT Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Travel will be difficult for high-profile vehicles on U.S. Highway 2.",
         instruction="Use extra caution when driving, especially if operating a high-profile vehicle.",
         vtec="/O.NEW.KTFX.WI.Y.0021.260409T1600Z-260410T0200Z/", references=[], geometry=None),
    dict(id=SVR_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="SVRTFX", wmo="WUUS55",
         areaDesc="Glacier, MT", SAME=["030035"], UGC=["MTC035"],
         sent="2026-07-16T17:22:00-06:00", onset="2026-07-16T17:22:00-06:00", expires="2026-07-16T18:00:00-06:00",
         ends="2026-07-16T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 16 at 5:22PM MDT until July 16 at 6:00PM MDT by NWS Great Falls MT",
         description="The National Weather Service in Great Falls has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Glacier County in north central Montana...\n\n* Until 600 PM MDT.\n\n* At 522 PM MDT, a severe thunderstorm was located 8 miles west of Cut Bank, moving east at 25 mph.\n\nHAZARD...Ping pong ball size hail and 60 mph wind gusts.\n\n* Locations impacted include...\nCut Bank and Cut Bank Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTFX.SV.W.0118.260716T2322Z-260717T0000Z/", references=[],
         geometry=poly((-112.47, 48.60), (-112.29, 48.60), (-112.29, 48.72), (-112.47, 48.72)),
         extra={"maxHailSize": ["1.50"], "maxWindGust": ["60 MPH"], "hailThreat": ["OBSERVED"]}),
]
