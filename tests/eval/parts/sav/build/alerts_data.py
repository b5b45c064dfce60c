"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the `sav` part. Every alert is invented;
the office (NWS Charleston SC, which serves coastal Georgia), county SAME/UGC codes are real; forecast-zone
numbers are best known and no label depends on them. Ids carry the `sav_` prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sav_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_CHS = urn("sav-svr-tybee-wilmington")
SVR_CHS_CAN = urn("sav-svr-tybee-wilmington-can")
HUW_CHS = urn("sav-hurricane-chatham-bryan")
HEAT_CHS = urn("sav-heat-effingham")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_CHS, office="KCHS", senderName="NWS Charleston SC", awips="SVRCHS", wmo="WUUS52",
         areaDesc="Chatham, GA", SAME=["013051"], UGC=["GAC051"],
         sent="2026-08-10T16:42:00-04:00", onset="2026-08-10T16:42:00-04:00", expires="2026-08-10T17:30:00-04:00",
         ends="2026-08-10T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 10 at 4:42PM EDT until August 10 at 5:30PM EDT by NWS Charleston SC",
         description="SVRCHS\n\nThe National Weather Service in Charleston has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Chatham County in southeastern Georgia...\n\n* Until 530 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm was located over Whitemarsh Island, moving east at 20 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nTybee Island, Wilmington Island, Whitemarsh Island and Talahi Island.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCHS.SV.W.0187.260810T2042Z-260810T2130Z/", references=[],
         geometry=poly((-81.030, 32.060), (-80.820, 32.060), (-80.820, 31.970), (-81.030, 31.970))),
    dict(id=SVR_CHS_CAN, office="KCHS", senderName="NWS Charleston SC", awips="SVSCHS", wmo="WWUS52",
         areaDesc="Chatham, GA", SAME=["013051"], UGC=["GAC051"],
         sent="2026-08-10T17:12:00-04:00", onset="2026-08-10T17:12:00-04:00", expires="2026-08-10T17:30:00-04:00",
         ends="2026-08-10T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KCHS.SV.W.0187.000000T0000Z-260810T2130Z/", references=[SVR_CHS],
         geometry=poly((-80.900, 32.060), (-80.820, 32.060), (-80.820, 31.970), (-80.900, 31.970))),
    dict(id=HEAT_CHS, office="KCHS", senderName="NWS Charleston SC", awips="NPWCHS", wmo="WWUS72",
         areaDesc="Effingham", SAME=["013103"], UGC=["GAZ101"],
         sent="2026-08-22T04:05:00-04:00", onset="2026-08-22T11:00:00-04:00", expires="2026-08-22T19:00:00-04:00",
         ends="2026-08-22T19:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Prepare",
         headline="Heat Advisory issued August 22 at 4:05AM EDT until August 22 at 7:00PM EDT by NWS Charleston SC",
         description="* WHAT...Heat index values up to 112 expected.\n\n* WHERE...Effingham County, including Guyton, Rincon and Springfield.\n\n* WHEN...From 11 AM to 7 PM EDT Saturday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, and check up on relatives and neighbors.",
         vtec="/O.NEW.KCHS.HT.Y.0031.260822T1500Z-260822T2300Z/", references=[], geometry=None),
    dict(id=HUW_CHS, office="KCHS", senderName="NWS Charleston SC", awips="TCVCHS", wmo="WTUS82",
         areaDesc="Coastal Chatham; Inland Chatham; Coastal Bryan; Inland Bryan", SAME=["013051", "013029"],
         UGC=["GAZ117", "GAZ118", "GAZ119", "GAZ139"],
         sent="2026-09-27T11:00:00-04:00", onset="2026-09-27T11:00:00-04:00", expires="2026-09-27T19:15:00-04:00",
         ends="2026-09-29T08:00:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Likely",
         urgency="Expected", event="Hurricane Warning", response="Evacuate",
         headline="Hurricane Warning issued September 27 at 11:00AM EDT by NWS Charleston SC",
         description="* LOCATIONS AFFECTED\n- Savannah\n- Tybee Island\n- Pooler\n- Richmond Hill\n- Port Wentworth\n\n* WIND\n- LATEST LOCAL FORECAST: Equivalent Category 2 Hurricane force wind; peak wind forecast 85-105 mph with gusts to 125 mph.\n\n* STORM SURGE\n- Peak storm surge inundation of 6 to 9 feet above ground somewhere within surge prone areas.\n\n* POTENTIAL IMPACTS\n- Considerable damage to roofs, large trees snapped or uprooted, widespread power outages.",
         instruction="Follow the evacuation orders of Chatham and Bryan County emergency management. Leave Tybee Island and low-lying areas now.",
         vtec="/O.NEW.KCHS.HU.W.1012.260927T1500Z-000000T0000Z/", references=[], geometry=None),
]
