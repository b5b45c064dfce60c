"""Hand-written NWS alerts for part alb (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (KALY), SAME county codes are real; forecast-zone numbers are best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"alb_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("alb-winter-storm-capital")
WSW_EXA = urn("alb-winter-storm-capital-exa")
SVR = urn("alb-svr-schenectady")
SVR_CAN = urn("alb-svr-schenectady-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-73.975, 42.765), (-73.893, 42.765), (-73.893, 42.835), (-73.975, 42.835))

# gold: computed by ../label_weather.py from the rules (expected: winter storm = Albany + Rensselaer clients on the
# Alert, Saratoga clients on the Update; thunderstorm = the Schenectady 12303/12304/12307 clients; cancel: nothing).
ALERTS = [
    dict(id=WSW, office="KALY", senderName="NWS Albany NY", awips="WSWALY", wmo="WWUS41",
         areaDesc="Eastern Albany; Western Rensselaer; Eastern Rensselaer", SAME=["036001", "036083"],
         UGC=["NYZ052", "NYZ053", "NYZ054"],
         sent="2026-01-20T15:45:00-05:00", onset="2026-01-20T22:00:00-05:00", expires="2026-01-21T04:00:00-05:00",
         ends="2026-01-21T13:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 3:45PM EST until January 21 at 1:00PM EST by NWS Albany NY",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches. Winds gusting as high as 35 mph.\n\n* WHERE...Albany and Rensselaer Counties, including Albany, Colonie, Cohoes, Watervliet and Troy.\n\n* WHEN...From 10 PM this evening to 1 PM EST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. The hazardous conditions could impact the Wednesday morning commute.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KALY.WS.W.0003.260121T0300Z-260121T1800Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KALY", senderName="NWS Albany NY", awips="WSWALY", wmo="WWUS41",
         areaDesc="Eastern Albany; Western Rensselaer; Eastern Rensselaer; Southern Saratoga",
         SAME=["036001", "036083", "036091"], UGC=["NYZ052", "NYZ053", "NYZ054", "NYZ049"],
         sent="2026-01-20T21:30:00-05:00", onset="2026-01-20T22:00:00-05:00", expires="2026-01-21T06:00:00-05:00",
         ends="2026-01-21T13:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 9:30PM EST until January 21 at 1:00PM EST by NWS Albany NY",
         description="* WHAT...Heavy snow. Total snow accumulations of 14 to 20 inches.\n\n* WHERE...Albany, Rensselaer and southern Saratoga Counties. The warning has been expanded to include southern Saratoga County, including Clifton Park, Halfmoon, Ballston Spa and Saratoga Springs.\n\n* WHEN...Until 1 PM EST Wednesday.\n\n* IMPACTS...Travel will be very difficult to impossible.",
         instruction="Stay off the roads if you can.",
         vtec="/O.EXA.KALY.WS.W.0003.000000T0000Z-260121T1800Z/", references=[WSW], geometry=None),
    dict(id=SVR, office="KALY", senderName="NWS Albany NY", awips="SVRALY", wmo="WUUS51",
         areaDesc="Schenectady, NY", SAME=["036093"], UGC=["NYC093"],
         sent="2026-06-24T16:12:00-04:00", onset="2026-06-24T16:12:00-04:00", expires="2026-06-24T17:00:00-04:00",
         ends="2026-06-24T17:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 24 at 4:12PM EDT until June 24 at 5:00PM EDT by NWS Albany NY",
         description="SVRALY\n\nThe National Weather Service in Albany has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Schenectady County in east central New York...\n\n* Until 500 PM EDT.\n\n* At 411 PM EDT, a severe thunderstorm was located over Rotterdam, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSchenectady, Mont Pleasant, Bellevue, Rotterdam and Scotia.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KALY.SV.W.0088.260624T2012Z-260624T2100Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CAN, office="KALY", senderName="NWS Albany NY", awips="SVSALY", wmo="WWUS51",
         areaDesc="Schenectady, NY", SAME=["036093"], UGC=["NYC093"],
         sent="2026-06-24T16:40:00-04:00", onset="2026-06-24T16:40:00-04:00", expires="2026-06-24T17:00:00-04:00",
         ends="2026-06-24T17:00:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KALY.SV.W.0088.000000T0000Z-260624T2100Z/", references=[SVR], geometry=SVR_POLY),
]
