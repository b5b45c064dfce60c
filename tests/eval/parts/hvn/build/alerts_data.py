"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the hvn part. Every alert is invented;
offices (NWS New York/Upton, OKX), county SAME codes (legacy Connecticut counties: New Haven 009009, Middlesex
009007, New London 009011) and UGC codes are real or best known; labels use only SAME codes and polygons.

Alert ids: the feature's top-level `id`, `properties.@id` and `properties.id` are the same string, prefixed
`hvn_` (so whichever the parser takes, the gold item_id is it)."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"hvn_urn:oid:2.49.0.1.840.0.{h}.001.1"


SVR_HAMDEN = aid("hvn-svr-hamden-northhaven")
WSW_SHORELINE = aid("hvn-wsw-middlesex-newlondon")
HEAT_NHV = aid("hvn-heat-newhaven")
SVR_WATERBURY = aid("hvn-svr-waterbury")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # Severe Thunderstorm Warning, polygon over Hamden and North Haven (south edge 41.340: downtown, Westville,
    # Fair Haven, East Haven and Woodbridge stay outside; Cheshire and Wallingford lie north of 41.43)
    dict(id=SVR_HAMDEN, office="KOKX", senderName="NWS Upton NY", awips="SVROKX", wmo="WUUS51",
         areaDesc="New Haven, CT", SAME=["009009"], UGC=["CTC009"],
         sent="2026-06-23T18:42:00-04:00", onset="2026-06-23T18:42:00-04:00", expires="2026-06-23T19:30:00-04:00",
         ends="2026-06-23T19:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 23 at 6:42PM EDT until June 23 at 7:30PM EDT by NWS Upton NY",
         description="SVROKX\n\nThe National Weather Service in Upton has issued a\n\n* Severe Thunderstorm Warning for...\nCentral New Haven County in southern Connecticut...\n\n* Until 730 PM EDT.\n\n* At 641 PM EDT, a line of severe thunderstorms was located near Bethany, moving east at 35 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nHamden, North Haven, Whitneyville, Mount Carmel and Montowese.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOKX.SV.W.0112.260623T2242Z-260623T2330Z/", references=[],
         geometry=poly((-72.955, 41.340), (-72.840, 41.340), (-72.840, 41.430), (-72.955, 41.430)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    # Winter Storm Warning, no geometry, SAME Middlesex + New London: only the Clinton client
    dict(id=WSW_SHORELINE, office="KOKX", senderName="NWS Upton NY", awips="WSWOKX", wmo="WWUS41",
         areaDesc="Southern Middlesex; Southern New London; Northern Middlesex; Northern New London",
         SAME=["009007", "009011"], UGC=["CTZ011", "CTZ012", "CTZ007", "CTZ008"],
         sent="2026-02-16T15:30:00-05:00", onset="2026-02-17T04:00:00-05:00", expires="2026-02-17T04:00:00-05:00",
         ends="2026-02-18T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 16 at 3:30PM EST until February 18 at 7:00AM EST by NWS Upton NY",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 10 to 16 inches. Winds gusting as high as 40 mph near the shore.\n\n* WHERE...Middlesex and New London Counties, including Clinton, Old Saybrook, Middletown and New London.\n\n* WHEN...From 4 AM Tuesday to 7 AM EST Wednesday.\n\n* IMPACTS...Travel could be very difficult to impossible. Scattered power outages are possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KOKX.WS.W.0006.260217T0900Z-260218T1200Z/", references=[], geometry=None),
    # Heat Advisory, Moderate, New Haven County: nothing
    dict(id=HEAT_NHV, office="KOKX", senderName="NWS Upton NY", awips="NPWOKX", wmo="WWUS71",
         areaDesc="Northern New Haven; Southern New Haven", SAME=["009009"], UGC=["CTZ009", "CTZ010"],
         sent="2026-07-27T04:05:00-04:00", onset="2026-07-27T12:00:00-04:00", expires="2026-07-27T16:00:00-04:00",
         ends="2026-07-28T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Heat Advisory", response="Execute",
         headline="Heat Advisory issued July 27 at 4:05AM EDT until July 28 at 8:00PM EDT by NWS Upton NY",
         description="* WHAT...Heat index values up to 102 expected.\n\n* WHERE...New Haven County, including New Haven, Hamden, Milford and Wallingford.\n\n* WHEN...From noon today to 8 PM EDT Tuesday.\n\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
         instruction="Drink plenty of fluids, stay in an air-conditioned room, stay out of the sun, and check up on relatives and neighbors.",
         vtec="/O.NEW.KOKX.HT.Y.0021.260727T1600Z-260729T0000Z/", references=[], geometry=None),
    # Severe Thunderstorm Warning, polygon over Waterbury and Naugatuck: no client lives there -> nobody
    dict(id=SVR_WATERBURY, office="KOKX", senderName="NWS Upton NY", awips="SVROKX", wmo="WUUS51",
         areaDesc="New Haven, CT", SAME=["009009"], UGC=["CTC009"],
         sent="2026-08-05T15:12:00-04:00", onset="2026-08-05T15:12:00-04:00", expires="2026-08-05T16:00:00-04:00",
         ends="2026-08-05T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued August 5 at 3:12PM EDT until August 5 at 4:00PM EDT by NWS Upton NY",
         description="SVROKX\n\nThe National Weather Service in Upton has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern New Haven County in southern Connecticut...\n\n* Until 400 PM EDT.\n\n* At 311 PM EDT, a severe thunderstorm was located over Waterbury, moving southeast at 25 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Hail damage to vehicles is expected. Expect wind damage to roofs, siding, and trees.\n\n* Locations impacted include...\nWaterbury, Naugatuck, Watertown and Wolcott.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KOKX.SV.W.0131.260805T1912Z-260805T2000Z/", references=[],
         geometry=poly((-73.12, 41.47), (-72.99, 41.47), (-72.99, 41.60), (-73.12, 41.60)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"]}),
]
