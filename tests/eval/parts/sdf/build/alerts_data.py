"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part `sdf`. All invented; office KLMK,
county SAME/UGC codes real (forecast-zone numbers as best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sdf_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR_LMK = urn("sdf-tornado-okolona")
SVR_LMK = urn("sdf-svr-southern-indiana")
SVR_LMK_CAN = urn("sdf-svr-southern-indiana-can")
FLS_LMK = urn("sdf-flood-advisory-jefferson")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR_LMK, office="KLMK", senderName="NWS Louisville KY", awips="TORLMK", wmo="WFUS53",
         areaDesc="Jefferson, KY; Bullitt, KY", SAME=["021111", "021029"], UGC=["KYC111", "KYC029"],
         sent="2026-05-12T01:42:00-04:00", onset="2026-05-12T01:42:00-04:00", expires="2026-05-12T02:15:00-04:00",
         ends="2026-05-12T02:15:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 12 at 1:42AM EDT until May 12 at 2:15AM EDT by NWS Louisville KY",
         description="At 142 AM EDT, a severe thunderstorm capable of producing a tornado was located near Fairdale, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\nLocations impacted include Okolona, Fern Creek, Highview, Newburg and Buechel.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KLMK.TO.W.0031.260512T0542Z-260512T0615Z/", references=[],
         geometry=poly((-85.725, 38.100), (-85.630, 38.100), (-85.625, 38.205), (-85.715, 38.205))),
    dict(id=SVR_LMK, office="KLMK", senderName="NWS Louisville KY", awips="SVRLMK", wmo="WUUS53",
         areaDesc="Clark, IN; Floyd, IN", SAME=["018019", "018043"], UGC=["INC019", "INC043"],
         sent="2026-06-24T16:05:00-04:00", onset="2026-06-24T16:05:00-04:00", expires="2026-06-24T17:00:00-04:00",
         ends="2026-06-24T17:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 24 at 4:05PM EDT until June 24 at 5:00PM EDT by NWS Louisville KY",
         description="At 405 PM EDT, a line of severe thunderstorms was located from Borden to Georgetown, moving southeast at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include New Albany, Jeffersonville, Clarksville, Sellersburg and Floyds Knobs.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLMK.SV.W.0112.260624T2005Z-260624T2100Z/", references=[], geometry=None),
    dict(id=SVR_LMK_CAN, office="KLMK", senderName="NWS Louisville KY", awips="SVSLMK", wmo="WWUS53",
         areaDesc="Clark, IN; Floyd, IN", SAME=["018019", "018043"], UGC=["INC019", "INC043"],
         sent="2026-06-24T16:40:00-04:00", onset="2026-06-24T16:40:00-04:00", expires="2026-06-24T17:00:00-04:00",
         ends="2026-06-24T16:40:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KLMK.SV.W.0112.000000T0000Z-260624T2100Z/", references=[SVR_LMK], geometry=None),
    dict(id=FLS_LMK, office="KLMK", senderName="NWS Louisville KY", awips="FLSLMK", wmo="WGUS83",
         areaDesc="Jefferson, KY; Bullitt, KY; Oldham, KY", SAME=["021111", "021029", "021185"],
         UGC=["KYC111", "KYC029", "KYC185"],
         sent="2026-08-03T14:20:00-04:00", onset="2026-08-03T14:20:00-04:00", expires="2026-08-03T17:30:00-04:00",
         ends="2026-08-03T17:30:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued August 3 at 2:20PM EDT until August 3 at 5:30PM EDT by NWS Louisville KY",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall.\n\n* WHERE...Jefferson, Bullitt and Oldham Counties.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas, including Beargrass Creek and Floyds Fork.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLMK.FA.Y.0045.260803T1820Z-260803T2130Z/", references=[], geometry=None),
]
