"""Hand-written NWS alerts for the elp part (api.weather.gov /alerts/active GeoJSON). Every alert is invented;
the office (NWS El Paso / Santa Teresa, KEPZ), county codes and county UGCs are real (forecast-zone numbers are
best known; labels use only SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.elp.{h[:32]}.001.1"


SVR_WEST = urn("elp-svr-west-el-paso")
SVR_WEST_CAN = urn("elp-svr-west-el-paso-can")
FFW_LCR = urn("elp-ffw-las-cruces")
BDY_EPZ = urn("elp-blowing-dust-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # decoy: Moderate advisory (county-wide, no polygon) - counts for nobody
    dict(id=BDY_EPZ, office="KEPZ", senderName="NWS El Paso Tx/Santa Teresa NM", awips="NPWEPZ", wmo="WWUS75",
         areaDesc="El Paso; Southern Dona Ana County/Mesilla Valley; Northern Dona Ana County",
         SAME=["048141", "035013"], UGC=["TXZ418", "TXZ419", "NMZ410", "NMZ411"],
         sent="2026-04-02T10:15:00-06:00", onset="2026-04-02T12:00:00-06:00", expires="2026-04-02T20:00:00-06:00",
         ends="2026-04-02T20:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate",
         certainty="Likely", urgency="Expected", event="Blowing Dust Advisory", response="Prepare",
         headline="Blowing Dust Advisory issued April 2 at 10:15AM MDT until April 2 at 8:00PM MDT by NWS El Paso Tx/Santa Teresa NM",
         description="* WHAT...Visibility one mile or less in blowing dust. West winds 30 to 40 mph with gusts to 55 mph.\n\n* WHERE...El Paso County and the Mesilla Valley, including I-10 between Las Cruces and El Paso.\n\n* WHEN...From noon today to 8 PM MDT this evening.\n\n* IMPACTS...Hazardous travel conditions due to sudden drops in visibility.",
         instruction="Be ready for a sudden drop in visibility. Pull aside, stay alive.",
         vtec="/O.NEW.KEPZ.DU.Y.0006.260402T1800Z-260403T0200Z/", references=[], geometry=None),
    # Severe Thunderstorm Warning over the west side / Upper Valley / Canutillo (polygon)
    dict(id=SVR_WEST, office="KEPZ", senderName="NWS El Paso Tx/Santa Teresa NM", awips="SVREPZ", wmo="WUUS54",
         areaDesc="El Paso, TX; Dona Ana, NM", SAME=["048141", "035013"], UGC=["TXC141", "NMC013"],
         sent="2026-07-18T17:42:00-06:00", onset="2026-07-18T17:42:00-06:00", expires="2026-07-18T18:30:00-06:00",
         ends="2026-07-18T18:30:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Observed", urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 18 at 5:42PM MDT until July 18 at 6:30PM MDT by NWS El Paso Tx/Santa Teresa NM",
         description="SVREPZ\n\nThe National Weather Service in Santa Teresa has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern El Paso County in western Texas...\nSoutheastern Dona Ana County in south central New Mexico...\n\n* Until 630 PM MDT.\n\n* At 541 PM MDT, a severe thunderstorm was located over the Franklin Mountains near Transmountain Road, moving southwest at 20 mph.\n\nHAZARD...70 mph wind gusts and ping pong ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect hail damage to roofs, siding, windows, and vehicles. Expect considerable tree damage. Wind damage is also likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nWest El Paso, Coronado, the Upper Valley, Canutillo and Westway.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KEPZ.SV.W.0041.260718T2342Z-260719T0030Z/", references=[],
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.50"]},
         geometry=poly((-106.615, 31.815), (-106.490, 31.815), (-106.490, 31.900), (-106.540, 31.985),
                       (-106.615, 31.985))),
    # its cancellation: does not count
    dict(id=SVR_WEST_CAN, office="KEPZ", senderName="NWS El Paso Tx/Santa Teresa NM", awips="SVSEPZ", wmo="WWUS54",
         areaDesc="El Paso, TX; Dona Ana, NM", SAME=["048141", "035013"], UGC=["TXC141", "NMC013"],
         sent="2026-07-18T18:12:00-06:00", onset="2026-07-18T18:12:00-06:00", expires="2026-07-18T18:30:00-06:00",
         ends="2026-07-18T18:30:00-06:00", status="Actual", messageType="Cancel", severity="Minor",
         certainty="Observed", urgency="Past", event="Severe Thunderstorm Warning", response="AllClear",
         headline="The Severe Thunderstorm Warning has been cancelled.",
         description="The storm which prompted the warning has weakened below severe limits, and no longer poses an immediate threat to life or property. Therefore, the warning has been cancelled.",
         instruction=None, vtec="/O.CAN.KEPZ.SV.W.0041.000000T0000Z-260719T0030Z/", references=[SVR_WEST],
         geometry=poly((-106.615, 31.815), (-106.490, 31.815), (-106.490, 31.900), (-106.540, 31.985),
                       (-106.615, 31.985))),
    # Flash Flood Warning, Las Cruces west of I-25 and Mesilla (polygon)
    dict(id=FFW_LCR, office="KEPZ", senderName="NWS El Paso Tx/Santa Teresa NM", awips="FFWEPZ", wmo="WGUS54",
         areaDesc="Dona Ana, NM", SAME=["035013"], UGC=["NMC013"],
         sent="2026-08-09T19:05:00-06:00", onset="2026-08-09T19:05:00-06:00", expires="2026-08-09T22:15:00-06:00",
         ends="2026-08-09T22:15:00-06:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 9 at 7:05PM MDT until August 9 at 10:15PM MDT by NWS El Paso Tx/Santa Teresa NM",
         description="FFWEPZ\n\nThe National Weather Service in Santa Teresa has issued a\n\n* Flash Flood Warning for...\nCentral Dona Ana County in south central New Mexico...\n\n* Until 1015 PM MDT.\n\n* At 704 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over western Las Cruces and Mesilla. Between 1.5 and 2.5 inches of rain have fallen.\n\nHAZARD...Flash flooding caused by thunderstorms.\n\nSOURCE...Radar.\n\nIMPACT...Flash flooding of arroyos, low-water crossings, underpasses and poor drainage areas.\n\n* Some locations that will experience flash flooding include...\nLas Cruces, Mesilla, Picacho Hills, Mesilla Park and the Sonoma Ranch arroyo at Valley Drive.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KEPZ.FF.W.0017.260810T0105Z-260810T0415Z/", references=[],
         extra={"flashFloodDetection": ["RADAR INDICATED"]},
         geometry=poly((-106.845, 32.245), (-106.765, 32.245), (-106.765, 32.345), (-106.845, 32.345))),
]
