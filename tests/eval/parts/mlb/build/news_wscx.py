"""Space Coast 11 News (WSCX, Melbourne): local TV station site, HTML descriptions, short web-story style.
Hand-labelled."""

FEED = "wscx"
ITEMS = [
dict(guid="mlb_wscx-20260224-0311", pub="2026-02-24T18:20:00-05:00", title="Rockledge family escapes early-morning house fire",
body="""ROCKLEDGE, Fla. (WSCX) - A Rockledge couple and their two dogs escaped without injury early Tuesday when a fire that started in their garage spread into the attic of their home on Barton Boulevard.

Garrett Tillinghast, 63, told Space Coast 11 that a smoke alarm woke him and his wife, Joanne, at about 4 a.m. "By the time I opened the garage door the whole back wall was orange," Tillinghast said. Rockledge Fire Rescue said the cause appears to be an electric golf cart charger.

The house is not livable. The Red Cross is helping the couple.""",
gold=[("MLB011", "subject")]),

dict(guid="mlb_wscx-20260321-0402", pub="2026-03-21T17:45:00-04:00", title="Late Cape technician honored with Space Coast Pioneer award",
body="""MELBOURNE, Fla. (WSCX) - Wendell Arbogast, the propulsion technician who worked on the Cape's launch pads from Gemini to the last Shuttle mission, was posthumously inducted into the Space Coast Pioneers Hall of Fame on Saturday.

Arbogast died in January at 84. His widow, Lorraine Arbogast, accepted the plaque at the Space Coast Convention Center. "He would have said he was just tightening bolts," she said. "But they were the right bolts." """,
gold=[]),

dict(guid="mlb_wscx-20260419-0518", pub="2026-04-19T21:05:00-04:00", title="Palm Bay man pulls kayaker from Turkey Creek after capsizing",
body="""PALM BAY, Fla. (WSCX) - A Palm Bay man is being called a hero after he jumped into Turkey Creek on Sunday afternoon to pull a kayaker who had capsized and struck her head on a piling.

Hollis Fentress, 55, was fishing from the Port Malabar Boulevard bridge when he saw the kayak roll over. He swam about forty yards and held the woman's head above water until Palm Bay Fire Rescue arrived. She was taken to Palm Bay Hospital and is expected to recover.

"I just did what anybody would do," Fentress said.""",
gold=[("MLB014", "subject")]),

dict(guid="mlb_wscx-20260604-0633", pub="2026-06-04T18:10:00-04:00", title="Cocoa Beach residents worry as another storm eats the dunes",
body="""COCOA BEACH, Fla. (WSCX) - Residents along Minutemen Causeway watched bulldozers push sand back onto the beach Thursday after a week of rough surf took another bite out of the dunes.

"Every year we lose a little more, and every year they bring it back by truck," said Ophelia Strickfaden, who has lived a block from the beach since 1979. City Manager Ron Petrakis said the county's renourishment project is scheduled to begin in November.""",
gold=[]),

dict(guid="mlb_wscx-20260715-0720", pub="2026-07-15T17:30:00-04:00", title="Sebastian angler lands record snook at Sebastian Inlet tournament",
body="""SEBASTIAN, Fla. (WSCX) - Fintan "Finn" O'Shaughnessy of Sebastian won the Sebastian Inlet Snook Classic on Saturday with a 44-inch snook, the largest in the tournament's 31 years.

O'Shaughnessy, a charter captain who grew up fishing the inlet jetties with his father, released the fish after it was measured. He donated his $10,000 prize to the Sebastian Inlet State Park's habitat fund.""",
gold=[("MLB024", "subject")]),
]
