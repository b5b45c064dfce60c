"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part hnl. Every alert is invented; the
office (PHFO, NWS Honolulu), the county SAME/UGC codes (015003 / HIC003, City and County of Honolulu) are real;
Oahu forecast-zone numbers are best known and no label depends on them (labels use SAME codes and polygons)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"urn:oid:2.49.0.1.840.0.hnl.{h[:32]}.001.1"


FFW = urn("hnl-ffw-windward-kona-low")
FFW_CAN = urn("hnl-ffw-windward-kona-low-can")
SVR = urn("hnl-svr-pearl-city-waipahu")
WIND = urn("hnl-wind-advisory-oahu")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WIND, office="PHFO", senderName="NWS Honolulu HI", awips="NPWHFO", wmo="WWHW70",
         areaDesc="Oahu South Shore; Waianae Coast; Oahu North Shore; Oahu Koolau; Olomana; Central Oahu; Waianae Mountains",
         SAME=["015003"], UGC=["HIZ006", "HIZ007", "HIZ008", "HIZ009", "HIZ010", "HIZ011", "HIZ012"],
         sent="2026-02-15T15:42:00-10:00", onset="2026-02-15T18:00:00-10:00", expires="2026-02-16T06:00:00-10:00",
         ends="2026-02-16T18:00:00-10:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued February 15 at 3:42PM HST until February 16 at 6:00PM HST by NWS Honolulu HI",
         description="* WHAT...South winds 20 to 30 mph with localized gusts over 50 mph ahead of a kona low.\n\n* WHERE...Oahu.\n\n* WHEN...From 6 PM this evening until 6 PM HST Monday.\n\n* IMPACTS...Winds this strong can tear off shingles, knock down tree limbs, and blow away tents and awnings.",
         instruction="Secure outdoor objects. Use extra caution when driving, especially on the H-3 and the Pali Highway.",
         vtec="/O.NEW.PHFO.WI.Y.0003.260216T0400Z-260217T0400Z/", references=[], geometry=None),
    dict(id=FFW, office="PHFO", senderName="NWS Honolulu HI", awips="FFWHFO", wmo="WGHW60",
         areaDesc="Honolulu, HI", SAME=["015003"], UGC=["HIC003"],
         sent="2026-02-16T04:12:00-10:00", onset="2026-02-16T04:12:00-10:00", expires="2026-02-16T07:15:00-10:00",
         ends="2026-02-16T07:15:00-10:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 16 at 4:12AM HST until February 16 at 7:15AM HST by NWS Honolulu HI",
         description="The National Weather Service in Honolulu has issued a\n\n* Flash Flood Warning for...\nWindward Oahu from Kahaluu to Waimanalo, including Kaneohe, Kailua and Ahuimanu, in the City and County of Honolulu.\n\n* Until 715 AM HST.\n\n* At 410 AM HST, radar and rain gauges showed heavy rain over the Koolau Range and windward Oahu, falling at rates of 2 to 3 inches per hour. Kamooalii Stream and Kawa Stream are rising rapidly. Flash flooding is ongoing or expected to begin shortly.\n\n* Some locations that will experience flash flooding include Kaneohe, Kailua, Ahuimanu, Haiku Valley, Maunawili, Enchanted Lake and Likelike Highway.",
         instruction="Turn around, don't drown when encountering flooded roads. Do not cross fast-flowing streams.",
         vtec="/O.NEW.PHFO.FF.W.0007.260216T1412Z-260216T1715Z/",
         extra={"flashFloodDetection": ["RADAR INDICATED"], "flashFloodDamageThreat": ["CONSIDERABLE"]},
         references=[],
         geometry=poly((-157.862, 21.468), (-157.792, 21.476), (-157.700, 21.420), (-157.698, 21.358),
                       (-157.770, 21.366), (-157.858, 21.400))),
    dict(id=FFW_CAN, office="PHFO", senderName="NWS Honolulu HI", awips="FFSHFO", wmo="WGHW80",
         areaDesc="Honolulu, HI", SAME=["015003"], UGC=["HIC003"],
         sent="2026-02-16T06:58:00-10:00", onset="2026-02-16T06:58:00-10:00", expires="2026-02-16T07:15:00-10:00",
         ends="2026-02-16T07:15:00-10:00", status="Actual", messageType="Cancel", severity="Minor", certainty="Observed",
         urgency="Past", event="Flash Flood Warning", response="AllClear",
         headline="The Flash Flood Warning has been cancelled.",
         description="The Flash Flood Warning for windward Oahu has been cancelled. Rainfall has diminished and streams are receding. Please continue to heed road closures.",
         instruction="", vtec="/O.CAN.PHFO.FF.W.0007.000000T0000Z-260216T1715Z/", references=[FFW],
         geometry=poly((-157.862, 21.468), (-157.792, 21.476), (-157.700, 21.420), (-157.698, 21.358),
                       (-157.770, 21.366), (-157.858, 21.400))),
    dict(id=SVR, office="PHFO", senderName="NWS Honolulu HI", awips="SVRHFO", wmo="WUHW50",
         areaDesc="Honolulu, HI", SAME=["015003"], UGC=["HIC003"],
         sent="2026-03-05T14:37:00-10:00", onset="2026-03-05T14:37:00-10:00", expires="2026-03-05T15:30:00-10:00",
         ends="2026-03-05T15:30:00-10:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued March 5 at 2:37PM HST until March 5 at 3:30PM HST by NWS Honolulu HI",
         description="The National Weather Service in Honolulu has issued a\n\n* Severe Thunderstorm Warning for...\nCentral and leeward Oahu in the City and County of Honolulu, including Waipahu, Pearl City and Waipio.\n\n* Until 330 PM HST.\n\n* At 235 PM HST, a severe thunderstorm was located over Ewa, moving northeast at 20 mph.\n\nHAZARD...60 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, and trees.\n\n* Locations impacted include Waipahu, Pearl City, Waipio, Waikele and Pacific Palisades.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.PHFO.SV.W.0002.260306T0037Z-260306T0130Z/",
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"]},
         references=[],
         geometry=poly((-158.060, 21.372), (-157.960, 21.366), (-157.898, 21.398), (-157.905, 21.448),
                       (-158.010, 21.445), (-158.058, 21.420))),
]
