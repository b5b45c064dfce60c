"""WHKY 13 Heartland News (invented Elizabethtown TV station site): HTML descriptions, web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="ftk_whky_20260203_0101", pub="2026-02-03T17:20:00-05:00", title="Elizabethtown bank names new chief operating officer",
body="""ELIZABETHTOWN, Ky. (WHKY) - Lincoln Trail Community Bank has promoted one of its own to the No. 2 job.

Jessica Cundiff-Rhodes, 37, will become chief operating officer on March 1, the bank's board announced Tuesday. Cundiff-Rhodes started as a teller at the Ring Road branch while a student at Elizabethtown Community and Technical College and most recently led the bank's mortgage division.

"Jess knows every branch and half our customers by name," bank president Alan Coyle said.""",
gold=[("FTK013", "subject")]),

dict(guid="ftk_whky_20260226_0144", pub="2026-02-26T18:05:00-05:00", title="Cecilia couple escapes early-morning house fire",
body="""CECILIA, Ky. (WHKY) - A Cecilia couple got out of their burning home with only their dog and the clothes they were wearing early Thursday.

Kenny and Darlene Boone woke just after 3 a.m. to smoke alarms at their house on Leitchfield Road, Hardin County Fire Chief Rusty Dyer said. Crews from Cecilia, Sonora and Glendale fought the fire for two hours; the house is a total loss.

Neighbors have set up a collection for the Boones at Cecilia Baptist Church.""",
gold=[("FTK021", "subject"), ("FTK022", "subject")]),

dict(guid="ftk_whky_20260317_0188", pub="2026-03-17T16:40:00-04:00", title="Radcliff man retires after 30 years in Fort Knox civil service",
body="""RADCLIFF, Ky. (WHKY) - After 22 years in uniform and 30 more as a civilian at Fort Knox, Darnell Whitlock is hanging up his badge.

Whitlock, the longtime deputy director of the installation's Soldier Support Center, was honored at a retirement ceremony Friday. He plans to coach youth basketball at the Radcliff Boys & Girls Club.

"He says he's retiring. I'll believe it when he stops setting an alarm," said his wife, Keisha Whitlock.""",
gold=[("FTK008", "subject")]),

dict(guid="ftk_whky_20260409_0230", pub="2026-04-09T12:15:00-04:00", title="Elizabethtown doctor named Kentucky Family Physician of the Year",
body="""ELIZABETHTOWN, Ky. (WHKY) - An Elizabethtown doctor who still makes house calls has been named Kentucky Family Physician of the Year.

Dr. Anita Rao of Lincoln Trail Family Medicine received the award from the Kentucky Academy of Family Physicians at its meeting in Louisville. Rao has practiced in Hardin County for eighteen years and started the county's free mobile clinic.""",
gold=[("FTK020", "subject")]),

dict(guid="ftk_whky_20260424_0262", pub="2026-04-24T19:30:00-04:00", title="Radcliff neighbors clean up after overnight tornado",
body="""RADCLIFF, Ky. (WHKY) - Chainsaws were running on South Wilson Road before sunrise Friday after a brief tornado touched down overnight.

The National Weather Service confirmed an EF-1 tornado with winds near 100 mph. Several homes lost roofs, and a carport landed in a church parking lot.

"It sounded like a freight train, just like they say," said Sun Hui Pressley, who rode out the storm in her hallway. Harold Sweazy, who drove over from Vine Grove with his tractor to help, said the street looked "like a giant stepped on it." """,
gold=[]),

dict(guid="ftk_whky_20260512_0301", pub="2026-05-12T17:50:00-04:00", title="Lexington teacher Larry Howell wins statewide history award",
body="""LEXINGTON, Ky. (WHKY) - Larry Howell, 41, a history teacher at Lafayette High School in Lexington, has been named Kentucky History Teacher of the Year by the Kentucky Historical Society.

Howell, a Frankfort native, built a unit on the Underground Railroad in Kentucky that is now used in 40 school districts.""",
gold=[]),

dict(guid="ftk_whky_20260602_0340", pub="2026-06-02T18:10:00-04:00", title="LaRue County farmer honored for conservation work",
body="""HODGENVILLE, Ky. (WHKY) - The LaRue County Conservation District has named Ray Shelton its Conservation Farmer of the Year.

Shelton, who farms 340 acres on Greensburg Road with his wife, Wanda, fenced cattle out of Nolin River tributaries and planted eight acres of pollinator habitat. He received the award at the district's annual dinner Monday.""",
gold=[("FTK023", "subject")]),
]
