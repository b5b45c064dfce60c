"""Hand-written NWS alerts for part sjn (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Burlington VT), SAME and county UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME codes and polygons only). Alert ids start with sjn_."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sjn_urn-oid-2.49.0.1.840.0.{h}.001.1"


WSW_BTV = aid("sjn-winter-storm-nek")
WSW_BTV_EXA = aid("sjn-winter-storm-nek-exa")
SVR_BTV = aid("sjn-svr-stjohnsbury")
FRZ_BTV = aid("sjn-frost-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KBTV", senderName="NWS Burlington VT")
ALERTS = [
    dict(id=WSW_BTV, awips="WSWBTV", wmo="WWUS41", **COMMON,
         areaDesc="Orleans; Essex", SAME=["050019", "050009"], UGC=["VTZ003", "VTZ004"],
         sent="2026-01-24T15:30:00-05:00", onset="2026-01-25T01:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:30PM EST until January 26 at 7:00AM EST by NWS Burlington VT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally 24 inches in the higher terrain. Winds gusting as high as 40 mph.\n\n* WHERE...Orleans and Essex Counties, including Newport, Derby, Barton and Island Pond.\n\n* WHEN...From 1 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Areas of blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBTV.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WSW_BTV_EXA, awips="WSWBTV", wmo="WWUS41", **COMMON,
         areaDesc="Orleans; Essex; Caledonia", SAME=["050019", "050009", "050005"], UGC=["VTZ003", "VTZ004", "VTZ007"],
         sent="2026-01-25T03:45:00-05:00", onset="2026-01-25T03:45:00-05:00", expires="2026-01-25T11:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:45AM EST until January 26 at 7:00AM EST by NWS Burlington VT",
         description="* WHAT...Heavy snow. Additional snow accumulations of 10 to 16 inches.\n\n* WHERE...Orleans, Essex and Caledonia Counties. The warning has been expanded to include Caledonia County, including St. Johnsbury, Lyndonville, Danville and Hardwick.\n\n* WHEN...Until 7 AM EST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads if you can.",
         vtec="/O.EXA.KBTV.WS.W.0003.000000T0000Z-260126T1200Z/", references=[WSW_BTV], geometry=None),
    dict(id=FRZ_BTV, awips="NPWBTV", wmo="WWUS71", **COMMON,
         areaDesc="Orleans; Essex; Caledonia", SAME=["050019", "050009", "050005"], UGC=["VTZ003", "VTZ004", "VTZ007"],
         sent="2026-05-20T15:10:00-04:00", onset="2026-05-21T01:00:00-04:00", expires="2026-05-21T04:00:00-04:00",
         ends="2026-05-21T08:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued May 20 at 3:10PM EDT until May 21 at 8:00AM EDT by NWS Burlington VT",
         description="* WHAT...Temperatures in the lower 30s will result in frost formation.\n\n* WHERE...Orleans, Essex and Caledonia Counties.\n\n* WHEN...From 1 AM to 8 AM EDT Thursday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KBTV.FR.Y.0007.260521T0500Z-260521T1200Z/", references=[], geometry=None),
    dict(id=SVR_BTV, awips="SVRBTV", wmo="WUUS51", **COMMON,
         areaDesc="Caledonia, VT", SAME=["050005"], UGC=["VTC005"],
         sent="2026-07-15T15:22:00-04:00", onset="2026-07-15T15:22:00-04:00", expires="2026-07-15T16:00:00-04:00",
         ends="2026-07-15T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 15 at 3:22PM EDT until July 15 at 4:00PM EDT by NWS Burlington VT",
         description="The National Weather Service in Burlington has issued a\n\n* Severe Thunderstorm Warning for...\nSouth central Caledonia County in northeastern Vermont...\n\n* Until 400 PM EDT.\n\n* At 321 PM EDT, a severe thunderstorm was located near Walden, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to roofs, siding, and power lines.\n\n* Locations impacted include...\nSt. Johnsbury, Danville, West Danville and St. Johnsbury Center.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBTV.SV.W.0041.260715T1922Z-260715T2000Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-72.17, 44.39), (-71.95, 44.39), (-71.95, 44.475), (-72.17, 44.475))),
]
