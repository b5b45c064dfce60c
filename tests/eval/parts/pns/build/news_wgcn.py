"""WGCN Gulf Coast News 7 (Pensacola / Mobile TV station): web stories, HTML descriptions. Hand-labelled."""

FEED = "wgcn"
ITEMS = [
dict(guid="pns_wgcn_story_20260212_0211", pub="2026-02-12T17:30:00-06:00",
title="Pensacola pediatrician named Florida's Pediatrician of the Year",
body="""PENSACOLA, Fla. (WGCN) - For twenty-six years, children on Pensacola's Westside have gone to see "Dr. Cordy." On Thursday the rest of the state found out why.

The Florida Chapter of the American Academy of Pediatrics named Dr. Cordelia Blackshear its 2026 Pediatrician of the Year. Blackshear runs the Westside Children's Clinic on West Cervantes Street, which sees more than 9,000 children a year regardless of insurance, and started a reading program that has given away 60,000 books in its waiting room.

"I was raised by women who fed the whole block," Blackshear said. "This is the same thing with a stethoscope." """,
gold=[("PNS006", "subject")]),

dict(guid="pns_wgcn_story_20260304_0318", pub="2026-03-04T06:45:00-06:00",
title="Cantonment couple escapes early-morning house fire",
body="""CANTONMENT, Fla. (WGCN) - An elderly Cantonment couple escaped without serious injury early Wednesday when fire broke out in their home off Muscogee Road.

Escambia County Fire Rescue said the fire started in the kitchen at about 4:30 a.m. Everard "Buddy" Quarterman, 82, said a smoke alarm his grandson installed at Christmas woke him, and he and his wife, Lorene, got out through the carport door. Lorene Quarterman was treated for smoke inhalation at the scene.

The house sustained heavy damage. The American Red Cross is helping the couple. "Forty-nine years in that house," Quarterman said. "We'll build it back." """,
gold=[("PNS010", "subject"), ("PNS011", "subject")]),

dict(guid="pns_wgcn_story_20260328_0402", pub="2026-03-28T13:10:00-05:00",
title="Tornado damages homes and businesses in Warrington and Myrtle Grove",
body="""PENSACOLA, Fla. (WGCN) - The National Weather Service confirmed Saturday that an EF-1 tornado with winds near 100 mph touched down in Warrington before dawn and tracked north through Myrtle Grove.

The storm peeled the roof off a strip of shops on Barrancas Avenue. Minh Dinh and his wife, Lan Truong, who have run Pho Bayou there since 2009, spent the morning dragging soaked booths into the parking lot. "Everything in the kitchen is fine, the ceiling is in the dining room," Dinh said. They hope to reopen in a month.

On Lillian Highway, neighbors cleared fallen pines with chainsaws. "It sounded like a freight train for about ten seconds, then nothing," said Rod Fenstermacher, who brought his chainsaw over from two streets away to help. No injuries were reported.""",
gold=[("PNS009", "subject"), ("PNS008", "subject")]),

dict(guid="pns_wgcn_story_20260519_0530", pub="2026-05-19T18:05:00-05:00",
title="Blue Angels name new commanding officer, a Gulf Breeze native",
body="""PENSACOLA, Fla. (WGCN) - The Navy's Blue Angels will be led next season by a pilot who grew up watching them from his parents' dock.

The Navy announced Tuesday that Cmdr. Peter Vandergriff, 44, will take command of the flight demonstration squadron in November. Vandergriff, a Gulf Breeze High School graduate and F/A-18 pilot with more than 3,000 flight hours, is the son of retired Rear Adm. Hollis Vandergriff and Marianne Vandergriff of Gulf Breeze.

"He used to make us stop the boat so he could watch the diamond pass," his mother said.""",
gold=[("PNS013", "parent_of_subject"), ("PNS014", "parent_of_subject")]),

dict(guid="pns_wgcn_story_20261006_1011", pub="2026-10-06T19:20:00-05:00",
title="Pensacola council approves Hawkshaw Lagoon restoration",
body="""PENSACOLA, Fla. (WGCN) - The Pensacola City Council voted 6-1 Thursday to spend $4.2 million restoring Hawkshaw Lagoon along the bayfront, including a living shoreline and a new kayak launch.

Council member Jared Moultrie, who cast the lone no vote, said the money would be better spent on drainage in his district. The work is expected to begin in the spring.""",
gold=[]),

dict(guid="pns_wgcn_story_20261013_1022", pub="2026-10-13T17:40:00-05:00",
title="Navarre Beach sets a record for sea turtle nests",
body="""NAVARRE, Fla. (WGCN) - Volunteers who walk Navarre Beach at dawn counted 142 sea turtle nests this season, the most since record-keeping began in 1998.

Most were loggerheads, but the count included four green turtle nests and one rare Kemp's ridley. "You learn to read the tracks like handwriting," said Doreen Fairbairn, who has walked the same mile of beach every morning for twelve years. The Navarre Beach Sea Turtle Conservation Center credits darker beachfront lighting for the increase.""",
gold=[]),
]
