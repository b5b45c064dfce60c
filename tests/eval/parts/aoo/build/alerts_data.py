"""Hand-written NWS alerts for part aoo (api.weather.gov /alerts/active GeoJSON). Every alert is invented; the
office (NWS State College PA, KCTP), county SAME/UGC codes are real; forecast-zone numbers are best known and no
label depends on them (labels use SAME county codes and polygons only)."""

import hashlib


def aid(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"aoo_urn:oid:2.49.0.1.840.0.{h}.001.1"


WSW_CAMBRIA = aid("aoo-winter-storm-cambria-somerset")
SVR_ALTOONA = aid("aoo-svr-north-altoona-bellwood")
SVR_MOSHANNON = aid("aoo-svr-philipsburg-moshannon")
FOG_BLAIR = aid("aoo-dense-fog-blair-huntingdon")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    # SAME-code only (no geometry): Cambria and Somerset counties -> the Ebensburg and Portage clients
    dict(id=WSW_CAMBRIA, office="KCTP", senderName="NWS State College PA", awips="WSWCTP", wmo="WWUS41",
         areaDesc="Cambria; Somerset", SAME=["042021", "042111"], UGC=["PAZ024", "PAZ033"],
         sent="2026-02-14T15:05:00-05:00", onset="2026-02-15T04:00:00-05:00", expires="2026-02-15T04:00:00-05:00",
         ends="2026-02-16T07:00:00-05:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued February 14 at 3:05PM EST until February 16 at 7:00AM EST by NWS State College PA",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, locally up to 22 inches on the Allegheny Front. Winds gusting as high as 40 mph.\n\n* WHERE...Cambria and Somerset Counties, including Ebensburg, Portage, Johnstown and Somerset.\n\n* WHEN...From 4 AM Sunday to 7 AM EST Monday.\n\n* IMPACTS...Travel could be very difficult to impossible, including on U.S. 22 and U.S. 219. Blowing snow will reduce visibility.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.KCTP.WS.W.0006.260215T0900Z-260216T1200Z/", geometry=None),
    # polygon: northern Altoona (ZIP 16601, Logan Township) to Bellwood; south Altoona (16602) and Hollidaysburg outside
    dict(id=SVR_ALTOONA, office="KCTP", senderName="NWS State College PA", awips="SVRCTP", wmo="WUUS51",
         areaDesc="Blair, PA", SAME=["042013"], UGC=["PAC013"],
         sent="2026-06-22T16:41:00-04:00", onset="2026-06-22T16:41:00-04:00", expires="2026-06-22T17:30:00-04:00",
         ends="2026-06-22T17:30:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued June 22 at 4:41PM EDT until June 22 at 5:30PM EDT by NWS State College PA",
         description="SVRCTP\n\nThe National Weather Service in State College has issued a\n\n* Severe Thunderstorm Warning for...\nNorth central Blair County in central Pennsylvania...\n\n* Until 530 PM EDT.\n\n* At 440 PM EDT, a severe thunderstorm was located over Lakemont, moving northeast at 30 mph.\n\nHAZARD...70 mph wind gusts and quarter size hail.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect considerable tree damage. Damage is likely to mobile homes, roofs, and outbuildings.\n\n* Locations impacted include...\nnorthern Altoona, Juniata, Logan Township, Pinecroft, Tipton and Bellwood.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCTP.SV.W.0112.260622T2041Z-260622T2130Z/",
         geometry=poly((-78.455, 40.5135), (-78.29, 40.5135), (-78.29, 40.63), (-78.40, 40.635), (-78.455, 40.58)),
         extra={"maxWindGust": ["70 MPH"], "maxHailSize": ["1.00"], "thunderstormDamageThreat": ["CONSIDERABLE"]}),
    # polygon over Philipsburg / Moshannon Valley: no client lives there -> matches nobody
    dict(id=SVR_MOSHANNON, office="KCTP", senderName="NWS State College PA", awips="SVRCTP", wmo="WUUS51",
         areaDesc="Centre, PA; Clearfield, PA", SAME=["042027", "042033"], UGC=["PAC027", "PAC033"],
         sent="2026-07-30T15:12:00-04:00", onset="2026-07-30T15:12:00-04:00", expires="2026-07-30T16:00:00-04:00",
         ends="2026-07-30T16:00:00-04:00", status="Actual", messageType="Alert", severity="Severe", certainty="Observed",
         urgency="Immediate", event="Severe Thunderstorm Warning", response="Shelter",
         headline="Severe Thunderstorm Warning issued July 30 at 3:12PM EDT until July 30 at 4:00PM EDT by NWS State College PA",
         description="SVRCTP\n\nThe National Weather Service in State College has issued a\n\n* Severe Thunderstorm Warning for...\nNorthwestern Centre County in central Pennsylvania...\nSoutheastern Clearfield County in central Pennsylvania...\n\n* Until 400 PM EDT.\n\n* At 311 PM EDT, a severe thunderstorm was located near Osceola Mills, moving east at 25 mph.\n\nHAZARD...60 mph wind gusts.\n\nSOURCE...Radar indicated.\n\nIMPACT...Expect damage to roofs, siding, and trees.\n\n* Locations impacted include...\nPhilipsburg, Osceola Mills, Chester Hill and Black Moshannon State Park.",
         instruction="For your protection move to an interior room on the lowest floor of a building.",
         vtec="/O.NEW.KCTP.SV.W.0158.260730T1912Z-260730T2000Z/",
         geometry=poly((-78.30, 40.84), (-78.12, 40.84), (-78.12, 40.95), (-78.30, 40.95)),
         extra={"maxWindGust": ["60 MPH"], "maxHailSize": ["0.75"]}),
    # Moderate advisory over Blair and Huntingdon: not an outreach occasion -> matches nobody
    dict(id=FOG_BLAIR, office="KCTP", senderName="NWS State College PA", awips="NPWCTP", wmo="WWUS71",
         areaDesc="Blair; Huntingdon", SAME=["042013", "042061"], UGC=["PAZ034", "PAZ027"],
         sent="2026-11-03T02:50:00-05:00", onset="2026-11-03T02:50:00-05:00", expires="2026-11-03T10:00:00-05:00",
         ends="2026-11-03T10:00:00-05:00", status="Actual", messageType="Alert", severity="Moderate", certainty="Likely",
         urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued November 3 at 2:50AM EST until November 3 at 10:00AM EST by NWS State College PA",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Blair and Huntingdon Counties, including Altoona, Hollidaysburg, Tyrone and Huntingdon.\n\n* WHEN...Until 10 AM EST this morning.\n\n* IMPACTS...Low visibility could make driving conditions hazardous, especially on Interstate 99.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.KCTP.FG.Y.0031.261103T0750Z-261103T1500Z/", geometry=None),
]
