"""Hand-written NWS alerts for the gnv part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
offices, SAME county codes and county UGC codes are real, forecast-zone numbers are given as best known (no label
depends on them). Every alert id starts with gnv_ (the brief's rule), in the shape of the real urn:oid ids."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gnv_urn:oid:2.49.0.1.840.0.{h}.001.1"


FOG_JAX = urn("gnv-dense-fog-jax")
TOR_JAX = urn("gnv-tornado-east-gainesville")
TOR_JAX_CAN = urn("gnv-tornado-east-gainesville-can")
TRW_TBW = urn("gnv-tropical-storm-levy")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


TOR_POLY = poly((-82.335, 29.665), (-82.180, 29.655), (-82.172, 29.716), (-82.330, 29.726))

ALERTS = [
    dict(id=FOG_JAX, office="KJAX", senderName="NWS Jacksonville FL", awips="NPWJAX", wmo="WWUS72",
         areaDesc="Gilchrist; Northern Columbia; Southern Columbia; Alachua; Marion",
         SAME=["012041", "012023", "012001", "012083"], UGC=["FLZ035", "FLZ122", "FLZ222", "FLZ038", "FLZ040"],
         sent="2026-01-14T03:48:00-05:00", onset="2026-01-14T03:48:00-05:00", expires="2026-01-14T10:00:00-05:00",
         ends="2026-01-14T10:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued January 14 at 3:48AM EST until January 14 at 10:00AM EST by NWS Jacksonville FL",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Gilchrist, Columbia, Alachua and Marion Counties, including Gainesville, Lake City and Ocala.\n\n* WHEN...Until 10 AM EST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 75.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KJAX.FG.Y.0004.260114T0848Z-260114T1500Z/", references=[], geometry=None),
    dict(id=TOR_JAX, office="KJAX", senderName="NWS Jacksonville FL", awips="TORJAX", wmo="WFUS52",
         areaDesc="Alachua, FL", SAME=["012001"], UGC=["FLC001"],
         sent="2026-03-17T23:12:00-04:00", onset="2026-03-17T23:12:00-04:00", expires="2026-03-17T23:45:00-04:00",
         ends="2026-03-17T23:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 17 at 11:12PM EDT until March 17 at 11:45PM EDT by NWS Jacksonville FL",
         description="TORJAX\n\nThe National Weather Service in Jacksonville has issued a\n\n* Tornado Warning for...\nEast central Alachua County in north central Florida...\n\n* Until 1145 PM EDT.\n\n* At 1111 PM EDT, a severe thunderstorm capable of producing a tornado was located over northeast Gainesville near the Gainesville Regional Airport, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nNortheast Gainesville, Gainesville Regional Airport, Hawthorne Road east of the city and Newnans Lake.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter.",
         vtec="/O.NEW.KJAX.TO.W.0031.260318T0312Z-260318T0345Z/", references=[], geometry=TOR_POLY,
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["0.75"]}),
    dict(id=TOR_JAX_CAN, office="KJAX", senderName="NWS Jacksonville FL", awips="SVSJAX", wmo="WWUS52",
         areaDesc="Alachua, FL", SAME=["012001"], UGC=["FLC001"],
         sent="2026-03-17T23:34:00-04:00", onset="2026-03-17T23:34:00-04:00", expires="2026-03-17T23:45:00-04:00",
         ends="2026-03-17T23:45:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning has been cancelled.",
         description="The tornadic thunderstorm has weakened below severe limits over Newnans Lake, and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled. A tornado watch remains in effect until 200 AM EDT for north central Florida.",
         instruction=None,
         vtec="/O.CAN.KJAX.TO.W.0031.000000T0000Z-260318T0345Z/", references=[TOR_JAX], geometry=TOR_POLY),
    dict(id=TRW_TBW, office="KTBW", senderName="NWS Tampa Bay Ruskin FL", awips="TCVTBW", wmo="WTUS82",
         areaDesc="Coastal Levy; Inland Levy", SAME=["012075"], UGC=["FLZ139", "FLZ239"],
         sent="2026-08-27T17:05:00-04:00", onset="2026-08-27T17:05:00-04:00", expires="2026-08-28T01:15:00-04:00",
         ends="2026-08-29T14:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued August 27 at 5:05PM EDT by NWS Tampa Bay Ruskin FL",
         description="* LOCATIONS AFFECTED\n- Cedar Key\n- Chiefland\n- Williston\n- Bronson\n\n* WIND\n- LATEST LOCAL FORECAST: Tropical storm force winds are expected. Peak wind forecast 45-55 mph with gusts to 70 mph.\n\n* STORM SURGE\n- LATEST LOCAL FORECAST: Localized storm surge possible. Peak storm surge inundation 3-5 feet above ground somewhere within surge prone areas of coastal Levy County, including Cedar Key.\n\n* FLOODING RAIN\n- LATEST LOCAL FORECAST: Peak rainfall amounts of 4-8 inches, locally higher.",
         instruction="Move to safe shelter before the onset of strong winds or possible flooding. Residents of Cedar Key and low-lying coastal Levy County should follow the evacuation orders of local officials.",
         vtec="/O.NEW.KTBW.TR.W.1011.000000T0000Z-000000T0000Z/", references=[], geometry=None),
]
