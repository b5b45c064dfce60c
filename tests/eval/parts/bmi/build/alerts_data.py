"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for central Illinois, NWS Lincoln IL (KILX).
Every alert is invented; the office, county FIPS/SAME and UGC county codes are real (forecast-zone numbers are
not used). Alert ids carry the part's prefix: `bmi_urn:oid:...`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"bmi_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ILX = urn("bmi-winter-storm-livingston-logan")
WSW_ILX_EXA = urn("bmi-winter-storm-livingston-logan-exa-dewitt")
SVR_ILX = urn("bmi-svr-bloomington-normal")
FOG_ILX = urn("bmi-dense-fog-mclean")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ILX, office="KILX", senderName="NWS Lincoln IL", awips="WSWILX", wmo="WWUS43",
         areaDesc="Livingston, IL; Logan, IL", SAME=["017105", "017107"], UGC=["ILC105", "ILC107"],
         sent="2026-01-30T14:35:00-06:00", onset="2026-01-31T06:00:00-06:00", expires="2026-01-31T05:00:00-06:00",
         ends="2026-02-01T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 30 at 2:35PM CST until February 1 at 6:00AM CST by NWS Lincoln IL",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 40 mph will cause blowing and drifting snow in open country.\n\n* WHERE...Livingston and Logan Counties, including Pontiac, Dwight, Fairbury, Lincoln and Atlanta.\n\n* WHEN...From 6 AM Saturday to 6 AM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible on rural roads and Interstate 55.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KILX.WS.W.0003.260131T1200Z-260201T1200Z/", references=[], geometry=None),
    dict(id=WSW_ILX_EXA, office="KILX", senderName="NWS Lincoln IL", awips="WSWILX", wmo="WWUS43",
         areaDesc="Livingston, IL; Logan, IL; De Witt, IL", SAME=["017105", "017107", "017039"],
         UGC=["ILC105", "ILC107", "ILC039"],
         sent="2026-01-31T04:10:00-06:00", onset="2026-01-31T06:00:00-06:00", expires="2026-01-31T12:00:00-06:00",
         ends="2026-02-01T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 31 at 4:10AM CST until February 1 at 6:00AM CST by NWS Lincoln IL",
         description="* WHAT...Heavy snow. Total snow accumulations of 9 to 13 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Livingston, Logan and De Witt Counties. The warning has been expanded to include De Witt County, including Clinton, Farmer City and Wapella.\n\n* WHEN...Until 6 AM CST Sunday.\n\n* IMPACTS...Travel will be very difficult to impossible. Whiteout conditions in open areas.",
         instruction="Stay off rural roads. If you become stranded, stay with your vehicle.",
         vtec="/O.EXA.KILX.WS.W.0003.000000T0000Z-260201T1200Z/", references=[WSW_ILX], geometry=None),
    dict(id=SVR_ILX, office="KILX", senderName="NWS Lincoln IL", awips="SVRILX", wmo="WUUS53",
         areaDesc="McLean, IL", SAME=["017113"], UGC=["ILC113"],
         sent="2026-06-21T18:42:00-05:00", onset="2026-06-21T18:42:00-05:00", expires="2026-06-21T19:30:00-05:00",
         ends="2026-06-21T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 21 at 6:42PM CDT until June 21 at 7:30PM CDT by NWS Lincoln IL",
         description="SVRILX\n\nThe National Weather Service in Lincoln has issued a\n\n* Severe Thunderstorm Warning for...\nCentral McLean County in central Illinois...\n\n* Until 730 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm was located near Danvers, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\ndowntown Bloomington, west Bloomington, Normal and Illinois State University.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILX.SV.W.0147.260621T2342Z-260622T0030Z/", references=[],
         geometry=poly((-89.02, 40.462), (-88.953, 40.462), (-88.953, 40.545), (-89.02, 40.545)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FOG_ILX, office="KILX", senderName="NWS Lincoln IL", awips="NPWILX", wmo="WWUS73",
         areaDesc="McLean, IL; Livingston, IL", SAME=["017113", "017105"], UGC=["ILZ037", "ILZ032"],
         sent="2026-10-27T03:50:00-05:00", onset="2026-10-27T03:50:00-05:00", expires="2026-10-27T09:00:00-05:00",
         ends="2026-10-27T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 27 at 3:50AM CDT until October 27 at 9:00AM CDT by NWS Lincoln IL",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...McLean and Livingston Counties, including Bloomington, Normal and Pontiac.\n\n* WHEN...Until 9 AM CDT this morning.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KILX.FG.Y.0021.261027T0850Z-261027T1400Z/", references=[], geometry=None),
]
