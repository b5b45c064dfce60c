"""Hand-written NWS alerts for part ale (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Midland/Odessa, KMAF), county SAME/UGC codes are real; forecast-zone numbers as best known (no label
depends on them: labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


# the feature ids start with the api.weather.gov URL; the urn's label and the id suffix carry 'ale_'
HWW_MAF = "ale_" + urn("ale-high-wind-jeff-davis")
SVR_MAF = "ale_" + urn("ale-svr-hail-marfa")
SVR_MAF_CAN = "ale_" + urn("ale-svr-hail-marfa-can")
DUST_MAF = "ale_" + urn("ale-blowing-dust-brewster")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


MARFA_POLY = poly((-104.17, 30.22), (-103.99, 30.23), (-103.98, 30.37), (-104.16, 30.38))

ALERTS = [
    dict(id=HWW_MAF, office="KMAF", senderName="NWS Midland/Odessa TX", awips="NPWMAF", wmo="WWUS74",
         areaDesc="Davis Mountains; Davis Mountains Foothills", SAME=["048243"], UGC=["TXZ080", "TXZ079"],
         sent="2026-03-21T04:12:00-05:00", onset="2026-03-21T11:00:00-05:00", expires="2026-03-21T18:00:00-05:00",
         ends="2026-03-22T01:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued March 21 at 4:12AM CDT until March 22 at 1:00AM CDT by NWS Midland/Odessa TX",
         description="* WHAT...West winds 40 to 50 mph with gusts up to 75 mph expected.\n\n* WHERE...Jeff Davis County, including Fort Davis, Valentine and the Davis Mountains Resort.\n\n* WHEN...From 11 AM this morning to 1 AM CDT Sunday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Travel will be difficult, especially for high profile vehicles on State Highways 17 and 118. Fire danger will be critical.",
         instruction="Remain in the lower levels of your home during the windstorm. Use caution if you must drive.",
         vtec="/O.NEW.KMAF.HW.W.0007.260321T1600Z-260322T0600Z/", references=[], geometry=None,
         extra={"maxWindGust": ["75 MPH"]}),
    dict(id=SVR_MAF, office="KMAF", senderName="NWS Midland/Odessa TX", awips="SVRMAF", wmo="WUUS54",
         areaDesc="Presidio, TX", SAME=["048377"], UGC=["TXC377"],
         sent="2026-06-14T19:02:00-05:00", onset="2026-06-14T19:02:00-05:00", expires="2026-06-14T19:45:00-05:00",
         ends="2026-06-14T19:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 14 at 7:02PM CDT until June 14 at 7:45PM CDT by NWS Midland/Odessa TX",
         description="SVRMAF\n\nThe National Weather Service in Midland has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Presidio County in southwest Texas...\n\n* Until 745 PM CDT.\n\n* At 701 PM CDT, a severe thunderstorm was located near the Marfa airport, moving southeast at 20 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nMarfa and the Marfa Municipal Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMAF.SV.W.0312.260615T0002Z-260615T0045Z/", references=[], geometry=MARFA_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]}),
    dict(id=SVR_MAF_CAN, office="KMAF", senderName="NWS Midland/Odessa TX", awips="SVSMAF", wmo="WWUS54",
         areaDesc="Presidio, TX", SAME=["048377"], UGC=["TXC377"],
         sent="2026-06-14T19:31:00-05:00", onset="2026-06-14T19:31:00-05:00", expires="2026-06-14T19:45:00-05:00",
         ends="2026-06-14T19:45:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits and no longer poses an immediate threat to life or property. Therefore, the warning has been allowed to expire early.",
         instruction=None, vtec="/O.CAN.KMAF.SV.W.0312.000000T0000Z-260615T0045Z/", references=[SVR_MAF],
         geometry=MARFA_POLY),
    dict(id=DUST_MAF, office="KMAF", senderName="NWS Midland/Odessa TX", awips="NPWMAF", wmo="WWUS74",
         areaDesc="Marathon; Alpine; Chisos Basin; Lower Brewster County", SAME=["048043"],
         UGC=["TXZ081", "TXZ082", "TXZ083", "TXZ084"],
         sent="2026-04-05T10:20:00-05:00", onset="2026-04-05T12:00:00-05:00", expires="2026-04-05T19:00:00-05:00",
         ends="2026-04-05T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Blowing Dust Advisory", response="Execute",
         headline="Blowing Dust Advisory issued April 5 at 10:20AM CDT until April 5 at 7:00PM CDT by NWS Midland/Odessa TX",
         description="* WHAT...Visibility one mile or less in blowing dust.\n\n* WHERE...Brewster County, including Alpine, Marathon and Terlingua.\n\n* WHEN...From noon to 7 PM CDT.\n\n* IMPACTS...Hazardous travel conditions on U.S. 90 and State Highway 118.",
         instruction="Be ready for a sudden drop in visibility. Pull aside, stay alive.",
         vtec="/O.NEW.KMAF.DU.Y.0004.260405T1700Z-260405T2400Z/", references=[], geometry=None),
]
