"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the gtf part. Every alert is invented; the
office (NWS Great Falls, KTFX), SAME county codes and county UGC codes are real; forecast-zone numbers are best
known and no label depends on them (labels use SAME codes and polygons only).

Ids: properties.id is "gtf_urn:oid:..." (prefixed for this part), the feature id is
"https://api.weather.gov/alerts/" + that id; gold uses the feature id."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"gtf_urn:oid:2.49.0.1.840.0.{h}.001.1"


HWW_TFX = urn("gtf-high-wind-rocky-front")
WWY_TFX = urn("gtf-wwy-cascade")
SVR_TFX = urn("gtf-svr-hail-great-falls")
SVR_TFX_CAN = urn("gtf-svr-hail-great-falls-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-111.405, 47.470), (-111.262, 47.470), (-111.262, 47.560), (-111.330, 47.575), (-111.405, 47.545))

ALERTS = [
    dict(id=HWW_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="NPWTFX", wmo="WWUS75",
         areaDesc="Eastern Teton; Chouteau", SAME=["030099", "030015"], UGC=["MTZ310", "MTZ313"],
         sent="2026-01-20T03:12:00-07:00", onset="2026-01-20T09:00:00-07:00", expires="2026-01-20T15:00:00-07:00",
         ends="2026-01-21T05:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 20 at 3:12AM MST until January 21 at 5:00AM MST by NWS Great Falls MT",
         description="* WHAT...West winds 40 to 50 mph with gusts up to 80 mph expected.\n\n* WHERE...Eastern Teton and Chouteau Counties, including Choteau, Fort Benton and Highwood.\n\n* WHEN...From 9 AM this morning to 5 AM MST Wednesday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Travel will be difficult, especially for high profile vehicles. Blowing snow may reduce visibility on US-89 and US-87.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KTFX.HW.W.0004.260120T1600Z-260121T1200Z/", references=[], geometry=None,
         extra={"windGust": ["80 MPH"]}),
    dict(id=WWY_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="WSWTFX", wmo="WWUS45",
         areaDesc="Cascade County below 5000 ft", SAME=["030013"], UGC=["MTZ312"],
         sent="2026-03-09T14:40:00-06:00", onset="2026-03-09T20:00:00-06:00", expires="2026-03-10T04:00:00-06:00",
         ends="2026-03-10T11:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued March 9 at 2:40PM MDT until March 10 at 11:00AM MDT by NWS Great Falls MT",
         description="* WHAT...Snow expected. Total snow accumulations of 3 to 6 inches.\n\n* WHERE...Cascade County below 5000 feet, including Great Falls, Black Eagle, Belt and Vaughn.\n\n* WHEN...From 8 PM this evening to 11 AM MDT Tuesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Tuesday morning commute.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KTFX.WW.Y.0021.260310T0200Z-260310T1700Z/", references=[], geometry=None),
    dict(id=SVR_TFX, office="KTFX", senderName="NWS Great Falls MT", awips="SVRTFX", wmo="WUUS53",
         areaDesc="Cascade, MT", SAME=["030013"], UGC=["MTC013"],
         sent="2026-07-14T18:41:00-06:00", onset="2026-07-14T18:41:00-06:00", expires="2026-07-14T19:30:00-06:00",
         ends="2026-07-14T19:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 6:41PM MDT until July 14 at 7:30PM MDT by NWS Great Falls MT",
         description="SVRTFX\n\nThe National Weather Service in Great Falls has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Cascade County in central Montana...\n\n* Until 730 PM MDT.\n\n* At 640 PM MDT, a severe thunderstorm was located near Vaughn, moving east at 30 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Trained weather spotters reported half dollar size hail near Vaughn.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nwestern and central Great Falls, Black Eagle and Malmstrom Air Force Base housing west of 15th Street.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTFX.SV.W.0112.260715T0041Z-260715T0130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.75"], "hailThreat": ["OBSERVED"]}),
    dict(id=SVR_TFX_CAN, office="KTFX", senderName="NWS Great Falls MT", awips="SVSTFX", wmo="WWUS53",
         areaDesc="Cascade, MT", SAME=["030013"], UGC=["MTC013"],
         sent="2026-07-14T19:12:00-06:00", onset="2026-07-14T19:12:00-06:00", expires="2026-07-14T19:30:00-06:00",
         ends="2026-07-14T19:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and has exited the warned area. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KTFX.SV.W.0112.000000T0000Z-260715T0130Z/", references=[SVR_TFX], geometry=SVR_POLY),
]
