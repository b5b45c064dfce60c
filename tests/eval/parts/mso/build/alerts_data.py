"""Hand-written NWS alerts for the mso part (api.weather.gov /alerts/active GeoJSON, NWS Missoula). Every alert
is invented; the office, county FIPS/SAME and county UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mso_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_RAVALLI = urn("mso-winter-storm-bitterroot")
SVR_MISSOULA = urn("mso-svr-north-missoula")
FFW_ROCKCREEK = urn("mso-ffw-rock-creek-burn-scar")
AQA_MISSOULA = urn("mso-air-quality-missoula")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_RAVALLI, office="KMSO", senderName="NWS Missoula MT", awips="WSWMSO", wmo="WWUS45",
         areaDesc="Bitterroot/Sapphire Mountains; Ravalli County", SAME=["030081"], UGC=["MTZ005"],
         sent="2026-01-06T14:10:00-07:00", onset="2026-01-07T05:00:00-07:00", expires="2026-01-07T05:00:00-07:00",
         ends="2026-01-08T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 6 at 2:10PM MST until January 8 at 5:00PM MST by NWS Missoula MT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches in the Bitterroot Valley, with 2 to 3 feet over Lost Trail Pass. Winds gusting as high as 40 mph.\n\n* WHERE...Ravalli County, including Hamilton, Stevensville, Corvallis, Victor, Darby and Lost Trail Pass.\n\n* WHEN...From 5 AM Wednesday to 5 PM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible on U.S. 93. Power outages are possible from snow-laden trees.",
         instruction="If you must travel, keep an extra flashlight, food and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMSO.WS.W.0004.260107T1200Z-260109T0000Z/", references=[], geometry=None),
    dict(id=SVR_MISSOULA, office="KMSO", senderName="NWS Missoula MT", awips="SVRMSO", wmo="WUUS55",
         areaDesc="Missoula, MT", SAME=["030063"], UGC=["MTC063"],
         sent="2026-07-14T18:42:00-06:00", onset="2026-07-14T18:42:00-06:00", expires="2026-07-14T19:30:00-06:00",
         ends="2026-07-14T19:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:42PM MDT until July 14 at 7:30PM MDT by NWS Missoula MT",
         description="SVRMSO\n\nThe National Weather Service in Missoula has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Missoula County in west central Montana...\n\n* Until 730 PM MDT.\n\n* At 641 PM MDT, a severe thunderstorm was located near Frenchtown, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nMissoula, Grant Creek, the Rattlesnake, the Northside, Target Range and Missoula Montana Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMSO.SV.W.0031.260715T0042Z-260715T0130Z/", references=[],
         geometry=poly((-114.20, 46.835), (-113.96, 46.835), (-113.96, 47.02), (-114.20, 47.02)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFW_ROCKCREEK, office="KMSO", senderName="NWS Missoula MT", awips="FFWMSO", wmo="WGUS55",
         areaDesc="Granite, MT; Missoula, MT", SAME=["030039", "030063"], UGC=["MTC039", "MTC063"],
         sent="2026-07-28T15:05:00-06:00", onset="2026-07-28T15:05:00-06:00", expires="2026-07-28T18:00:00-06:00",
         ends="2026-07-28T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued July 28 at 3:05PM MDT until July 28 at 6:00PM MDT by NWS Missoula MT",
         description="FFWMSO\n\nThe National Weather Service in Missoula has issued a\n\n* Flash Flood Warning for...\nThe Rock Creek burn scar in southeastern Missoula County and northwestern Granite County...\n\n* Until 600 PM MDT.\n\n* At 304 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the burn scar. Between 0.75 and 1.25 inches of rain have fallen in 30 minutes.\n\nHAZARD...Flash flooding and debris flows from the burn scar.\n\n* Some locations that will experience flash flooding include...\nRock Creek Road, Gilbert Creek, Quigg Peak and Valley of the Moon campground.",
         instruction="Move to higher ground now. Act quickly to protect your life. Do not drive on Rock Creek Road.",
         vtec="/O.NEW.KMSO.FF.W.0007.260728T2105Z-260729T0000Z/", references=[],
         geometry=poly((-113.75, 46.55), (-113.62, 46.55), (-113.62, 46.70), (-113.75, 46.70)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=AQA_MISSOULA, office="KMSO", senderName="NWS Missoula MT", awips="AQAMSO", wmo="AEUS75",
         areaDesc="Missoula/Bitterroot Valleys", SAME=["030063"], UGC=["MTZ006"],
         sent="2026-08-11T09:30:00-06:00", onset="2026-08-11T09:30:00-06:00", expires="2026-08-12T12:00:00-06:00",
         ends="2026-08-12T12:00:00-06:00", status="Actual", messageType="Alert", severity="Unknown", certainty="Unknown",
         urgency="Unknown", event="Air Quality Alert", response="Monitor",
         headline="Air Quality Alert issued August 11 at 9:30AM MDT by NWS Missoula MT",
         description="The Missoula City-County Health Department has issued an Air Quality Alert for Missoula County due to wildfire smoke. Air quality is Unhealthy for Sensitive Groups and may reach Unhealthy in the afternoon.",
         instruction="People with heart or lung disease, older adults and children should limit prolonged outdoor exertion.",
         vtec=None, references=[], geometry=None),
]
