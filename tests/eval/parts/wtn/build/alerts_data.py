"""Hand-written NWS alerts for the wtn part (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS Buffalo, which serves Jefferson and Lewis Counties), SAME county codes and county UGCs are real;
forecast-zone numbers are best known and no label depends on them. The feature id and the CAP identifier
start with wtn_."""


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR = "wtn_urn-oid-2.49.0.1.840.0.svr-watertown-20260714.001.1"
SVR_CAN = "wtn_urn-oid-2.49.0.1.840.0.svr-watertown-20260714-can.001.1"
FOG = "wtn_urn-oid-2.49.0.1.840.0.fog-jefferson-20261008.001.1"
LES = "wtn_urn-oid-2.49.0.1.840.0.les-lewis-20261118.001.1"

ALERTS = [
    dict(id=SVR, office="KBUF", senderName="NWS Buffalo NY", awips="SVRBUF", wmo="WUUS51",
         areaDesc="Jefferson, NY", SAME=["036045"], UGC=["NYC045"],
         sent="2026-07-14T20:52:00-04:00", onset="2026-07-14T20:52:00-04:00", expires="2026-07-14T21:45:00-04:00",
         ends="2026-07-14T21:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 14 at 8:52PM EDT until July 14 at 9:45PM EDT by NWS Buffalo NY",
         description="SVRBUF\n\nThe National Weather Service in Buffalo has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Jefferson County in northern New York...\n\n* Until 945 PM EDT.\n\n* At 851 PM EDT, a severe thunderstorm was located over Watertown, moving northeast at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nWatertown, Black River, Calcium, Evans Mills, Pamelia and Fort Drum.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBUF.SV.W.0187.260715T0052Z-260715T0145Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]},
         geometry=poly((-75.94, 43.95), (-75.76, 43.97), (-75.78, 44.12), (-75.90, 44.10), (-75.94, 44.00))),
    dict(id=SVR_CAN, office="KBUF", senderName="NWS Buffalo NY", awips="SVSBUF", wmo="WWUS51",
         areaDesc="Jefferson, NY", SAME=["036045"], UGC=["NYC045"],
         sent="2026-07-14T21:20:00-04:00", onset="2026-07-14T21:20:00-04:00", expires="2026-07-14T21:45:00-04:00",
         ends="2026-07-14T21:20:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out of the area and weakened. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KBUF.SV.W.0187.000000T0000Z-260715T0145Z/", references=[SVR],
         geometry=poly((-75.94, 43.95), (-75.76, 43.97), (-75.78, 44.12), (-75.90, 44.10), (-75.94, 44.00))),
    dict(id=FOG, office="KBUF", senderName="NWS Buffalo NY", awips="NPWBUF", wmo="WWUS71",
         areaDesc="Jefferson", SAME=["036045"], UGC=["NYZ007"],
         sent="2026-10-08T03:10:00-04:00", onset="2026-10-08T03:10:00-04:00", expires="2026-10-08T10:00:00-04:00",
         ends="2026-10-08T10:00:00-04:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Prepare",
         headline="Dense Fog Advisory issued October 8 at 3:10AM EDT until October 8 at 10:00AM EDT by NWS Buffalo NY",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Jefferson County, including Watertown, Clayton, Alexandria Bay and Adams.\n\n* WHEN...Until 10 AM EDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KBUF.FG.Y.0031.261008T0710Z-261008T1400Z/", references=[], geometry=None),
    dict(id=LES, office="KBUF", senderName="NWS Buffalo NY", awips="WSWBUF", wmo="WWUS41",
         areaDesc="Lewis", SAME=["036049"], UGC=["NYZ008"],
         sent="2026-11-18T15:45:00-05:00", onset="2026-11-19T01:00:00-05:00", expires="2026-11-19T04:00:00-05:00",
         ends="2026-11-21T01:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued November 18 at 3:45PM EST until November 21 at 1:00AM EST by NWS Buffalo NY",
         description="* WHAT...Lake effect snow. Snow accumulations of 2 to 3 feet in the most persistent lake snows. Winds gusting as high as 40 mph.\n\n* WHERE...Lewis County, including Lowville, Croghan, Castorland and the Tug Hill.\n\n* WHEN...From 1 AM Thursday to 1 AM EST Saturday.\n\n* IMPACTS...Travel will be very difficult to impossible. Visibility near zero in heavier bands.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KBUF.LE.W.0009.261119T0600Z-261121T0600Z/", references=[], geometry=None),
]
