"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part `lex`, NWS Louisville (KLMK). Every
alert is invented; the office, SAME county codes and county UGC codes are real; forecast-zone numbers (KYZ) are
given as best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lex_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("lex-winter-storm-fayette-jessamine")
WSW_EXA = urn("lex-winter-storm-fayette-jessamine-exa-madison")
SVR = urn("lex-svr-winchester")
TOR = urn("lex-tornado-georgetown")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KLMK", senderName="NWS Louisville KY", awips="WSWLMK", wmo="WWUS43",
         areaDesc="Fayette; Jessamine", SAME=["021067", "021113"], UGC=["KYZ047", "KYZ057"],
         sent="2026-01-24T15:05:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T03:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:05PM EST until January 26 at 10:00AM EST by NWS Louisville KY",
         description="* WHAT...Heavy snow and sleet. Total snow and sleet accumulations of 6 to 10 inches and ice accumulations of up to one tenth of an inch.\n\n* WHERE...Fayette and Jessamine Counties, including Lexington and Nicholasville.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Power outages and tree damage are possible due to the ice.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KLMK.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KLMK", senderName="NWS Louisville KY", awips="WSWLMK", wmo="WWUS43",
         areaDesc="Fayette; Jessamine; Madison", SAME=["021067", "021113", "021151"],
         UGC=["KYZ047", "KYZ057", "KYZ059"],
         sent="2026-01-25T03:40:00-05:00", onset="2026-01-25T03:40:00-05:00", expires="2026-01-25T11:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Update", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:40AM EST until January 26 at 10:00AM EST by NWS Louisville KY",
         description="* WHAT...Heavy snow and sleet. Additional accumulations of 5 to 8 inches.\n\n* WHERE...Fayette, Jessamine and Madison Counties. The warning has been expanded to include Madison County, including Richmond and Berea.\n\n* WHEN...Until 10 AM EST Monday.\n\n* IMPACTS...Travel will be very difficult. Power outages are likely where ice accumulates on trees and lines.",
         instruction="Stay off the roads if you can. If you lose power, run generators outdoors only.",
         vtec="/O.EXA.KLMK.WS.W.0003.000000T0000Z-260126T1500Z/", references=[WSW], geometry=None),
    dict(id=SVR, office="KLMK", senderName="NWS Louisville KY", awips="SVRLMK", wmo="WUUS53",
         areaDesc="Clark, KY", SAME=["021049"], UGC=["KYC049"],
         sent="2026-03-18T20:42:00-04:00", onset="2026-03-18T20:42:00-04:00", expires="2026-03-18T21:30:00-04:00",
         ends="2026-03-18T21:30:00-04:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued March 18 at 8:42PM EDT until March 18 at 9:30PM EDT by NWS Louisville KY",
         description="At 842 PM EDT, a severe thunderstorm was located near Pine Grove, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Winchester, Pine Grove, Ford and Becknerville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLMK.SV.W.0041.260319T0042Z-260319T0130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-84.31, 37.93), (-84.05, 37.92), (-84.04, 38.06), (-84.30, 38.07))),
    dict(id=TOR, office="KLMK", senderName="NWS Louisville KY", awips="TORLMK", wmo="WFUS53",
         areaDesc="Scott, KY", SAME=["021209"], UGC=["KYC209"],
         sent="2026-05-11T16:18:00-04:00", onset="2026-05-11T16:18:00-04:00", expires="2026-05-11T16:45:00-04:00",
         ends="2026-05-11T16:45:00-04:00", status="Actual", messageType="Alert", severity="Extreme",
         certainty="Observed", urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 11 at 4:18PM EDT until May 11 at 4:45PM EDT by NWS Louisville KY",
         description="At 418 PM EDT, a severe thunderstorm capable of producing a tornado was located near Stamping Ground, moving east at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Georgetown, Sadieville road, Great Crossing and Newtown.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KLMK.TO.W.0017.260511T2018Z-260511T2045Z/", references=[],
         extra={"tornadoDetection": ["RADAR INDICATED"]},
         geometry=poly((-84.63, 38.17), (-84.48, 38.16), (-84.47, 38.25), (-84.62, 38.26))),
]
