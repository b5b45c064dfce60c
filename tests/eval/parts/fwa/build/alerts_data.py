"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the fwa part. Every alert is invented; the
office (KIWX, NWS Northern Indiana), SAME and county UGC codes are real; forecast-zone numbers are best known and
no label depends on them (labels use SAME codes and polygons only). Alert ids carry 'fwa_'."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"fwa_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_IWX = urn("fwa-winter-storm-huntington-wells")
SVR_IWX = urn("fwa-svr-north-fort-wayne")
FLS_IWX = urn("fwa-flood-advisory-maumee")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="WSWIWX", wmo="WWUS43",
         areaDesc="Huntington; Wells", SAME=["018069", "018179"], UGC=["INZ023", "INZ024"],
         sent="2026-01-24T15:10:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:10PM EST until January 26 at 10:00AM EST by NWS Northern Indiana",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 9 to 13 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Huntington and Wells Counties, including Huntington, Roanoke, Warren, Andrews, Bluffton and Ossian.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow will significantly reduce visibility on U.S. 24 and Interstate 69.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KIWX.WS.W.0003.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=FLS_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="FLSIWX", wmo="WGUS83",
         areaDesc="Allen, IN", SAME=["018003"], UGC=["INC003"],
         sent="2026-03-08T09:25:00-05:00", onset="2026-03-08T09:25:00-05:00", expires="2026-03-08T15:30:00-05:00",
         ends="2026-03-08T15:30:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Execute",
         headline="Flood Advisory issued March 8 at 9:25AM EST until March 8 at 3:30PM EST by NWS Northern Indiana",
         description="* WHAT...Urban and small stream flooding caused by snowmelt and rain continues.\n\n* WHERE...A portion of northeast Indiana, including the following county, Allen.\n\n* WHEN...Until 330 PM EST.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas along the Maumee River east of New Haven.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KIWX.FA.Y.0011.260308T1425Z-260308T2030Z/", references=[], geometry=None),
    dict(id=SVR_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="SVRIWX", wmo="WUUS53",
         areaDesc="Allen, IN", SAME=["018003"], UGC=["INC003"],
         sent="2026-06-09T19:42:00-04:00", onset="2026-06-09T19:42:00-04:00", expires="2026-06-09T20:30:00-04:00",
         ends="2026-06-09T20:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 9 at 7:42PM EDT until June 9 at 8:30PM EDT by NWS Northern Indiana",
         description="SVRIWX\n\nThe National Weather Service in Northern Indiana has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Allen County in northeastern Indiana...\n\n* Until 830 PM EDT.\n\n* At 741 PM EDT, a line of severe thunderstorms was located from Huntertown to Churubusco, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nNorthern Fort Wayne, Huntertown, Leo-Cedarville and Dupont.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KIWX.SV.W.0142.260609T2342Z-260610T0030Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-85.265, 41.118), (-85.015, 41.125), (-85.010, 41.245), (-85.270, 41.238))),
]
