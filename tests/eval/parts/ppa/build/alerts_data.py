"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ppa part. Alerts invented; the office
(NWS Amarillo, KAMA), SAME and county UGC codes are real; forecast-zone numbers are best known (no label uses them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ppa_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


BZW = urn("ppa-blizzard-gray-carson")
BZW_EXA = urn("ppa-blizzard-gray-carson-exa")
WIY = urn("ppa-wind-advisory-roberts-hemphill")
TOR = urn("ppa-tornado-pampa")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW, office="KAMA", senderName="NWS Amarillo TX", awips="WSWAMA", wmo="WWUS44",
         areaDesc="Gray; Carson", SAME=["048179", "048065"], UGC=["TXZ010", "TXZ009"],
         sent="2026-02-13T15:20:00-06:00", onset="2026-02-14T00:00:00-06:00", expires="2026-02-14T03:00:00-06:00",
         ends="2026-02-15T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued February 13 at 3:20PM CST until February 15 at 12:00PM CST by NWS Amarillo TX",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 6 to 10 inches with drifts of 3 to 5 feet. Winds gusting as high as 60 mph.\n\n* WHERE...Gray and Carson Counties, including Pampa, McLean, Lefors, Panhandle, White Deer and Groom.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Interstate 40 may be closed.",
         instruction="Persons should consider delaying all travel. If travel is absolutely necessary, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KAMA.BZ.W.0002.260214T0600Z-260215T1800Z/", references=[], geometry=None),
    dict(id=BZW_EXA, office="KAMA", senderName="NWS Amarillo TX", awips="WSWAMA", wmo="WWUS44",
         areaDesc="Gray; Carson; Hutchinson", SAME=["048179", "048065", "048233"], UGC=["TXZ010", "TXZ009", "TXZ006"],
         sent="2026-02-14T03:45:00-06:00", onset="2026-02-14T03:45:00-06:00", expires="2026-02-14T10:00:00-06:00",
         ends="2026-02-15T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued February 14 at 3:45AM CST until February 15 at 12:00PM CST by NWS Amarillo TX",
         description="* WHAT...Blizzard conditions. Additional snow of 4 to 8 inches with drifts of 4 to 6 feet. Winds gusting as high as 65 mph.\n\n* WHERE...Gray, Carson and Hutchinson Counties. The warning has been expanded to include Hutchinson County, including Borger, Stinnett and Fritch.\n\n* WHEN...Until noon CST Sunday.\n\n* IMPACTS...Travel will be impossible. Power outages are possible.",
         instruction="Do not travel. If you become stranded, stay with your vehicle.",
         vtec="/O.EXA.KAMA.BZ.W.0002.000000T0000Z-260215T1800Z/", references=[BZW], geometry=None),
    dict(id=WIY, office="KAMA", senderName="NWS Amarillo TX", awips="NPWAMA", wmo="WWUS74",
         areaDesc="Roberts; Hemphill", SAME=["048393", "048211"], UGC=["TXZ007", "TXZ008"],
         sent="2026-03-18T05:10:00-05:00", onset="2026-03-18T11:00:00-05:00", expires="2026-03-18T13:00:00-05:00",
         ends="2026-03-18T20:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Monitor",
         headline="Wind Advisory issued March 18 at 5:10AM CDT until March 18 at 8:00PM CDT by NWS Amarillo TX",
         description="* WHAT...Southwest winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Roberts and Hemphill Counties, including Miami and Canadian.\n\n* WHEN...From 11 AM to 8 PM CDT Wednesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Any fires that develop will spread quickly.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KAMA.WI.Y.0011.260318T1600Z-260319T0100Z/", references=[], geometry=None),
    dict(id=TOR, office="KAMA", senderName="NWS Amarillo TX", awips="TORAMA", wmo="WFUS54",
         areaDesc="Gray, TX", SAME=["048179"], UGC=["TXC179"],
         sent="2026-05-06T23:12:00-05:00", onset="2026-05-06T23:12:00-05:00", expires="2026-05-06T23:45:00-05:00",
         ends="2026-05-06T23:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 6 at 11:12PM CDT until May 6 at 11:45PM CDT by NWS Amarillo TX",
         description="TORAMA\n\nThe National Weather Service in Amarillo has issued a\n\n* Tornado Warning for...\nCentral Gray County in the southeastern Texas Panhandle...\n\n* Until 1145 PM CDT.\n\n* At 1111 PM CDT, a severe thunderstorm capable of producing a tornado was located over southwest Pampa, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Damage to roofs, windows, and vehicles will occur.\n\n* Locations impacted include...\nPampa and the Celanese plant.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KAMA.TO.W.0017.260507T0412Z-260507T0445Z/", references=[],
         geometry=poly((-100.985, 35.512), (-100.900, 35.512), (-100.900, 35.560), (-100.985, 35.560))),
]
