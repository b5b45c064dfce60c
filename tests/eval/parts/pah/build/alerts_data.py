"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part pah. All invented; the office
(NWS Paducah KY, KPAH), SAME county codes and county UGC codes are real; forecast-zone numbers are best guesses
and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pah_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("pah-winter-storm-marshall")
WSW_EXA = urn("pah-winter-storm-marshall-exa")
TOR = urn("pah-tornado-mayfield")
FLS = urn("pah-flood-advisory-mccracken")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KPAH", senderName="NWS Paducah KY", awips="WSWPAH", wmo="WWUS43",
         areaDesc="Marshall", SAME=["021157"], UGC=["KYZ012"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:05PM CST until January 26 at 6:00AM CST by NWS Paducah KY",
         description="* WHAT...Heavy mixed precipitation. Ice accumulations of one quarter to one half inch and sleet accumulations of up to one inch.\n\n* WHERE...Marshall County, including Benton, Calvert City and Gilbertsville.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible, including on the Purchase Parkway and the I-24 bridges.",
         instruction="Travel should be restricted to emergencies only. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KPAH.WS.W.0003.260125T0600Z-260126T1200Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KPAH", senderName="NWS Paducah KY", awips="WSWPAH", wmo="WWUS43",
         areaDesc="Marshall; Calloway", SAME=["021157", "021035"], UGC=["KYZ012", "KYZ013"],
         sent="2026-01-25T03:40:00-06:00", onset="2026-01-25T03:40:00-06:00", expires="2026-01-25T10:00:00-06:00",
         ends="2026-01-26T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:40AM CST until January 26 at 6:00AM CST by NWS Paducah KY",
         description="* WHAT...Heavy mixed precipitation. Additional ice accumulations of one quarter to one half inch.\n\n* WHERE...Marshall and Calloway Counties. The warning has been expanded to include Calloway County, including Murray, Hazel and New Concord.\n\n* WHEN...Until 6 AM CST Monday.\n\n* IMPACTS...Widespread power outages are expected. Travel will be nearly impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only, away from windows.",
         vtec="/O.EXA.KPAH.WS.W.0003.000000T0000Z-260126T1200Z/", references=[WSW], geometry=None),
    dict(id=TOR, office="KPAH", senderName="NWS Paducah KY", awips="TORPAH", wmo="WFUS53",
         areaDesc="Graves, KY", SAME=["021083"], UGC=["KYC083"],
         sent="2026-03-21T17:12:00-05:00", onset="2026-03-21T17:12:00-05:00", expires="2026-03-21T17:45:00-05:00",
         ends="2026-03-21T17:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 21 at 5:12PM CDT until March 21 at 5:45PM CDT by NWS Paducah KY",
         description="At 512 PM CDT, a confirmed tornado was located near Lowes, moving northeast at 40 mph.\n\nHAZARD...Damaging tornado.\n\nSOURCE...Radar confirmed tornado.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur.\n\nThis dangerous storm will be near Mayfield around 530 PM CDT.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KPAH.TO.W.0021.260321T2212Z-260321T2245Z/", references=[],
         geometry=poly((-88.80, 36.68), (-88.55, 36.72), (-88.52, 36.80), (-88.78, 36.77)),
         extra={"tornadoDetection": ["RADAR CONFIRMED"], "maxHailSize": ["1.00"]}),
    dict(id=FLS, office="KPAH", senderName="NWS Paducah KY", awips="FLSPAH", wmo="WGUS83",
         areaDesc="McCracken, KY", SAME=["021145"], UGC=["KYC145"],
         sent="2026-05-02T09:30:00-05:00", onset="2026-05-02T09:30:00-05:00", expires="2026-05-02T13:30:00-05:00",
         ends="2026-05-02T13:30:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued May 2 at 9:30AM CDT until May 2 at 1:30PM CDT by NWS Paducah KY",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...McCracken County, including Paducah, Lone Oak and Reidland.\n\n* WHEN...Until 130 PM CDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Water over roadways on Buckner Lane and Pines Road.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KPAH.FA.Y.0040.260502T1430Z-260502T1830Z/", references=[],
         geometry=poly((-88.80, 36.98), (-88.50, 36.98), (-88.50, 37.12), (-88.80, 37.12))),
]
