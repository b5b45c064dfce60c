"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the vld part. Every alert is invented; the
office (NWS Tallahassee, KTAE, which serves south Georgia) and the county SAME/UGC codes are real; forecast-zone
numbers are given as best known and no label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"vld_urn:oid:2.49.0.1.840.0.{h}.001.1"


FROST_TAE = urn("vld-frost-advisory-tift-cook-colquitt")
TOR_TAE = urn("vld-tornado-moultrie")
TRW_TAE = urn("vld-tropical-storm-lowndes-cook")
TRW_TAE_EXA = urn("vld-tropical-storm-lowndes-cook-exa-tift")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FROST_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="NPWTAE", wmo="WWUS72",
         areaDesc="Tift; Cook; Colquitt", SAME=["013277", "013075", "013071"], UGC=["GAZ128", "GAZ145", "GAZ144"],
         sent="2026-03-02T14:10:00-05:00", onset="2026-03-03T02:00:00-05:00", expires="2026-03-03T04:00:00-05:00",
         ends="2026-03-03T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued March 2 at 2:10PM EST until March 3 at 9:00AM EST by NWS Tallahassee FL",
         description="* WHAT...Temperatures as low as 33 will result in frost formation.\n\n* WHERE...Tift, Cook and Colquitt Counties, including Tifton, Adel and Moultrie.\n\n* WHEN...From 2 AM to 9 AM EST Tuesday.\n\n* IMPACTS...Frost could harm sensitive outdoor vegetation, including early blueberry bloom and transplanted vegetables.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KTAE.FR.Y.0006.260303T0700Z-260303T1400Z/", references=[], geometry=None),
    dict(id=TOR_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="TORTAE", wmo="WFUS52",
         areaDesc="Colquitt, GA", SAME=["013071"], UGC=["GAC071"],
         sent="2026-04-09T18:42:00-04:00", onset="2026-04-09T18:42:00-04:00", expires="2026-04-09T19:15:00-04:00",
         ends="2026-04-09T19:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 9 at 6:42PM EDT until April 9 at 7:15PM EDT by NWS Tallahassee FL",
         description="TORTAE\n\nThe National Weather Service in Tallahassee has issued a\n\n* Tornado Warning for...\nCentral Colquitt County in south central Georgia...\n\n* Until 715 PM EDT.\n\n* At 641 PM EDT, a severe thunderstorm capable of producing a tornado was located near Tallokas Road, or 4 miles southwest of Moultrie, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nMoultrie, Spence Field and Colquitt Regional Medical Center.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KTAE.TO.W.0027.260409T2242Z-260409T2315Z/", references=[],
         geometry=poly((-83.83, 31.13), (-83.72, 31.13), (-83.72, 31.205), (-83.83, 31.205)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TRW_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="TCVTAE", wmo="WTUS82",
         areaDesc="Lowndes; Cook", SAME=["013185", "013075"], UGC=["GAZ160", "GAZ145"],
         sent="2026-09-03T11:05:00-04:00", onset="2026-09-03T11:05:00-04:00", expires="2026-09-03T19:15:00-04:00",
         ends="2026-09-05T08:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued September 3 at 11:05AM EDT by NWS Tallahassee FL",
         description="* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds, peak wind 45 to 55 mph with gusts to 70 mph.\n\n* FLOODING RAIN\n- 5 to 8 inches, locally 10 inches.\n\n* TORNADO\n- A few tornadoes are possible in outer rain bands.\n\n* LOCATIONS...Lowndes and Cook Counties, including Valdosta, Hahira, Lake Park and Adel.",
         instruction="Complete preparations for tropical storm conditions. Secure loose outdoor objects. Be ready for extended power outages.",
         vtec="/O.NEW.KTAE.TR.W.1009.260903T1505Z-000000T0000Z/", references=[], geometry=None),
    dict(id=TRW_TAE_EXA, office="KTAE", senderName="NWS Tallahassee FL", awips="TCVTAE", wmo="WTUS82",
         areaDesc="Lowndes; Cook; Tift", SAME=["013185", "013075", "013277"], UGC=["GAZ160", "GAZ145", "GAZ128"],
         sent="2026-09-03T23:10:00-04:00", onset="2026-09-03T23:10:00-04:00", expires="2026-09-04T07:15:00-04:00",
         ends="2026-09-05T08:00:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued September 3 at 11:10PM EDT by NWS Tallahassee FL",
         description="* WIND\n- Tropical storm force winds, peak wind 50 to 60 mph with gusts to 75 mph. The warning has been extended north to include Tift County, including Tifton.\n\n* FLOODING RAIN\n- 6 to 10 inches, locally 12 inches.\n\n* LOCATIONS...Lowndes, Cook and Tift Counties, including Valdosta, Hahira, Adel and Tifton.",
         instruction="Stay indoors away from windows. Do not drive through flooded roadways.",
         vtec="/O.EXA.KTAE.TR.W.1009.000000T0000Z-000000T0000Z/", references=[TRW_TAE], geometry=None),
]
