"""Hand-written NWS alerts for the ecp part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Tallahassee, KTAE), SAME county codes and county UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ecp_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_TAE = aid("ecp-tornado-lynn-haven")
SVR_TAE = aid("ecp-svr-fountain")
RIP_TAE = aid("ecp-rip-current-bay")
TRW_TAE = aid("ecp-tropical-storm-gulf")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # 1. Tornado Warning, polygon over north Panama City (32405) and Lynn Haven (32444): counts.
    dict(id=TOR_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="TORTAE", wmo="WFUS52",
         areaDesc="Bay, FL", SAME=["012005"], UGC=["FLC005"],
         sent="2026-03-25T00:04:00-05:00", onset="2026-03-25T00:04:00-05:00", expires="2026-03-25T00:45:00-05:00",
         ends="2026-03-25T00:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 25 at 12:04AM CDT until March 25 at 12:45AM CDT by NWS Tallahassee FL",
         description="TORTAE\n\nThe National Weather Service in Tallahassee has issued a\n\n* Tornado Warning for...\nSouth central Bay County in the Florida Panhandle...\n\n* Until 1245 AM CDT.\n\n* At 1203 AM CDT, a severe thunderstorm capable of producing a tornado was located near the St. Andrew Bay bridge, moving north at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nLynn Haven, Cedar Grove, Springfield, Bayou George and northern Panama City.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KTAE.TO.W.0047.260325T0504Z-260325T0545Z/", references=[],
         geometry=poly((-85.705, 30.178), (-85.615, 30.185), (-85.605, 30.275), (-85.690, 30.270)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    # 2. Rip Current Statement, Moderate, Coastal Bay, no polygon: does not count.
    dict(id=RIP_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="CFWTAE", wmo="WHUS42",
         areaDesc="South Walton; Coastal Bay; Coastal Gulf", SAME=["012131", "012005", "012045"],
         UGC=["FLZ108", "FLZ112", "FLZ114"],
         sent="2026-06-19T03:30:00-05:00", onset="2026-06-19T07:00:00-05:00", expires="2026-06-19T16:00:00-05:00",
         ends="2026-06-21T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Rip Current Statement", response="Avoid",
         headline="Rip Current Statement issued June 19 at 3:30AM CDT until June 21 at 7:00PM CDT by NWS Tallahassee FL",
         description="* WHAT...Dangerous rip currents.\n\n* WHERE...South Walton, Coastal Bay and Coastal Gulf Counties.\n\n* WHEN...Through Sunday evening.\n\n* IMPACTS...Rip currents can sweep even the best swimmers away from shore into deeper water.",
         instruction="Swim near a lifeguard. If caught in a rip current, relax and float. Don't swim against the current. Heed double red flags.",
         vtec="/O.NEW.KTAE.RP.S.0031.260619T1200Z-260622T0000Z/", references=[], geometry=None),
    # 3. Severe Thunderstorm Warning, polygon over Fountain and northern Bay County: counts, but nobody inside.
    dict(id=SVR_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="SVRTAE", wmo="WUUS52",
         areaDesc="Bay, FL; Washington, FL", SAME=["012005", "012133"], UGC=["FLC005", "FLC133"],
         sent="2026-07-21T15:42:00-05:00", onset="2026-07-21T15:42:00-05:00", expires="2026-07-21T16:30:00-05:00",
         ends="2026-07-21T16:30:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 3:42PM CDT until July 21 at 4:30PM CDT by NWS Tallahassee FL",
         description="SVRTAE\n\nThe National Weather Service in Tallahassee has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Bay County in the Florida Panhandle...\nSoutheastern Washington County in the Florida Panhandle...\n\n* Until 430 PM CDT.\n\n* At 341 PM CDT, a severe thunderstorm was located near Fountain, moving northeast at 15 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, and trees.\n\n* Locations impacted include...\nFountain, Compass Lake and Crystal Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTAE.SV.W.0212.260721T2042Z-260721T2130Z/", references=[],
         geometry=poly((-85.600, 30.360), (-85.380, 30.360), (-85.380, 30.550), (-85.600, 30.550)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    # 4. Tropical Storm Warning, Gulf County zones, no polygon: counts (SAME 012045).
    dict(id=TRW_TAE, office="KTAE", senderName="NWS Tallahassee FL", awips="TCVTAE", wmo="WTUS82",
         areaDesc="Coastal Gulf; Inland Gulf", SAME=["012045"], UGC=["FLZ114", "FLZ014"],
         sent="2026-08-27T16:05:00-05:00", onset="2026-08-27T16:05:00-05:00", expires="2026-08-28T00:15:00-05:00",
         ends="2026-08-29T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued August 27 at 4:05PM CDT by NWS Tallahassee FL",
         description="* LOCATIONS AFFECTED\n- Port St. Joe\n- Wewahitchka\n- Cape San Blas\n\n* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds, peak wind 45-55 mph with gusts to 65 mph.\n\n* STORM SURGE\n- Peak storm surge inundation of 3-5 feet above ground along St. Joseph Bay and the Cape San Blas peninsula.\n\n* FLOODING RAIN\n- Peak rainfall amounts of 6-10 inches, locally higher.",
         instruction="Follow the advice of local officials. Complete preparations to protect life and property now.",
         vtec="/O.NEW.KTAE.TR.W.1009.260827T2105Z-000000T0000Z/", references=[], geometry=None),
]
