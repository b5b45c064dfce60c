"""Hand-written NWS alerts for the `mot` part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Bismarck), SAME county codes and county UGC codes are real; forecast-zone numbers (NDZ) are given as
best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mot_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW_BIS = urn("mot-blizzard-ward-renville")
BZW_BIS_EXA = urn("mot-blizzard-ward-renville-exa-mchenry")
WIND_BIS = urn("mot-wind-advisory")
SVR_BIS = urn("mot-svr-south-minot-surrey")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW_BIS, office="KBIS", senderName="NWS Bismarck ND", awips="WSWBIS", wmo="WWUS43",
         areaDesc="Renville; Ward", SAME=["038075", "038101"], UGC=["NDZ003", "NDZ011"],
         sent="2026-01-21T14:05:00-06:00", onset="2026-01-22T06:00:00-06:00", expires="2026-01-22T03:00:00-06:00",
         ends="2026-01-23T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Blizzard Warning", response="Avoid",
         headline="Blizzard Warning issued January 21 at 2:05PM CST until January 23 at 6:00PM CST by NWS Bismarck ND",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 14 inches. Winds gusting as high as 55 mph, with visibility frequently near zero.\n\n* WHERE...Renville and Ward Counties, including Minot, Burlington, Surrey, Berthold, Glenburn and Minot Air Force Base.\n\n* WHEN...From 6 AM Thursday to 6 PM CST Friday.\n\n* IMPACTS...Travel will be impossible. Widespread blowing snow will significantly reduce visibility. Very cold wind chills as low as 40 below zero could cause frostbite on exposed skin in as little as 10 minutes.",
         instruction="Stay off the roads. If you must travel, have a winter survival kit with you. If you get stranded, stay with your vehicle. Call 511 for road information.",
         vtec="/O.NEW.KBIS.BZ.W.0003.260122T1200Z-260124T0000Z/", references=[], geometry=None),
    dict(id=BZW_BIS_EXA, office="KBIS", senderName="NWS Bismarck ND", awips="WSWBIS", wmo="WWUS43",
         areaDesc="Renville; Ward; McHenry", SAME=["038075", "038101", "038049"], UGC=["NDZ003", "NDZ011", "NDZ012"],
         sent="2026-01-22T04:10:00-06:00", onset="2026-01-22T06:00:00-06:00", expires="2026-01-22T13:00:00-06:00",
         ends="2026-01-23T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe",
         certainty="Likely", urgency="Expected", event="Blizzard Warning", response="Avoid",
         headline="Blizzard Warning issued January 22 at 4:10AM CST until January 23 at 6:00PM CST by NWS Bismarck ND",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 60 mph.\n\n* WHERE...Renville, Ward and McHenry Counties. The warning has been expanded to include McHenry County, including Velva, Towner and Granville.\n\n* WHEN...From 6 AM Thursday to 6 PM CST Friday.\n\n* IMPACTS...Travel will be impossible. Areas of blowing snow will make visibility zero at times. Power outages are possible.",
         instruction="Stay off the roads. If you must travel, have a winter survival kit with you.",
         vtec="/O.EXA.KBIS.BZ.W.0003.000000T0000Z-260124T0000Z/", references=[BZW_BIS], geometry=None),
    dict(id=WIND_BIS, office="KBIS", senderName="NWS Bismarck ND", awips="NPWBIS", wmo="WWUS73",
         areaDesc="Ward; McHenry", SAME=["038101", "038049"], UGC=["NDZ011", "NDZ012"],
         sent="2026-04-14T03:40:00-05:00", onset="2026-04-14T10:00:00-05:00", expires="2026-04-14T11:00:00-05:00",
         ends="2026-04-14T20:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 14 at 3:40AM CDT until April 14 at 8:00PM CDT by NWS Bismarck ND",
         description="* WHAT...Northwest winds 30 to 40 mph with gusts up to 55 mph expected.\n\n* WHERE...Ward and McHenry Counties.\n\n* WHEN...From 10 AM to 8 PM CDT Tuesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result. Travel will be difficult for high-profile vehicles.",
         instruction="Use extra caution when driving, especially if operating a high-profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KBIS.WI.Y.0011.260414T1500Z-260415T0100Z/", references=[], geometry=None),
    dict(id=SVR_BIS, office="KBIS", senderName="NWS Bismarck ND", awips="SVRBIS", wmo="WUUS53",
         areaDesc="Ward, ND", SAME=["038101"], UGC=["NDC101"],
         sent="2026-07-14T18:52:00-05:00", onset="2026-07-14T18:52:00-05:00", expires="2026-07-14T19:45:00-05:00",
         ends="2026-07-14T19:45:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:52PM CDT until July 14 at 7:45PM CDT by NWS Bismarck ND",
         description="SVRBIS\n\nThe National Weather Service in Bismarck has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Ward County in north central North Dakota...\n\n* Until 745 PM CDT.\n\n* At 651 PM CDT, a severe thunderstorm was located over south Minot, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and two inch hail.\n\nSOURCE...Radar indicated. Trained spotters reported golf ball size hail at the Ward County Fairgrounds.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles. Expect considerable crop damage.\n\n* Locations impacted include...\nsouth Minot and Surrey.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBIS.SV.W.0142.260714T2352Z-260715T0045Z/", references=[],
         geometry=poly((-101.345, 48.190), (-101.080, 48.190), (-101.080, 48.262), (-101.345, 48.262)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.00"], "hailThreat": ["OBSERVED"]}),
]
