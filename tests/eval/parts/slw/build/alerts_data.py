"""Hand-written NWS alerts for the slw part (api.weather.gov /alerts/active GeoJSON). Alerts invented; office
(NWS Wakefield VA, KAKQ, which serves the lower Eastern Shore of Maryland), SAME county codes and county UGCs real;
forecast-zone numbers as best known (labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


HWW = urn("slw-high-wind-noreaster")
HWW_EXA = urn("slw-high-wind-noreaster-exa")
CFY = urn("slw-coastal-flood-advisory-somerset")
SVR = urn("slw-svr-salisbury")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=HWW, office="KAKQ", senderName="NWS Wakefield VA", awips="NPWAKQ", wmo="WWUS71",
         areaDesc="Dorchester; Somerset", SAME=["024019", "024039"], UGC=["MDZ021", "MDZ022"],
         sent="2026-01-24T15:12:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 24 at 3:12PM EST until January 26 at 7:00AM EST by NWS Wakefield VA",
         description="* WHAT...North winds 35 to 45 mph with gusts up to 65 mph expected as a strong nor'easter passes offshore.\n\n* WHERE...Dorchester and Somerset Counties, including Cambridge, Hurlock, Crisfield, Princess Anne and Smith Island.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel will be difficult, especially for high profile vehicles.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows.",
         vtec="/O.NEW.KAKQ.HW.W.0002.260125T0900Z-260126T1200Z/", references=[], geometry=None),
    dict(id=HWW_EXA, office="KAKQ", senderName="NWS Wakefield VA", awips="NPWAKQ", wmo="WWUS71",
         areaDesc="Dorchester; Somerset; Worcester", SAME=["024019", "024039", "024047"], UGC=["MDZ021", "MDZ022", "MDZ024", "MDZ025"],
         sent="2026-01-25T03:40:00-05:00", onset="2026-01-25T03:40:00-05:00", expires="2026-01-25T11:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 25 at 3:40AM EST until January 26 at 7:00AM EST by NWS Wakefield VA",
         description="* WHAT...North winds 40 to 50 mph with gusts up to 70 mph.\n\n* WHERE...Dorchester, Somerset and Worcester Counties. The warning has been expanded to include Worcester County, including Ocean City, Berlin, Snow Hill and Pocomoke City.\n\n* WHEN...Until 7 AM EST Monday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows.",
         vtec="/O.EXA.KAKQ.HW.W.0002.000000T0000Z-260126T1200Z/", references=[HWW], geometry=None),
    dict(id=CFY, office="KAKQ", senderName="NWS Wakefield VA", awips="CFWAKQ", wmo="WHUS41",
         areaDesc="Somerset", SAME=["024039"], UGC=["MDZ022"],
         sent="2026-03-30T14:05:00-04:00", onset="2026-03-31T01:00:00-04:00", expires="2026-03-31T04:00:00-04:00",
         ends="2026-03-31T06:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued March 30 at 2:05PM EDT until March 31 at 6:00AM EDT by NWS Wakefield VA",
         description="* WHAT...Up to one half foot of inundation above ground level in low-lying areas near shorelines and tidal waterways.\n\n* WHERE...Somerset County, including Crisfield, Deal Island and Smith Island.\n\n* WHEN...From 1 AM to 6 AM EDT Tuesday, around the early morning high tide.\n\n* IMPACTS...Shallow flooding on Main Street in Crisfield and on the roads to Deal Island and Wenona.",
         instruction="Do not drive through flooded roadways.",
         vtec="/O.NEW.KAKQ.CF.Y.0011.260331T0500Z-260331T1000Z/", references=[], geometry=None),
    dict(id=SVR, office="KAKQ", senderName="NWS Wakefield VA", awips="SVRAKQ", wmo="WUUS51",
         areaDesc="Wicomico, MD", SAME=["024045"], UGC=["MDC045"],
         sent="2026-07-14T16:48:00-04:00", onset="2026-07-14T16:48:00-04:00", expires="2026-07-14T17:30:00-04:00",
         ends="2026-07-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 4:48PM EDT until July 14 at 5:30PM EDT by NWS Wakefield VA",
         description="SVRAKQ\n\nThe National Weather Service in Wakefield has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Wicomico County in southeastern Maryland...\n\n* Until 530 PM EDT.\n\n* At 447 PM EDT, a severe thunderstorm was located near Hebron, moving southeast at 25 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nSalisbury, Fruitland and Salisbury Regional Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KAKQ.SV.W.0112.260714T2048Z-260714T2130Z/", references=[],
         geometry=poly((-75.665, 38.300), (-75.495, 38.300), (-75.495, 38.405), (-75.665, 38.405)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
]
