"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON). Every alert is invented; offices (KMRX
Morristown for Hamilton County TN, KFFC Peachtree City for Catoosa/Walker GA), SAME and county UGC codes are real;
forecast-zone numbers are best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    return f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(label.encode()).hexdigest()}.001.1"


def aid(label: str) -> str:
    return "cha_" + urn(label)


SVR_MRX = aid("cha-svr-redbank-hixson")
FLW_FFC = aid("cha-flood-walker-chickamauga-creek")
WIND_MRX = aid("cha-wind-advisory-hamilton")
TOR_FFC = aid("cha-tornado-fort-oglethorpe-ringgold")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=FLW_FFC, office="KFFC", senderName="NWS Peachtree City GA", awips="FLWFFC", wmo="WGUS42",
         areaDesc="Walker, GA", SAME=["013295"], UGC=["GAC295"],
         sent="2026-03-08T21:12:00-05:00", onset="2026-03-08T21:12:00-05:00", expires="2026-03-09T09:15:00-05:00",
         ends="2026-03-10T18:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Flood Warning", response="Avoid",
         headline="Flood Warning issued March 8 at 9:12PM EST until March 10 at 6:00PM EST by NWS Peachtree City GA",
         description="* WHAT...Flooding caused by excessive rainfall is expected.\n\n* WHERE...Walker County, including Rossville, Chickamauga, LaFayette and Rock Spring, along West Chickamauga Creek and Peavine Creek.\n\n* WHEN...Until 6 PM EST Tuesday.\n\n* IMPACTS...Low-lying roads near the creeks will flood. Several homes along McFarland Avenue and Lakeview Drive may be affected.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KFFC.FL.W.0012.260309T0212Z-260311T0000Z/", references=[], geometry=None),
    dict(id=SVR_MRX, office="KMRX", senderName="NWS Morristown TN", awips="SVRMRX", wmo="WUUS54",
         areaDesc="Hamilton, TN", SAME=["047065"], UGC=["TNC065"],
         sent="2026-04-14T16:38:00-04:00", onset="2026-04-14T16:38:00-04:00", expires="2026-04-14T17:30:00-04:00",
         ends="2026-04-14T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued April 14 at 4:38PM EDT until April 14 at 5:30PM EDT by NWS Morristown TN",
         description="The National Weather Service in Morristown has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Hamilton County in southeastern Tennessee...\n\n* Until 530 PM EDT.\n\n* At 437 PM EDT, a severe thunderstorm was located over Signal Mountain, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nRed Bank, Hixson, Signal Mountain, Lakesite and Chickamauga Dam.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KMRX.SV.W.0088.260414T2038Z-260414T2130Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]},
         geometry=poly((-85.37, 35.11), (-85.29, 35.095), (-85.17, 35.12), (-85.16, 35.22), (-85.30, 35.23), (-85.37, 35.18))),
    dict(id=WIND_MRX, office="KMRX", senderName="NWS Morristown TN", awips="NPWMRX", wmo="WWUS74",
         areaDesc="Hamilton", SAME=["047065"], UGC=["TNZ099"],
         sent="2026-04-30T03:40:00-04:00", onset="2026-04-30T10:00:00-04:00", expires="2026-04-30T16:00:00-04:00",
         ends="2026-04-30T22:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued April 30 at 3:40AM EDT until April 30 at 10:00PM EDT by NWS Morristown TN",
         description="* WHAT...Southwest winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Hamilton County.\n\n* WHEN...From 10 AM to 10 PM EDT Thursday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KMRX.WI.Y.0021.260430T1400Z-260501T0200Z/", references=[], geometry=None),
    dict(id=TOR_FFC, office="KFFC", senderName="NWS Peachtree City GA", awips="TORFFC", wmo="WFUS52",
         areaDesc="Catoosa, GA; Walker, GA", SAME=["013047", "013295"], UGC=["GAC047", "GAC295"],
         sent="2026-05-21T00:52:00-04:00", onset="2026-05-21T00:52:00-04:00", expires="2026-05-21T01:30:00-04:00",
         ends="2026-05-21T01:30:00-04:00", status="Actual", messageType="Alert", severity="Extreme", certainty="Observed",
         urgency="Immediate", event="Tornado Warning", response="Shelter",
         headline="Tornado Warning issued May 21 at 12:52AM EDT until May 21 at 1:30AM EDT by NWS Peachtree City GA",
         description="The National Weather Service in Peachtree City has issued a\n\n* Tornado Warning for...\nNorthern Catoosa County in northwestern Georgia...\nNortheastern Walker County in northwestern Georgia...\n\n* Until 130 AM EDT.\n\n* At 1251 AM EDT, a severe thunderstorm capable of producing a tornado was located near Chickamauga Battlefield, moving northeast at 40 mph.\n\nHAZARD...Tornado.\n\nSOURCE...Radar indicated rotation.\n\n* Locations impacted include...\nFort Oglethorpe, Ringgold, Graysville and Boynton.",
         instruction="TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building.",
         vtec="/O.NEW.KFFC.TO.W.0031.260521T0452Z-260521T0530Z/", references=[],
         geometry=poly((-85.275, 34.905), (-85.20, 34.885), (-85.11, 34.895), (-85.11, 34.975), (-85.20, 34.99), (-85.27, 34.975))),
]
