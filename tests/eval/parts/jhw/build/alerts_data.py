"""Hand-written NWS alerts for part jhw (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices,
SAME county codes and UGC county codes are real, forecast-zone numbers are best known (no label depends on them).
Alert ids start with `jhw_` (a `jhw_`-prefixed CAP urn)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"jhw_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_BUF = urn("jhw-svr-jamestown")
SVR_BUF_CON = urn("jhw-svr-jamestown-con")
FAW_CTP = urn("jhw-flood-warren")
FOG_BUF = urn("jhw-fog-chautauqua")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FOG_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="NPWBUF", wmo="WWUS71",
         areaDesc="Chautauqua", SAME=["036013"], UGC=["NYZ019"],
         sent="2026-05-28T04:12:00-04:00", onset="2026-05-28T04:12:00-04:00", expires="2026-05-28T09:00:00-04:00",
         ends="2026-05-28T09:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued May 28 at 4:12AM EDT until May 28 at 9:00AM EDT by NWS Buffalo NY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Chautauqua County, including Jamestown, Dunkirk, Fredonia and Mayville.\n\n* WHEN...Until 9 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 86 and the Thruway.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBUF.FG.Y.0012.260528T0812Z-260528T1300Z/", references=[], geometry=None),
    dict(id=FAW_CTP, office="KCTP", senderName="NWS State College PA", awips="FLWCTP", wmo="WGUS41",
         areaDesc="Warren, PA", SAME=["042123"], UGC=["PAC123"],
         sent="2026-04-14T15:20:00-04:00", onset="2026-04-14T15:20:00-04:00", expires="2026-04-15T03:15:00-04:00",
         ends="2026-04-15T03:15:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued April 14 at 3:20PM EDT until April 15 at 3:15AM EDT by NWS State College PA",
         description="* WHAT...Flooding caused by excessive rainfall and snowmelt is expected.\n\n* WHERE...Warren County in northwest Pennsylvania, including the City of Warren, Russell, Sugar Grove and Youngsville.\n\n* WHEN...Until 315 AM EDT Wednesday.\n\n* IMPACTS...Flooding of low-lying roads along the Conewango Creek and Brokenstraw Creek. Water over Pennsylvania Avenue West near the Conewango Creek bridge.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KCTP.FA.W.0031.260414T1920Z-260415T0715Z/", references=[], geometry=None),
    dict(id=SVR_BUF, office="KBUF", senderName="NWS Buffalo NY", awips="SVRBUF", wmo="WUUS51",
         areaDesc="Chautauqua, NY", SAME=["036013"], UGC=["NYC013"],
         sent="2026-06-18T17:42:00-04:00", onset="2026-06-18T17:42:00-04:00", expires="2026-06-18T18:30:00-04:00",
         ends="2026-06-18T18:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 5:42PM EDT until June 18 at 6:30PM EDT by NWS Buffalo NY",
         description="SVRBUF\n\nThe National Weather Service in Buffalo has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Chautauqua County in western New York...\n\n* Until 630 PM EDT.\n\n* At 541 PM EDT, a line of severe thunderstorms was located near Lakewood, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nJamestown, Lakewood, Celoron, West Ellicott and Busti.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBUF.SV.W.0087.260618T2142Z-260618T2230Z/", references=[],
         geometry=poly((-79.375, 42.065), (-79.225, 42.055), (-79.215, 42.138), (-79.370, 42.140)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=SVR_BUF_CON, office="KBUF", senderName="NWS Buffalo NY", awips="SVSBUF", wmo="WWUS51",
         areaDesc="Chautauqua, NY", SAME=["036013"], UGC=["NYC013"],
         sent="2026-06-18T18:04:00-04:00", onset="2026-06-18T18:04:00-04:00", expires="2026-06-18T18:30:00-04:00",
         ends="2026-06-18T18:30:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 18 at 6:04PM EDT until June 18 at 6:30PM EDT by NWS Buffalo NY",
         description="At 603 PM EDT, a line of severe thunderstorms was located over Jamestown, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated. Trees and wires reported down in Lakewood and Celoron.\n\n* Locations impacted include...\nJamestown, Falconer, Frewsburg, Kennedy and Levant.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.CON.KBUF.SV.W.0087.000000T0000Z-260618T2230Z/", references=[SVR_BUF],
         geometry=poly((-79.270, 42.030), (-79.095, 42.030), (-79.095, 42.155), (-79.265, 42.150)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
]
