"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Alerts invented; office (NWS Mount Holly,
KPHI), SAME county codes and UGC county codes real; forecast-zone numbers as best known, no label uses them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"wnj_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("wnj-winter-storm-sussex")
SVR = urn("wnj-svr-phillipsburg")
SVR_CAN = urn("wnj-svr-phillipsburg-can")
FLS = urn("wnj-flood-advisory-warren")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-75.23, 40.64), (-74.93, 40.70), (-74.95, 40.80), (-75.20, 40.77))

ALERTS = [
    dict(id=WSW, office="KPHI", senderName="NWS Mount Holly NJ", awips="WSWPHI", wmo="WWUS41",
         areaDesc="Sussex; Morris", SAME=["034037", "034027"], UGC=["NJZ001", "NJZ008"],
         sent="2026-02-01T15:10:00-05:00", onset="2026-02-02T01:00:00-05:00", expires="2026-02-02T04:00:00-05:00",
         ends="2026-02-03T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 1 at 3:10PM EST until February 3 at 7:00AM EST by NWS Mount Holly NJ",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 20 inches on the higher ridges.\n\n* WHERE...Sussex and Morris Counties, including Newton, Sparta, Franklin, Vernon and Morristown.\n\n* WHEN...From 1 AM Monday to 7 AM EST Tuesday.\n\n* IMPACTS...Travel could be very difficult to impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPHI.WS.W.0003.260202T0600Z-260203T1200Z/", references=[], geometry=None),
    dict(id=FLS, office="KPHI", senderName="NWS Mount Holly NJ", awips="FLSPHI", wmo="WGUS81",
         areaDesc="Warren, NJ", SAME=["034041"], UGC=["NJC041"],
         sent="2026-04-16T09:20:00-04:00", onset="2026-04-16T09:20:00-04:00", expires="2026-04-16T12:15:00-04:00",
         ends="2026-04-16T12:15:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued April 16 at 9:20AM EDT until April 16 at 12:15PM EDT by NWS Mount Holly NJ",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Warren County, including Hackettstown, Blairstown, Washington and Phillipsburg.\n\n* WHEN...Until 1215 PM EDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KPHI.FA.Y.0021.260416T1320Z-260416T1615Z/", references=[], geometry=None),
    dict(id=SVR, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="Warren, NJ; Northampton, PA", SAME=["034041", "042095"], UGC=["NJC041", "PAC095"],
         sent="2026-07-14T18:42:00-04:00", onset="2026-07-14T18:42:00-04:00", expires="2026-07-14T19:30:00-04:00",
         ends="2026-07-14T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:42PM EDT until July 14 at 7:30PM EDT by NWS Mount Holly NJ",
         description="SVRPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Severe Thunderstorm Warning for...\nSouthwestern Warren County in northwestern New Jersey...\nEastern Northampton County in eastern Pennsylvania...\n\n* Until 730 PM EDT.\n\n* At 641 PM EDT, severe thunderstorms were located along a line extending from Easton to Bethlehem, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nPhillipsburg, Easton, Alpha, Washington and Stewartsville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPHI.SV.W.0214.260714T2242Z-260714T2330Z/", references=[], geometry=SVR_POLY),
    dict(id=SVR_CAN, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVSPHI", wmo="WWUS51",
         areaDesc="Warren, NJ; Northampton, PA", SAME=["034041", "042095"], UGC=["NJC041", "PAC095"],
         sent="2026-07-14T19:12:00-04:00", onset="2026-07-14T19:12:00-04:00", expires="2026-07-14T19:30:00-04:00",
         ends="2026-07-14T19:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storms which prompted the warning have moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KPHI.SV.W.0214.000000T0000Z-260714T2330Z/", references=[SVR],
         geometry=SVR_POLY),
]
