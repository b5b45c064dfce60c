"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for central Illinois, NWS Lincoln IL (ILX).
Every alert is invented; the office, SAME county codes and county UGC codes are real, forecast-zone numbers are
given as best known and no label depends on them (labels use SAME codes and polygons only).

Alert ids: the CAP identifier (properties.id) and the feature's top-level id are both `dec_urn:oid:...` so that
every item id of this part starts with `dec_`; properties.@id is the api.weather.gov URL of that identifier."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"dec_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_ILX = aid("dec-winter-storm-champaign-piatt-douglas")
WSW_ILX_EXA = aid("dec-winter-storm-champaign-piatt-douglas-exa")
SVR_ILX = aid("dec-svr-south-decatur-mount-zion")
FOG_ILX = aid("dec-dense-fog-macon-sangamon")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=WSW_ILX, office="KILX", senderName="NWS Lincoln IL", awips="WSWILX", wmo="WWUS43",
         areaDesc="Champaign; Piatt; Douglas; Christian", SAME=["017019", "017147", "017041", "017021"],
         UGC=["ILZ045", "ILZ044", "ILZ055", "ILZ053"],
         sent="2026-01-24T14:35:00-06:00", onset="2026-01-24T21:00:00-06:00", expires="2026-01-25T04:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 24 at 2:35PM CST until January 25 at 6:00PM CST by NWS Lincoln IL",
         description="* WHAT...Heavy snow and blowing snow expected. Total snow accumulations of 8 to 12 inches. Winds gusting as high as 40 mph will cause whiteout conditions in open country.\n\n* WHERE...Champaign, Piatt, Douglas and Christian Counties, including Champaign, Urbana, Rantoul, Monticello, Tuscola, Arthur, Arcola and Taylorville.\n\n* WHEN...From 9 PM this evening to 6 PM CST Sunday.\n\n* IMPACTS...Travel could be very difficult to impossible. Drifting will close rural roads and Interstate 57 may be impacted.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency. The latest road conditions can be obtained at gettingaroundillinois.com.",
         vtec="/O.NEW.KILX.WS.W.0003.260125T0300Z-260126T0000Z/", references=[], geometry=None),
    dict(id=WSW_ILX_EXA, office="KILX", senderName="NWS Lincoln IL", awips="WSWILX", wmo="WWUS43",
         areaDesc="Champaign; Piatt; Douglas; Christian; Moultrie; De Witt",
         SAME=["017019", "017147", "017041", "017021", "017139", "017039"],
         UGC=["ILZ045", "ILZ044", "ILZ055", "ILZ053", "ILZ054", "ILZ037"],
         sent="2026-01-25T03:10:00-06:00", onset="2026-01-25T03:10:00-06:00", expires="2026-01-25T10:00:00-06:00",
         ends="2026-01-25T18:00:00-06:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued January 25 at 3:10AM CST until January 25 at 6:00PM CST by NWS Lincoln IL",
         description="* WHAT...Heavy snow and blowing snow. Additional snow accumulations of 5 to 9 inches. Winds gusting as high as 45 mph.\n\n* WHERE...Champaign, Piatt, Douglas, Christian, Moultrie and De Witt Counties. The warning has been expanded to include Moultrie and De Witt Counties, including Sullivan, Lovington, Clinton and Farmer City.\n\n* WHEN...Until 6 PM CST this evening.\n\n* IMPACTS...Travel will be very difficult to impossible. Snow plows have been pulled from rural routes in Piatt and Douglas Counties.",
         instruction="Stay off the roads. If you are stranded, stay with your vehicle.",
         vtec="/O.EXA.KILX.WS.W.0003.000000T0000Z-260126T0000Z/", references=[WSW_ILX], geometry=None),
    dict(id=SVR_ILX, office="KILX", senderName="NWS Lincoln IL", awips="SVRILX", wmo="WUUS53",
         areaDesc="Macon, IL", SAME=["017115"], UGC=["ILC115"],
         sent="2026-06-16T18:42:00-05:00", onset="2026-06-16T18:42:00-05:00", expires="2026-06-16T19:30:00-05:00",
         ends="2026-06-16T19:30:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 16 at 6:42PM CDT until June 16 at 7:30PM CDT by NWS Lincoln IL",
         description="SVRILX\n\nThe National Weather Service in Lincoln has issued a\n\n* Severe Thunderstorm Warning for...\nSouthern Macon County in central Illinois...\n\n* Until 730 PM CDT.\n\n* At 641 PM CDT, a severe thunderstorm was located near Harristown, moving east at 45 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nsouthern and western Decatur, Lake Decatur, Mount Zion, Long Creek and Macon.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KILX.SV.W.0093.260616T2342Z-260617T0030Z/", references=[],
         geometry=poly((-89.005, 39.760), (-88.835, 39.755), (-88.835, 39.835), (-89.005, 39.852)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"]}),
    dict(id=FOG_ILX, office="KILX", senderName="NWS Lincoln IL", awips="NPWILX", wmo="WWUS73",
         areaDesc="Macon; Sangamon", SAME=["017115", "017167"], UGC=["ILZ052", "ILZ051"],
         sent="2026-10-06T04:15:00-05:00", onset="2026-10-06T04:15:00-05:00", expires="2026-10-06T09:00:00-05:00",
         ends="2026-10-06T09:00:00-05:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued October 6 at 4:15AM CDT until October 6 at 9:00AM CDT by NWS Lincoln IL",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Macon and Sangamon Counties, including Decatur, Mount Zion, Forsyth and Springfield.\n\n* WHEN...Until 9 AM CDT this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KILX.FG.Y.0012.261006T0915Z-261006T1400Z/", references=[], geometry=None),
]
