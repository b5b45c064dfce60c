"""Hand-written NWS alerts for eval part ewn (api.weather.gov /alerts/active GeoJSON), all from NWS
Newport/Morehead City (KMHX). Every alert is invented; the office, county FIPS/SAME and county UGC codes are real;
forecast-zone numbers are given as best known and no label depends on them (labels use SAME codes and polygons)."""

TOR_MHX = "ewn_mhx_tor_0018_20260418"
SVR_MHX = "ewn_mhx_svr_0127_20260610"
HEAT_MHX = "ewn_mhx_heat_0009_20260721"
TRW_MHX = "ewn_mhx_trw_1006_20260827"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="TORMHX", wmo="WFUS52",
         areaDesc="Craven, NC", SAME=["037049"], UGC=["NCC049"],
         sent="2026-04-18T16:52:00-04:00", onset="2026-04-18T16:52:00-04:00", expires="2026-04-18T17:30:00-04:00",
         ends="2026-04-18T17:30:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 18 at 4:52PM EDT until April 18 at 5:30PM EDT by NWS Newport/Morehead City NC",
         description="TORMHX\n\nThe National Weather Service in Newport has issued a\n\n* Tornado Warning for...\nSouthwestern Craven County in eastern North Carolina...\n\n* Until 530 PM EDT.\n\n* At 451 PM EDT, a severe thunderstorm capable of producing a tornado was located near Ernul Road, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nTrent Woods, River Bend, western New Bern and Country Club Road.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KMHX.TO.W.0018.260418T2052Z-260418T2130Z/", references=[],
         geometry=poly((-77.150, 35.065), (-77.060, 35.075), (-77.050, 35.130), (-77.140, 35.125)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="SVRMHX", wmo="WUUS52",
         areaDesc="Craven, NC; Carteret, NC", SAME=["037049", "037031"], UGC=["NCC049", "NCC031"],
         sent="2026-06-10T15:14:00-04:00", onset="2026-06-10T15:14:00-04:00", expires="2026-06-10T16:00:00-04:00",
         ends="2026-06-10T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 10 at 3:14PM EDT until June 10 at 4:00PM EDT by NWS Newport/Morehead City NC",
         description="SVRMHX\n\nThe National Weather Service in Newport has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern Craven County in eastern North Carolina...\nNorthwestern Carteret County in eastern North Carolina...\n\n* Until 400 PM EDT.\n\n* At 313 PM EDT, a severe thunderstorm was located over Croatan National Forest, moving east at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHavelock, Cherry Point MCAS, Slocum and Lake Road.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMHX.SV.W.0127.260610T1914Z-260610T2000Z/", references=[],
         geometry=poly((-76.960, 34.855), (-76.820, 34.855), (-76.820, 34.945), (-76.960, 34.945)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=HEAT_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="NPWMHX", wmo="WWUS72",
         areaDesc="Craven; Lenoir; Pitt", SAME=["037049", "037107", "037147"], UGC=["NCZ080", "NCZ079", "NCZ044"],
         sent="2026-07-21T03:35:00-04:00", onset="2026-07-21T11:00:00-04:00", expires="2026-07-21T19:00:00-04:00",
         ends="2026-07-21T19:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Heat Advisory", response="Prepare",
         headline="Heat Advisory issued July 21 at 3:35AM EDT until July 21 at 7:00PM EDT by NWS Newport/Morehead City NC",
         description="* WHAT...Heat index values up to 110 expected.\n\n* WHERE...Craven, Lenoir and Pitt Counties, including New Bern, Kinston and Greenville.\n\n* WHEN...From 11 AM this morning to 7 PM EDT this evening.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KMHX.HT.Y.0009.260721T1500Z-260721T2300Z/", references=[], geometry=None),
    dict(id=TRW_MHX, office="KMHX", senderName="NWS Newport/Morehead City NC", awips="TCVMHX", wmo="WTUS82",
         areaDesc="Pamlico; Jones", SAME=["037137", "037103"], UGC=["NCZ081", "NCZ092"],
         sent="2026-08-27T11:05:00-04:00", onset="2026-08-27T11:05:00-04:00", expires="2026-08-27T19:15:00-04:00",
         ends="2026-08-29T08:00:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Possible", urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued August 27 at 11:05AM EDT by NWS Newport/Morehead City NC",
         description="* LOCATIONS AFFECTED\n- Oriental\n- Bayboro\n- Trenton\n- Pollocksville\n\n* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds, peak wind 45-55 mph with gusts to 70 mph.\n\n* STORM SURGE\n- Peak storm surge inundation of 3 to 5 feet above ground along the lower Neuse River and Pamlico Sound shorelines.\n\n* FLOODING RAIN\n- Peak rainfall amounts: 6-10 inches, locally higher.",
         instruction="Now is the time to complete preparations to protect life and property. Follow the instructions of local officials.",
         vtec="/O.NEW.KMHX.TR.W.1006.260827T1505Z-000000T0000Z/", references=[], geometry=None),
]
