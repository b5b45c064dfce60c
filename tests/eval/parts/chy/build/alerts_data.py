"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the chy part, all from NWS Cheyenne
(KCYS). Every alert is invented; the office, SAME county codes and county UGC codes are real, forecast-zone
numbers are given as best known, and no label depends on them (labels use SAME codes and polygons only).

Labels (computed by ../label_weather.py from the rules, checked by hand):
- Blizzard Warning (Severe, no geometry, SAME Albany 056001 + Carbon 056007): the Laramie and Rawlins clients.
- its Update (EXA, adds Laramie County 056021): the Cheyenne clients, labelled with the Update's id
  (CHY013 in Pine Bluffs is do_not_contact: nothing).
- Tornado Warning (Extreme, polygon around Torrington): the four Torrington clients (Josie Aguilar is alive in May).
- Severe Thunderstorm Warning (Severe, polygon over Cheyenne, golf-ball hail): the Cheyenne clients.
"""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"chy_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW = urn("chy-blizzard-laramie-carbon")
BZW_EXA = urn("chy-blizzard-laramie-carbon-exa")
TOR = urn("chy-tornado-torrington")
SVR = urn("chy-svr-hail-cheyenne")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


COMMON = dict(office="KCYS", senderName="NWS Cheyenne WY")

ALERTS = [
    dict(id=BZW, awips="WSWCYS", wmo="WWUS45", **COMMON,
         areaDesc="Laramie Valley; Snowy Range; Rawlins/Sinclair; Shirley Basin", SAME=["056001", "056007"],
         UGC=["WYZ110", "WYZ112", "WYZ109", "WYZ111"],
         sent="2026-01-19T14:25:00-07:00", onset="2026-01-20T02:00:00-07:00", expires="2026-01-20T03:00:00-07:00",
         ends="2026-01-21T11:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 19 at 2:25PM MST until January 21 at 11:00AM MST by NWS Cheyenne WY",
         description="* WHAT...Blizzard conditions. Additional snow accumulations of 6 to 12 inches. Winds gusting as high as 65 mph will cause widespread blowing and drifting snow and visibilities near zero.\n\n* WHERE...Albany and Carbon Counties, including Laramie, Rawlins and Interstate 80 from Elk Mountain to the Summit.\n\n* WHEN...From 2 AM Tuesday to 11 AM MST Wednesday.\n\n* IMPACTS...Travel will be impossible. Interstate 80 closures are likely. Very strong winds could cause damage to trees and power lines.",
         instruction="Do not travel. If you must, have a winter survival kit. Call 511 for Wyoming road conditions.",
         vtec="/O.NEW.KCYS.BZ.W.0002.260120T0900Z-260121T1800Z/", references=[], geometry=None),
    dict(id=BZW_EXA, awips="WSWCYS", wmo="WWUS45", **COMMON,
         areaDesc="Laramie Valley; Snowy Range; Rawlins/Sinclair; Shirley Basin; Central Laramie County; East Laramie County; South Laramie Range",
         SAME=["056001", "056007", "056021"],
         UGC=["WYZ110", "WYZ112", "WYZ109", "WYZ111", "WYZ118", "WYZ119", "WYZ116"],
         sent="2026-01-20T04:10:00-07:00", onset="2026-01-20T04:10:00-07:00", expires="2026-01-20T12:00:00-07:00",
         ends="2026-01-21T11:00:00-07:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 20 at 4:10AM MST until January 21 at 11:00AM MST by NWS Cheyenne WY",
         description="* WHAT...Blizzard conditions. Snow accumulations of 8 to 14 inches. Winds gusting as high as 70 mph.\n\n* WHERE...Albany, Carbon and Laramie Counties. The warning has been expanded to include Laramie County, including Cheyenne, Burns and Pine Bluffs.\n\n* WHEN...Until 11 AM MST Wednesday.\n\n* IMPACTS...Travel will be impossible. Interstate 80 and Interstate 25 are closed. Power outages are possible.",
         instruction="Stay off the roads. Check on elderly neighbors and keep pets and livestock sheltered.",
         vtec="/O.EXA.KCYS.BZ.W.0002.000000T0000Z-260121T1800Z/", references=[BZW], geometry=None),
    dict(id=TOR, awips="TORCYS", wmo="WFUS55", **COMMON,
         areaDesc="Goshen, WY", SAME=["056015"], UGC=["WYC015"],
         sent="2026-05-28T17:35:00-06:00", onset="2026-05-28T17:35:00-06:00", expires="2026-05-28T18:15:00-06:00",
         ends="2026-05-28T18:15:00-06:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 28 at 5:35PM MDT until May 28 at 6:15PM MDT by NWS Cheyenne WY",
         description="TORCYS\n\nThe National Weather Service in Cheyenne has issued a\n\n* Tornado Warning for...\nCentral Goshen County in southeastern Wyoming...\n\n* Until 615 PM MDT.\n\n* At 534 PM MDT, a severe thunderstorm capable of producing a tornado was located 6 miles southwest of Torrington, moving northeast at 20 mph.\n\nHAZARD...Tornado and quarter size hail.\n\nSOURCE...Radar indicated rotation.\n\nIMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed.\n\n* Locations impacted include...\nTorrington, Lingle and Veteran.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KCYS.TO.W.0009.260528T2335Z-260529T0015Z/", references=[],
         geometry=poly((-104.33, 41.98), (-104.08, 41.99), (-104.06, 42.16), (-104.36, 42.17))),
    dict(id=SVR, awips="SVRCYS", wmo="WUUS55", **COMMON,
         areaDesc="Laramie, WY", SAME=["056021"], UGC=["WYC021"],
         sent="2026-07-15T16:12:00-06:00", onset="2026-07-15T16:12:00-06:00", expires="2026-07-15T17:00:00-06:00",
         ends="2026-07-15T17:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 4:12PM MDT until July 15 at 5:00PM MDT by NWS Cheyenne WY",
         description="SVRCYS\n\nThe National Weather Service in Cheyenne has issued a\n\n* Severe Thunderstorm Warning for...\nWestern Laramie County in southeastern Wyoming...\n\n* Until 500 PM MDT.\n\n* At 411 PM MDT, a severe thunderstorm was located near F.E. Warren Air Force Base, moving east at 15 mph.\n\nHAZARD...Golf ball size hail and 70 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nCheyenne, F.E. Warren AFB, Fox Farm-College and Ranchettes.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCYS.SV.W.0141.260715T2212Z-260715T2300Z/", references=[],
         geometry=poly((-104.95, 41.06), (-104.70, 41.05), (-104.69, 41.24), (-104.93, 41.26))),
]
