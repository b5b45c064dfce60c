"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part oth. Alerts invented; the office
(NWS Medford, KMFR), SAME county codes (Coos 041011, Curry 041015) and county UGCs are real; forecast-zone
numbers are best known and no label depends on them."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"oth_urn:oid:2.49.0.1.840.0.{h}.001.1"


HWW = urn("oth-high-wind-coos")
HWW_EXA = urn("oth-high-wind-coos-exa-curry")
FFW = urn("oth-ffw-coquille-myrtle-point")
BHS = urn("oth-beach-hazards-minor")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


ALERTS = [
    dict(id=HWW, office="KMFR", senderName="NWS Medford OR", awips="NPWMFR", wmo="WWUS76",
         areaDesc="South Central Oregon Coast", SAME=["041011"], UGC=["ORZ021"],
         sent="2026-01-10T14:05:00-08:00", onset="2026-01-11T04:00:00-08:00", expires="2026-01-11T03:00:00-08:00",
         ends="2026-01-11T22:00:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 10 at 2:05PM PST until January 11 at 10:00PM PST by NWS Medford OR",
         description="* WHAT...South winds 40 to 50 mph with gusts up to 80 mph on beaches and headlands.\n\n* WHERE...South Central Oregon Coast, including Coos Bay, North Bend, Bandon, Coquille, Myrtle Point and Lakeside.\n\n* WHEN...From 4 AM to 10 PM PST Sunday.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel will be difficult, especially for high profile vehicles on Highway 101.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows. Use caution if you must drive.",
         vtec="/O.NEW.KMFR.HW.W.0002.260111T1200Z-260112T0600Z/", references=[], geometry=None),
    dict(id=HWW_EXA, office="KMFR", senderName="NWS Medford OR", awips="NPWMFR", wmo="WWUS76",
         areaDesc="South Central Oregon Coast; Curry County Coast", SAME=["041011", "041015"], UGC=["ORZ021", "ORZ022"],
         sent="2026-01-11T03:10:00-08:00", onset="2026-01-11T04:00:00-08:00", expires="2026-01-11T11:00:00-08:00",
         ends="2026-01-11T22:00:00-08:00", status="Actual", messageType="Update", severity="Severe", certainty="Likely",
         urgency="Expected", event="High Wind Warning", response="Prepare",
         headline="High Wind Warning issued January 11 at 3:10AM PST until January 11 at 10:00PM PST by NWS Medford OR",
         description="* WHAT...South winds 40 to 55 mph with gusts up to 85 mph on beaches and headlands.\n\n* WHERE...South Central Oregon Coast and Curry County Coast. The warning has been expanded to include the Curry County Coast, including Port Orford, Gold Beach and Brookings.\n\n* WHEN...Until 10 PM PST this evening.\n\n* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected.",
         instruction="Remain in the lower levels of your home during the windstorm. Avoid windows.",
         vtec="/O.EXA.KMFR.HW.W.0002.000000T0000Z-260112T0600Z/", references=[HWW], geometry=None),
    dict(id=FFW, office="KMFR", senderName="NWS Medford OR", awips="FFWMFR", wmo="WGUS56",
         areaDesc="Coos, OR", SAME=["041011"], UGC=["ORC011"],
         sent="2026-02-24T05:42:00-08:00", onset="2026-02-24T05:42:00-08:00", expires="2026-02-24T11:45:00-08:00",
         ends="2026-02-24T11:45:00-08:00", status="Actual", messageType="Alert", severity="Severe", certainty="Likely",
         urgency="Immediate", event="Flash Flood Warning", response="Avoid",
         headline="Flash Flood Warning issued February 24 at 5:42AM PST until February 24 at 11:45AM PST by NWS Medford OR",
         description="FFWMFR\n\nThe National Weather Service in Medford has issued a\n\n* Flash Flood Warning for...\nCentral Coos County in southwestern Oregon...\n\n* Until 1145 AM PST.\n\n* At 540 AM PST, Doppler radar and automated rain gauges indicated 3 to 4 inches of rain in the past 12 hours over the Coquille River basin. Flash flooding is ongoing or expected to begin shortly.\n\nHAZARD...Flash flooding caused by heavy rain.\n\nSOURCE...Radar and rain gauges.\n\nIMPACT...Flooding of low-lying areas, streets and Highway 42.\n\n* Some locations that will experience flash flooding include...\nCoquille, Myrtle Point, Arago, Norway and Riverton.",
         instruction="Turn around, don't drown when encountering flooded roads.",
         vtec="/O.NEW.KMFR.FF.W.0003.260224T1342Z-260224T1945Z/", references=[],
         geometry=poly((-124.30, 43.03), (-124.05, 43.03), (-124.05, 43.20), (-124.30, 43.20))),
    dict(id=BHS, office="KMFR", senderName="NWS Medford OR", awips="CFWMFR", wmo="WHUS76",
         areaDesc="South Central Oregon Coast; Curry County Coast", SAME=["041011", "041015"], UGC=["ORZ021", "ORZ022"],
         sent="2026-07-03T13:30:00-07:00", onset="2026-07-04T09:00:00-07:00", expires="2026-07-04T05:00:00-07:00",
         ends="2026-07-05T21:00:00-07:00", status="Actual", messageType="Alert", severity="Minor", certainty="Likely",
         urgency="Expected", event="Beach Hazards Statement", response="Monitor",
         headline="Beach Hazards Statement issued July 3 at 1:30PM PDT until July 5 at 9:00PM PDT by NWS Medford OR",
         description="* WHAT...Sneaker waves and strong rip currents possible.\n\n* WHERE...Beaches of Coos and Curry Counties.\n\n* WHEN...Through Sunday evening.\n\n* IMPACTS...Sneaker waves can run up significantly farther on a beach than normal and can sweep people off jetties and rocks.",
         instruction="Never turn your back on the ocean.",
         vtec="/O.NEW.KMFR.BH.S.0011.260704T1600Z-260706T0400Z/", references=[], geometry=None),
]
