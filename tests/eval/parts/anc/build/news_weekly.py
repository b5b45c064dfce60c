"""Mat-Su Valley Weekly Frontiersman-Review: Mat-Su community weekly, teaser + content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="anc_msvw_2026_0226_fireweed", pub="2026-02-26T08:00:00-09:00", title="Fireweed Forge Brewing opens on Knik-Goose Bay Road",
body="""Wasilla has a new brewery, and its owner built most of it himself.

Kyle Lindvahl, a Wasilla native and former Alaska Railroad welder, opened Fireweed Forge Brewing last Friday in a converted equipment shop on Knik-Goose Bay Road. The taproom seats 60, and the bar top is a slab of spruce he milled from his grandfather's homestead.

"I've been homebrewing since I was old enough to legally do it," Lindvahl said.

Regular Jerry Stolpestad, who stopped in for a birch-syrup porter on opening night, approved. "Best thing on KGB Road since they paved it," he said.""",
gold=[("ANC014", "subject")]),

dict(guid="anc_msvw_2026_0305_wrestling", pub="2026-03-05T08:00:00-09:00", title="Palmer's Aliyah Tukrook pins her way to a second state title",
body="""Palmer High School junior Aliyah Tukrook won her second straight state wrestling title Saturday at the Alaska Airlines Center in Anchorage, pinning her opponent in the 126-pound final in 1 minute 14 seconds.

Tukrook, the daughter of Danny and Sheila Tukrook of Palmer, is 34-0 this season. She dedicated the win to her grandmother, Elsie Tukrook of Utqiagvik, who died in February.

"Aaka told me to never let go," Tukrook said. "So I didn't." """,
gold=[("ANC010", "parent_of_subject"), ("ANC021", "parent_of_subject")]),

dict(guid="anc_msvw_2026_0604_colonydays", pub="2026-06-04T08:00:00-09:00", title="Marlys Brenneke named Colony Days grand marshal",
body="""Marlys Brenneke, who has baked pies for the Palmer Colony Days bake sale every June since 1967, will lead this year's parade down South Alaska Street as grand marshal, the Greater Palmer Chamber of Commerce announced.

Brenneke, 81, a retired Palmer Elementary teacher, lost her husband of 61 years, Orrin, in May. "He would have wanted me on the float, not in the kitchen," she said. "Well, maybe both."

The Colony Days committee this year is chaired by Ruth Sorbo, with Agnes Nikolaikin, Carl Brenneke and Pam Ostrander. The parade steps off at 10 a.m. June 13.""",
gold=[("ANC011", "subject")]),

dict(guid="anc_msvw_2026_1008_nikolaikin", pub="2026-10-08T08:00:00-09:00", title="Wasilla beader Agnes Nikolaikin honored for 50 years of teaching",
body="""Agnes Nikolaikin has taught beadwork to roughly 3,000 Mat-Su students since 1976, by the count of the college that honored her last week.

Mat-Su College presented Nikolaikin, a Dena'ina elder from Nondalton who has lived in Wasilla since 1988, with its first Lifetime Teaching Award on Oct. 1, two days before her 79th birthday. Her beaded moose-hide slippers are in the collection of the Anchorage Museum.

"You start with the needle and you end with patience," Nikolaikin told a crowd of former students. "Some of you are still working on the second part." """,
gold=[("ANC009", "subject")]),
]
