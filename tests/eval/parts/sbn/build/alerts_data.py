"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) from NWS Northern Indiana (KIWX). Every alert
is invented; office, SAME county codes and county UGC codes are real; forecast-zone numbers are best known and
no label depends on them (labels use SAME codes and polygons only)."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"sbn_urn:oid:2.49.0.1.840.0.{h}.001.1"


LES_IWX = urn("sbn-lake-effect-stjoseph-berrien")
SVR_IWX = urn("sbn-svr-elkhart-goshen")
WIND_IWX = urn("sbn-wind-advisory")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=LES_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="WSWIWX", wmo="WWUS43",
         areaDesc="La Porte; St. Joseph; Berrien", SAME=["018091", "018141", "026021"],
         UGC=["INZ003", "INZ004", "MIZ077"],
         sent="2026-01-14T15:32:00-05:00", onset="2026-01-14T19:00:00-05:00", expires="2026-01-15T04:00:00-05:00",
         ends="2026-01-16T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Lake Effect Snow Warning", response="Prepare",
         headline="Lake Effect Snow Warning issued January 14 at 3:32PM EST until January 16 at 7:00AM EST by NWS Northern Indiana",
         description="* WHAT...Heavy lake effect snow expected. Total snow accumulations of 12 to 20 inches, locally higher in the most persistent bands. Winds gusting as high as 35 mph will cause blowing and drifting snow.\n\n* WHERE...La Porte and St. Joseph Counties in Indiana and Berrien County in Michigan, including South Bend, Mishawaka, Granger, La Porte, Niles and St. Joseph.\n\n* WHEN...From 7 PM this evening to 7 AM EST Friday.\n\n* IMPACTS...Travel could be very difficult to impossible. Visibility near zero at times in heavy snow bands, especially on the Indiana Toll Road and U.S. 31.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KIWX.LE.W.0002.260115T0000Z-260116T1200Z/", references=[], geometry=None),
    dict(id=SVR_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="SVRIWX", wmo="WUUS53",
         areaDesc="Elkhart, IN", SAME=["018039"], UGC=["INC039"],
         sent="2026-06-23T21:47:00-04:00", onset="2026-06-23T21:47:00-04:00", expires="2026-06-23T22:30:00-04:00",
         ends="2026-06-23T22:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Execute",
         headline="Severe Thunderstorm Warning issued June 23 at 9:47PM EDT until June 23 at 10:30PM EDT by NWS Northern Indiana",
         description="SVRIWX\n\nThe National Weather Service in Northern Indiana has issued a\n\n* Severe Thunderstorm Warning for...\n  Northwestern and central Elkhart County in northern Indiana...\n\n* Until 1030 PM EDT.\n\n* At 946 PM EDT, a line of severe thunderstorms was located along a line extending from near Osceola to near Wakarusa, moving east at 40 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nElkhart, Goshen, Dunlap, Simonton Lake and Jamestown.",
         instruction="For your protection move to an interior room on the lowest floor of a building. Torrential rainfall is occurring with these storms and may lead to flash flooding.",
         vtec="/O.NEW.KIWX.SV.W.0127.260624T0147Z-260624T0230Z/", references=[],
         geometry=poly((-86.04, 41.66), (-86.03, 41.75), (-85.90, 41.76), (-85.78, 41.57), (-85.82, 41.54),
                       (-85.95, 41.55)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "windThreat": ["RADAR INDICATED"],
                "hailThreat": ["RADAR INDICATED"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    dict(id=WIND_IWX, office="KIWX", senderName="NWS Northern Indiana", awips="NPWIWX", wmo="WWUS73",
         areaDesc="St. Joseph; Elkhart", SAME=["018141", "018039"], UGC=["INZ004", "INZ005"],
         sent="2026-03-09T04:12:00-04:00", onset="2026-03-09T10:00:00-04:00", expires="2026-03-09T16:00:00-04:00",
         ends="2026-03-09T20:00:00-04:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Wind Advisory", response="Execute",
         headline="Wind Advisory issued March 9 at 4:12AM EDT until March 9 at 8:00PM EDT by NWS Northern Indiana",
         description="* WHAT...Southwest winds 25 to 35 mph with gusts up to 50 mph expected.\n\n* WHERE...St. Joseph and Elkhart Counties.\n\n* WHEN...From 10 AM this morning to 8 PM EDT this evening.\n\n* IMPACTS...Gusty winds will blow around unsecured objects. Tree limbs could be blown down and a few power outages may result.",
         instruction="Use extra caution when driving, especially if operating a high profile vehicle. Secure outdoor objects.",
         vtec="/O.NEW.KIWX.WI.Y.0011.260309T1400Z-260310T0000Z/", references=[], geometry=None),
]
