"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the bal part, NWS Sterling VA (KLWX).
Every alert is invented; the office, county SAME codes and UGC county codes are real (forecast-zone numbers as
best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bal_urn:oid:2.49.0.1.840.0.{h}.001.1"


CFW_LWX = urn("bal-coastal-flood-baltimore")
SVR_LWX = urn("bal-svr-catonsville-ellicott")
SVR_LWX_CAN = urn("bal-svr-catonsville-ellicott-can")
TOR_LWX = urn("bal-tor-glenburnie-dundalk")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KLWX", senderName="NWS Baltimore MD/Washington DC")

ALERTS = [
    dict(id=CFW_LWX, **COMMON, awips="CFWLWX", wmo="WHUS41",
         areaDesc="Baltimore City", SAME=["024510"], UGC=["MDZ011"],
         sent="2026-01-18T15:52:00-05:00", onset="2026-01-18T20:00:00-05:00", expires="2026-01-19T04:00:00-05:00",
         ends="2026-01-19T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Coastal Flood Warning", response="Prepare",
         headline="Coastal Flood Warning issued January 18 at 3:52PM EST until January 19 at 10:00AM EST by NWS Baltimore MD/Washington DC",
         description="* WHAT...Moderate tidal flooding expected. Water levels of 3.5 to 4 feet above mean higher high water at the Fort McHenry tide gauge during the high tides tonight and Monday morning.\n\n* WHERE...Baltimore City, including Fells Point, Harbor East, Canton and the Inner Harbor.\n\n* WHEN...From 8 PM this evening to 10 AM EST Monday.\n\n* IMPACTS...Water will flood Thames Street, Aliceanna Street and parts of Fells Point and Canton. Parked cars may be damaged.",
         instruction="Move vehicles out of low-lying areas. Do not drive through flooded roads.",
         vtec="/O.NEW.KLWX.CF.W.0002.260119T0100Z-260119T1500Z/", references=[], geometry=None),
    dict(id=TOR_LWX, **COMMON, awips="TORLWX", wmo="WFUS51",
         areaDesc="Anne Arundel, MD; Baltimore, MD", SAME=["024003", "024005"], UGC=["MDC003", "MDC005"],
         sent="2026-05-23T16:41:00-04:00", onset="2026-05-23T16:41:00-04:00", expires="2026-05-23T17:15:00-04:00",
         ends="2026-05-23T17:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 23 at 4:41PM EDT until May 23 at 5:15PM EDT by NWS Baltimore MD/Washington DC",
         description="At 441 PM EDT, a severe thunderstorm capable of producing a tornado was located over Glen Burnie, moving northeast at 30 mph.\n\nHAZARD...Tornado and quarter size hail.\n\nSOURCE...Radar indicated rotation.\n\nLocations impacted include Glen Burnie, Brooklyn Park, Curtis Bay, Sparrows Point, Edgemere and Dundalk.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KLWX.TO.W.0011.260523T2041Z-260523T2115Z/", references=[],
         geometry=poly((-76.675, 39.145), (-76.600, 39.125), (-76.455, 39.255), (-76.470, 39.280), (-76.520, 39.282)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_LWX, **COMMON, awips="SVRLWX", wmo="WUUS51",
         areaDesc="Baltimore, MD; Howard, MD", SAME=["024005", "024027"], UGC=["MDC005", "MDC027"],
         sent="2026-06-20T17:12:00-04:00", onset="2026-06-20T17:12:00-04:00", expires="2026-06-20T18:00:00-04:00",
         ends="2026-06-20T18:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 20 at 5:12PM EDT until June 20 at 6:00PM EDT by NWS Baltimore MD/Washington DC",
         description="At 512 PM EDT, severe thunderstorms were located along a line extending from Marriottsville to Dayton, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Ellicott City, Catonsville, Oella, Arbutus and Woodlawn.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLWX.SV.W.0147.260620T2112Z-260620T2200Z/", references=[],
         geometry=poly((-76.920, 39.240), (-76.700, 39.240), (-76.700, 39.310), (-76.920, 39.310)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_LWX_CAN, **COMMON, awips="SVSLWX", wmo="WWUS51",
         areaDesc="Baltimore, MD; Howard, MD", SAME=["024005", "024027"], UGC=["MDC005", "MDC027"],
         sent="2026-06-20T17:48:00-04:00", onset="2026-06-20T17:48:00-04:00", expires="2026-06-20T18:00:00-04:00",
         ends="2026-06-20T18:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction="",
         vtec="/O.CAN.KLWX.SV.W.0147.000000T0000Z-260620T2200Z/", references=[SVR_LWX],
         geometry=poly((-76.920, 39.240), (-76.700, 39.240), (-76.700, 39.310), (-76.920, 39.310))),
]
