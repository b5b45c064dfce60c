"""Hand-written NWS alerts (api.weather.gov /alerts/active GeoJSON) for part `ena`. Every alert is invented; the
office (NWS Anchorage, PAFC), county codes (SAME 002122 Kenai Peninsula Borough, 002020 Anchorage) and county UGC
are real; forecast-zone numbers are given as best known and no label depends on them (labels use SAME codes and
polygons only). Alert ids start with `ena_` (as the brief asks), in the shape of the real urn:oid ids."""

import hashlib


def urn(label: str) -> str:
    h = hashlib.sha1(label.encode()).hexdigest()
    return f"ena_urn:oid:2.49.0.1.840.0.{h}.001.1"


FLW_AFC = urn("ena-kenai-river-glof-flood")
FLW_AFC_EXT = urn("ena-kenai-river-glof-flood-ext")
WSW_AFC = urn("ena-winter-storm-anchorage")
FOG_AFC = urn("ena-dense-fog-kenai")


def poly(*lonlat):
    ring = [list(p) for p in lonlat]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


# the lower Kenai River corridor, from the mouth at Kenai up past the Soldotna bridge to the Funny River reach
LOWER = [(-151.29, 60.555), (-151.20, 60.545), (-151.12, 60.525), (-151.06, 60.500), (-150.97, 60.490),
         (-150.97, 60.470), (-151.06, 60.478), (-151.13, 60.505), (-151.21, 60.528), (-151.29, 60.535)]
# the update extends it upstream along the river to the Moose River confluence at Sterling
EXTENDED = [(-151.29, 60.555), (-151.20, 60.545), (-151.12, 60.525), (-151.06, 60.500), (-150.97, 60.490),
            (-150.85, 60.525), (-150.74, 60.545), (-150.74, 60.525), (-150.85, 60.505), (-150.97, 60.470),
            (-151.06, 60.478), (-151.13, 60.505), (-151.21, 60.528), (-151.29, 60.535)]

