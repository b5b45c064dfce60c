"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for the pvu part. Every alert is invented; the
office (NWS Salt Lake City, KSLC), SAME county codes (049049 Utah, 049043 Summit, 049051 Wasatch) and county UGC
codes are real; forecast-zone numbers (UTZ) are best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"pvu_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_WASATCH_BACK = urn("pvu-winter-storm-wasatch-back")
WIND_UTAH_CO = urn("pvu-wind-advisory-utah-county")
SVR_OREM = urn("pvu-svr-hail-orem")
FFW_SPRINGVILLE = urn("pvu-ffw-hobble-creek")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME only, Summit and Wasatch Counties: no client lives there -> nobody
    dict(id=WSW_WASATCH_BACK, office="KSLC", senderName="NWS Salt Lake City UT", awips="WSWSLC", wmo="WWUS45",
         areaDesc="Western Uinta Mountains; Wasatch Back", SAME=["049043", "049051"], UGC=["UTZ110", "UTZ111"],
         sent="2026-01-22T14:05:00-07:00", onset="2026-01-23T05:00:00-07:00", expires="2026-01-23T04:00:00-07:00",
         ends="2026-01-24T17:00:00-07:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 22 at 2:05PM MST until January 24 at 5:00PM MST by NWS Salt Lake City UT",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 18 to 30 inches above 7000 feet, 8 to 14 inches in the valleys. Winds gusting as high as 50 mph.\n\n* WHERE...Summit and Wasatch Counties, including Park City, Heber City, Kamas and Midway.\n\n* WHEN...From 5 AM Friday to 5 PM MST Saturday.\n\n* IMPACTS...Travel could be very difficult to impossible. Parleys Canyon and US-189 through Provo Canyon may close for avalanche control.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KSLC.WS.W.0006.260123T1200Z-260125T0000Z/", geometry=None),
    # Moderate advisory over all of Utah County -> nobody (severity)
    dict(id=WIND_UTAH_CO, office="KSLC", senderName="NWS Salt Lake City UT", awips="NPWSLC", wmo="WWUS75",
         areaDesc="Utah Valley", SAME=["049049"], UGC=["UTZ104"],
         sent="2026-03-30T15:20:00-06:00", onset="2026-03-31T10:00:00-06:00", expires="2026-03-31T04:00:00-06:00",
         ends="2026-03-31T20:00:00-06:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 30 at 3:20PM MDT until March 31 at 8:00PM MDT by NWS Salt Lake City UT",
         description="* WHAT...South winds 20 to 30 mph with gusts up to 50 mph.\n\n* WHERE...Utah Valley, including Provo, Orem, Lehi, American Fork, Springville and Spanish Fork.\n\n* WHEN...From 10 AM to 8 PM MDT Tuesday.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle.",
         vtec="/O.NEW.KSLC.WI.Y.0011.260331T1600Z-260401T0200Z/", geometry=None),
    # polygon over central and north-east Orem (not west Orem 84058, not Lindon, not Provo)
    dict(id=SVR_OREM, office="KSLC", senderName="NWS Salt Lake City UT", awips="SVRSLC", wmo="WUUS55",
         areaDesc="Utah, UT", SAME=["049049"], UGC=["UTC049"],
         sent="2026-07-22T16:41:00-06:00", onset="2026-07-22T16:41:00-06:00", expires="2026-07-22T17:30:00-06:00",
         ends="2026-07-22T17:30:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued July 22 at 4:41PM MDT until July 22 at 5:30PM MDT by NWS Salt Lake City UT",
         description="SVRSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Utah County in north central Utah...\n\n* Until 530 PM MDT.\n\n* At 440 PM MDT, a severe thunderstorm was located over Orem, moving northeast at 15 mph.\n\nHAZARD...70 mph wind gusts and golf ball size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...People and animals outdoors will be injured. Expect damage to roofs, siding, windows, and vehicles.\n\n* Locations impacted include...\nCentral Orem, University Place, Orem Center Street and the mouth of Provo Canyon.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KSLC.SV.W.0041.260722T2241Z-260722T2330Z/",
         geometry=poly((-111.712, 40.286), (-111.650, 40.286), (-111.650, 40.330), (-111.712, 40.330)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.75"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]}),
    # polygon over Springville and Mapleton (Hobble Creek burn scar); not Spanish Fork, not Provo
    dict(id=FFW_SPRINGVILLE, office="KSLC", senderName="NWS Salt Lake City UT", awips="FFWSLC", wmo="WGUS55",
         areaDesc="Utah, UT", SAME=["049049"], UGC=["UTC049"],
         sent="2026-08-08T15:12:00-06:00", onset="2026-08-08T15:12:00-06:00", expires="2026-08-08T18:15:00-06:00",
         ends="2026-08-08T18:15:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued August 8 at 3:12PM MDT until August 8 at 6:15PM MDT by NWS Salt Lake City UT",
         description="FFWSLC\n\nThe National Weather Service in Salt Lake City has issued a\n\n* Flash Flood Warning for...\nCentral Utah County in north central Utah...\n\n* Until 615 PM MDT.\n\n* At 310 PM MDT, Doppler radar indicated thunderstorms producing heavy rain over the Hobble Creek burn scar. Between 1 and 1.5 inches of rain have fallen. Flash flooding and debris flows are ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by thunderstorms. Debris flows from the burn scar.\n\nSOURCE...Radar indicated.\n\nIMPACT...Flooding of small creeks and streams, urban areas, highways, streets and underpasses. Debris flows can carry mud, rocks and trees.\n\n* Some locations that will experience flooding include...\nSpringville, Mapleton, Hobble Creek Canyon and Spring Lake.",
         instruction="Turn around, don't drown when encountering flooded roads. Move to higher ground now.",
         vtec="/O.NEW.KSLC.FF.W.0017.260808T2112Z-260809T0015Z/",
         geometry=poly((-111.628, 40.112), (-111.555, 40.112), (-111.555, 40.188), (-111.628, 40.188)),
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]}),
]
