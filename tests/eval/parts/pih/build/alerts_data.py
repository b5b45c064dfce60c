"""Hand-written NWS alerts for the `pih` part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (KPIH, NWS Pocatello ID) and the county SAME/UGC codes are real; forecast-zone numbers are best known
and no label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pih_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW = urn("pih-winter-storm-southeast-highlands")
WSW_EXA = urn("pih-winter-storm-southeast-highlands-exa")
SVR = urn("pih-svr-hail-chubbuck")
WIND = urn("pih-wind-advisory-power-bingham")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW, office="KPIH", senderName="NWS Pocatello ID", awips="WSWPIH", wmo="WWUS45",
         areaDesc="Caribou Highlands; Franklin County; Cache Valley/Idaho Portion", SAME=["016029", "016041"],
         UGC=["IDZ059", "IDZ060", "IDZ061"],
         sent="2026-01-20T14:05:00-07:00", onset="2026-01-21T05:00:00-07:00", expires="2026-01-21T02:00:00-07:00",
         ends="2026-01-22T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 20 at 2:05PM MST until January 22 at 5:00PM MST by NWS Pocatello ID",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 20 inches, up to 30 inches over the higher passes. Winds gusting as high as 50 mph will cause blowing and drifting snow.\n\n* WHERE...Caribou and Franklin Counties, including Soda Springs, Grace, Preston and Franklin, and U.S. 30 and U.S. 91.\n\n* WHEN...From 5 AM Wednesday to 5 PM MST Thursday.\n\n* IMPACTS...Travel could be very difficult to impossible. Areas of blowing snow could significantly reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. Check 511.idaho.gov for road conditions.",
         vtec="/O.NEW.KPIH.WS.W.0006.260121T1200Z-260123T0000Z/", references=[], geometry=None),
    dict(id=WSW_EXA, office="KPIH", senderName="NWS Pocatello ID", awips="WSWPIH", wmo="WWUS45",
         areaDesc="Caribou Highlands; Franklin County; Cache Valley/Idaho Portion; Oneida County",
         SAME=["016029", "016041", "016071"], UGC=["IDZ059", "IDZ060", "IDZ061", "IDZ062"],
         sent="2026-01-21T03:40:00-07:00", onset="2026-01-21T03:40:00-07:00", expires="2026-01-21T11:00:00-07:00",
         ends="2026-01-22T17:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 21 at 3:40AM MST until January 22 at 5:00PM MST by NWS Pocatello ID",
         description="* WHAT...Heavy snow. Additional snow accumulations of 10 to 18 inches. Winds gusting as high as 55 mph.\n\n* WHERE...Caribou, Franklin and Oneida Counties. The warning has been expanded to include Oneida County, including Malad City and Interstate 15 over Malad Pass.\n\n* WHEN...Until 5 PM MST Thursday.\n\n* IMPACTS...Travel will be very difficult to impossible, including Interstate 15 between Malad City and the Utah line.",
         instruction="Stay off the roads if you can. If you must travel, check 511.idaho.gov first.",
         vtec="/O.EXA.KPIH.WS.W.0006.000000T0000Z-260123T0000Z/", references=[WSW], geometry=None),
    dict(id=WIND, office="KPIH", senderName="NWS Pocatello ID", awips="NPWPIH", wmo="WWUS75",
         areaDesc="Lower Snake River Plain; American Falls Reservoir area", SAME=["016077", "016011"],
         UGC=["IDZ053", "IDZ054"],
         sent="2026-04-06T09:15:00-06:00", onset="2026-04-06T12:00:00-06:00", expires="2026-04-06T21:00:00-06:00",
         ends="2026-04-06T21:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Lake Wind Advisory", response="Monitor",
         headline="Lake Wind Advisory issued April 6 at 9:15AM MDT until April 6 at 9:00PM MDT by NWS Pocatello ID",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts to 40 mph will create hazardous boating conditions on American Falls Reservoir.\n\n* WHERE...Power and Bingham Counties, including American Falls, Aberdeen and Blackfoot.\n\n* WHEN...From noon to 9 PM MDT today.",
         instruction="Boaters on area lakes should use extra caution since strong winds and rough waves can overturn small craft.",
         vtec="/O.NEW.KPIH.LW.Y.0011.260406T1800Z-260407T0300Z/", references=[], geometry=None),
    dict(id=SVR, office="KPIH", senderName="NWS Pocatello ID", awips="SVRPIH", wmo="WUUS55",
         areaDesc="Bannock, ID; Power, ID", SAME=["016005", "016077"], UGC=["IDC005", "IDC077"],
         sent="2026-06-17T18:02:00-06:00", onset="2026-06-17T18:02:00-06:00", expires="2026-06-17T18:45:00-06:00",
         ends="2026-06-17T18:45:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 17 at 6:02PM MDT until June 17 at 6:45PM MDT by NWS Pocatello ID",
         description="SVRPIH\n\nThe National Weather Service in Pocatello has issued a\n\n* Severe Thunderstorm Warning for...\nNorthern Bannock County in southeastern Idaho...\nNortheastern Power County in southeastern Idaho...\n\n* Until 645 PM MDT.\n\n* At 601 PM MDT, a severe thunderstorm was located near Michaud Flats, moving east at 25 mph.\n\nHAZARD...60 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nChubbuck, North Pocatello and the Pocatello Regional Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPIH.SV.W.0031.260618T0002Z-260618T0045Z/", references=[],
         geometry=poly((-112.62, 42.875), (-112.38, 42.875), (-112.38, 42.965), (-112.62, 42.965)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"]}),
]
