"""Hand-written NWS alerts for the tlh part (api.weather.gov /alerts/active GeoJSON shape). Every alert is invented;
the office (NWS Tallahassee, KTAE), county SAME/UGC codes are real; forecast-zone numbers are given as best known
and no label depends on them (labels use SAME county codes and polygons only). Alert ids carry the prefix tlh_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"tlh_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_TAE = urn("tlh-tornado-northeast-tallahassee")
SVR_TAE_GA = urn("tlh-svr-thomasville-ga")
HEAT_TAE = urn("tlh-heat-advisory-leon-gadsden")
HUR_TAE = urn("tlh-hurricane-warning-wakulla-jefferson-taylor")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="TORTAE", wmo="WFUS52",
         areaDesc="Leon, FL", SAME=["012073"], UGC=["FLC073"],
         sent="2026-04-21T01:52:00-04:00", onset="2026-04-21T01:52:00-04:00", expires="2026-04-21T02:30:00-04:00",
         ends="2026-04-21T02:30:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 21 at 1:52AM EDT until April 21 at 2:30AM EDT by NWS Tallahassee FL",
         description="TORTAE\n\nThe National Weather Service in Tallahassee has issued a\n\n* Tornado Warning for...\nNortheastern Leon County in the Big Bend of Florida...\n\n* Until 230 AM EDT.\n\n* At 151 AM EDT, a severe thunderstorm capable of producing a tornado was located near Meridian Road and Maclay Road, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nKillearn, Bradfordville, Kinsail, Centerville Road and Lake Jackson east shore.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KTAE.TO.W.0031.260421T0552Z-260421T0630Z/", references=[],
         geometry=poly((-84.290, 30.545), (-84.125, 30.565), (-84.125, 30.520), (-84.210, 30.450),
                       (-84.290, 30.500)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=SVR_TAE_GA, office="KTAE", senderName="NWS Tallahassee FL", awips="SVRTAE", wmo="WUUS52",
         areaDesc="Thomas, GA; Brooks, GA", SAME=["013275", "013027"], UGC=["GAC275", "GAC027"],
         sent="2026-06-02T16:41:00-04:00", onset="2026-06-02T16:41:00-04:00", expires="2026-06-02T17:30:00-04:00",
         ends="2026-06-02T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 2 at 4:41PM EDT until June 2 at 5:30PM EDT by NWS Tallahassee FL",
         description="SVRTAE\n\nThe National Weather Service in Tallahassee has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Thomas County in southwestern Georgia...\nWestern Brooks County in southern Georgia...\n\n* Until 530 PM EDT.\n\n* At 440 PM EDT, a severe thunderstorm was located over Thomasville, moving east at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nThomasville, Boston, Pavo and Barwick.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTAE.SV.W.0207.260602T2041Z-260602T2130Z/", references=[],
         geometry=poly((-84.05, 30.78), (-83.70, 30.80), (-83.70, 30.93), (-84.05, 30.92)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=HEAT_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="NPWTAE", wmo="WWUS72",
         areaDesc="Leon; Gadsden", SAME=["012073", "012039"], UGC=["FLZ017", "FLZ016"],
         sent="2026-07-22T03:38:00-04:00", onset="2026-07-22T11:00:00-04:00", expires="2026-07-22T19:00:00-04:00",
         ends="2026-07-22T19:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 22 at 3:38AM EDT until July 22 at 7:00PM EDT by NWS Tallahassee FL",
         description="* WHAT...Heat index values up to 111 expected.\n\n* WHERE...Leon and Gadsden Counties, including Tallahassee, Quincy, Havana and Midway.\n\n* WHEN...From 11 AM to 7 PM EDT Wednesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KTAE.HT.Y.0024.260722T1500Z-260722T2300Z/", references=[], geometry=None),
    dict(id=HUR_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="TCVTAE", wmo="WTUS82",
         areaDesc="Coastal Wakulla; Inland Wakulla; Coastal Jefferson; Inland Jefferson; Coastal Taylor; Inland Taylor",
         SAME=["012129", "012065", "012123"],
         UGC=["FLZ127", "FLZ027", "FLZ128", "FLZ018", "FLZ129", "FLZ028"],
         sent="2026-09-14T17:04:00-04:00", onset="2026-09-14T17:04:00-04:00", expires="2026-09-15T01:15:00-04:00",
         ends="2026-09-16T08:00:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Likely", urgency="Expected", event="Hurricane Warning", response="Evacuate",
         headline="Hurricane Warning issued September 14 at 5:04PM EDT by NWS Tallahassee FL",
         description="* LOCATIONS AFFECTED\n- Crawfordville\n- Panacea\n- St. Marks\n- Monticello\n- Perry\n- Steinhatchee\n\n* WIND\n- LATEST LOCAL FORECAST: Equivalent Category 2 Hurricane force wind\n- Peak Wind Forecast: 85-105 mph with gusts to 125 mph\n\n* STORM SURGE\n- Peak Storm Surge Inundation: 8-12 feet above ground somewhere within surge prone areas\n\n* POTENTIAL IMPACTS\nPrepare for life-threatening wind having possible extensive impacts across Wakulla, Jefferson and Taylor Counties.",
         instruction="Evacuations are ordered for the coastal zones of Wakulla and Taylor Counties. Follow the instructions of local officials. Complete preparations to protect life and property.",
         vtec="/O.NEW.KTAE.HU.W.1011.000000T0000Z-000000T0000Z/", references=[], geometry=None,
         extra={"NWSheadline": ["HURRICANE WARNING IN EFFECT"]}),
]
