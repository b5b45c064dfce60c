"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part acy. Every alert is invented; the
office (NWS Mount Holly, KPHI), county SAME/UGC codes are real; forecast-zone numbers are best known and no label
depends on them (labels use SAME county codes and polygons only). Alert ids carry the prefix acy_."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"acy_urn:oid:2.49.0.1.840.0.{h}.001.1"


CFW_PHI = urn("acy-coastal-flood-cape-may")
SVR_PHI = urn("acy-svr-mainland-atlantic")
SVR_PHI_CUM = urn("acy-svr-cumberland")
RIP_PHI = urn("acy-rip-current")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Severe, no polygon, SAME Cape May County only: every Cape May County client (Atlantic County: nobody)
    dict(id=CFW_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="CFWPHI", wmo="WHUS41",
         areaDesc="Cape May; Atlantic Coastal Cape May", SAME=["034009"], UGC=["NJZ023", "NJZ024"],
         sent="2026-01-17T15:32:00-05:00", onset="2026-01-18T06:00:00-05:00", expires="2026-01-18T04:00:00-05:00",
         ends="2026-01-19T12:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Coastal Flood Warning", response="Prepare",
         headline="Coastal Flood Warning issued January 17 at 3:32PM EST until January 19 at 12:00PM EST by NWS Mount Holly NJ",
         description="* WHAT...Major coastal flooding expected with the next three high tide cycles. Inundation of 2 to 3 feet above ground level in low-lying areas near shorelines and tidal waterways.\n\n* WHERE...Cape May County, including Ocean City, Sea Isle City, Stone Harbor, the Wildwoods and Cape May.\n\n* WHEN...From 6 AM Sunday to noon EST Monday.\n\n* IMPACTS...Widespread flooding of roads and properties on the barrier islands; some homes and businesses will be flooded. Routes 47, 147 and the Ocean Drive will be impassable near high tide.",
         instruction="Move your vehicles to higher ground. Do not drive through flooded roadways; salt water ruins vehicles.",
         vtec="/O.NEW.KPHI.CF.W.0002.260118T1100Z-260119T1700Z/", references=[], geometry=None),
    # Severe, polygon over mainland Atlantic County: Absecon, Pleasantville, Egg Harbor Township (not the island,
    # not Linwood/Somers Point, not Hammonton)
    dict(id=SVR_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="Atlantic, NJ", SAME=["034001"], UGC=["NJC001"],
         sent="2026-07-21T16:48:00-04:00", onset="2026-07-21T16:48:00-04:00", expires="2026-07-21T17:30:00-04:00",
         ends="2026-07-21T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 4:48PM EDT until July 21 at 5:30PM EDT by NWS Mount Holly NJ",
         description="SVRPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Severe Thunderstorm Warning for...\nEastern Atlantic County in southern New Jersey...\n\n* Until 530 PM EDT.\n\n* At 447 PM EDT, a severe thunderstorm was located near Cologne, moving east at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nEgg Harbor Township, Pleasantville, Absecon, Smithville and the Atlantic City International Airport.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPHI.SV.W.0146.260721T2048Z-260721T2130Z/", references=[],
         geometry=poly((-74.690, 39.372), (-74.478, 39.372), (-74.470, 39.452), (-74.680, 39.455)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    # Severe, polygon over Vineland / Millville (Cumberland County): no client lives there -> nobody
    dict(id=SVR_PHI_CUM, office="KPHI", senderName="NWS Mount Holly NJ", awips="SVRPHI", wmo="WUUS51",
         areaDesc="Cumberland, NJ", SAME=["034011"], UGC=["NJC011"],
         sent="2026-07-21T15:55:00-04:00", onset="2026-07-21T15:55:00-04:00", expires="2026-07-21T16:45:00-04:00",
         ends="2026-07-21T16:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 21 at 3:55PM EDT until July 21 at 4:45PM EDT by NWS Mount Holly NJ",
         description="SVRPHI\n\nThe National Weather Service in Mount Holly has issued a\n\n* Severe Thunderstorm Warning for...\nNortheastern Cumberland County in southern New Jersey...\n\n* Until 445 PM EDT.\n\n* At 354 PM EDT, a severe thunderstorm was located over Vineland, moving east at 30 mph.\n\nHAZARD...60 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...Damage to roofs, siding, and trees is possible.\n\n* Locations impacted include...\nVineland, Millville and Port Elizabeth.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KPHI.SV.W.0145.260721T1955Z-260721T2045Z/", references=[],
         geometry=poly((-75.10, 39.33), (-74.95, 39.33), (-74.95, 39.52), (-75.10, 39.52)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["0.00"]}),
    # Moderate statement over both counties' beaches -> nobody
    dict(id=RIP_PHI, office="KPHI", senderName="NWS Mount Holly NJ", awips="CFWPHI", wmo="WHUS41",
         areaDesc="Atlantic Coastal Cape May; Coastal Atlantic", SAME=["034009", "034001"], UGC=["NJZ024", "NJZ025"],
         sent="2026-08-14T04:12:00-04:00", onset="2026-08-14T06:00:00-04:00", expires="2026-08-14T20:00:00-04:00",
         ends="2026-08-14T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Rip Current Statement", response="Avoid",
         headline="Rip Current Statement issued August 14 at 4:12AM EDT until August 14 at 8:00PM EDT by NWS Mount Holly NJ",
         description="* WHAT...Dangerous rip currents expected.\n\n* WHERE...Atlantic and Cape May County beaches.\n\n* WHEN...Through this evening.\n\n* IMPACTS...Rip currents can sweep even the best swimmers away from shore into deeper water.",
         instruction="Swim near a lifeguard. If caught in a rip current, relax and float. Don't swim against the current.",
         vtec="/O.NEW.KPHI.RP.S.0031.260814T1000Z-260815T0000Z/", references=[], geometry=None),
]
