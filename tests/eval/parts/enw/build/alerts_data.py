"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the enw part. Every alert is invented;
the office (MKX, Milwaukee/Sullivan), county FIPS/SAME and UGC county codes are real; forecast-zone numbers are
best known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"enw_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("enw-winter-storm-kenosha")
WSW_EXA = urn("enw-winter-storm-kenosha-exa-racine")
FOG = urn("enw-dense-fog-lakeshore")
SVR = urn("enw-svr-racine")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="WSWMKX", wmo="WWUS43",
         areaDesc="Kenosha", SAME=["055059"], UGC=["WIZ072"],
         sent="2026-02-07T14:05:00-06:00", onset="2026-02-08T00:00:00-06:00", expires="2026-02-08T04:00:00-06:00",
         ends="2026-02-09T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 7 at 2:05PM CST until February 9 at 6:00AM CST by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Heavy lake-enhanced snow expected. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 45 mph along the lakeshore.\n\n* WHERE...Kenosha County, including Kenosha, Pleasant Prairie, Somers, Bristol and Twin Lakes.\n\n* WHEN...From midnight tonight to 6 AM CST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on Interstate 94. Lakeshore flooding of low-lying areas near the Kenosha harbor is possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KMKX.WS.W.0006.260208T0600Z-260209T1200Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="WSWMKX", wmo="WWUS43",
         areaDesc="Kenosha; Racine", SAME=["055059", "055101"], UGC=["WIZ072", "WIZ071"],
         sent="2026-02-08T03:40:00-06:00", onset="2026-02-08T03:40:00-06:00", expires="2026-02-08T10:00:00-06:00",
         ends="2026-02-09T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 8 at 3:40AM CST until February 9 at 6:00AM CST by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Heavy snow. Additional accumulations of 8 to 12 inches. Winds gusting as high as 50 mph along the lakeshore.\n\n* WHERE...Kenosha and Racine Counties. The warning has been expanded to include Racine County, including Racine, Mount Pleasant, Caledonia, Sturtevant, Union Grove and Burlington.\n\n* WHEN...Until 6 AM CST Monday.\n\n* IMPACTS...Travel will be very difficult to impossible. Power outages are possible along the lakeshore.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KMKX.WS.W.0006.000000T0000Z-260209T1200Z/", references=[WSW], geometry=None),
    dict(id=FOG, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="NPWMKX", wmo="WWUS73",
         areaDesc="Kenosha; Racine; Milwaukee", SAME=["055059", "055101", "055079"], UGC=["WIZ072", "WIZ071", "WIZ066"],
         sent="2026-04-14T04:50:00-05:00", onset="2026-04-14T04:50:00-05:00", expires="2026-04-14T09:00:00-05:00",
         ends="2026-04-14T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued April 14 at 4:50AM CDT until April 14 at 9:00AM CDT by NWS Milwaukee/Sullivan WI",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Kenosha, Racine and Milwaukee Counties, mainly within 10 miles of Lake Michigan.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KMKX.FG.Y.0011.260414T0950Z-260414T1400Z/", references=[], geometry=None),
    dict(id=SVR, office="KMKX", senderName="NWS Milwaukee/Sullivan WI", awips="SVRMKX", wmo="WUUS53",
         areaDesc="Racine, WI", SAME=["055101"], UGC=["WIC101"],
         sent="2026-07-09T16:12:00-05:00", onset="2026-07-09T16:12:00-05:00", expires="2026-07-09T16:45:00-05:00",
         ends="2026-07-09T16:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 9 at 4:12PM CDT until July 9 at 4:45PM CDT by NWS Milwaukee/Sullivan WI",
         description="SVRMKX\n\nThe National Weather Service in Milwaukee/Sullivan has issued a\n\n* Severe Thunderstorm Warning for...\nEast central Racine County in southeastern Wisconsin...\n\n* Until 445 PM CDT.\n\n* At 411 PM CDT, a severe thunderstorm was located over Sturtevant, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nMount Pleasant, central Racine, West Racine and Elmwood Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMKX.SV.W.0214.260709T2112Z-260709T2145Z/", references=[],
         geometry=poly((-87.885, 42.713), (-87.775, 42.713), (-87.775, 42.757), (-87.885, 42.757)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
