"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the dnv part. Every alert is invented;
the office (NWS Blacksburg, KRNK, which serves Virginia's Southside), SAME and UGC county codes are real.
Alert ids start with dnv_ (the part's namespace); feature id == properties.id."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"dnv_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_RNK = urn("dnv-tornado-chatham")
SVR_RNK = urn("dnv-svr-martinsville")
SVR_RNK_CAN = urn("dnv-svr-martinsville-can")
FLS_RNK = urn("dnv-flood-advisory-halifax")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="TORRNK", wmo="WFUS51",
         areaDesc="Pittsylvania, VA", SAME=["051143"], UGC=["VAC143"],
         sent="2026-06-05T18:41:00-04:00", onset="2026-06-05T18:41:00-04:00", expires="2026-06-05T19:15:00-04:00",
         ends="2026-06-05T19:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued June 5 at 6:41PM EDT until June 5 at 7:15PM EDT by NWS Blacksburg VA",
         description="TORRNK\n\nThe National Weather Service in Blacksburg has issued a\n\n* Tornado Warning for...\nCentral Pittsylvania County in south central Virginia...\n\n* Until 715 PM EDT.\n\n* At 640 PM EDT, a severe thunderstorm capable of producing a tornado was located near Mount Hermon, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nChatham, Chalk Level, Whitmell and Sheva.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KRNK.TO.W.0031.260605T2241Z-260605T2315Z/", references=[],
         geometry=poly((-79.50, 36.785), (-79.36, 36.785), (-79.36, 36.885), (-79.50, 36.885)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="SVRRNK", wmo="WUUS51",
         areaDesc="City of Martinsville, VA; Henry, VA", SAME=["051690", "051089"], UGC=["VAC690", "VAC089"],
         sent="2026-07-14T16:22:00-04:00", onset="2026-07-14T16:22:00-04:00", expires="2026-07-14T17:00:00-04:00",
         ends="2026-07-14T17:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:22PM EDT until July 14 at 5:00PM EDT by NWS Blacksburg VA",
         description="SVRRNK\n\nThe National Weather Service in Blacksburg has issued a\n\n* Severe Thunderstorm Warning for...\nThe City of Martinsville in south central Virginia...\nCentral Henry County in south central Virginia...\n\n* Until 500 PM EDT.\n\n* At 421 PM EDT, a severe thunderstorm was located over Fieldale, moving southeast at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nMartinsville, Collinsville, Fieldale and Chatmoss.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KRNK.SV.W.0118.260714T2022Z-260714T2100Z/", references=[],
         geometry=poly((-79.93, 36.64), (-79.80, 36.64), (-79.80, 36.74), (-79.93, 36.74)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_RNK_CAN, office="KRNK", senderName="NWS Blacksburg VA", awips="SVSRNK", wmo="WWUS51",
         areaDesc="City of Martinsville, VA; Henry, VA", SAME=["051690", "051089"], UGC=["VAC690", "VAC089"],
         sent="2026-07-14T16:44:00-04:00", onset="2026-07-14T16:44:00-04:00", expires="2026-07-14T17:00:00-04:00",
         ends="2026-07-14T17:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KRNK.SV.W.0118.000000T0000Z-260714T2100Z/", references=[SVR_RNK],
         geometry=poly((-79.93, 36.64), (-79.80, 36.64), (-79.80, 36.74), (-79.93, 36.74))),
    dict(id=FLS_RNK, office="KRNK", senderName="NWS Blacksburg VA", awips="FLSRNK", wmo="WGUS81",
         areaDesc="Halifax, VA", SAME=["051083"], UGC=["VAC083"],
         sent="2026-07-22T09:10:00-04:00", onset="2026-07-22T09:10:00-04:00", expires="2026-07-22T12:15:00-04:00",
         ends="2026-07-22T12:15:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued July 22 at 9:10AM EDT until July 22 at 12:15PM EDT by NWS Blacksburg VA",
         description="* WHAT...Flooding caused by excessive rainfall is expected.\n\n* WHERE...Halifax County, including South Boston and Halifax.\n\n* WHEN...Until 1215 PM EDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KRNK.FA.Y.0044.260722T1310Z-260722T1615Z/", references=[], geometry=None),
]
