"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part crp. Every alert is invented;
the office (KCRP, NWS Corpus Christi), county SAME/UGC codes are real; forecast-zone numbers are best known and
no label depends on them (labels use SAME codes and polygons only). Ids carry the prefix crp_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"crp_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_KINGSVILLE = urn("crp-svr-kingsville-hail")
TOR_FLOUR_BLUFF = urn("crp-tor-flour-bluff")
TRW_COASTAL = urn("crp-tropical-storm-warning-san-patricio-aransas")
CFY_NUECES = urn("crp-coastal-flood-advisory-nueces")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_KINGSVILLE, office="KCRP", senderName="NWS Corpus Christi TX", awips="SVRCRP", wmo="WUUS54",
         areaDesc="Kleberg, TX", SAME=["048273"], UGC=["TXC273"],
         sent="2026-04-23T18:42:00-05:00", onset="2026-04-23T18:42:00-05:00", expires="2026-04-23T19:30:00-05:00",
         ends="2026-04-23T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 23 at 6:42PM CDT until April 23 at 7:30PM CDT by NWS Corpus Christi TX",
         description="SVRCRP\n\nThe National Weather Service in Corpus Christi has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Kleberg County in South Texas...\n\n* Until 730 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm was located 6 miles west of Kingsville, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nKingsville, Texas A&M University-Kingsville and Naval Air Station Kingsville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCRP.SV.W.0031.260423T2342Z-260424T0030Z/", references=[],
         geometry=poly((-97.93, 27.36), (-97.77, 27.36), (-97.77, 27.48), (-97.93, 27.49)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=TOR_FLOUR_BLUFF, office="KCRP", senderName="NWS Corpus Christi TX", awips="TORCRP", wmo="WFUS54",
         areaDesc="Nueces, TX", SAME=["048355"], UGC=["TXC355"],
         sent="2026-05-19T04:12:00-05:00", onset="2026-05-19T04:12:00-05:00", expires="2026-05-19T04:45:00-05:00",
         ends="2026-05-19T04:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 19 at 4:12AM CDT until May 19 at 4:45AM CDT by NWS Corpus Christi TX",
         description="TORCRP\n\nThe National Weather Service in Corpus Christi has issued a\n\n* Tornado Warning for...\nSoutheastern Nueces County in South Texas...\n\n* Until 445 AM CDT.\n\n* At 411 AM CDT, a severe thunderstorm capable of producing a waterspout and tornado was located over the Oso Bay near Ward Island, moving east at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nFlour Bluff, Naval Air Station Corpus Christi and the Laguna Madre near the JFK Causeway.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KCRP.TO.W.0012.260519T0912Z-260519T0945Z/", references=[],
         geometry=poly((-97.345, 27.600), (-97.265, 27.605), (-97.262, 27.665), (-97.335, 27.672)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TRW_COASTAL, office="KCRP", senderName="NWS Corpus Christi TX", awips="TCVCRP", wmo="WTUS84",
         areaDesc="Coastal San Patricio; Inland San Patricio; Coastal Aransas; Aransas Islands",
         SAME=["048409", "048007"], UGC=["TXZ244", "TXZ334", "TXZ245", "TXZ345"],
         sent="2026-08-27T10:05:00-05:00", onset="2026-08-27T10:05:00-05:00", expires="2026-08-27T17:00:00-05:00",
         ends="2026-08-29T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued August 27 at 10:05AM CDT by NWS Corpus Christi TX",
         description="* LOCATIONS AFFECTED\n- Portland\n- Aransas Pass\n- Ingleside\n- Sinton\n- Rockport\n\n* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds\n- Peak Wind Forecast: 45-60 mph with gusts to 70 mph\n\n* STORM SURGE\n- Peak Storm Surge Inundation: 2-4 feet above ground along Redfish Bay and Aransas Bay\n\n* FLOODING RAIN\n- Peak Rainfall Amounts: Additional 6-10 inches, locally higher",
         instruction="Now is the time to complete preparations to protect life and property in accordance with your emergency plan. Move boats to safe harbor and secure loose outdoor objects.",
         vtec="/O.NEW.KCRP.TR.W.1004.260827T1505Z-000000T0000Z/", references=[], geometry=None),
    dict(id=CFY_NUECES, office="KCRP", senderName="NWS Corpus Christi TX", awips="CFWCRP", wmo="WHUS44",
         areaDesc="Coastal Nueces; Nueces Islands; Kleberg Islands", SAME=["048355", "048273"],
         UGC=["TXZ243", "TXZ343", "TXZ342"],
         sent="2026-08-27T10:20:00-05:00", onset="2026-08-27T13:00:00-05:00", expires="2026-08-28T01:00:00-05:00",
         ends="2026-08-28T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued August 27 at 10:20AM CDT until August 28 at 7:00PM CDT by NWS Corpus Christi TX",
         description="* WHAT...Minor coastal flooding. Water levels of 1.5 to 2 feet above mean higher high water along Gulf-facing beaches.\n\n* WHERE...Coastal Nueces and the islands, including North Padre Island, Mustang Island and Port Aransas.\n\n* WHEN...From 1 PM CDT this afternoon through Friday evening.\n\n* IMPACTS...Water may reach the dunes. Beach access roads may become impassable.",
         instruction="Do not drive on the beach. Move vehicles away from the water.",
         vtec="/O.NEW.KCRP.CF.Y.0009.260827T1800Z-260829T0000Z/", references=[], geometry=None),
]
