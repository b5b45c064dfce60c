"""Hand-written NWS alerts for the tvc part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS Gaylord, KAPX), SAME county codes and UGC county codes are real; forecast-zone numbers are best
known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


# every alert id carries the part prefix tvc_
WSW_APX = "tvc_" + urn("tvc-winter-storm-leelanau-benzie")
SVR_APX = "tvc_" + urn("tvc-svr-kingsley-williamsburg")
SVR_APX_CAN = "tvc_" + urn("tvc-svr-kingsley-williamsburg-can")
BHS_APX = "tvc_" + urn("tvc-beach-hazards-gt-bay")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-85.56, 44.54), (-85.40, 44.56), (-85.37, 44.84), (-85.55, 44.84))

ALERTS = [
    # 1. lake-effect winter storm, no geometry, SAME codes only: Leelanau (026089) and Benzie (026019)
    dict(id=WSW_APX, office="KAPX", senderName="NWS Gaylord MI", awips="WSWAPX", wmo="WWUS43",
         areaDesc="Leelanau; Benzie", SAME=["026089", "026019"], UGC=["MIZ020", "MIZ025"],
         sent="2026-01-16T15:42:00-05:00", onset="2026-01-16T19:00:00-05:00", expires="2026-01-17T04:00:00-05:00",
         ends="2026-01-18T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 16 at 3:42PM EST until January 18 at 7:00AM EST by NWS Gaylord MI",
         description="* WHAT...Heavy lake-effect snow. Total snow accumulations of 16 to 26 inches, locally higher in the Leelanau hills. Winds gusting as high as 45 mph will cause considerable blowing and drifting snow and near-zero visibility.\n\n* WHERE...Leelanau and Benzie Counties, including Suttons Bay, Northport, Leland, Cedar, Lake Leelanau, Frankfort and Beulah.\n\n* WHEN...From 7 PM this evening to 7 AM EST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Scattered power outages are possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. The latest road conditions can be obtained by calling 5 1 1.",
         vtec="/O.NEW.KAPX.WS.W.0003.260117T0000Z-260118T1200Z/", references=[], geometry=None),
    # 2. severe thunderstorm, polygon from Kingsley north-east to Williamsburg (Grand Traverse 026055)
    dict(id=SVR_APX, office="KAPX", senderName="NWS Gaylord MI", awips="SVRAPX", wmo="WUUS53",
         areaDesc="Grand Traverse, MI", SAME=["026055"], UGC=["MIC055"],
         sent="2026-07-22T16:48:00-04:00", onset="2026-07-22T16:48:00-04:00", expires="2026-07-22T17:30:00-04:00",
         ends="2026-07-22T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 4:48PM EDT until July 22 at 5:30PM EDT by NWS Gaylord MI",
         description="SVRAPX\n\nThe National Weather Service in Gaylord has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Grand Traverse County in northern Michigan...\n\n* Until 530 PM EDT.\n\n* At 447 PM EDT, a severe thunderstorm was located near Kingsley, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nKingsley, Mayfield, Williamsburg, Acme and Mabel.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAPX.SV.W.0061.260722T2048Z-260722T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    # 3. its cancellation: nothing
    dict(id=SVR_APX_CAN, office="KAPX", senderName="NWS Gaylord MI", awips="SVSAPX", wmo="WWUS53",
         areaDesc="Grand Traverse, MI", SAME=["026055"], UGC=["MIC055"],
         sent="2026-07-22T17:14:00-04:00", onset="2026-07-22T17:14:00-04:00", expires="2026-07-22T17:30:00-04:00",
         ends="2026-07-22T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has moved out of the warned area into Kalkaska County. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KAPX.SV.W.0061.000000T0000Z-260722T2130Z/", references=[SVR_APX],
         geometry=SVR_POLY),
    # 4. beach hazards statement, Moderate: nothing
    dict(id=BHS_APX, office="KAPX", senderName="NWS Gaylord MI", awips="CFWAPX", wmo="WHUS73",
         areaDesc="Grand Traverse; Leelanau; Benzie", SAME=["026055", "026089", "026019"],
         UGC=["MIZ026", "MIZ020", "MIZ025"],
         sent="2026-08-14T04:05:00-04:00", onset="2026-08-14T08:00:00-04:00", expires="2026-08-14T16:00:00-04:00",
         ends="2026-08-15T00:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Beach Hazards Statement", response="Avoid",
         headline="Beach Hazards Statement issued August 14 at 4:05AM EDT until August 15 at 12:00AM EDT by NWS Gaylord MI",
         description="* WHAT...Dangerous swimming conditions expected due to high waves and strong structural and rip currents. Waves of 3 to 6 feet.\n\n* WHERE...Lake Michigan beaches of Leelanau and Benzie Counties and Grand Traverse Bay beaches, including Clinch Park and the Traverse City State Park beach.\n\n* WHEN...From 8 AM EDT this morning through this evening.\n\n* IMPACTS...Strong currents can pull swimmers into deeper water.",
         instruction="Stay out of the water and stay off piers and breakwalls.",
         vtec="/O.NEW.KAPX.BH.S.0014.260814T1200Z-260815T0400Z/", references=[], geometry=None),
]
