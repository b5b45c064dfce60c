"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hib part. Every alert is invented; the
office (NWS Duluth, KDLH), county SAME codes and county UGC codes are real; forecast-zone numbers are best known and
no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hib_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


WSW_DLH = urn("hib-winter-storm-itasca")
WSW_DLH_EXA = urn("hib-winter-storm-itasca-exa-stlouis")
SVR_DLH = urn("hib-svr-hibbing-chisholm")
FOG_DLH = urn("hib-fog-range")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_DLH, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="North Itasca; South Itasca; Koochiching", SAME=["027061", "027071"],
         UGC=["MNZ018", "MNZ019", "MNZ011"],
         sent="2026-01-16T15:05:00-06:00", onset="2026-01-17T00:00:00-06:00", expires="2026-01-17T04:00:00-06:00",
         ends="2026-01-18T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 16 at 3:05PM CST until January 18 at 12:00PM CST by NWS Duluth MN",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 35 mph will cause blowing and drifting snow.\n\n* WHERE...Itasca and Koochiching Counties, including Grand Rapids, Nashwauk, Keewatin, Deer River and International Falls.\n\n* WHEN...From midnight tonight to noon CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Wind chills as low as 30 below zero behind the storm.",
         instruction="If you must travel, keep an extra flashlight, food, blankets and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KDLH.WS.W.0003.260117T0600Z-260118T1800Z/", references=[], geometry=None),
    dict(id=WSW_DLH_EXA, office="KDLH", senderName="NWS Duluth MN", awips="WSWDLH", wmo="WWUS43",
         areaDesc="North Itasca; South Itasca; Koochiching; Central St. Louis; Southern St. Louis/Carlton",
         SAME=["027061", "027071", "027137"],
         UGC=["MNZ018", "MNZ019", "MNZ011", "MNZ025", "MNZ033"],
         sent="2026-01-17T03:40:00-06:00", onset="2026-01-17T03:40:00-06:00", expires="2026-01-17T11:00:00-06:00",
         ends="2026-01-18T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 17 at 3:40AM CST until January 18 at 12:00PM CST by NWS Duluth MN",
         description="* WHAT...Heavy snow. Additional accumulations of 8 to 14 inches. Winds gusting as high as 40 mph.\n\n* WHERE...Itasca, Koochiching and St. Louis Counties. The warning has been expanded to include St. Louis County, including Hibbing, Chisholm, Virginia, Eveleth, Aurora and Ely.\n\n* WHEN...Until noon CST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible, including on Highways 53 and 169.",
         instruction="Stay off the roads. If you lose heat, check on elderly neighbors and use space heaters safely.",
         vtec="/O.EXA.KDLH.WS.W.0003.000000T0000Z-260118T1800Z/", references=[WSW_DLH], geometry=None),
    dict(id=SVR_DLH, office="KDLH", senderName="NWS Duluth MN", awips="SVRDLH", wmo="WUUS53",
         areaDesc="St. Louis, MN", SAME=["027137"], UGC=["MNC137"],
         sent="2026-07-14T22:41:00-05:00", onset="2026-07-14T22:41:00-05:00", expires="2026-07-14T23:30:00-05:00",
         ends="2026-07-14T23:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 10:41PM CDT until July 14 at 11:30PM CDT by NWS Duluth MN",
         description="SVRDLH\n\nThe National Weather Service in Duluth has issued a\n\n* Severe Thunderstorm Warning for...\nWest central St. Louis County in northeastern Minnesota...\n\n* Until 1130 PM CDT.\n\n* At 1040 PM CDT, a severe thunderstorm was located near Kelly Lake, moving northeast at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHibbing, Chisholm, Kelly Lake and Side Lake.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDLH.SV.W.0112.260715T0341Z-260715T0430Z/", references=[],
         geometry=poly((-92.99, 47.38), (-92.83, 47.38), (-92.82, 47.535), (-92.97, 47.545)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=FOG_DLH, office="KDLH", senderName="NWS Duluth MN", awips="NPWDLH", wmo="WWUS73",
         areaDesc="Central St. Louis; South Itasca", SAME=["027137", "027061"], UGC=["MNZ025", "MNZ019"],
         sent="2026-09-24T04:15:00-05:00", onset="2026-09-24T04:15:00-05:00", expires="2026-09-24T09:00:00-05:00",
         ends="2026-09-24T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued September 24 at 4:15AM CDT until September 24 at 9:00AM CDT by NWS Duluth MN",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Central St. Louis and South Itasca Counties, including Hibbing, Virginia, Eveleth and Nashwauk.\n\n* WHEN...Until 9 AM CDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KDLH.FG.Y.0021.260924T0915Z-260924T1400Z/", references=[], geometry=None),
]
