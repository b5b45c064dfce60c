"""WQBN 5 News (Bangor TV station) local stories: HTML descriptions, short web-story style. Hand-labelled."""

FEED = "wqbn"
ITEMS = [
dict(guid="bgr_wqbn_20260303_trefethen", pub="2026-03-03T18:30:00-05:00", title="Orono High skier wins Class B Nordic state title",
body="""ORONO (WQBN) - Orono High School junior Ainsley Trefethen won the Class B girls' 5-kilometer classic state championship at Black Mountain in Rumford on Tuesday, finishing 14 seconds ahead of the field.

Trefethen, the daughter of Warren and Mary Beth Trefethen of Orono, led the Red Riots to a second-place team finish. Her father, who skied for UMaine, has coached her since she was four.

"The last hill hurt," she said. "But I've been skiing it in my head for a year." """,
gold=[("BGR005", "parent_of_subject"), ("BGR004", "parent_of_subject")]),

dict(guid="bgr_wqbn_20260519_tepperman", pub="2026-05-19T17:45:00-04:00", title="Bangor attorney honored for 40 years of free legal help",
body="""BANGOR (WQBN) - Bangor attorney Saul Tepperman has received the Maine Bar Foundation's Howard H. Dana Jr. Award for a lifetime of pro bono service.

Tepperman, 74, has volunteered at the Pine Tree Legal clinic every Tuesday evening since 1986, helping tenants, veterans and elderly clients with evictions, benefit appeals and wills. The foundation estimates he has donated more than 6,000 hours.

"My father told me a law degree was a key, and you don't keep a key to yourself," Tepperman said at the award luncheon in Portland. His wife, Mimi, was in the audience.""",
gold=[("BGR012", "subject")]),

dict(guid="bgr_wqbn_20260715_storm", pub="2026-07-15T07:10:00-04:00", title="Bangor, Brewer clean up after severe thunderstorm topples trees",
body="""BANGOR (WQBN) - Crews spent the night clearing trees and wires after a severe thunderstorm tore through Bangor and Brewer on Tuesday evening with wind gusts near 70 mph.

Versant Power said more than 11,000 customers lost power at the peak. A large maple fell across Ohio Street near the Bangor Municipal Golf Course, crushing a parked pickup.

"It sounded like a freight train and then the whole tree was just lying there," said Roz Gilpatrick, who lives on Ohio Street. "Thank God nobody was in that truck." No injuries were reported. Bangor Public Works asked residents to stay away from downed lines.""",
gold=[]),

dict(guid="bgr_wqbn_20260802_rescue", pub="2026-08-02T19:20:00-04:00", title="Bucksport man pulls kayaker from Penobscot River",
body="""BUCKSPORT (WQBN) - A Bucksport man is being credited with saving a kayaker who capsized in the fast-moving Penobscot River near the Verona Island bridge on Sunday afternoon.

Caleb Wardwell, 42, was fishing from the town dock when he saw the overturned kayak drifting toward the bridge piers. He rowed a borrowed skiff out and pulled the 62-year-old Brewer woman aboard. She was treated for hypothermia at Northern Light Eastern Maine Medical Center and released.

"I didn't think about it," Wardwell said. "The tide was going out and she wasn't going to make it to shore." The Bucksport Fire Department said it will recognize Wardwell at its September meeting.""",
gold=[("BGR018", "subject")]),

dict(guid="bgr_wqbn_20260915_walk", pub="2026-09-15T18:05:00-04:00", title="Great-grandmother, 83, finishes 100th charity walk at the Calais border",
body="""CALAIS (WQBN) - An 83-year-old great-grandmother from New Brunswick finished her 100th charity walk across the international bridge at Calais on Saturday.

Vernice Alward of Moncton has raised more than $90,000 for cancer research on both sides of the border since 2004, when her husband, Gordon, was diagnosed. She walked the last mile with three generations of her family and a piper.

"I'm slower than I was," Alward said. "But I'm still faster than the cancer people want me to be." """,
gold=[]),

dict(guid="bgr_wqbn_20261119_barnfire", pub="2026-11-19T06:40:00-05:00", title="Fire destroys 1890s barn on Glenburn farm",
body="""GLENBURN (WQBN) - Fire destroyed a 130-year-old barn on the Pushaw Road early Thursday morning. Nobody was hurt, but the barn and a season's hay were lost.

Phyllis Treworgy, who owns the farm, said she woke up at about 3 a.m. to her dog barking and saw the glow through the kitchen window. Firefighters from Glenburn, Hermon and Bangor got the seven Hereford cattle out before the roof fell in.

"My late husband Ansel's grandfather built that barn," Treworgy said. "I'm just glad the animals are all right." The state fire marshal's office said the fire appears to have started in an electrical panel.""",
gold=[("BGR017", "subject")]),
]
