"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the ykn part. Every alert is invented;
the office (NWS Sioux Falls, KFSD) and the county SAME codes are real; forecast-zone numbers are given as best
known and no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ykn_urn-oid-2.49.0.1.840.0.{h[:32]}.001.1"


BZW_FSD = urn("ykn-blizzard-cedar-knox")
BZW_FSD_EXA = urn("ykn-blizzard-cedar-knox-exa-yankton")
WIND_FSD = urn("ykn-wind-advisory-yankton-clay")
SVR_FSD = urn("ykn-svr-vermillion")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Knox; Cedar", SAME=["031107", "031027"], UGC=["NEZ013", "NEZ014"],
         sent="2026-02-10T03:25:00-06:00", onset="2026-02-10T12:00:00-06:00", expires="2026-02-10T12:00:00-06:00",
         ends="2026-02-11T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued February 10 at 3:25AM CST until February 11 at 6:00PM CST by NWS Sioux Falls SD",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 55 mph.\n\n* WHERE...Knox and Cedar Counties in northeast Nebraska, including Crofton, Bloomfield, Hartington, Randolph and Wynot.\n\n* WHEN...From noon today to 6 PM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow could significantly reduce visibility. Highway 81 may be closed.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you.",
         vtec="/O.NEW.KFSD.BZ.W.0002.260210T1800Z-260212T0000Z/", references=[], geometry=None),
    dict(id=BZW_FSD_EXA, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Knox; Cedar; Yankton", SAME=["031107", "031027", "046135"], UGC=["NEZ013", "NEZ014", "SDZ071"],
         sent="2026-02-10T14:40:00-06:00", onset="2026-02-10T14:40:00-06:00", expires="2026-02-10T23:00:00-06:00",
         ends="2026-02-11T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued February 10 at 2:40PM CST until February 11 at 6:00PM CST by NWS Sioux Falls SD",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph.\n\n* WHERE...Knox and Cedar Counties in northeast Nebraska and Yankton County in southeast South Dakota. The warning has been expanded to include Yankton County, including Yankton, Gayville, Utica and Lesterville.\n\n* WHEN...Until 6 PM CST Wednesday.\n\n* IMPACTS...Travel will be impossible. Highway 81 is closed between Yankton and Norfolk.",
         instruction="Do not travel. If you become stranded, stay with your vehicle.",
         vtec="/O.EXA.KFSD.BZ.W.0002.000000T0000Z-260212T0000Z/", references=[BZW_FSD], geometry=None),
    dict(id=WIND_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="NPWFSD", wmo="WWUS73",
         areaDesc="Yankton; Clay", SAME=["046135", "046027"], UGC=["SDZ071", "SDZ072"],
         sent="2026-04-06T04:10:00-05:00", onset="2026-04-06T10:00:00-05:00", expires="2026-04-06T12:00:00-05:00",
         ends="2026-04-06T19:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 6 at 4:10AM CDT until April 6 at 7:00PM CDT by NWS Sioux Falls SD",
         description="* WHAT...Northwest winds 25 to 35 mph with gusts up to 50 mph.\n\n* WHERE...Yankton and Clay Counties, including Yankton and Vermillion.\n\n* WHEN...From 10 AM to 7 PM CDT today.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Travel will be difficult for high-profile vehicles.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KFSD.WI.Y.0011.260406T1500Z-260407T0000Z/", references=[], geometry=None),
    dict(id=SVR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVRFSD", wmo="WUUS53",
         areaDesc="Clay, SD; Union, SD", SAME=["046027", "046127"], UGC=["SDC027", "SDC127"],
         sent="2026-06-02T17:48:00-05:00", onset="2026-06-02T17:48:00-05:00", expires="2026-06-02T18:30:00-05:00",
         ends="2026-06-02T18:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 2 at 5:48PM CDT until June 2 at 6:30PM CDT by NWS Sioux Falls SD",
         description="SVRFSD\n\nThe National Weather Service in Sioux Falls has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Clay County in southeastern South Dakota...\nWestern Union County in southeastern South Dakota...\n\n* Until 630 PM CDT.\n\n* At 547 PM CDT, a severe thunderstorm was located near Vermillion, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nVermillion, Burbank and Elk Point.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFSD.SV.W.0118.260602T2248Z-260602T2330Z/", references=[],
         geometry=poly((-97.02, 42.74), (-96.80, 42.72), (-96.72, 42.78), (-96.80, 42.84), (-97.02, 42.84)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
