"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part `ack`. Every alert is invented; the
office (NWS Boston/Norton MA, KBOX), county SAME/UGC codes and forecast zones are real as best known (labels use
only SAME codes and polygons). Alert ids carry the part prefix `ack_`."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ack_urn:oid:2.49.0.1.840.0.{h}.001.1"


BZW_ACK = urn("ack-blizzard-nantucket")
CFY_BOX = urn("ack-coastal-flood-barnstable")
SVR_FAL = urn("ack-svr-falmouth-mashpee")
SVR_FAL_CAN = urn("ack-svr-falmouth-mashpee-can")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


SVR_POLY = poly((-70.69, 41.53), (-70.45, 41.56), (-70.44, 41.66), (-70.60, 41.67), (-70.69, 41.60))

ALERTS = [
    dict(id=BZW_ACK, office="KBOX", senderName="NWS Boston/Norton MA", awips="WSWBOX", wmo="WWUS41",
         areaDesc="Nantucket; Dukes", SAME=["025019", "025007"], UGC=["MAZ024", "MAZ023"],
         sent="2026-01-31T15:45:00-05:00", onset="2026-02-01T01:00:00-05:00", expires="2026-02-01T04:00:00-05:00",
         ends="2026-02-02T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Blizzard Warning", response="Prepare",
         headline="Blizzard Warning issued January 31 at 3:45PM EST until February 2 at 7:00AM EST by NWS Boston/Norton MA",
         description="* WHAT...Blizzard conditions expected. Total snow accumulations of 14 to 22 inches. Winds gusting as high as 65 mph.\n\n* WHERE...Nantucket and Martha's Vineyard.\n\n* WHEN...From 1 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very dangerous to impossible. Widespread blowing snow could significantly reduce visibility. Gusty winds could bring down tree branches and cause widespread power outages. Ferry service is likely to be suspended.",
         instruction="Travel should be restricted to emergencies only. If you must travel, have a winter survival kit with you.",
         vtec="/O.NEW.KBOX.BZ.W.0002.260201T0600Z-260202T1200Z/", references=[], geometry=None),
    dict(id=CFY_BOX, office="KBOX", senderName="NWS Boston/Norton MA", awips="CFWBOX", wmo="WHUS41",
         areaDesc="Barnstable", SAME=["025001"], UGC=["MAZ022"],
         sent="2026-01-31T16:05:00-05:00", onset="2026-02-01T10:00:00-05:00", expires="2026-02-01T04:00:00-05:00",
         ends="2026-02-01T14:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Coastal Flood Advisory", response="Monitor",
         headline="Coastal Flood Advisory issued January 31 at 4:05PM EST until February 1 at 2:00PM EST by NWS Boston/Norton MA",
         description="* WHAT...Up to one foot of inundation above ground level in low-lying areas near shorelines and tidal waterways.\n\n* WHERE...Barnstable County, including the shores of Nantucket Sound and Cape Cod Bay.\n\n* WHEN...Around the late morning high tide Sunday.\n\n* IMPACTS...Minor flooding of shore roads and parking lots, including Chatham and Provincetown.",
         instruction="Do not drive through flooded roadways.",
         vtec="/O.NEW.KBOX.CF.Y.0004.260201T1500Z-260201T1900Z/", references=[], geometry=None),
    dict(id=SVR_FAL, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVRBOX", wmo="WUUS51",
         areaDesc="Barnstable, MA", SAME=["025001"], UGC=["MAC001"],
         sent="2026-07-15T16:42:00-04:00", onset="2026-07-15T16:42:00-04:00", expires="2026-07-15T17:30:00-04:00",
         ends="2026-07-15T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 15 at 4:42PM EDT until July 15 at 5:30PM EDT by NWS Boston/Norton MA",
         description="The National Weather Service in Norton has issued a\n\n* Severe Thunderstorm Warning for...\n  Southwestern Barnstable County in southeastern Massachusetts...\n\n* Until 530 PM EDT.\n\n* At 441 PM EDT, a severe thunderstorm was located over Woods Hole, moving east at 30 mph.\n\n  HAZARD...70 mph wind gusts and quarter size hail.\n\n  IMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\n  Falmouth, East Falmouth, Woods Hole, Teaticket, Waquoit, Mashpee and New Seabury.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KBOX.SV.W.0087.260715T2042Z-260715T2130Z/", references=[], geometry=SVR_POLY,
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=SVR_FAL_CAN, office="KBOX", senderName="NWS Boston/Norton MA", awips="SVSBOX", wmo="WWUS61",
         areaDesc="Barnstable, MA", SAME=["025001"], UGC=["MAC001"],
         sent="2026-07-15T17:08:00-04:00", onset="2026-07-15T17:08:00-04:00", expires="2026-07-15T17:30:00-04:00",
         ends="2026-07-15T17:30:00-04:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has moved out over Nantucket Sound and weakened. Therefore, the warning has been cancelled.",
         instruction=None,
         vtec="/O.CAN.KBOX.SV.W.0087.000000T0000Z-260715T2130Z/", references=[SVR_FAL], geometry=SVR_POLY),
]
