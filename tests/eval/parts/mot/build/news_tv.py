"""KMGC Northland 6 (Minot TV station, invented): local web stories, HTML descriptions. Hand-labelled (`gold`)."""

FEED = "tv"
ITEMS = [
dict(guid="mot_kmgc_story_20260124_1102", pub="2026-01-24T17:40:00-06:00", title="Minot digs out after two-day blizzard; plumbers swamped with frozen pipes",
body="""MINOT, N.D. (KMGC) - Minot spent Saturday digging out from a two-day blizzard that dropped 14 inches of snow and closed U.S. Highway 2 and U.S. Highway 83 for most of Friday.

City crews had most emergency routes open by noon, but the wind chills of 40 below that followed the storm are keeping plumbers busy. "We've had 60 calls since midnight, and every one of them is a frozen line on an outside wall," said Lud Fettig, owner of Fettig Plumbing & Heating. "Leave the cabinet doors open and let a faucet drip."

Ward County Emergency Manager Dana Kleppe said no serious injuries were reported. Minot Public Schools will reopen Monday.""",
gold=[]),

dict(guid="mot_kmgc_story_20260219_0740", pub="2026-02-19T18:15:00-06:00", title="Fire destroys Glenburn couple's farm shop and combine",
body="""GLENBURN, N.D. (KMGC) - A Glenburn-area couple lost their farm shop, a combine and most of their tools in a fire early Thursday morning.

Wendelin "Windy" Schaan and his wife, Rosalie, woke up at about 4 a.m. to the glow through their bedroom window. "By the time I got my boots on, the roof was coming down," Windy Schaan said. No one was hurt, and the fire did not reach the house.

The Glenburn Rural Fire Department said a block heater on a tractor parked inside is the likely cause. Neighbors have already started a fund at Glenburn State Bank to help the Schaans replace equipment before spring seeding.""",
gold=[("MOT010", "subject"), ("MOT011", "subject")]),

dict(guid="mot_kmgc_story_20260312_0915", pub="2026-03-12T12:30:00-05:00", title="Minot AFB airman named Global Strike Command's top senior NCO",
body="""MINOT AIR FORCE BASE, N.D. (KMGC) - A maintenance supervisor with the 5th Bomb Wing has been named Air Force Global Strike Command's Senior Noncommissioned Officer of the Year.

Master Sgt. Jermaine Ottley, who leads a team of 140 B-52 crew chiefs, was recognized for keeping the wing's bombers flying through the coldest winter in a decade. His wife, Renata, and their three children were at the ceremony in the base theater.

"This belongs to the crew chiefs who were out on the flight line at 30 below," Ottley said.""",
gold=[("MOT015", "subject")]),

dict(guid="mot_kmgc_story_20260228_2130", pub="2026-02-28T22:05:00-06:00", title="Minot High's Ottley wins state wrestling title at 152",
body="""FARGO, N.D. (KMGC) - Minot High junior Devontae Ottley is a state champion.

Ottley pinned Fargo Davies' Brock Hanson in the second period of the Class A 152-pound final Saturday night at the Fargodome to finish the season 41-2. He is the Magicians' first state champion since 2019.

His father, Master Sgt. Jermaine Ottley, is stationed at Minot Air Force Base; his mother, Renata Ottley, counted down the last seconds from the front row. The family moved to Minot from Barksdale Air Force Base in Louisiana two years ago.""",
gold=[("MOT015", "parent_of_subject"), ("MOT016", "parent_of_subject")]),

dict(guid="mot_kmgc_story_20260409_1620", pub="2026-04-09T16:20:00-05:00", title="Williston man named to state Industrial Commission advisory panel",
body="""WILLISTON, N.D. (KMGC) - A Williston oilfield engineer has been appointed to the state Industrial Commission's new advisory panel on saltwater disposal.

Tory Lindgaard, 34, a reservoir engineer with a Williston operator, is one of seven members named Thursday. Lindgaard grew up in Tioga and studied petroleum engineering at UND.

"The Bakken is our backyard. We want to keep it clean," Lindgaard said.""",
gold=[]),

dict(guid="mot_kmgc_story_20260715_0630", pub="2026-07-15T06:30:00-05:00", title="Hail and 70 mph winds shred roofs, crops across south Minot and Surrey",
body="""MINOT, N.D. (KMGC) - Tuesday evening's storm left south Minot and Surrey picking shingles and siding out of their yards on Wednesday morning.

The National Weather Service confirmed hail up to two inches across and gusts to 70 mph. Crop adjuster Kevin Thorson said some wheat fields east of Surrey are a total loss. "It looked like somebody ran a mower over it," said Mitch Rennich, who farms two miles south of Surrey.

Xcel Energy had about 3,400 customers without power at the height of the storm. Most had power back by midnight.""",
gold=[]),
]
