"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the cvg part. Every alert is invented;
the office (NWS Wilmington OH, KILN, which serves Northern Kentucky), SAME and county UGC codes are real;
forecast-zone numbers are best known and no label depends on them (labels use SAME codes and polygons only).
Ids carry the part prefix: cvg_urn:oid:..."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cvg_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ILN = urn("cvg-winter-storm-campbell")
SVR_ILN = urn("cvg-svr-boone")
TOR_ILN = urn("cvg-tornado-gallatin")
FLS_ILN = urn("cvg-flood-advisory-licking")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-code only (no geometry): Campbell and Pendleton Counties. Boone and Kenton got only an advisory
    # (not in this file). Counts: Severe, Actual, Alert.
    dict(id=WSW_ILN, office="KILN", senderName="NWS Wilmington OH", awips="WSWILN", wmo="WWUS41",
         areaDesc="Campbell; Pendleton", SAME=["021037", "021191"], UGC=["KYZ091", "KYZ096"],
         sent="2026-01-24T15:32:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:32PM EST until January 26 at 10:00AM EST by NWS Wilmington OH",
         description="* WHAT...Heavy snow and sleet expected. Total snow accumulations of 7 to 10 inches and ice accumulations of around one tenth of an inch.\n\n* WHERE...Campbell and Pendleton Counties in Kentucky, including Newport, Fort Thomas, Cold Spring, Alexandria and Falmouth.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult. The hazardous conditions could impact the Monday morning commute. Power outages are possible on the ridges.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KILN.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    # Polygon over central and western Boone County: Florence, Union, Burlington (not Hebron, Walton or Erlanger).
    dict(id=SVR_ILN, office="KILN", senderName="NWS Wilmington OH", awips="SVRILN", wmo="WUUS51",
         areaDesc="Boone, KY", SAME=["021015"], UGC=["KYC015"],
         sent="2026-06-23T18:14:00-04:00", onset="2026-06-23T18:14:00-04:00", expires="2026-06-23T19:00:00-04:00",
         ends="2026-06-23T19:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 6:14PM EDT until June 23 at 7:00PM EDT by NWS Wilmington OH",
         description="SVRILN\n\nThe National Weather Service in Wilmington has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Boone County in northern Kentucky...\n\n* Until 700 PM EDT.\n\n* At 613 PM EDT, a severe thunderstorm was located near Belleview, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nFlorence, Burlington, Union and Cincinnati/Northern Kentucky International Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILN.SV.W.0088.260623T2214Z-260623T2300Z/", references=[],
         geometry=poly((-84.80, 38.925), (-84.60, 38.955), (-84.60, 39.035), (-84.80, 39.035)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    # Polygon over rural Gallatin County near Warsaw: no client lives there (matches nobody).
    dict(id=TOR_ILN, office="KILN", senderName="NWS Wilmington OH", awips="TORILN", wmo="WFUS51",
         areaDesc="Gallatin, KY; Carroll, KY", SAME=["021077", "021041"], UGC=["KYC077", "KYC041"],
         sent="2026-05-06T16:41:00-04:00", onset="2026-05-06T16:41:00-04:00", expires="2026-05-06T17:15:00-04:00",
         ends="2026-05-06T17:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 6 at 4:41PM EDT until May 6 at 5:15PM EDT by NWS Wilmington OH",
         description="TORILN\n\nThe National Weather Service in Wilmington has issued a\n\n* Tornado Warning for...\nSouthwestern Gallatin County in northern Kentucky...\nNortheastern Carroll County in northern Kentucky...\n\n* Until 515 PM EDT.\n\n* At 440 PM EDT, a severe thunderstorm capable of producing a tornado was located near Ghent, moving northeast at 30 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nWarsaw, Ghent and Sparta.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows.",
         vtec="/O.NEW.KILN.TO.W.0021.260506T2041Z-260506T2115Z/", references=[],
         geometry=poly((-85.06, 38.68), (-84.86, 38.72), (-84.82, 38.82), (-85.00, 38.80)),
         extra={"tornadoDetection": ["RADAR INDICATED"], "maxHailSize": ["1.00"]}),
    # Minor flood advisory along the Licking River (Kenton, Campbell): severity Minor, matches nobody.
    dict(id=FLS_ILN, office="KILN", senderName="NWS Wilmington OH", awips="FLSILN", wmo="WGUS81",
         areaDesc="Kenton, KY; Campbell, KY", SAME=["021117", "021037"], UGC=["KYC117", "KYC037"],
         sent="2026-06-14T09:05:00-04:00", onset="2026-06-14T09:05:00-04:00", expires="2026-06-14T15:00:00-04:00",
         ends="2026-06-14T15:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued June 14 at 9:05AM EDT until June 14 at 3:00PM EDT by NWS Wilmington OH",
         description="* WHAT...Minor flooding of low-lying areas along the Licking River.\n\n* WHERE...Kenton and Campbell Counties, including Covington, Newport, Wilder and Taylor Mill.\n\n* WHEN...Until 3 PM EDT.\n\n* IMPACTS...Water over low spots of Licking Pike and river access areas.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KILN.FA.Y.0034.260614T1305Z-260614T1900Z/", references=[], geometry=None),
]
