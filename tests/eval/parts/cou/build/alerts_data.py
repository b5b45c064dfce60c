"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for eval part cou. Invented alerts; the office
(NWS St. Louis, KLSX, which serves Boone, Cole and Callaway), SAME county codes and county UGCs are real; forecast
zone numbers are best known and no label depends on them. Ids are prefixed cou_ (feature id = properties id)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"cou_urn:oid:2.49.0.1.840.0.{h}.001.1"


ISW = urn("cou-ice-storm-cole")
ISW_EXA = urn("cou-ice-storm-cole-exa-callaway")
SVR = urn("cou-svr-north-columbia")
FLS = urn("cou-flood-advisory-boone")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=ISW, office="KLSX", senderName="NWS St Louis MO", awips="WSWLSX", wmo="WWUS43",
         areaDesc="Cole; Moniteau; Osage", SAME=["029051", "029135", "029151"], UGC=["MOZ057", "MOZ056", "MOZ058"],
         sent="2026-01-22T14:05:00-06:00", onset="2026-01-23T00:00:00-06:00", expires="2026-01-23T04:00:00-06:00",
         ends="2026-01-24T06:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 22 at 2:05PM CST until January 24 at 6:00AM CST by NWS St Louis MO",
         description="* WHAT...Significant icing expected. Total ice accumulations of one quarter to one half inch.\n\n* WHERE...Cole, Moniteau and Osage Counties, including Jefferson City, California and Linn.\n\n* WHEN...From midnight tonight to 6 AM CST Saturday.\n\n* IMPACTS...Power outages and tree damage are likely due to the ice. Travel could be nearly impossible.",
         instruction="Travel is strongly discouraged. If you must travel, keep an extra flashlight, food, and water in your vehicle.",
         vtec="/O.NEW.KLSX.IS.W.0002.260123T0600Z-260124T1200Z/", references=[], geometry=None),
    dict(id=ISW_EXA, office="KLSX", senderName="NWS St Louis MO", awips="WSWLSX", wmo="WWUS43",
         areaDesc="Cole; Moniteau; Osage; Callaway", SAME=["029051", "029135", "029151", "029027"],
         UGC=["MOZ057", "MOZ056", "MOZ058", "MOZ046"],
         sent="2026-01-23T03:40:00-06:00", onset="2026-01-23T03:40:00-06:00", expires="2026-01-23T10:00:00-06:00",
         ends="2026-01-24T06:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Ice Storm Warning", response="Prepare",
         headline="Ice Storm Warning issued January 23 at 3:40AM CST until January 24 at 6:00AM CST by NWS St Louis MO",
         description="* WHAT...Significant icing. Additional ice accumulations of one quarter to one half inch.\n\n* WHERE...Cole, Moniteau, Osage and Callaway Counties. The warning has been expanded to include Callaway County, including Fulton, Holts Summit and Kingdom City.\n\n* WHEN...Until 6 AM CST Saturday.\n\n* IMPACTS...Widespread power outages and downed limbs. Travel will be nearly impossible.",
         instruction="Stay off the roads. If you lose power, use generators outdoors only.",
         vtec="/O.EXA.KLSX.IS.W.0002.000000T0000Z-260124T1200Z/", references=[ISW], geometry=None),
    dict(id=SVR, office="KLSX", senderName="NWS St Louis MO", awips="SVRLSX", wmo="WUUS53",
         areaDesc="Boone, MO", SAME=["029019"], UGC=["MOC019"],
         sent="2026-05-05T18:42:00-05:00", onset="2026-05-05T18:42:00-05:00", expires="2026-05-05T19:30:00-05:00",
         ends="2026-05-05T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued May 5 at 6:42PM CDT until May 5 at 7:30PM CDT by NWS St Louis MO",
         description="SVRLSX\n\nThe National Weather Service in St. Louis has issued a\n\n* Severe Thunderstorm Warning for...\nCentral Boone County in central Missouri...\n\n* Until 730 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm was located near Harrisburg, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nnorth Columbia, Hallsville and Prathersville.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KLSX.SV.W.0163.260505T2342Z-260506T0030Z/", references=[],
         geometry=poly((-92.335, 38.965), (-92.20, 38.965), (-92.20, 39.13), (-92.335, 39.13)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=FLS, office="KLSX", senderName="NWS St Louis MO", awips="FLSLSX", wmo="WGUS83",
         areaDesc="Boone, MO", SAME=["029019"], UGC=["MOC019"],
         sent="2026-05-05T20:10:00-05:00", onset="2026-05-05T20:10:00-05:00", expires="2026-05-05T23:15:00-05:00",
         ends="2026-05-05T23:15:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Flood Advisory", response="Avoid",
         headline="Flood Advisory issued May 5 at 8:10PM CDT until May 5 at 11:15PM CDT by NWS St Louis MO",
         description="* WHAT...Urban and small stream flooding caused by excessive rainfall is expected.\n\n* WHERE...Boone County, including Columbia, Ashland and Hallsville.\n\n* WHEN...Until 1115 PM CDT.\n\n* IMPACTS...Minor flooding in low-lying and poor drainage areas. Hinkson Creek may leave its banks along the MKT Trail.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KLSX.FA.Y.0041.260506T0110Z-260506T0415Z/", references=[],
         geometry=poly((-92.45, 38.80), (-92.15, 38.80), (-92.15, 39.15), (-92.45, 39.15))),
]

# Hand-set home coordinates (lat, lon): COU022 (Creasy Springs Rd, north-west Columbia) is just west of the storm
# polygon although the ZIP 65202 centroid (38.995, -92.311) is inside.
COORD_OVERRIDES = {"COU022": (38.9890, -92.3460)}
