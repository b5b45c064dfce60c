"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the yum part. Every alert is invented; the
office (NWS Phoenix, which serves Yuma County, Ariz. and Imperial County, Calif.), county SAME/UGC codes are real;
forecast-zone numbers are best known and no label depends on them (labels use SAME county codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"yum_urn:oid:2.49.0.1.840.0.{h}.001.1"


HT_Y = urn("yum-heat-advisory-yuma-county")
XH_W = urn("yum-extreme-heat-warning-imperial")
DS_W = urn("yum-dust-storm-warning-i8-dateland")
SV_W = urn("yum-svr-foothills")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


PSR = dict(office="KPSR", senderName="NWS Phoenix AZ")

ALERTS = [
    # Moderate: counts for nobody
    dict(id=HT_Y, **PSR, awips="NPWPSR", wmo="WWUS75",
         areaDesc="Yuma; Gila River Valley; Southwest Deserts", SAME=["004027"], UGC=["AZZ530", "AZZ531", "AZZ532"],
         sent="2026-06-20T13:40:00-07:00", onset="2026-06-21T10:00:00-07:00", expires="2026-06-21T02:00:00-07:00",
         ends="2026-06-22T20:00:00-07:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued June 20 at 1:40PM MST until June 22 at 8:00PM MST by NWS Phoenix AZ",
         description="* WHAT...Dangerous heat. Afternoon temperatures 112 to 115 degrees.\n\n* WHERE...Yuma County, including Yuma, Somerton, San Luis, Wellton and the Foothills.\n\n* WHEN...From 10 AM Sunday to 8 PM MST Monday.\n\n* IMPACTS...Heat stress and heat illness for those who are outdoors or without effective cooling.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KPSR.HT.Y.0021.260621T1700Z-260623T0300Z/", references=[], geometry=None),
    # Severe, no geometry, SAME Imperial County CA only: Winterhaven
    dict(id=XH_W, **PSR, awips="NPWPSR", wmo="WWUS75",
         areaDesc="Imperial County Southwest; Imperial County Southeast; Imperial County West",
         SAME=["006025"], UGC=["CAZ562", "CAZ566", "CAZ567"],
         sent="2026-06-22T03:15:00-07:00", onset="2026-06-23T10:00:00-07:00", expires="2026-06-22T15:00:00-07:00",
         ends="2026-06-26T20:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Extreme Heat Warning", response="Execute",
         headline="Extreme Heat Warning issued June 22 at 3:15AM PDT until June 26 at 8:00PM PDT by NWS Phoenix AZ",
         description="* WHAT...Extreme heat with afternoon temperatures 116 to 120 degrees. Overnight lows only falling into the lower 90s.\n\n* WHERE...Imperial County, including El Centro, Calexico, Brawley, Imperial and Winterhaven.\n\n* WHEN...From 10 AM Tuesday to 8 PM PDT Friday.\n\n* IMPACTS...Extreme heat will significantly increase the potential for heat related illnesses, particularly for those working or participating in outdoor activities.",
         instruction="Stay in an air-conditioned room, drink plenty of fluids, and check on relatives and neighbors. Never leave young children or pets in vehicles.",
         vtec="/O.NEW.KPSR.XH.W.0009.260623T1700Z-260627T0300Z/", references=[], geometry=None),
    # Severe, polygon over empty desert along I-8 east of Wellton: counts for nobody
    dict(id=DS_W, **PSR, awips="DSWPSR", wmo="WWUS55",
         areaDesc="Yuma, AZ", SAME=["004027"], UGC=["AZC027"],
         sent="2026-07-29T16:48:00-07:00", onset="2026-07-29T16:48:00-07:00", expires="2026-07-29T18:00:00-07:00",
         ends="2026-07-29T18:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Dust Storm Warning", response="Avoid",
         headline="Dust Storm Warning issued July 29 at 4:48PM MST until July 29 at 6:00PM MST by NWS Phoenix AZ",
         description="DSWPSR\n\nThe National Weather Service in Phoenix has issued a\n\n* Dust Storm Warning for...\nEast central Yuma County in southwestern Arizona...\n\n* Until 600 PM MST.\n\n* At 447 PM MST, a wall of dust was along a line extending from 8 miles north of Dateland to Aztec, moving west at 35 mph.\n\nHAZARD...Less than a quarter mile visibility with strong wind in excess of 50 mph.\n\nSOURCE...Radar and Department of Transportation cameras.\n\nIMPACT...Dangerous life-threatening travel.\n\n* This includes the following highways...\nInterstate 8 between mile markers 66 and 104.\n\nLocations impacted include...\nDateland, Aztec, Hyder and Mohawk Pass.",
         instruction="Pull aside, stay alive. If dense dust is approaching, pull off the road as far as possible, turn off your lights and keep your foot off the brake.",
         vtec="/O.NEW.KPSR.DS.W.0017.260729T2348Z-260730T0100Z/", references=[],
         geometry=poly((-113.85, 32.72), (-113.38, 32.72), (-113.38, 32.92), (-113.85, 32.92)),
         extra={"maxWindGust": ["60 MPH"]}),
    # Severe, polygon over the Fortuna Foothills: the Foothills clients
    dict(id=SV_W, **PSR, awips="SVRPSR", wmo="WUUS55",
         areaDesc="Yuma, AZ", SAME=["004027"], UGC=["AZC027"],
         sent="2026-08-17T18:12:00-07:00", onset="2026-08-17T18:12:00-07:00", expires="2026-08-17T19:00:00-07:00",
         ends="2026-08-17T19:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 17 at 6:12PM MST until August 17 at 7:00PM MST by NWS Phoenix AZ",
         description="SVRPSR\n\nThe National Weather Service in Phoenix has issued a\n\n* Severe Thunderstorm Warning for...\nWest central Yuma County in southwestern Arizona...\n\n* Until 700 PM MST.\n\n* At 611 PM MST, a severe thunderstorm was located over Telegraph Pass, moving southwest at 25 mph.\n\nHAZARD...70 mph wind gusts and blowing dust.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, trees and power lines. Mobile homes and RVs are especially vulnerable.\n\n* Locations impacted include...\nFortuna Foothills, Yuma Foothills, Gila Mountains and Telegraph Pass.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPSR.SV.W.0412.260818T0112Z-260818T0200Z/", references=[],
         geometry=poly((-114.455, 32.605), (-114.32, 32.605), (-114.30, 32.725), (-114.455, 32.725)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["0.75"]}),
]
