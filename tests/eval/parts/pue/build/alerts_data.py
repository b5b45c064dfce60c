"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the pue part. Every alert is invented;
the office (NWS Pueblo CO, KPUB), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only). Alert ids carry the pue_ prefix."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pue_urn:oid:2.49.0.1.840.0.{h}.001.1"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


WSW_PUB = urn("pue-winter-storm-fremont-custer")
FRY_PUB = urn("pue-frost-advisory-lower-arkansas")
SVR_PUB = urn("pue-svr-hail-pueblo-west")
SVR_PUB_CAN = urn("pue-svr-hail-pueblo-west-can")

SVR_POLY = poly((-104.86, 38.425), (-104.60, 38.345), (-104.60, 38.30), (-104.70, 38.285), (-104.86, 38.335))

ALERTS = [
    dict(id=WSW_PUB, office="KPUB", senderName="NWS Pueblo CO", awips="WSWPUB", wmo="WWUS45",
         areaDesc="Canon City Vicinity/Eastern Fremont County; Wet Mountains above 10000 ft; Westcliffe Vicinity/Wet Mountain Valley",
         SAME=["008043", "008027"], UGC=["COZ072", "COZ074", "COZ075"],
         sent="2026-02-19T14:35:00-07:00", onset="2026-02-20T05:00:00-07:00", expires="2026-02-20T03:00:00-07:00",
         ends="2026-02-21T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 19 at 2:35PM MST until February 21 at 11:00AM MST by NWS Pueblo CO",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches, with up to 2 feet over the Wet Mountains. Winds gusting as high as 50 mph will cause blowing snow.\n\n* WHERE...Fremont and Custer Counties, including Canon City, Florence, Penrose and Westcliffe.\n\n* WHEN...From 5 AM Friday to 11 AM MST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on U.S. Highway 50 through the Royal Gorge and Colorado 96 over Hardscrabble Pass.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KPUB.WS.W.0005.260220T1200Z-260221T1800Z/", references=[], geometry=None),
    dict(id=FRY_PUB, office="KPUB", senderName="NWS Pueblo CO", awips="NPWPUB", wmo="WWUS75",
         areaDesc="Crowley County; Western Kiowa County; La Junta Vicinity/Otero County; Las Animas Vicinity/Bent County",
         SAME=["008025", "008089", "008011"], UGC=["COZ089", "COZ093", "COZ094"],
         sent="2026-05-08T14:10:00-06:00", onset="2026-05-09T01:00:00-06:00", expires="2026-05-09T04:00:00-06:00",
         ends="2026-05-09T08:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Frost Advisory", response="Prepare",
         headline="Frost Advisory issued May 8 at 2:10PM MDT until May 9 at 8:00AM MDT by NWS Pueblo CO",
         description="* WHAT...Temperatures as low as 32 to 35 degrees will result in frost formation.\n\n* WHERE...The lower Arkansas Valley, including La Junta, Rocky Ford, Fowler, Ordway and Las Animas.\n\n* WHEN...From 1 AM to 8 AM MDT Saturday.\n\n* IMPACTS...Frost could kill sensitive outdoor vegetation, including newly transplanted melon and tomato seedlings, if left uncovered.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KPUB.FR.Y.0012.260509T0700Z-260509T1400Z/", references=[], geometry=None),
    dict(id=SVR_PUB, office="KPUB", senderName="NWS Pueblo CO", awips="SVRPUB", wmo="WUUS55",
         areaDesc="Pueblo, CO", SAME=["008101"], UGC=["COC101"],
         sent="2026-06-10T15:42:00-06:00", onset="2026-06-10T15:42:00-06:00", expires="2026-06-10T16:30:00-06:00",
         ends="2026-06-10T16:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 10 at 3:42PM MDT until June 10 at 4:30PM MDT by NWS Pueblo CO",
         description="SVRPUB\n\nThe National Weather Service in Pueblo has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Pueblo County in southeastern Colorado...\n\n* Until 430 PM MDT.\n\n* At 341 PM MDT, a severe thunderstorm was located over Pueblo West, moving east at 20 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported golf ball size hail near Pueblo West Lake.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nPueblo West, northern Pueblo, Pueblo Reservoir and Belmont.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPUB.SV.W.0093.260610T2142Z-260610T2230Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_PUB_CAN, office="KPUB", senderName="NWS Pueblo CO", awips="SVSPUB", wmo="WWUS55",
         areaDesc="Pueblo, CO", SAME=["008101"], UGC=["COC101"],
         sent="2026-06-10T16:14:00-06:00", onset="2026-06-10T16:14:00-06:00", expires="2026-06-10T16:30:00-06:00",
         ends="2026-06-10T16:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The severe thunderstorm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KPUB.SV.W.0093.000000T0000Z-260610T2230Z/", references=[SVR_PUB], geometry=SVR_POLY),
]
