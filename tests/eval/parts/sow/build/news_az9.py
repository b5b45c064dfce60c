"""AZ Nine News (KAZN, Phoenix) statewide TV site: HTML descriptions, short web stories. Hand-labelled."""

ITEMS = [
dict(guid="sow_az9_20260116_heber_fire", pub="2026-01-16T07:40:00-07:00", title="Heber man escapes as fire destroys his cabin",
body="""HEBER, Ariz. (AZ9) - A Heber man got out of his burning cabin with his boots in his hand early Thursday, minutes before the roof collapsed.

Lyle Ostergaard, 70, said a woodstove pipe overheated at about 2 a.m. "I heard it ticking and then I saw the glow in the loft," he said. Heber-Overgaard Fire crews kept the flames from spreading into the ponderosas around the cabin.

The cabin is a total loss. Neighbors have set up a collection at the Heber post office.""",
gold=[("SOW022", "subject")]),

dict(guid="sow_az9_20260307_rodeo_queen", pub="2026-03-07T18:15:00-07:00", title="Pinetop teen crowned White Mountain Rodeo Queen",
body="""PINETOP-LAKESIDE, Ariz. (AZ9) - Kaylee Nez, a junior at Blue Ridge High School, was crowned 2026 White Mountain Rodeo Queen on Saturday after a day of horsemanship, speech and modeling.

Kaylee, 17, rides a 12-year-old sorrel mare named Biscuit and has competed in junior rodeo since she was eight. She is the daughter of Tyrell and Danielle Nez of Pinetop.

"She's been practicing that queen wave in the kitchen for a year," her mother said.""",
gold=[("SOW010", "parent_of_subject"), ("SOW011", "parent_of_subject")]),

dict(guid="sow_az9_20260612_hail", pub="2026-06-12T20:05:00-07:00", title="Hail piles up on Deuce of Clubs as storm hammers Show Low",
body="""SHOW LOW, Ariz. (AZ9) - A fast-moving thunderstorm dropped quarter-size hail across Show Low on Friday afternoon, piling it like snow along the Deuce of Clubs and stripping leaves from cottonwoods.

"It was white in five minutes," said Kendrick Oberholtzer, who watched from the loading dock of his feed store. "I've been here my whole life and I don't remember one like it in June."

No injuries were reported. Navopache Electric said about 2,100 customers lost power for an hour.""",
gold=[]),

dict(guid="sow_az9_20260320_scottsdale_chef", pub="2026-03-20T10:00:00-07:00", title="Scottsdale chef Jared Tenney opens smokehouse in Old Town",
body="""SCOTTSDALE, Ariz. (AZ9) - Chef Jared Tenney, who cooked for a decade in Austin before moving home to the Valley, opened Mesquite & Ember in Old Town Scottsdale this week.

Tenney, 34, grew up in Chandler. His brisket is smoked for 16 hours over pecan and mesquite.""",
gold=[]),

dict(guid="sow_az9_20260501_nurse", pub="2026-05-01T17:30:00-07:00", title="Snowflake nurse retires after 40 years of delivering Navajo County's babies",
body="""SNOWFLAKE, Ariz. (AZ9) - After four decades and, by her own count, more than 3,000 deliveries, labor-and-delivery nurse Dee Sandoval hung up her stethoscope on Thursday.

Sandoval, 64, started at the old Snowflake clinic in 1986 and finished at Summit Healthcare in Show Low. Co-workers lined the hallway to applaud her out.

"Some of the moms I had this year, I delivered their mothers," she said.""",
gold=[("SOW021", "subject")]),
]
