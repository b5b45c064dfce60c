"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the vct part. Every alert is invented;
offices and SAME county codes are real (forecast-zone numbers as best known; labels use only SAME codes and
polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"vct_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


SVR_EWX = urn("vct-svr-yoakum")
HUW_CRP = urn("vct-hurricane-calhoun")
HUW_CRP_EXA = urn("vct-hurricane-calhoun-exa-victoria")
CFY_CRP = urn("vct-coastal-flood-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=SVR_EWX, office="KEWX", senderName="NWS Austin/San Antonio TX", awips="SVREWX", wmo="WUUS54",
         areaDesc="DeWitt, TX; Lavaca, TX", SAME=["048123", "048285"], UGC=["TXC123", "TXC285"],
         sent="2026-05-19T17:42:00-05:00", onset="2026-05-19T17:42:00-05:00", expires="2026-05-19T18:30:00-05:00",
         ends="2026-05-19T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 19 at 5:42PM CDT until May 19 at 6:30PM CDT by NWS Austin/San Antonio TX",
         description="SVREWX\n\nThe National Weather Service in New Braunfels has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern DeWitt County in south central Texas...\nSouthwestern Lavaca County in south central Texas...\n\n* Until 630 PM CDT.\n\n* At 541 PM CDT, a severe thunderstorm was located over Yoakum, moving east at 25 mph.\n\nHAZARD...Two inch hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nYoakum and Sweet Home.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KEWX.SV.W.0212.260519T2242Z-260519T2330Z/", references=[],
         geometry=poly((-97.165, 29.255), (-97.095, 29.255), (-97.095, 29.312), (-97.165, 29.312)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["2.00"]}),
    dict(id=HUW_CRP, office="KCRP", senderName="NWS Corpus Christi TX", awips="TCVCRP", wmo="WTUS84",
         areaDesc="Calhoun Islands; Coastal Calhoun; Inland Calhoun", SAME=["048057"],
         UGC=["TXZ447", "TXZ347", "TXZ247"],
         sent="2026-08-24T10:05:00-05:00", onset="2026-08-24T10:05:00-05:00", expires="2026-08-24T16:15:00-05:00",
         ends=None, status="Actual", messageType="Alert", severity="Extreme", certainty="Possible",
         urgency="Expected", event="Hurricane Warning", response="Evacuate",
         headline="Hurricane Warning issued August 24 at 10:05AM CDT by NWS Corpus Christi TX",
         description="* LOCATIONS AFFECTED\n- Port Lavaca\n- Seadrift\n- Port O'Connor\n- Point Comfort\n\n* WIND\n- LATEST LOCAL FORECAST: Equivalent Category 2 Hurricane force wind\n- Peak Wind Forecast: 90-105 mph with gusts to 120 mph\n\n* STORM SURGE\n- Peak Storm Surge Inundation: 6-9 feet above ground along Matagorda and Lavaca Bays.",
         instruction="Follow evacuation orders from Calhoun County officials. Leave zones A and B now.",
         vtec="/O.NEW.KCRP.HU.W.1007.000000T0000Z-000000T0000Z/", references=[], geometry=None),
    dict(id=HUW_CRP_EXA, office="KCRP", senderName="NWS Corpus Christi TX", awips="TCVCRP", wmo="WTUS84",
         areaDesc="Calhoun Islands; Coastal Calhoun; Inland Calhoun; Victoria", SAME=["048057", "048469"],
         UGC=["TXZ447", "TXZ347", "TXZ247", "TXZ236"],
         sent="2026-08-24T16:10:00-05:00", onset="2026-08-24T16:10:00-05:00", expires="2026-08-24T22:15:00-05:00",
         ends=None, status="Actual", messageType="Update", severity="Extreme", certainty="Likely",
         urgency="Expected", event="Hurricane Warning", response="Prepare",
         headline="Hurricane Warning issued August 24 at 4:10PM CDT by NWS Corpus Christi TX",
         description="* CHANGES TO THIS STATEMENT:\n- The Hurricane Warning has been extended inland to include Victoria County.\n\n* LOCATIONS AFFECTED\n- Victoria\n- Port Lavaca\n- Seadrift\n- Bloomington\n\n* WIND\n- Peak Wind Forecast: 80-95 mph with gusts to 110 mph in Victoria.",
         instruction="Complete preparations to protect life and property. Secure loose outdoor objects.",
         vtec="/O.EXA.KCRP.HU.W.1007.000000T0000Z-000000T0000Z/", references=[HUW_CRP], geometry=None),
    dict(id=CFY_CRP, office="KCRP", senderName="NWS Corpus Christi TX", awips="CFWCRP", wmo="WHUS44",
         areaDesc="Coastal Calhoun; Calhoun Islands", SAME=["048057"], UGC=["TXZ347", "TXZ447"],
         sent="2026-07-03T04:20:00-05:00", onset="2026-07-03T10:00:00-05:00", expires="2026-07-03T16:00:00-05:00",
         ends="2026-07-03T22:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued July 3 at 4:20AM CDT until July 3 at 10:00PM CDT by NWS Corpus Christi TX",
         description="* WHAT...Minor coastal flooding. Water levels 1.5 to 2 feet above mean higher high water at high tide.\n\n* WHERE...Calhoun County, including Port Lavaca, Magnolia Beach and Port O'Connor.\n\n* IMPACTS...Water over low-lying roads near the bay front; minor beach erosion.",
         instruction="Do not drive around barricades or through water of unknown depth.",
         vtec="/O.NEW.KCRP.CF.Y.0009.260703T1500Z-260704T0300Z/", references=[], geometry=None),
]
