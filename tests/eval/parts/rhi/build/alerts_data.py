"""Hand-written NWS alerts for the rhi part (api.weather.gov /alerts/active shape). Invented alerts; office
(KGRB, NWS Green Bay), SAME county codes (Oneida 055085, Vilas 055125) and county UGCs are real; zone numbers as
best known (no label depends on them)."""

import hashlib


def urn(label: str) -> str:
    """The alert id. Real ids are urn:oid:... values; this part's ids are the rhi_ labels themselves, as the
    brief asks (every alert id starts with rhi_). The sha1 keeps them unique and urn-like in length."""
    return f"{label}.{hashlib.sha1(label.encode()).hexdigest()[:16]}"


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


WSW = urn("rhi_wsw_oneida_vilas")
SVR = urn("rhi_svr_minocqua")
SVR_CON = urn("rhi_svr_minocqua_con")
FRZ = urn("rhi_frost_oneida")

ALERTS = [
    dict(id=WSW, awips="WSWGRB", wmo="WWUS43", areaDesc="Vilas; Oneida", SAME=["055125", "055085"],
         UGC=["WIZ005", "WIZ010"], sent="2026-01-12T14:30:00-06:00", onset="2026-01-13T00:00:00-06:00",
         expires="2026-01-13T06:00:00-06:00", ends="2026-01-14T06:00:00-06:00", status="Actual", messageType="Alert",
         severity="Severe", certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 12 at 2:30PM CST until January 14 at 6:00AM CST by NWS Green Bay WI",
         description="* WHAT...Heavy snow. Total snow accumulations of 12 to 18 inches, locally higher in lake-effect bands near the Michigan border. Winds gusting as high as 35 mph.\n\n* WHERE...Vilas and Oneida Counties, including Eagle River, Rhinelander, Minocqua, Woodruff and Three Lakes.\n\n* WHEN...From midnight tonight to 6 AM CST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KGRB.WS.W.0002.260113T0600Z-260114T1200Z/", references=[], geometry=None),
    dict(id=SVR, awips="SVRGRB", wmo="WUUS53", areaDesc="Oneida, WI; Vilas, WI", SAME=["055085", "055125"],
         UGC=["WIC085", "WIC125"], sent="2026-07-15T18:42:00-05:00", onset="2026-07-15T18:42:00-05:00",
         expires="2026-07-15T19:30:00-05:00", ends="2026-07-15T19:30:00-05:00", status="Actual", messageType="Alert",
         severity="Severe", certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 6:42PM CDT until July 15 at 7:30PM CDT by NWS Green Bay WI",
         description="At 641 PM CDT, a severe thunderstorm was located near Minocqua, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\nLocations impacted include Minocqua, Woodruff, Arbor Vitae and Lake Tomahawk.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KGRB.SV.W.0188.260715T2342Z-260716T0030Z/", references=[],
         geometry=poly((-89.82, 45.83), (-89.64, 45.83), (-89.64, 45.97), (-89.82, 45.97)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_CON, awips="SVSGRB", wmo="WWUS53", areaDesc="Oneida, WI; Vilas, WI", SAME=["055085", "055125"],
         UGC=["WIC085", "WIC125"], sent="2026-07-15T19:05:00-05:00", onset="2026-07-15T19:05:00-05:00",
         expires="2026-07-15T19:30:00-05:00", ends="2026-07-15T19:30:00-05:00", status="Actual", messageType="Update",
         severity="Severe", certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 7:05PM CDT until July 15 at 7:30PM CDT by NWS Green Bay WI",
         description="At 704 PM CDT, a severe thunderstorm was located over Woodruff, moving east at 35 mph. The warning for western areas near Minocqua has been allowed to expire.\n\nHAZARD...70 mph wind gusts.\n\nLocations impacted include Woodruff, Lake Tomahawk and Arbor Vitae.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.CON.KGRB.SV.W.0188.000000T0000Z-260716T0030Z/", references=[SVR],
         geometry=poly((-89.70, 45.78), (-89.52, 45.78), (-89.52, 45.93), (-89.70, 45.93))),
    dict(id=FRZ, awips="NPWGRB", wmo="WWUS73", areaDesc="Vilas; Oneida; Forest", SAME=["055125", "055085", "055041"],
         UGC=["WIZ005", "WIZ010", "WIZ011"], sent="2026-09-18T14:00:00-05:00", onset="2026-09-19T01:00:00-05:00",
         expires="2026-09-19T08:00:00-05:00", ends="2026-09-19T08:00:00-05:00", status="Actual", messageType="Alert",
         severity="Minor", certainty="Likely", urgency="Expected", event="Frost Advisory", response="Execute",
         headline="Frost Advisory issued September 18 at 2:00PM CDT until September 19 at 8:00AM CDT by NWS Green Bay WI",
         description="* WHAT...Temperatures as low as 31 will result in frost formation.\n\n* WHERE...Vilas, Oneida and Forest Counties.\n\n* WHEN...From 1 AM to 8 AM CDT Saturday.",
         instruction="Take steps now to protect tender plants from the cold.",
         vtec="/O.NEW.KGRB.FR.Y.0011.260919T0600Z-260919T1300Z/", references=[], geometry=None),
]
