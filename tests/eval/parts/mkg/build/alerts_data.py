"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the mkg part. Every alert is invented;
the office (NWS Grand Rapids, KGRR), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only). Ids carry the part prefix mkg_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"mkg_urn:oid:2.49.0.1.840.0.{h}.001.1"


LES_GRR = urn("mkg-lake-effect-snow-ottawa")
WSW_GRR_NORTH = urn("mkg-winter-storm-oceana-mason-lake")
SVR_GRR = urn("mkg-svr-north-muskegon")
BHS_GRR = urn("mkg-beach-hazards-muskegon-ottawa")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Severe, no polygon, SAME Ottawa County only: Spring Lake and Grand Haven clients; Muskegon County nothing
    dict(id=LES_GRR, office="KGRR", senderName="NWS Grand Rapids MI", awips="WSWGRR", wmo="WWUS43",
         areaDesc="Ottawa", SAME=["026139"], UGC=["MIZ056"],
         sent="2026-01-13T15:05:00-05:00", onset="2026-01-14T01:00:00-05:00", expires="2026-01-14T04:00:00-05:00",
         ends="2026-01-15T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued January 13 at 3:05PM EST until January 15 at 7:00PM EST by NWS Grand Rapids MI",
         description="* WHAT...Heavy lake effect snow expected. Total snow accumulations of 12 to 20 inches, locally higher in the most persistent bands. Winds gusting as high as 40 mph will cause blowing and drifting snow near the lakeshore.\n\n* WHERE...Ottawa County, including Grand Haven, Spring Lake, Ferrysburg, Holland and Allendale.\n\n* WHEN...From 1 AM Wednesday to 7 PM EST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on US-31 and I-196. Visibilities will drop to a quarter mile or less in the heaviest bands.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGRR.LE.W.0003.260114T0600Z-260116T0000Z/", references=[], geometry=None),
    # Severe, SAME Oceana, Mason and Lake Counties: no client lives there (Whitehall and Montague are in Muskegon County)
    dict(id=WSW_GRR_NORTH, office="KGRR", senderName="NWS Grand Rapids MI", awips="WSWGRR", wmo="WWUS43",
         areaDesc="Mason; Lake; Oceana", SAME=["026105", "026085", "026127"], UGC=["MIZ037", "MIZ038", "MIZ043"],
         sent="2026-02-24T14:40:00-05:00", onset="2026-02-25T04:00:00-05:00", expires="2026-02-25T03:00:00-05:00",
         ends="2026-02-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 24 at 2:40PM EST until February 26 at 7:00AM EST by NWS Grand Rapids MI",
         description="* WHAT...Heavy snow mixed with sleet. Total snow accumulations of 8 to 12 inches and ice accumulations of a light glaze.\n\n* WHERE...Mason, Lake and Oceana Counties, including Ludington, Baldwin, Hart and Shelby.\n\n* WHEN...From 4 AM Wednesday to 7 AM EST Thursday.\n\n* IMPACTS...Travel could be very difficult. The hazardous conditions could impact the morning and evening commutes.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KGRR.WS.W.0007.260225T0900Z-260226T1200Z/", references=[], geometry=None),
    # Severe Thunderstorm Warning, polygon over North Muskegon, downtown and east Muskegon (not Norton Shores,
    # Muskegon Heights, Twin Lake or the White Lake towns)
    dict(id=SVR_GRR, office="KGRR", senderName="NWS Grand Rapids MI", awips="SVRGRR", wmo="WUUS53",
         areaDesc="Muskegon, MI", SAME=["026121"], UGC=["MIC121"],
         sent="2026-06-22T19:12:00-04:00", onset="2026-06-22T19:12:00-04:00", expires="2026-06-22T19:45:00-04:00",
         ends="2026-06-22T19:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 22 at 7:12PM EDT until June 22 at 7:45PM EDT by NWS Grand Rapids MI",
         description="SVRGRR\n\nThe National Weather Service in Grand Rapids has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Muskegon County in southwestern Michigan...\n\n* Until 745 PM EDT.\n\n* At 711 PM EDT, a line of severe thunderstorms was located over Lake Michigan 6 miles west of North Muskegon, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and penny size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nMuskegon, North Muskegon, Lakeside and Muskegon State Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGRR.SV.W.0142.260622T2312Z-260622T2345Z/", references=[],
         geometry=poly((-86.40, 43.325), (-86.17, 43.315), (-86.165, 43.212), (-86.40, 43.205)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"], "windThreat": ["RADAR INDICATED"]}),
    # Moderate Beach Hazards Statement over Muskegon and Ottawa: nothing
    dict(id=BHS_GRR, office="KGRR", senderName="NWS Grand Rapids MI", awips="CFWGRR", wmo="WHUS43",
         areaDesc="Muskegon; Ottawa", SAME=["026121", "026139"], UGC=["MIZ050", "MIZ056"],
         sent="2026-07-30T04:10:00-04:00", onset="2026-07-30T08:00:00-04:00", expires="2026-07-30T16:00:00-04:00",
         ends="2026-07-31T00:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Beach Hazards Statement", response="Avoid",
         headline="Beach Hazards Statement issued July 30 at 4:10AM EDT until July 31 at 12:00AM EDT by NWS Grand Rapids MI",
         description="* WHAT...Dangerous swimming conditions with waves of 4 to 7 feet and strong structural and rip currents.\n\n* WHERE...Muskegon and Ottawa County beaches, including Pere Marquette Park, Muskegon State Park, Grand Haven State Park and Rosy Mound.\n\n* WHEN...From 8 AM this morning through this evening.\n\n* IMPACTS...Strong currents can sweep swimmers into deeper water and along piers.",
         instruction="Stay off piers and breakwalls. Swim only at beaches with lifeguards.",
         vtec="/O.NEW.KGRR.BH.S.0011.260730T1200Z-260731T0400Z/", references=[], geometry=None),
]
