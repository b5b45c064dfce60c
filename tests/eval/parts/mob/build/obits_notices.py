"""Mobile Bay Courier paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="mob_courier_dn_20260313_0042", pub="2026-03-13T05:00:00-05:00",
title="JUZAN, Alphonse Joseph \"Buddy\"",
body="""JUZAN, Alphonse Joseph "Buddy", 87, of Mobile, entered eternal rest March 9, 2026. Born June 14, 1938. Retired, Alabama State Docks; Knight of Columbus. Survived by wife of 63 years Marie-Thérèse; daughter Claire Boudreau (Neil); son Fr. Michel Juzan; five grandchildren, two great-grandchildren. Mass of Christian Burial Friday, 11 a.m., St. Brendan the Navigator. Dauphin Way Funeral Chapel, directors.""",
gold=[]),  # later copy of mob_stbrendan_2026_0311: labelled on the earlier copy only

dict(guid="mob_courier_dn_20260504_0117", pub="2026-05-04T05:00:00-05:00",
title="ZIEMAN, Clotilde",
body="""ZIEMAN, Clotilde, of Daphne, died May 2, 2026. Arrangements pending with Jubilee Oaks Funeral Home, Daphne.""",
gold=[("MOB015", "possible_deceased_client")]),

dict(guid="mob_courier_dn_20260703_0158", pub="2026-07-03T05:00:00-05:00",
title="MESTIER, Hubert Allen",
body="""MESTIER, Hubert Allen, 88, of Picayune, Miss., died June 30, 2026. Retired, Crosby Forest Products. Survived by wife Dorothy; sons Allen (Kay) of Picayune and Dale of Slidell, La.; seven grandchildren. Services Monday, 10 a.m., First Baptist Church of Picayune. McDonald Funeral Home, Picayune.""",
gold=[]),  # namesake: MOB016 Hubert "Hugh" Mestier is 65 and lives in Saraland

dict(guid="mob_courier_dn_20260906_0203", pub="2026-09-06T05:00:00-05:00",
title="KYNARD, Louise Ann",
body="""KYNARD, Louise Ann, 66, of Mobile, died September 3, 2026. Retired, Mobile Public Library. Survived by son Terrance Kynard of Mobile; daughter Tanya Kynard Reese (Andre) of Theodore; sister Bernice Womack; four grandchildren. Homegoing Saturday, 11 a.m., Stone Street Baptist Church. Gaineswood Memorial Chapel in charge.""",
gold=[("MOB019", "survivor")]),
]
