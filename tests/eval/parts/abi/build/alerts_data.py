"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `abi` part. Every alert is invented; the
office (NWS San Angelo, KSJT) and the SAME county codes are real. UGC codes are given in county form (TXC...);
no label depends on them (labels use SAME codes and polygons only). Ids start with abi_ as the brief asks."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"abi_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_SJT = urn("abi-ice-storm-jones-callahan-shackelford")
SVR_SJT = urn("abi-svr-hail-south-abilene")
SVR_SJT_CAN = urn("abi-svr-hail-south-abilene-can")
FOG_SJT = urn("abi-dense-fog-taylor-nolan")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-99.88, 32.40), (-99.68, 32.43), (-99.66, 32.27), (-99.86, 32.25))

ALERTS = [
    dict(id=ISW_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="WSWSJT", wmo="WWUS44",
         areaDesc="Jones, TX; Callahan, TX; Shackelford, TX", SAME=["048253", "048059", "048417"],
         UGC=["TXC253", "TXC059", "TXC417"],
         sent="2026-01-23T15:05:00-06:00", onset="2026-01-24T06:00:00-06:00", expires="2026-01-24T03:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 3:05PM CST until January 25 at 6:00PM CST by NWS San Angelo TX",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Jones, Callahan and Shackelford Counties, including the cities of Anson, Hawley, Stamford, Clyde, Baird, Cross Plains and Albany.\n\n* WHEN...From 6 AM Saturday to 6 PM CST Sunday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, especially on bridges and overpasses along Interstate 20 and U.S. 277.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food and water in your vehicle in case of an emergency. Prepare for possible power outages.",
         vtec="/O.NEW.KSJT.IS.W.0002.260124T1200Z-260126T0000Z/", references=[], geometry=None),
    dict(id=SVR_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="SVRSJT", wmo="WUUS54",
         areaDesc="Taylor, TX", SAME=["048441"], UGC=["TXC441"],
         sent="2026-05-19T19:12:00-05:00", onset="2026-05-19T19:12:00-05:00", expires="2026-05-19T20:00:00-05:00",
         ends="2026-05-19T20:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 19 at 7:12PM CDT until May 19 at 8:00PM CDT by NWS San Angelo TX",
         description="SVRSJT\n\nThe National Weather Service in San Angelo has issued a\n\n* Severe Thunderstorm Warning for...\nSouth central Taylor County in west central Texas...\n\n* Until 800 PM CDT.\n\n* At 711 PM CDT, a severe thunderstorm was located near Dyess Air Force Base, moving east at 25 mph.\n\nHAZARD...Tennis ball size hail and 70 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail at Loop 322 and Buffalo Gap Road.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nSouth Abilene, Wylie, Buffalo Gap, Abilene State Park, Lytle Lake and Kirby Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSJT.SV.W.0187.260520T0012Z-260520T0100Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.50"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_SJT_CAN, office="KSJT", senderName="NWS San Angelo TX", awips="SVSSJT", wmo="WWUS54",
         areaDesc="Taylor, TX", SAME=["048441"], UGC=["TXC441"],
         sent="2026-05-19T19:48:00-05:00", onset="2026-05-19T19:48:00-05:00", expires="2026-05-19T20:00:00-05:00",
         ends="2026-05-19T20:00:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the warned area and weakened below severe limits. Therefore, the warning has been cancelled. Hail damage was reported across south Abilene and Wylie.",
         instruction=None,
         vtec="/O.CAN.KSJT.SV.W.0187.000000T0000Z-260520T0100Z/", references=[SVR_SJT], geometry=SVR_POLY),
    dict(id=FOG_SJT, office="KSJT", senderName="NWS San Angelo TX", awips="NPWSJT", wmo="WWUS74",
         areaDesc="Taylor, TX; Nolan, TX", SAME=["048441", "048353"], UGC=["TXC441", "TXC353"],
         sent="2026-11-05T03:40:00-06:00", onset="2026-11-05T03:40:00-06:00", expires="2026-11-05T10:00:00-06:00",
         ends="2026-11-05T10:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Prepare",
         headline="Dense Fog Advisory issued November 5 at 3:40AM CST until November 5 at 10:00AM CST by NWS San Angelo TX",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Taylor and Nolan Counties, including Abilene, Merkel, Tye and Sweetwater.\n\n* WHEN...Until 10 AM CST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 20.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KSJT.FG.Y.0031.261105T0940Z-261105T1600Z/", references=[], geometry=None),
]
