"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS La Crosse (KARX). Every alert is
invented; the office, county SAME/UGC codes are real (forecast-zone numbers as best known; labels use only SAME
codes and polygons). Ids carry the part prefix lse_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"lse_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ARX = urn("lse-winter-storm-vernon")
WSW_ARX_EXA = urn("lse-winter-storm-vernon-exa-monroe")
FLS_ARX = urn("lse-flood-advisory-lacrosse")
SVR_ARX = urn("lse-svr-north-lacrosse-onalaska")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ARX, office="KARX", senderName="NWS La Crosse WI", awips="WSWARX", wmo="WWUS43",
         areaDesc="Vernon", SAME=["055123"], UGC=["WIZ054"],
         sent="2026-01-24T03:12:00-06:00", onset="2026-01-24T12:00:00-06:00", expires="2026-01-24T11:15:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:12AM CST until January 25 at 6:00PM CST by NWS La Crosse WI",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 15 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow on the ridges.\n\n* WHERE...Vernon County, including Viroqua, Westby, Coon Valley and Stoddard.\n\n* WHEN...From noon today to 6 PM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible, especially on ridge-top roads and in the coulees.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KARX.WS.W.0003.260124T1800Z-260126T0000Z/", references=[], geometry=None),
    dict(id=WSW_ARX_EXA, office="KARX", senderName="NWS La Crosse WI", awips="WSWARX", wmo="WWUS43",
         areaDesc="Vernon; Monroe", SAME=["055123", "055081"], UGC=["WIZ054", "WIZ055"],
         sent="2026-01-24T14:40:00-06:00", onset="2026-01-24T14:40:00-06:00", expires="2026-01-24T22:45:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:40PM CST until January 25 at 6:00PM CST by NWS La Crosse WI",
         description="* WHAT...Heavy snow. Additional snow accumulations of 8 to 12 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Vernon and Monroe Counties. The warning has been expanded to include Monroe County, including Sparta, Tomah and Cashton.\n\n* WHEN...Until 6 PM CST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible. Interstate 90 between Sparta and Tomah may become impassable.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KARX.WS.W.0003.000000T0000Z-260126T0000Z/", references=[WSW_ARX], geometry=None),
    dict(id=FLS_ARX, office="KARX", senderName="NWS La Crosse WI", awips="FLSARX", wmo="WGUS83",
         areaDesc="La Crosse, WI", SAME=["055063"], UGC=["WIC063"],
         sent="2026-04-13T16:05:00-05:00", onset="2026-04-13T16:05:00-05:00", expires="2026-04-13T22:00:00-05:00",
         ends="2026-04-13T22:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued April 13 at 4:05PM CDT until April 13 at 10:00PM CDT by NWS La Crosse WI",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...A portion of west central Wisconsin, including La Crosse, Onalaska, Holmen and French Island.\n\n* WHEN...Until 1000 PM CDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas, including underpasses on the North Side.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KARX.FA.Y.0021.260413T2105Z-260414T0300Z/", references=[],
         geometry=poly((-91.29, 43.78), (-91.17, 43.78), (-91.17, 44.00), (-91.29, 44.00))),
    dict(id=SVR_ARX, office="KARX", senderName="NWS La Crosse WI", awips="SVRARX", wmo="WUUS53",
         areaDesc="La Crosse, WI", SAME=["055063"], UGC=["WIC063"],
         sent="2026-06-22T15:48:00-05:00", onset="2026-06-22T15:48:00-05:00", expires="2026-06-22T16:30:00-05:00",
         ends="2026-06-22T16:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 22 at 3:48PM CDT until June 22 at 4:30PM CDT by NWS La Crosse WI",
         description="SVRARX\n\nThe National Weather Service in La Crosse has issued a\n\n* Severe Thunderstorm Warning for...\nWestern La Crosse County in west central Wisconsin...\n\n* Until 430 PM CDT.\n\n* At 347 PM CDT, a severe thunderstorm was located over French Island, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nthe North Side of La Crosse, French Island, Onalaska and Brice Prairie.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KARX.SV.W.0112.260622T2048Z-260622T2130Z/", references=[],
         geometry=poly((-91.30, 43.83), (-91.18, 43.83), (-91.16, 43.93), (-91.29, 43.935)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
