"""Hand-written NWS alerts for part mwh (invented; office, county and SAME codes real; zone numbers best known)."""

import hashlib


def urn(label: str) -> str:
    return f"mwh_urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


SVR_OTX = urn("mwh-svr-moses-lake")
SVR_OTX_CAN = urn("mwh-svr-moses-lake-can")
WIND_OTX = urn("mwh-wind-advisory-basin")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WIND_OTX, office="KOTX", senderName="NWS Spokane WA", awips="NPWOTX", wmo="WWUS76",
         areaDesc="Moses Lake Area; Upper Columbia Basin", SAME=["053025", "053043"], UGC=["WAZ035", "WAZ034"],
         sent="2026-04-02T03:15:00-07:00", onset="2026-04-02T11:00:00-07:00", expires="2026-04-02T13:00:00-07:00",
         ends="2026-04-02T20:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 2 at 3:15AM PDT until April 2 at 8:00PM PDT by NWS Spokane WA",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 45 mph. Areas of blowing dust may reduce visibility.\n\n* WHERE...Moses Lake, Ephrata, Quincy, Royal City and Odessa.\n\n* WHEN...From 11 AM to 8 PM PDT Thursday.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KOTX.WI.Y.0011.260402T1800Z-260403T0300Z/", references=[], geometry=None),
    dict(id=SVR_OTX, office="KOTX", senderName="NWS Spokane WA", awips="SVROTX", wmo="WUUS56",
         areaDesc="Grant, WA", SAME=["053025"], UGC=["WAC025"],
         sent="2026-07-10T18:42:00-07:00", onset="2026-07-10T18:42:00-07:00", expires="2026-07-10T19:30:00-07:00",
         ends="2026-07-10T19:30:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 10 at 6:42PM PDT until July 10 at 7:30PM PDT by NWS Spokane WA",
         description="SVROTX\n\nThe National Weather Service in Spokane has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Grant County in central Washington...\n\n* Until 730 PM PDT.\n\n* At 641 PM PDT, a severe thunderstorm was located near the Moses Lake airport, moving southeast at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nMoses Lake, Cascade Valley and Mae.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOTX.SV.W.0058.260711T0142Z-260711T0230Z/", references=[],
         geometry=poly((-119.37, 47.21), (-119.21, 47.21), (-119.19, 47.07), (-119.36, 47.07)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_OTX_CAN, office="KOTX", senderName="NWS Spokane WA", awips="SVSOTX", wmo="WWUS56",
         areaDesc="Grant, WA", SAME=["053025"], UGC=["WAC025"],
         sent="2026-07-10T19:12:00-07:00", onset="2026-07-10T19:12:00-07:00", expires="2026-07-10T19:30:00-07:00",
         ends="2026-07-10T19:30:00-07:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KOTX.SV.W.0058.000000T0000Z-260711T0230Z/", references=[SVR_OTX],
         geometry=poly((-119.37, 47.21), (-119.21, 47.21), (-119.19, 47.07), (-119.36, 47.07))),
]
