"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hys part. Every alert is invented;
the office (NWS Dodge City, KDDC) and county codes are real. Labels use SAME codes and polygons only."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW = urn("hys_blizzard-trego-gove")
SVR = urn("hys_svr-hays-victoria")
SVR_CAN = urn("hys_svr-hays-victoria-can")
WIND = urn("hys_wind-advisory-ellis")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW, event="Blizzard Warning", awips="WSWDDC", wmo="WWUS43",
         areaDesc="Trego; Gove", SAME=["020195", "020063"], UGC=["KSC195", "KSC063"],
         sent="2026-02-20T14:05:00-06:00", onset="2026-02-21T00:00:00-06:00", expires="2026-02-21T04:00:00-06:00",
         ends="2026-02-22T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", response="Avoid",
         headline="Blizzard Warning issued February 20 at 2:05PM CST until February 22 at 6:00AM CST by NWS Dodge City KS",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph.\n\n* WHERE...Trego and Gove Counties, including WaKeeney, Ogallah, Quinter and Grainfield.\n\n* WHEN...From midnight Saturday to 6 AM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Interstate 70 may close.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you.",
         vtec="/O.NEW.KDDC.BZ.W.0002.260221T0600Z-260222T1200Z/", references=[], geometry=None),
    dict(id=WIND, event="Wind Advisory", awips="NPWDDC", wmo="WWUS73",
         areaDesc="Ellis; Rush; Ness", SAME=["020051", "020165", "020135"], UGC=["KSC051", "KSC165", "KSC135"],
         sent="2026-04-03T04:10:00-05:00", onset="2026-04-03T10:00:00-05:00", expires="2026-04-03T19:00:00-05:00",
         ends="2026-04-03T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", response="Execute",
         headline="Wind Advisory issued April 3 at 4:10AM CDT until April 3 at 7:00PM CDT by NWS Dodge City KS",
         description="* WHAT...South winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Ellis, Rush and Ness Counties.\n\n* WHEN...From 10 AM to 7 PM CDT Friday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Very dry conditions may cause rapid spread of any fire.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KDDC.WI.Y.0011.260403T1500Z-260404T0000Z/", references=[], geometry=None),
    dict(id=SVR, event="Severe Thunderstorm Warning", awips="SVRDDC", wmo="WUUS53",
         areaDesc="Ellis, KS", SAME=["020051"], UGC=["KSC051"],
         sent="2026-06-11T22:41:00-05:00", onset="2026-06-11T22:41:00-05:00", expires="2026-06-11T23:30:00-05:00",
         ends="2026-06-11T23:30:00-05:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 11 at 10:41PM CDT until June 11 at 11:30PM CDT by NWS Dodge City KS",
         description="At 1041 PM CDT, a severe thunderstorm was located 4 miles west of Hays, moving east at 35 mph.\n\nHAZARD...80 mph wind gusts and golf ball size hail.\n\nSOURCE...Trained weather spotters.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be heavily damaged. Expect considerable damage to roofs, windows, and vehicles.\n\nLocations impacted include Hays, Victoria, Catharine and Yocemento.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KDDC.SV.W.0187.260612T0341Z-260612T0430Z/", references=[],
         extra={"maxWindGust": ["80 MPH"], "maxHailSize": ["1.75"], "thunderstormDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-99.43, 38.83), (-99.43, 38.95), (-99.05, 38.93), (-99.04, 38.81))),
    dict(id=SVR_CAN, event="Severe Thunderstorm Warning", awips="SVSDDC", wmo="WWUS53",
         areaDesc="Ellis, KS", SAME=["020051"], UGC=["KSC051"],
         sent="2026-06-11T23:12:00-05:00", onset="2026-06-11T23:12:00-05:00", expires="2026-06-11T23:30:00-05:00",
         ends="2026-06-11T23:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled. However, gusty winds and heavy rain are still possible with this thunderstorm.",
         instruction="",
         vtec="/O.CAN.KDDC.SV.W.0187.000000T0000Z-260612T0430Z/", references=[SVR], geometry=None),
]
