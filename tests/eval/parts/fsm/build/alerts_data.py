"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices and county
SAME codes are real (forecast-zone numbers as best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"fsm_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW_TSA = urn("fsm-ice-storm-sequoyah")
ISW_TSA_EXA = urn("fsm-ice-storm-sequoyah-exa-leflore")
SVR_TSA = urn("fsm-svr-van-buren-alma")
WIND_TSA = urn("fsm-wind-advisory-sebastian")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="WSWTSA", wmo="WWUS44",
         areaDesc="Sequoyah", SAME=["040135"], UGC=["OKZ069"],
         sent="2026-01-24T14:05:00-06:00", onset="2026-01-25T00:00:00-06:00", expires="2026-01-25T03:00:00-06:00",
         ends="2026-01-26T12:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 24 at 2:05PM CST until January 26 at 12:00PM CST by NWS Tulsa OK",
         description="* WHAT...Significant icing expected. Total ice accumulations of one half to three quarters of an inch.\n\n* WHERE...Sequoyah County, including Sallisaw, Muldrow, Roland and Vian.\n\n* WHEN...From midnight tonight to noon CST Monday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Prepare for possible power outages. Travel is strongly discouraged.",
         vtec="/O.NEW.KTSA.IS.W.0002.260125T0600Z-260126T1800Z/", references=[], geometry=None),
    dict(id=ISW_TSA_EXA, office="KTSA", senderName="NWS Tulsa OK", awips="WSWTSA", wmo="WWUS44",
         areaDesc="Sequoyah; Le Flore", SAME=["040135", "040079"], UGC=["OKZ069", "OKZ075"],
         sent="2026-01-25T03:40:00-06:00", onset="2026-01-25T03:40:00-06:00", expires="2026-01-25T10:00:00-06:00",
         ends="2026-01-26T12:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 25 at 3:40AM CST until January 26 at 12:00PM CST by NWS Tulsa OK",
         description="* WHAT...Significant icing. Additional ice accumulations of one quarter to one half inch.\n\n* WHERE...Sequoyah and Le Flore Counties. The warning has been expanded to include Le Flore County, including Poteau, Spiro, Heavener and Talihina.\n\n* WHEN...Until noon CST Monday.\n\n* IMPACTS...Widespread power outages and downed trees. Travel will be nearly impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only, away from windows.",
         vtec="/O.EXA.KTSA.IS.W.0002.000000T0000Z-260126T1800Z/", references=[ISW_TSA], geometry=None),
    dict(id=SVR_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="SVRTSA", wmo="WUUS54",
         areaDesc="Crawford, AR", SAME=["005033"], UGC=["ARC033"],
         sent="2026-04-14T23:52:00-05:00", onset="2026-04-14T23:52:00-05:00", expires="2026-04-15T00:45:00-05:00",
         ends="2026-04-15T00:45:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 14 at 11:52PM CDT until April 15 at 12:45AM CDT by NWS Tulsa OK",
         description="At 1152 PM CDT, a severe thunderstorm was located near Cedarville, moving southeast at 35 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\nLocations impacted include Van Buren, Alma, Kibler and Dyer.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KTSA.SV.W.0118.260415T0452Z-260415T0545Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"]},
         geometry=poly((-94.37, 35.43), (-94.37, 35.56), (-94.15, 35.56), (-94.15, 35.43))),
    dict(id=WIND_TSA, office="KTSA", senderName="NWS Tulsa OK", awips="NPWTSA", wmo="WWUS74",
         areaDesc="Sebastian; Crawford", SAME=["005131", "005033"], UGC=["ARZ029", "ARZ019"],
         sent="2026-03-02T04:10:00-06:00", onset="2026-03-02T10:00:00-06:00", expires="2026-03-02T18:00:00-06:00",
         ends="2026-03-02T18:00:00-06:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 2 at 4:10AM CST until March 2 at 6:00PM CST by NWS Tulsa OK",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 45 mph.\n\n* WHERE...Sebastian and Crawford Counties, including Fort Smith, Van Buren, Alma, Barling and Greenwood.\n\n* WHEN...From 10 AM to 6 PM CST Monday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KTSA.WI.Y.0007.260302T1600Z-260303T0000Z/", references=[], geometry=None),
]
