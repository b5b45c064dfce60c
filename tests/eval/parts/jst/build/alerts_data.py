"""Hand-written NWS alerts for the jst part (api.weather.gov /alerts/active GeoJSON shape). Every alert is invented;
the office (NWS State College, KCTP), county FIPS/SAME and county UGC codes are real; forecast-zone numbers are
best known and no label depends on them. Alert ids carry the part prefix `jst_` as the brief requires."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"jst_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_SOMERSET = urn("jst-winter-storm-laurel-highlands")
WWY_CAMBRIA = urn("jst-winter-weather-advisory-cambria")
FFW_JOHNSTOWN = urn("jst-flash-flood-johnstown")
FFS_JOHNSTOWN = urn("jst-flash-flood-johnstown-con")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# the valley floor of Johnstown: Moxham and Hornerstown along the Stonycreek, Kernville, downtown, Cambria City
VALLEY = poly((-78.940, 40.346), (-78.925, 40.346), (-78.905, 40.330), (-78.892, 40.300), (-78.897, 40.290),
              (-78.912, 40.292), (-78.922, 40.318), (-78.940, 40.336))

ALERTS = [
    dict(id=WSW_SOMERSET, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Somerset", SAME=["042111"], UGC=["PAZ033"],
         sent="2026-01-24T15:32:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T10:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 3:32PM EST until January 26 at 10:00AM EST by NWS State College PA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 22 inches on the Laurel Ridge. Winds gusting as high as 40 mph will cause blowing and drifting snow.\n\n* WHERE...Somerset County, including Somerset, Windber, Berlin, Meyersdale and Central City.\n\n* WHEN...From 4 AM Sunday to 10 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on the Pennsylvania Turnpike between the Somerset and Bedford interchanges. Scattered power outages are possible.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. The latest road conditions can be obtained by calling 5 1 1.",
         vtec="/O.NEW.KCTP.WS.W.0006.260125T0900Z-260126T1500Z/", references=[], geometry=None),
    dict(id=WWY_CAMBRIA, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Cambria", SAME=["042021"], UGC=["PAZ024"],
         sent="2026-01-24T15:32:00-05:00", onset="2026-01-25T04:00:00-05:00", expires="2026-01-25T04:00:00-05:00",
         ends="2026-01-26T07:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Winter Weather Advisory", response="Execute",
         headline="Winter Weather Advisory issued January 24 at 3:32PM EST until January 26 at 7:00AM EST by NWS State College PA",
         description="* WHAT...Snow expected. Total snow accumulations of 4 to 7 inches.\n\n* WHERE...Cambria County, including Johnstown, Ebensburg, Portage and Carrolltown.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Plan on slippery road conditions.",
         instruction="Slow down and use caution while traveling.",
         vtec="/O.NEW.KCTP.WW.Y.0011.260125T0900Z-260126T1200Z/", references=[], geometry=None),
    dict(id=FFW_JOHNSTOWN, office="KCTP", senderName="NWS State College PA", awips="FFWCTP", wmo="WGUS51",
         areaDesc="Cambria, PA", SAME=["042021"], UGC=["PAC021"],
         sent="2026-04-14T21:47:00-04:00", onset="2026-04-14T21:47:00-04:00", expires="2026-04-15T03:45:00-04:00",
         ends="2026-04-15T03:45:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 14 at 9:47PM EDT until April 15 at 3:45AM EDT by NWS State College PA",
         description="FFWCTP\n\nThe National Weather Service in State College has issued a\n\n* Flash Flood Warning for...\nSouth central Cambria County in central Pennsylvania...\n\n* Until 345 AM EDT.\n\n* At 946 PM EDT, Doppler radar and automated gauges indicated 2 to 3 inches of rain has fallen on melting snowpack over the Stonycreek and Little Conemaugh basins. The Stonycreek River at Ferndale is rising rapidly and small streams are out of their banks. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by heavy rain and snowmelt.\n\nSOURCE...Radar and river gauges.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses as well as low-lying and poorly drained areas.\n\n* Some locations that will experience flash flooding include...\nJohnstown, Moxham, Kernville, Hornerstown, downtown Johnstown and Cambria City.",
         instruction="Turn around, don't drown when encountering flooded roads. Most flood deaths occur in vehicles. Move to higher ground now.",
         vtec="/O.NEW.KCTP.FF.W.0009.260415T0147Z-260415T0745Z/", references=[], geometry=VALLEY,
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
    dict(id=FFS_JOHNSTOWN, office="KCTP", senderName="NWS State College PA", awips="FFSCTP", wmo="WGUS71",
         areaDesc="Cambria, PA", SAME=["042021"], UGC=["PAC021"],
         sent="2026-04-15T00:52:00-04:00", onset="2026-04-15T00:52:00-04:00", expires="2026-04-15T03:45:00-04:00",
         ends="2026-04-15T03:45:00-04:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued April 15 at 12:52AM EDT until April 15 at 3:45AM EDT by NWS State College PA",
         description="FFSCTP\n\nThe Flash Flood Warning remains in effect until 345 AM EDT for south central Cambria County.\n\nAt 1250 AM EDT, the heavy rain has ended, but the Stonycreek River at Ferndale crested near 12.9 feet and water remains over Central Avenue and parts of Somerset Street. Flooding is ongoing.\n\nHAZARD...Flash flooding caused by heavy rain and snowmelt.\n\nSOURCE...Emergency management reported.\n\nIMPACT...Flooding of basements, streets and low-lying areas.\n\n* Some locations that will experience flooding include...\nMoxham, Kernville, Hornerstown, downtown Johnstown and Cambria City.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.CON.KCTP.FF.W.0009.000000T0000Z-260415T0745Z/", references=[FFW_JOHNSTOWN], geometry=VALLEY,
         extra={"flashFloodDetection": ["OBSERVED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
