"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part cpr. Every alert is invented; the
office (NWS Riverton, KRIW), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cpr_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW_RIW = urn("cpr-blizzard-converse")
WWY_RIW = urn("cpr-wwy-natrona")
SVR_RIW = urn("cpr-svr-hail-east-casper")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW_RIW, office="KRIW", senderName="NWS Riverton WY", awips="WSWRIW", wmo="WWUS45",
         areaDesc="Converse County Lower Elevations; Southwest Big Horn Mountains", SAME=["056009"],
         UGC=["WYZ021", "WYZ018"],
         sent="2026-01-16T14:05:00-07:00", onset="2026-01-17T05:00:00-07:00", expires="2026-01-17T05:00:00-07:00",
         ends="2026-01-18T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 16 at 2:05PM MST until January 18 at 11:00AM MST by NWS Riverton WY",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph. Visibility near zero in blowing snow.\n\n* WHERE...Converse County Lower Elevations, including Glenrock, Rolling Hills and Douglas. Interstate 25 between Casper and Douglas.\n\n* WHEN...From 5 AM Saturday to 11 AM MST Sunday.\n\n* IMPACTS...Travel will be impossible. Interstate 25 and Wyoming 59 will likely close. Widespread blowing snow could significantly reduce visibility. Livestock will need shelter.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you. Call 511 or visit wyoroad.info for road conditions.",
         vtec="/O.NEW.KRIW.BZ.W.0002.260117T1200Z-260118T1800Z/", references=[], geometry=None),
    dict(id=WWY_RIW, office="KRIW", senderName="NWS Riverton WY", awips="WSWRIW", wmo="WWUS45",
         areaDesc="Natrona County Lower Elevations; Casper Mountain", SAME=["056025"], UGC=["WYZ020", "WYZ019"],
         sent="2026-02-20T03:40:00-07:00", onset="2026-02-20T11:00:00-07:00", expires="2026-02-20T15:00:00-07:00",
         ends="2026-02-21T05:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued February 20 at 3:40AM MST until February 21 at 5:00AM MST by NWS Riverton WY",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches, up to 12 inches on Casper Mountain. Winds gusting as high as 40 mph.\n\n* WHERE...Natrona County Lower Elevations and Casper Mountain, including Casper, Mills, Evansville and Bar Nunn.\n\n* WHEN...From 11 AM this morning to 5 AM MST Saturday.\n\n* IMPACTS...Plan on slippery road conditions. Patchy blowing snow could reduce visibility on Outer Drive and Interstate 25.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KRIW.WW.Y.0011.260220T1800Z-260221T1200Z/", references=[], geometry=None),
    dict(id=SVR_RIW, office="KRIW", senderName="NWS Riverton WY", awips="SVRRIW", wmo="WUUS55",
         areaDesc="Natrona, WY", SAME=["056025"], UGC=["WYC025"],
         sent="2026-06-11T17:52:00-06:00", onset="2026-06-11T17:52:00-06:00", expires="2026-06-11T18:45:00-06:00",
         ends="2026-06-11T18:45:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 5:52PM MDT until June 11 at 6:45PM MDT by NWS Riverton WY",
         description="SVRRIW\n\nThe National Weather Service in Riverton has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Natrona County in central Wyoming...\n\n* Until 645 PM MDT.\n\n* At 551 PM MDT, a severe thunderstorm was located over the Casper airport, moving east at 15 mph.\n\nHAZARD...Two inch hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail near Wyoming Boulevard and East 12th Street.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nEast Casper, Evansville, Eastridge and Hat Six.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRIW.SV.W.0093.260611T2352Z-260612T0045Z/", references=[],
         geometry=poly((-106.30, 42.80), (-106.13, 42.80), (-106.13, 42.93), (-106.30, 42.93)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["2.00"], "hailThreat": ["OBSERVED"]}),
]
