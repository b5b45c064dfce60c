"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the bgm part. Every alert is invented;
the office (KBGM), county SAME/UGC codes are real; forecast-zone numbers are best known and no label uses them."""

import hashlib


def alert_id(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bgm_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_BGM = alert_id("bgm-winter-storm-tioga")
SVR_BGM = alert_id("bgm-svr-johnson-city")
SPS_BGM = alert_id("bgm-sps-broome-fog")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="WSWBGM", wmo="WWUS41",
         areaDesc="Tioga", SAME=["036107"], UGC=["NYZ056"],
         sent="2026-02-14T15:20:00-05:00", onset="2026-02-15T01:00:00-05:00", expires="2026-02-15T04:00:00-05:00",
         ends="2026-02-16T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 14 at 3:20PM EST until February 16 at 7:00AM EST by NWS Binghamton NY",
         description="* WHAT...Heavy snow and sleet expected. Total snow accumulations of 10 to 16 inches and ice accumulations of a light glaze.\n\n* WHERE...Tioga County, including Owego, Apalachin, Waverly and Spencer.\n\n* WHEN...From 1 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. The hazardous conditions could impact the Monday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBGM.WS.W.0007.260215T0600Z-260216T1200Z/", references=[], geometry=None),
    dict(id=SPS_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="SPSBGM", wmo="WWUS81",
         areaDesc="Broome", SAME=["036007"], UGC=["NYZ057"],
         sent="2026-04-20T06:05:00-04:00", onset="2026-04-20T06:05:00-04:00", expires="2026-04-20T09:00:00-04:00",
         ends="2026-04-20T09:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Observed",
         urgency="Expected", event="Special Weather Statement", response="Execute",
         headline="Special Weather Statement issued April 20 at 6:05AM EDT by NWS Binghamton NY",
         description="Dense fog has formed in the Susquehanna and Chenango River valleys, including Binghamton, Johnson City, Endicott and Vestal. Visibility is below one quarter mile in spots on Interstate 86 and Route 17. The fog will lift by 9 AM.",
         instruction="Slow down, use low-beam headlights and leave plenty of distance ahead of you.",
         vtec=None, references=[], geometry=None),
    dict(id=SVR_BGM, office="KBGM", senderName="NWS Binghamton NY", awips="SVRBGM", wmo="WUUS51",
         areaDesc="Broome, NY", SAME=["036007"], UGC=["NYC007"],
         sent="2026-06-17T18:42:00-04:00", onset="2026-06-17T18:42:00-04:00", expires="2026-06-17T19:30:00-04:00",
         ends="2026-06-17T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 17 at 6:42PM EDT until June 17 at 7:30PM EDT by NWS Binghamton NY",
         description="SVRBGM\n\nThe National Weather Service in Binghamton has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Broome County in central New York...\n\n* Until 730 PM EDT.\n\n* At 641 PM EDT, a severe thunderstorm was located over Westover, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nJohnson City, Westover and the West Side of Binghamton.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBGM.SV.W.0031.260617T2242Z-260617T2330Z/", references=[],
         geometry=poly((-75.995, 42.100), (-75.915, 42.100), (-75.915, 42.150), (-75.995, 42.150)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