ALERTS = [
    dict(id=FLW_AFC, office="PAFC", senderName="NWS Anchorage AK", awips="FLWAFC", wmo="WGAK58",
         areaDesc="Kenai Peninsula, AK", SAME=["002122"], UGC=["AKC122"],
         sent="2026-08-10T14:20:00-08:00", onset="2026-08-10T14:20:00-08:00", expires="2026-08-11T14:15:00-08:00",
         ends="2026-08-13T14:00:00-08:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued August 10 at 2:20PM AKDT until August 13 at 2:00PM AKDT by NWS Anchorage AK",
         description="* WHAT...Flooding caused by a glacier-dammed lake release is expected.\n\n* WHERE...The Kenai River from the outlet of Skilak Lake to the mouth at Kenai, including Soldotna, Funny River Road, Big Eddy and Beaver Loop Road.\n\n* WHEN...Until 2 PM AKDT Thursday.\n\n* IMPACTS...At 15.0 feet, water affects low-lying homes, docks and roads along Funny River Road and Big Eddy Road in Soldotna.\n\n* ADDITIONAL DETAILS...The Kenai River at Soldotna was 12.4 feet and rising at 1 PM. It is forecast to crest near 15.5 feet Wednesday afternoon.",
         instruction="Turn around, don't drown when encountering flooded roads. Move boats, docks and valuables away from the river bank.",
         vtec="/O.NEW.PAFC.FL.W.0002.260810T2220Z-260813T2200Z/", references=[], geometry=poly(*LOWER)),
    dict(id=FLW_AFC_EXT, office="PAFC", senderName="NWS Anchorage AK", awips="FLWAFC", wmo="WGAK58",
         areaDesc="Kenai Peninsula, AK", SAME=["002122"], UGC=["AKC122"],
         sent="2026-08-11T10:05:00-08:00", onset="2026-08-11T10:05:00-08:00", expires="2026-08-12T10:00:00-08:00",
         ends="2026-08-14T14:00:00-08:00", status="Actual", messageType="Update", severity="Severe",
         certainty="Likely", urgency="Expected", event="Flood Warning", response="Prepare",
         headline="Flood Warning issued August 11 at 10:05AM AKDT until August 14 at 2:00PM AKDT by NWS Anchorage AK",
         description="* WHAT...Flooding caused by a glacier-dammed lake release continues.\n\n* WHERE...The Kenai River from Sterling and the Moose River confluence to the mouth at Kenai. The warning now includes the river through Sterling.\n\n* WHEN...Until 2 PM AKDT Friday.\n\n* IMPACTS...Water is over Funny River Road near mile 2 and reaches low-lying homes along Big Eddy Road and Scout Lake Loop Road.\n\n* ADDITIONAL DETAILS...The Kenai River at Soldotna was 14.6 feet at 9 AM and is forecast to crest near 15.8 feet Wednesday evening.",
         instruction="Stay away from the river bank. Do not drive through flooded roads.",
         vtec="/O.EXT.PAFC.FL.W.0002.000000T0000Z-260814T2200Z/", references=[FLW_AFC], geometry=poly(*EXTENDED)),
    dict(id=FOG_AFC, office="PAFC", senderName="NWS Anchorage AK", awips="NPWAFC", wmo="WWAK78",
         areaDesc="Western Kenai Peninsula", SAME=["002122"], UGC=["AKZ121"],
         sent="2026-09-24T04:10:00-08:00", onset="2026-09-24T04:10:00-08:00", expires="2026-09-24T11:00:00-08:00",
         ends="2026-09-24T11:00:00-08:00", status="Actual", messageType="Alert", severity="Minor",
         certainty="Likely", urgency="Expected", event="Dense Fog Advisory", response="Execute",
         headline="Dense Fog Advisory issued September 24 at 4:10AM AKDT until September 24 at 11:00AM AKDT by NWS Anchorage AK",
         description="* WHAT...Visibility one quarter mile or less in dense fog.\n\n* WHERE...Western Kenai Peninsula, including Kenai, Soldotna, Nikiski, Kasilof and Ninilchik.\n\n* WHEN...Until 11 AM AKDT this morning.\n\n* IMPACTS...Low visibility could make driving on the Sterling Highway and the Kenai Spur Highway hazardous.",
         instruction="If driving, slow down, use your headlights, and leave plenty of distance ahead of you.",
         vtec="/O.NEW.PAFC.FG.Y.0011.260924T1210Z-260924T1900Z/", references=[], geometry=None),
    dict(id=WSW_AFC, office="PAFC", senderName="NWS Anchorage AK", awips="WSWAFC", wmo="WWAK48",
         areaDesc="Anchorage Municipality", SAME=["002020"], UGC=["AKZ101"],
         sent="2026-11-18T15:30:00-09:00", onset="2026-11-18T21:00:00-09:00", expires="2026-11-19T03:45:00-09:00",
         ends="2026-11-20T06:00:00-09:00", status="Actual", messageType="Alert", severity="Severe",
         certainty="Likely", urgency="Expected", event="Winter Storm Warning", response="Prepare",
         headline="Winter Storm Warning issued November 18 at 3:30PM AKST until November 20 at 6:00AM AKST by NWS Anchorage AK",
         description="* WHAT...Heavy snow expected. Total snow accumulations of 12 to 18 inches, up to 24 inches on the Hillside. Winds gusting as high as 50 mph along Turnagain Arm.\n\n* WHERE...Anchorage, including the Anchorage Hillside, Eagle River and Girdwood.\n\n* WHEN...From 9 PM this evening to 6 AM AKST Thursday.\n\n* IMPACTS...Travel could be very difficult. The hazardous conditions could impact the Wednesday evening and Thursday morning commutes.",
         instruction="If you must travel, keep an extra flashlight, food, and water in your vehicle in case of an emergency.",
         vtec="/O.NEW.PAFC.WS.W.0014.261119T0600Z-261120T1500Z/", references=[], geometry=None),
]
