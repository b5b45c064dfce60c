"""Hand-written NWS alerts for the hob part (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(NWS Midland TX, KMAF), county SAME/UGC codes real; forecast-zone numbers as best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hob_urn:oid:2.49.0.1.840.0.{h[:32]}.001.1"


SVR = urn("hob-svr-hail-north-hobbs")
SVR_CAN = urn("hob-svr-hail-north-hobbs-can")
FFW = urn("hob-ffw-carlsbad")
WIND = urn("hob-wind-advisory-lea")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WIND, office="KMAF", senderName="NWS Midland/Odessa TX", awips="NPWMAF", wmo="WWUS74",
         areaDesc="Northern Lea; Central Lea; Southern Lea", SAME=["035025"], UGC=["NMZ033", "NMZ034", "NMZ035"],
         sent="2026-03-14T03:10:00-06:00", onset="2026-03-14T11:00:00-06:00", expires="2026-03-14T19:00:00-06:00",
         ends="2026-03-14T19:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 14 at 3:10AM MDT until March 14 at 7:00PM MDT by NWS Midland/Odessa TX",
         description="* WHAT...West winds 25 to 35 mph with gusts up to 50 mph. Areas of blowing dust.\n\n* WHERE...Lea County, including Hobbs, Lovington, Eunice, Jal and Tatum.\n\n* WHEN...From 11 AM to 7 PM MDT Saturday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Visibility may drop quickly in blowing dust.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KMAF.WI.Y.0012.260314T1700Z-260315T0100Z/", references=[], geometry=None),
    dict(id=SVR, office="KMAF", senderName="NWS Midland/Odessa TX", awips="SVRMAF", wmo="WUUS54",
         areaDesc="Lea, NM", SAME=["035025"], UGC=["NMC025"],
         sent="2026-05-19T18:52:00-06:00", onset="2026-05-19T18:52:00-06:00", expires="2026-05-19T19:45:00-06:00",
         ends="2026-05-19T19:45:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 19 at 6:52PM MDT until May 19 at 7:45PM MDT by NWS Midland/Odessa TX",
         description="At 652 PM MDT, a severe thunderstorm was located 6 miles northwest of Hobbs, moving southeast at 20 mph.\n\nHAZARD...Golf ball size hail and 60 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include north Hobbs and the Lovington Highway corridor.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMAF.SV.W.0187.260520T0052Z-260520T0145Z/", references=[],
         extra={"maxHailSize": ["1.75"], "maxWindGust": ["60 MPH"], "hailThreat": ["RADAR INDICATED"]},
         geometry=poly((-103.24, 32.87), (-103.08, 32.87), (-103.08, 32.77), (-103.24, 32.77))),
    dict(id=SVR_CAN, office="KMAF", senderName="NWS Midland/Odessa TX", awips="SVSMAF", wmo="WWUS54",
         areaDesc="Lea, NM", SAME=["035025"], UGC=["NMC025"],
         sent="2026-05-19T19:31:00-06:00", onset="2026-05-19T19:31:00-06:00", expires="2026-05-19T19:45:00-06:00",
         ends="2026-05-19T19:45:00-06:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits and exited the warned area. Therefore, the warning has been cancelled.",
         instruction="", vtec="/O.CAN.KMAF.SV.W.0187.000000T0000Z-260520T0145Z/", references=[SVR],
         geometry=poly((-103.24, 32.87), (-103.08, 32.87), (-103.08, 32.77), (-103.24, 32.77))),
    dict(id=FFW, office="KMAF", senderName="NWS Midland/Odessa TX", awips="FFWMAF", wmo="WGUS54",
         areaDesc="Eddy, NM", SAME=["035015"], UGC=["NMC015"],
         sent="2026-08-11T20:14:00-06:00", onset="2026-08-11T20:14:00-06:00", expires="2026-08-12T00:15:00-06:00",
         ends="2026-08-12T00:15:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 11 at 8:14PM MDT until August 12 at 12:15AM MDT by NWS Midland/Odessa TX",
         description="At 814 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over Carlsbad. Between 2 and 3 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nIMPACT...Flash flooding of low-water crossings, small creeks and streets in Carlsbad, including the Dark Canyon Draw crossings.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMAF.FF.W.0041.260812T0214Z-260812T0615Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-104.30, 32.46), (-104.18, 32.46), (-104.18, 32.37), (-104.30, 32.37))),
]
