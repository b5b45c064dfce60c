"""Hand-written NWS alerts for part dth (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(KTAE Tallahassee), county SAME/UGC codes real; forecast-zone numbers as best known (no label uses them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"dth_urn:oid:2.49.0.1.840.0.{h}.001.1"


TOR = urn("dth-tornado-nw-dothan")
TOR_CAN = urn("dth-tornado-nw-dothan-can")
TRW = urn("dth-tropical-storm-coffee-dale")
HEAT = urn("dth-heat-advisory-houston")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=TOR, office="KTAE", senderName="NWS Tallahassee FL", awips="TORTAE", wmo="WFUS52",
         areaDesc="Houston, AL", SAME=["001069"], UGC=["ALC069"],
         sent="2026-03-25T01:12:00-05:00", onset="2026-03-25T01:12:00-05:00", expires="2026-03-25T01:45:00-05:00",
         ends="2026-03-25T01:45:00-05:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued March 25 at 1:12AM CDT until March 25 at 1:45AM CDT by NWS Tallahassee FL",
         description="The National Weather Service in Tallahassee has issued a\n\n* Tornado Warning for...\nNorthwestern Houston County in southeastern Alabama...\n\n* Until 145 AM CDT.\n\n* At 111 AM CDT, a severe thunderstorm capable of producing a tornado was located near Kinsey Road, moving northeast at 35 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\n* Locations impacted include...\nNorthwest Dothan, Westgate, Cottonwood Road and Kinsey.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KTAE.TO.W.0011.260325T0612Z-260325T0645Z/", references=[],
         geometry=poly((-85.505, 31.195), (-85.360, 31.205), (-85.355, 31.300), (-85.500, 31.305))),
    dict(id=TOR_CAN, office="KTAE", senderName="NWS Tallahassee FL", awips="SVSTAE", wmo="WWUS52",
         areaDesc="Houston, AL", SAME=["001069"], UGC=["ALC069"],
         sent="2026-03-25T01:31:00-05:00", onset="2026-03-25T01:31:00-05:00", expires="2026-03-25T01:45:00-05:00",
         ends="2026-03-25T01:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Tornado Warning", response="AllClear",
         headline="The Tornado Warning for Houston County has been cancelled",
         description="The storm which prompted the warning has weakened below severe limits and no longer appears capable of producing a tornado. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KTAE.TO.W.0011.000000T0000Z-260325T0645Z/", references=[TOR],
         geometry=poly((-85.505, 31.195), (-85.360, 31.205), (-85.355, 31.300), (-85.500, 31.305))),
    dict(id=TRW, office="KTAE", senderName="NWS Tallahassee FL", awips="TCVTAE", wmo="WTUS82",
         areaDesc="Coffee; Dale", SAME=["001031", "001045"], UGC=["ALZ067", "ALZ068"],
         sent="2026-09-14T10:05:00-05:00", onset="2026-09-14T10:05:00-05:00", expires="2026-09-14T16:15:00-05:00",
         ends="2026-09-15T19:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Tropical Storm Warning", response="Prepare",
         headline="Tropical Storm Warning issued September 14 at 10:05AM CDT by NWS Tallahassee FL",
         description="* WIND: Peak wind 40 to 55 mph with gusts to 70 mph.\n\n* FLOODING RAIN: Rainfall of 4 to 8 inches, locally higher.\n\n* LOCATIONS: Coffee and Dale Counties, including Enterprise, Ozark, Daleville and Fort Novosel.",
         instruction="Secure loose outdoor objects. Be ready to move to an interior room if winds become strong.",
         vtec="/O.NEW.KTAE.TR.W.1009.260914T1505Z-000000T0000Z/", references=[], geometry=None),
    dict(id=HEAT, office="KTAE", senderName="NWS Tallahassee FL", awips="NPWTAE", wmo="WWUS72",
         areaDesc="Houston; Henry; Geneva", SAME=["001069", "001067", "001061"], UGC=["ALZ069", "ALZ066", "ALZ068"],
         sent="2026-07-21T03:40:00-05:00", onset="2026-07-21T11:00:00-05:00", expires="2026-07-21T19:00:00-05:00",
         ends="2026-07-21T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Prepare",
         headline="Heat Advisory issued July 21 at 3:40AM CDT until July 21 at 7:00PM CDT by NWS Tallahassee FL",
         description="* WHAT...Heat index values up to 110 expected.\n\n* WHERE...Houston, Henry and Geneva Counties, including Dothan, Headland and Geneva.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, and check up on relatives and neighbors.",
         vtec="/O.NEW.KTAE.HT.Y.0021.260721T1600Z-260722T0000Z/", references=[], geometry=None),
]
