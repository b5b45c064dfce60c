"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ilm part. Every alert is invented;
the office (NWS Wilmington NC, KILM), SAME county codes and UGC county codes are real; forecast-zone numbers are
best known and no label depends on them (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ilm_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_ILM = urn("ilm-tornado-whiteville")
HUW_ILM = urn("ilm-hurricane-warning-imelda")
HUW_ILM_EXA = urn("ilm-hurricane-warning-imelda-exa")
CFY_ILM = urn("ilm-coastal-flood-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_ILM, office="KILM", senderName="NWS Wilmington NC", awips="TORILM", wmo="WFUS52",
         areaDesc="Columbus, NC", SAME=["037047"], UGC=["NCC047"],
         sent="2026-04-14T19:04:00-04:00", onset="2026-04-14T19:04:00-04:00", expires="2026-04-14T19:45:00-04:00",
         ends="2026-04-14T19:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued April 14 at 7:04PM EDT until April 14 at 7:45PM EDT by NWS Wilmington NC",
         description="TORILM\n\nThe National Weather Service in Wilmington has issued a\n\n* Tornado Warning for...\nCentral Columbus County in southeastern North Carolina...\n\n* Until 745 PM EDT.\n\n* At 703 PM EDT, a severe thunderstorm capable of producing a tornado was located near Vineland, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.\n\n* Locations impacted include...\nWhiteville, Vineland, Brunswick and Chadbourn.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KILM.TO.W.0009.260414T2304Z-260414T2345Z/", references=[],
         geometry=poly((-78.80, 34.25), (-78.64, 34.25), (-78.62, 34.38), (-78.78, 34.40)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    dict(id=HUW_ILM, office="KILM", senderName="NWS Wilmington NC", awips="TCVILM", wmo="WTUS82",
         areaDesc="Coastal Brunswick; Inland Brunswick; Coastal New Hanover; Inland New Hanover; Coastal Horry; Inland Horry",
         SAME=["037019", "037129", "045051"],
         UGC=["NCZ110", "NCZ106", "NCZ108", "NCZ107", "SCZ056", "SCZ054"],
         sent="2026-09-09T17:00:00-04:00", onset="2026-09-09T17:00:00-04:00", expires="2026-09-10T05:00:00-04:00",
         ends="2026-09-11T20:00:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Likely", urgency="Expected", event="Hurricane Warning", response="Evacuate",
         headline="Hurricane Warning issued September 9 at 5:00PM EDT by NWS Wilmington NC",
         description="* WIND...\n- LATEST LOCAL FORECAST: Equivalent Category 2 Hurricane force wind\n- Peak Wind Forecast: 75-95 mph with gusts to 115 mph\n\n* STORM SURGE...\n- LATEST LOCAL FORECAST: Life-threatening storm surge possible\n- Peak Storm Surge Inundation: The potential for 5-8 feet above ground somewhere within surge prone areas\n\n* LOCATIONS...Southport, Oak Island, Shallotte, Leland, Wilmington, Wrightsville Beach, Carolina Beach, Myrtle Beach and Conway.",
         instruction="Evacuations are in effect for zone A and zone B in Brunswick and New Hanover Counties. Leave if told to do so.",
         vtec="/O.NEW.KILM.HU.W.1009.000000T0000Z-000000T0000Z/", references=[], geometry=None),
    dict(id=HUW_ILM_EXA, office="KILM", senderName="NWS Wilmington NC", awips="TCVILM", wmo="WTUS82",
         areaDesc="Coastal Brunswick; Inland Brunswick; Coastal New Hanover; Inland New Hanover; Coastal Pender; Inland Pender; Coastal Horry; Inland Horry",
         SAME=["037019", "037129", "037141", "045051"],
         UGC=["NCZ110", "NCZ106", "NCZ108", "NCZ107", "NCZ109", "NCZ105", "SCZ056", "SCZ054"],
         sent="2026-09-10T05:00:00-04:00", onset="2026-09-10T05:00:00-04:00", expires="2026-09-10T11:00:00-04:00",
         ends="2026-09-11T20:00:00-04:00", status="Actual", messageType="Update", severity="Extreme",
         certainty="Likely", urgency="Expected", event="Hurricane Warning", response="Evacuate",
         headline="Hurricane Warning issued September 10 at 5:00AM EDT by NWS Wilmington NC",
         description="The Hurricane Warning has been extended northward to include Pender County, including Burgaw, Hampstead and Surf City.\n\n* WIND...\n- Peak Wind Forecast: 80-100 mph with gusts to 120 mph\n\n* STORM SURGE...\n- Peak Storm Surge Inundation: The potential for 6-9 feet above ground somewhere within surge prone areas\n\n* FLOODING RAIN...\n- Peak Rainfall Amounts: 10-15 inches, locally higher, along the Northeast Cape Fear and Black Rivers.",
         instruction="Complete preparations now. Residents of Pender County along the Northeast Cape Fear River should prepare for major river flooding.",
         vtec="/O.EXA.KILM.HU.W.1009.000000T0000Z-000000T0000Z/", references=[HUW_ILM], geometry=None),
    dict(id=CFY_ILM, office="KILM", senderName="NWS Wilmington NC", awips="CFWILM", wmo="WHUS42",
         areaDesc="Coastal New Hanover; Coastal Brunswick", SAME=["037129", "037019"], UGC=["NCZ108", "NCZ110"],
         sent="2026-11-02T15:30:00-05:00", onset="2026-11-03T09:00:00-05:00", expires="2026-11-03T04:00:00-05:00",
         ends="2026-11-03T13:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued November 2 at 3:30PM EST until November 3 at 1:00PM EST by NWS Wilmington NC",
         description="* WHAT...Up to one half foot of inundation above ground level in low-lying areas near the waterfront and shoreline, around the time of the morning high tide.\n\n* WHERE...Coastal New Hanover and Coastal Brunswick Counties, including downtown Wilmington along Water Street and the Southport waterfront.\n\n* WHEN...From 9 AM to 1 PM EST Tuesday.\n\n* IMPACTS...Minor flooding of roads and parking lots along the Cape Fear River.",
         instruction="Do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KILM.CF.Y.0031.261103T1400Z-261103T1800Z/", references=[], geometry=None),
]
