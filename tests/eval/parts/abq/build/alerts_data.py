"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part abq. Every alert is invented;
the office (NWS Albuquerque, KABQ), county FIPS/SAME codes and county UGC codes are real; forecast-zone numbers are
best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.abq.{h[:32]}.001.1"


SVR = urn("abq-svr-south-valley-isleta")
SVR_CAN = urn("abq-svr-south-valley-isleta-can")
WSW = urn("abq-wsw-santa-fe")
WIND = urn("abq-wind-advisory-sandoval")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # counts: South Valley (87105) and Isleta (87022) are inside; North Valley 87107 (lat 35.13) is not.
    dict(id=SVR, office="KABQ", senderName="NWS Albuquerque NM", awips="SVRABQ", wmo="WUUS55",
         areaDesc="Bernalillo, NM; Valencia, NM", SAME=["035001", "035061"], UGC=["NMC001", "NMC061"],
         sent="2026-07-22T16:42:00-06:00", onset="2026-07-22T16:42:00-06:00", expires="2026-07-22T17:30:00-06:00",
         ends="2026-07-22T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 22 at 4:42PM MDT until July 22 at 5:30PM MDT by NWS Albuquerque NM",
         description="SVRABQ\n\nThe National Weather Service in Albuquerque has issued a\n\n* Severe Thunderstorm Warning for...\nSouthwestern Bernalillo County in central New Mexico...\nNorthern Valencia County in central New Mexico...\n\n* Until 530 PM MDT.\n\n* At 441 PM MDT, a severe thunderstorm was located near Isleta Pueblo, moving north at 15 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSouth Valley, Isleta Pueblo, Pajarito, Mountainview and Bosque Farms.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KABQ.SV.W.0118.260722T2242Z-260722T2330Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-106.78, 34.87), (-106.60, 34.87), (-106.62, 35.08), (-106.76, 35.08))),
    # cancel of the same storm: nothing new
    dict(id=SVR_CAN, office="KABQ", senderName="NWS Albuquerque NM", awips="SVSABQ", wmo="WWUS55",
         areaDesc="Bernalillo, NM; Valencia, NM", SAME=["035001", "035061"], UGC=["NMC001", "NMC061"],
         sent="2026-07-22T17:12:00-06:00", onset="2026-07-22T17:12:00-06:00", expires="2026-07-22T17:30:00-06:00",
         ends="2026-07-22T17:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KABQ.SV.W.0118.000000T0000Z-260722T2330Z/", references=[SVR],
         geometry=poly((-106.78, 34.87), (-106.60, 34.87), (-106.62, 35.08), (-106.76, 35.08))),
    # counts: zone-based, no polygon; Santa Fe County (035049)
    dict(id=WSW, office="KABQ", senderName="NWS Albuquerque NM", awips="WSWABQ", wmo="WWUS45",
         areaDesc="Santa Fe Metro Area; Sangre de Cristo Mountains", SAME=["035049", "035047"],
         UGC=["NMZ215", "NMZ214"],
         sent="2026-02-03T14:05:00-07:00", onset="2026-02-04T05:00:00-07:00", expires="2026-02-04T04:00:00-07:00",
         ends="2026-02-05T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 3 at 2:05PM MST until February 5 at 11:00AM MST by NWS Albuquerque NM",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, up to 24 inches above 9000 feet. Winds gusting as high as 45 mph.\n\n* WHERE...Santa Fe Metro Area and the Sangre de Cristo Mountains, including Santa Fe, Eldorado, Tesuque and Pecos.\n\n* WHEN...From 5 AM Wednesday to 11 AM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 25 over La Bajada and Glorieta Pass.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KABQ.WS.W.0007.260204T1200Z-260205T1800Z/", references=[], geometry=None),
    # decoy: Moderate advisory over Sandoval County (Rio Rancho, Corrales, Bernalillo, Santo Domingo)
    dict(id=WIND, office="KABQ", senderName="NWS Albuquerque NM", awips="NPWABQ", wmo="WWUS75",
         areaDesc="Sandoval County Lower Elevations; Albuquerque Metro Area", SAME=["035043", "035001"],
         UGC=["NMZ219", "NMZ221"],
         sent="2026-04-09T03:15:00-06:00", onset="2026-04-09T11:00:00-06:00", expires="2026-04-09T11:00:00-06:00",
         ends="2026-04-09T20:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Prepare",
         headline="Wind Advisory issued April 9 at 3:15AM MDT until April 9 at 8:00PM MDT by NWS Albuquerque NM",
         description="* WHAT...West winds 25 to 35 mph with gusts up to 55 mph. Areas of blowing dust.\n\n* WHERE...Sandoval County lower elevations and the Albuquerque Metro Area, including Rio Rancho, Corrales and Bernalillo.\n\n* WHEN...From 11 AM to 8 PM MDT Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Visibility may be reduced in blowing dust.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KABQ.WI.Y.0012.260409T1700Z-260410T0200Z/", references=[], geometry=None),
]
