"""KCNL 5 Cenla News (TV station site, Alexandria): HTML descriptions, short web stories. Hand-labelled."""

ITEMS = [
dict(guid="aex_kcnl_story_20260126_1102", pub="2026-01-26T17:30:00-06:00",
title="Red River Regional names Alexandria nurse its first chief nursing officer from the floor",
body="""ALEXANDRIA, La. (KCNL) - Red River Regional Medical Center has named Renita Metoyer its new chief nursing officer.

Metoyer, a Peabody Magnet graduate, started at the hospital 27 years ago as a nursing assistant on the night shift and most recently led its intensive care unit. She is the first CNO in the hospital's history to rise from its own bedside staff.

"Every nurse on that floor taught me something," Metoyer said Monday.""",
gold=[("AEX010", "subject")]),

dict(guid="aex_kcnl_story_20260217_1188", pub="2026-02-17T06:45:00-06:00",
title="Pineville couple escapes early-morning house fire on Military Highway",
body="""PINEVILLE, La. (KCNL) - A Pineville couple made it out safely early Tuesday when fire broke out in their home on Military Highway.

Ferris and Dot Lachney told firefighters they woke to the smoke alarm around 3 a.m. and got out through the carport door. Pineville Fire Department Chief Ronnie Duos said the fire started in the laundry room; the back half of the house is a total loss.

The Red Cross is helping the Lachneys, who have lived in the house since 1974.""",
gold=[("AEX020", "subject"), ("AEX021", "subject")]),

dict(guid="aex_kcnl_story_20260314_1240", pub="2026-03-14T21:10:00-05:00",
title="ASH's Jaylen Metoyer named to Class 5A all-state basketball team",
body="""ALEXANDRIA, La. (KCNL) - Alexandria Senior High guard Jaylen Metoyer has been named first-team Class 5A all-state by the Louisiana Sports Writers Association.

Metoyer averaged 24 points a game for the Trojans this season. He is the son of Darnell and Renita Metoyer of Alexandria and has committed to play at Louisiana Tech.""",
gold=[("AEX011", "parent_of_subject"), ("AEX010", "parent_of_subject")]),

dict(guid="aex_kcnl_story_20260423_1319", pub="2026-04-23T12:20:00-05:00",
title="Clean-up begins after tornado tears through Pineville and Ball",
body="""PINEVILLE, La. (KCNL) - Neighbors were out with chainsaws Thursday morning after an EF-2 tornado cut a path from Pineville north to Ball on Wednesday evening.

"It sounded like a train, just like they say," said Mitch Kimbrough, who helped clear a live oak off Edgewood Drive. "Then it was just quiet."

In Ball, Hollis Wiggins lost a barn and two equipment sheds on Monroe Highway. No serious injuries were reported. The Rapides Parish Sheriff's Office asks people to stay away from downed power lines.""",
gold=[]),  # Kimbrough is quoted, Wiggins is do_not_contact; both are labelled for the tornado warning itself

dict(guid="aex_kcnl_story_20260506_1355", pub="2026-05-06T18:05:00-05:00",
title="Deputies investigate overnight burglary at Marksville hardware store",
body="""MARKSVILLE, La. (KCNL) - Avoyelles Parish deputies are looking for whoever broke into Ducote's Hardware on North Main Street overnight.

Owner Gerry Ducote said the thieves took chainsaws and a cash box. "Sixty years and nobody ever did that to us," Ducote said. Anyone with information is asked to call Avoyelles Crime Stoppers.""",
gold=[]),  # crime story: not an outreach occasion

dict(guid="aex_kcnl_story_20260604_1402", pub="2026-06-04T17:40:00-05:00",
title="Pineville's Bo Lacour hangs up his helmet after 40 years as a volunteer firefighter",
body="""PINEVILLE, La. (KCNL) - After 40 years, Bo Lacour is retiring from Rapides Parish Fire District 3.

Lacour joined the volunteer department in 1986 and served as its district chief for 18 years. The district honored him Tuesday night with a dinner at the station on Highway 28 East, where his old engine was parked outside with a bow on it.

Lacour said he will keep cooking the jambalaya for the district's annual fundraiser.""",
gold=[("AEX012", "subject")]),
]
