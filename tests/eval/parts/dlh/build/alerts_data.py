"""Hand-written NWS alerts for the dlh part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Duluth, KDLH), county FIPS/SAME codes and county UGC codes are real; forecast-zone numbers are given as
best known and no label depends on them (labels use SAME codes and polygons only).

Ids: the CAP identifier (`properties.id`) and the feature's top-level `id` are both `dlh_urn:oid:...` (the part's
prefix, as the brief requires); `@id` is the api.weather.gov URL of that identifier."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"dlh_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_DLH = urn("dlh-winter-storm-arrowhead")
WSW_DLH_EXA = urn("dlh-winter-storm-arrowhead-exa-carlton")
SVR_DLH = urn("dlh-svr-west-duluth-superior")
LSY_DLH = urn("dlh-lakeshore-flood-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_DLH, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="South St. Louis; Southern Lake", SAME=["027137", "027075"],
         UGC=["MNZ037", "MNZ021"],
         sent="2026-01-13T14:52:00-06:00", onset="2026-01-14T06:00:00-06:00", expires="2026-01-14T03:00:00-06:00",
         ends="2026-01-15T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 13 at 2:52PM CST until January 15 at 6:00PM CST by NWS Duluth MN",
         description="* WHAT...Heavy snow, with lake enhancement along the North Shore. Total snow accumulations of 12 to 20 inches, locally up to 26 inches along the higher terrain above Duluth. Winds gusting as high as 45 mph near Lake Superior.\n\n* WHERE...South St. Louis and Southern Lake Counties, including Duluth, Hermantown, Proctor, Two Harbors and Silver Bay.\n\n* WHEN...From 6 AM Wednesday to 6 PM CST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Blowing snow could significantly reduce visibility. The hazardous conditions could impact the morning and evening commutes.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. The latest road conditions for the state you are calling from can be obtained by calling 5 1 1.",
         vtec="/O.NEW.KDLH.WS.W.0006.260114T1200Z-260116T0000Z/", references=[], geometry=None),
    dict(id=WSW_DLH_EXA, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="South St. Louis; Southern Lake; Carlton", SAME=["027137", "027075", "027017"],
         UGC=["MNZ037", "MNZ021", "MNZ036"],
         sent="2026-01-14T03:41:00-06:00", onset="2026-01-14T06:00:00-06:00", expires="2026-01-14T12:00:00-06:00",
         ends="2026-01-15T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 14 at 3:41AM CST until January 15 at 6:00PM CST by NWS Duluth MN",
         description="* WHAT...Heavy snow. Total snow accumulations of 14 to 22 inches. Winds gusting as high as 45 mph near Lake Superior.\n\n* WHERE...South St. Louis, Southern Lake and Carlton Counties. The warning has been expanded to include Carlton County, including Cloquet, Esko, Carlton and Moose Lake.\n\n* WHEN...From 6 AM this morning to 6 PM CST Thursday.\n\n* IMPACTS...Travel will be very difficult to impossible. Snow-covered roads and near-zero visibility in blowing snow.",
         instruction="Stay off the roads if possible. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.EXA.KDLH.WS.W.0006.000000T0000Z-260116T0000Z/", references=[WSW_DLH], geometry=None),
    dict(id=SVR_DLH, office="KDLH", senderName="NWS Duluth MN", awips="SVRDLH", wmo="WUUS53",
         areaDesc="St. Louis, MN; Douglas, WI", SAME=["027137", "055031"], UGC=["MNC137", "WIC031"],
         sent="2026-07-21T16:08:00-05:00", onset="2026-07-21T16:08:00-05:00", expires="2026-07-21T16:45:00-05:00",
         ends="2026-07-21T16:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 4:08PM CDT until July 21 at 4:45PM CDT by NWS Duluth MN",
         description="SVRDLH\n\nThe National Weather Service in Duluth has issued a\n\n* Severe Thunderstorm Warning for...\nSoutheastern St. Louis County in northeastern Minnesota...\nNorthern Douglas County in northwestern Wisconsin...\n\n* Until 445 PM CDT.\n\n* At 407 PM CDT, a severe thunderstorm was located over Proctor, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Trained weather spotters reported trees down in Proctor.\n\nIMPACT...Expect damage to roofs, siding, and trees. Boats on Lake Superior and the St. Louis River estuary should seek safe harbor.\n\n* Locations impacted include...\nProctor, West Duluth, Morgan Park, Superior and Oliver.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDLH.SV.W.0113.260721T2108Z-260721T2145Z/", references=[],
         geometry=poly((-92.31, 46.78), (-92.16, 46.765), (-92.04, 46.725), (-92.05, 46.67), (-92.15, 46.70), (-92.31, 46.74)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=LSY_DLH, office="KDLH", senderName="NWS Duluth MN", awips="CFWDLH", wmo="WHUS43",
         areaDesc="South St. Louis; Southern Lake; Douglas", SAME=["027137", "027075", "055031"],
         UGC=["MNZ037", "MNZ021", "WIZ001"],
         sent="2026-10-27T15:30:00-05:00", onset="2026-10-28T00:00:00-05:00", expires="2026-10-28T04:00:00-05:00",
         ends="2026-10-28T19:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Lakeshore Flood Advisory", response="Prepare",
         headline="Lakeshore Flood Advisory issued October 27 at 3:30PM CDT until October 28 at 7:00PM CDT by NWS Duluth MN",
         description="* WHAT...Waves of 10 to 14 feet on Lake Superior will cause minor lakeshore flooding and erosion.\n\n* WHERE...The Lake Superior shore of Duluth including Canal Park, Park Point and the Lakewalk, the North Shore to Two Harbors, and Wisconsin Point.\n\n* WHEN...From midnight tonight to 7 PM CDT Wednesday.\n\n* IMPACTS...Waves may damage the Lakewalk and flood low spots on Minnesota Avenue.",
         instruction="Stay away from the shore and off the piers. Waves can sweep people into the lake.",
         vtec="/O.NEW.KDLH.LS.Y.0004.261028T0500Z-261029T0000Z/", references=[], geometry=None),
]
