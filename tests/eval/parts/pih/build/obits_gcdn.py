"""Gate City Death Notices (brief paid notices, surname-first headings, Pocatello and eastern Idaho), plain
text. One item is a later full copy of the Journal's Sorensby obituary. Hand-labelled."""

import obits_pvj

FEED = "gcdn"
_SORENSBY = obits_pvj.ITEMS[0]

ITEMS = [
dict(guid="pih_gcdn_2026_0311", pub="2026-03-16T07:00:00-06:00", title="SORENSBY, Merlin Dale",
body=_SORENSBY["body"],
gold=[]),   # duplicate copy: labelled on the Journal's earlier item only

dict(guid="pih_gcdn_2026_0388", pub="2026-04-08T07:00:00-06:00", title="STODDART, Brigham Y. \"Brig\"",
body="""Brigham Young "Brig" Stoddart, 93, Rigby, died April 5, 2026. Retired Jefferson County road supervisor, Korean War veteran. Survived by wife of 70 years, Edna; sons Kent (Sue), Rigby, and Lyle, Menan; 14 grandchildren. Services 11 a.m. Saturday, Rigby 3rd Ward. Teton Valley Mortuary.""",
gold=[]),

dict(guid="pih_gcdn_2026_0415", pub="2026-04-29T07:00:00-06:00", title="HADDOCK, Lucille M.",
body="""Lucille Marie Haddock, 78, Pocatello, died April 26, 2026. Retired School District 25 lunch lady. Survived by husband of 57 years, Rulon Haddock, Pocatello; daughters Julie (Mark) Nield, Chubbuck, and Pam Haddock, Salt Lake City; six grandchildren. Funeral 10 a.m. Thursday, Chapel of the Pines, Pocatello.""",
gold=[]),   # PIH015 Rulon Haddock is do_not_contact

dict(guid="pih_gcdn_2026_0442", pub="2026-05-06T07:00:00-06:00", title="HYMAS, Arvel",
body="""Arvel Hymas, of Aberdeen, passed away May 3, 2026. Arrangements are pending with Aberdeen Valley Mortuary; a full obituary will follow.""",
gold=[("PIH022", "possible_deceased_client")]),

dict(guid="pih_gcdn_2026_0497", pub="2026-06-10T07:00:00-06:00", title="PYPER, Leland G.",
body="""Leland Grant Pyper, 90, Idaho Falls, died June 7, 2026. Retired Idaho Falls Power lineman. Survived by daughter Jolene Pyper, Idaho Falls; sons Mark (Lori) Pyper, Ammon, and Brent Pyper, Spokane; eight grandchildren. Preceded in death by wife, Arlene. Services 1 p.m. Monday, Idaho Falls 24th Ward.""",
gold=[("PIH021", "survivor")]),
]
