"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part hon. Alerts invented; offices
(KFSD Sioux Falls, KABR Aberdeen), SAME county codes and UGC county codes real."""

import hashlib


def urn(label: str) -> str:
    return f"hon_urn-oid-2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()[:24]}.001.1"


SVR_FSD = urn("hon-svr-huron")
SVR_FSD_CAN = urn("hon-svr-huron-can")
BZW_ABR = urn("hon-blizzard-hand")
WWY_FSD = urn("hon-wwy-kingsbury-jerauld")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=BZW_ABR, office="KABR", senderName="NWS Aberdeen SD", awips="WSWABR", wmo="WWUS43",
         areaDesc="Hand; Hyde; Faulk", SAME=["046059", "046069", "046049"], UGC=["SDC059", "SDC069", "SDC049"],
         sent="2026-01-08T14:05:00-06:00", onset="2026-01-08T21:00:00-06:00", expires="2026-01-09T06:00:00-06:00",
         ends="2026-01-10T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 8 at 2:05PM CST until January 10 at 6:00AM CST by NWS Aberdeen SD",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 6 to 10 inches. Winds gusting as high as 60 mph. Visibility near zero in blowing snow.\n\n* WHERE...Hand, Hyde and Faulk Counties, including Miller, Highmore and Faulkton.\n\n* WHEN...From 9 PM this evening to 6 AM CST Saturday.\n\n* IMPACTS...Travel will be impossible. Widespread blowing snow will reduce visibility to near zero. Dangerous wind chills as low as 40 below zero.",
         instruction="Do not travel. If you must, carry a winter survival kit and let someone know your route.",
         vtec="/O.NEW.KABR.BZ.W.0002.260109T0300Z-260110T1200Z/", references=[], geometry=None),
    dict(id=WWY_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="WSWFSD", wmo="WWUS43",
         areaDesc="Kingsbury; Jerauld; Sanborn", SAME=["046077", "046073", "046111"], UGC=["SDC077", "SDC073", "SDC111"],
         sent="2026-02-24T03:30:00-06:00", onset="2026-02-24T06:00:00-06:00", expires="2026-02-24T12:00:00-06:00",
         ends="2026-02-24T18:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Prepare",
         headline="Winter Weather Advisory issued February 24 at 3:30AM CST until February 24 at 6:00PM CST by NWS Sioux Falls SD",
         description="* WHAT...Light freezing drizzle and snow. Snow accumulations of up to one inch and a light glaze of ice.\n\n* WHERE...Kingsbury, Jerauld and Sanborn Counties, including De Smet, Lake Preston, Wessington Springs and Woonsocket.\n\n* WHEN...Until 6 PM CST this evening.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KFSD.WW.Y.0011.260224T1200Z-260225T0000Z/", references=[], geometry=None),
    dict(id=SVR_FSD, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVRFSD", wmo="WUUS53",
         areaDesc="Beadle, SD", SAME=["046005"], UGC=["SDC005"],
         sent="2026-06-17T23:41:00-05:00", onset="2026-06-17T23:41:00-05:00", expires="2026-06-18T00:30:00-05:00",
         ends="2026-06-18T00:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 17 at 11:41PM CDT until June 18 at 12:30AM CDT by NWS Sioux Falls SD",
         description="SVRFSD\n\nThe National Weather Service in Sioux Falls has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Beadle County in east central South Dakota...\n\n* Until 1230 AM CDT.\n\n* At 1140 PM CDT, a severe thunderstorm was located near Wolsey, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect considerable tree damage. Wind damage is also likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHuron and Lake Byron.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KFSD.SV.W.0148.260618T0441Z-260618T0530Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-98.30, 44.30), (-98.10, 44.30), (-98.10, 44.43), (-98.30, 44.43))),
    dict(id=SVR_FSD_CAN, office="KFSD", senderName="NWS Sioux Falls SD", awips="SVSFSD", wmo="WWUS53",
         areaDesc="Beadle, SD", SAME=["046005"], UGC=["SDC005"],
         sent="2026-06-18T00:12:00-05:00", onset="2026-06-18T00:12:00-05:00", expires="2026-06-18T00:30:00-05:00",
         ends="2026-06-18T00:30:00-05:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KFSD.SV.W.0148.000000T0000Z-260618T0530Z/", references=[SVR_FSD],
         geometry=poly((-98.30, 44.30), (-98.10, 44.30), (-98.10, 44.43), (-98.30, 44.43))),
]
