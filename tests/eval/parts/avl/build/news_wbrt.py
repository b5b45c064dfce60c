"""WBRT Blue Ridge 8 News (Asheville TV station; invented): local news site, HTML in description. Hand-labelled."""

FEED = "wbrt"
ITEMS = [
dict(guid="avl_wbrt_2026_03041", pub="2026-03-04T18:30:00-05:00", title="Fire guts Tunnel Road print shop; no one hurt",
body="""ASHEVILLE - A fire early Wednesday destroyed Blue Ridge Print & Copy on Tunnel Road. No one was inside, and no one was hurt, the Asheville Fire Department said.

Firefighters were called at 4:50 a.m. by a neighbor. "I was opening up and I saw smoke pouring out of the roof," said Jimmy Karagounis, who owns the Parthenon Diner next door. "I called 911 and started moving the cars."

Owner Phil Barnhardt said he plans to rebuild. The cause is under investigation.""",
gold=[]),

dict(guid="avl_wbrt_2026_04221", pub="2026-04-22T17:45:00-04:00", title="Asheville honors the late Rev. Wesley Gudger with street sign on Eagle Street",
body="""ASHEVILLE - The city unveiled an honorary street sign Wednesday naming a block of Eagle Street for the Rev. Wesley A. Gudger, the civil rights leader who led the 1960s desegregation of Asheville's lunch counters and who died in 1998.

His daughter, Lorene Wardlaw, accepted the honor on the family's behalf, weeks after the death of her mother, Essie Mae Gudger. "Daddy stood on this corner and told people they were somebody," she said.

Mayor Elaine Pruett said the sign is the first of twelve planned to mark the history of the East End.""",
gold=[]),

dict(guid="avl_wbrt_2026_06301", pub="2026-06-30T18:10:00-04:00", title="Mission nurse Ruthanne Gossage retires after 41 years in the ER",
body="""ARDEN - For 41 years, Ruthanne Gossage has been the calm voice in the Mission Hospital emergency department. On Tuesday, her colleagues lined the ambulance bay to clap her out on her last shift.

Gossage, of Arden, started in the ER in 1985 as a 24-year-old new graduate of the Asheville-Buncombe Technical nursing program. She trained, by her own count, more than 300 nurses. "I'm going to sleep past 5 a.m. for the first time since the Reagan administration," she said.""",
gold=[("AVL015", "subject")]),

dict(guid="avl_wbrt_2026_07141", pub="2026-07-14T21:20:00-04:00", title="Swannanoa mother, teen son rescued from car in floodwater on U.S. 70",
body="""SWANNANOA - Swift-water rescuers pulled a Swannanoa woman and her 16-year-old son from the roof of their car Tuesday evening after flash flooding swept the vehicle off U.S. 70 near Bee Tree Road.

Cindy Arrowood and her son, Wyatt, were taken to Mission Hospital to be checked and released, the Swannanoa Fire Department said. "The water came up so fast. One minute it was rain and the next minute we were floating," Arrowood said.

The National Weather Service had issued a flash flood warning for the Swannanoa Valley about an hour earlier.""",
gold=[("AVL005", "subject")]),

dict(guid="avl_wbrt_2026_08081", pub="2026-08-08T22:40:00-04:00", title="Candler bowler, 75, rolls first perfect game",
body="""CANDLER - Fifty-six years after he bowled his first frame, Lem Sluder finally got all twelve.

Sluder, 75, of Candler, rolled a 300 game Thursday night in the Thursday senior league at Star Lanes, the oldest bowler ever to do it at the alley. "I've had eleven in a row three times," he said. "I about fainted."

His wife, Ila, was keeping score.""",
gold=[("AVL013", "subject")]),
]
