"""Valley 24 News (KVSQ, Visalia-Hanford): local TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="hnf_kvsq_20260126_flood_cleanup", pub="2026-01-26T17:30:00-08:00",
title="North Visalia neighbors bail out after Mill Creek overflows",
body="""VISALIA, Calif. (KVSQ) - Residents along Mill Creek spent Monday pumping water out of garages after Sunday night's downpour sent the creek over its banks in north Visalia.

"It came up faster than anybody expected," said Vartan Kazarian, who spent the morning filling sandbags for neighbors on Ferguson Avenue. City crews handed out sandbags at the Recreation Park lot.""",
gold=[]),

dict(guid="hnf_kvsq_20260316_pettaway_promotion", pub="2026-03-16T18:05:00-07:00",
title="Corcoran sergeant promoted to lieutenant, first from his high school class",
body="""CORCORAN, Calif. (KVSQ) - A Corcoran native who started as a correctional officer straight out of Corcoran High has been promoted to lieutenant at California State Prison, Corcoran.

Darnell Pettaway, a 22-year veteran, was pinned Friday by his mother, Ernestine, in front of a room full of co-workers. Pettaway also coaches the Corcoran Panthers' defensive line.""",
gold=[("HNF015", "subject")]),

dict(guid="hnf_kvsq_20260408_barn_fire", pub="2026-04-08T06:45:00-07:00",
title="Fire destroys hay barn at Hanford dairy; cows saved",
body="""HANFORD, Calif. (KVSQ) - A fire early Wednesday destroyed a hay barn and a calf shed at a dairy on Hanford-Armona Road, Kings County Fire said.

Gerrit and Trudy Van Beek, who have run the dairy since 1981, were awakened by a milker at about 3 a.m. No animals were lost, but about 900 tons of hay burned.

"Gary and Trudy will be milking again tonight; that's just who they are," said Trudy's brother, Arnie Boersma, who brought his loader over to pull bales away from the flames.""",
gold=[("HNF003", "subject"), ("HNF004", "subject")]),

dict(guid="hnf_kvsq_20260519_nishimoto_teacher", pub="2026-05-19T17:00:00-07:00",
title="Visalia chemistry teacher named Tulare County Teacher of the Year",
body="""VISALIA, Calif. (KVSQ) - Golden West High School chemistry teacher Kim Nishimoto has been named Tulare County Teacher of the Year.

Nishimoto, who has taught at Golden West for 17 years, started the school's robotics team in a storage room. She will represent the county in the state program this fall.""",
gold=[("HNF016", "subject")]),

dict(guid="hnf_kvsq_20260714_heat_cooling", pub="2026-07-14T16:20:00-07:00",
title="Lemoore opens cooling center as triple digits settle in",
body="""LEMOORE, Calif. (KVSQ) - With highs of 110 expected through the weekend, the City of Lemoore has opened the Cinnamon Municipal Complex as a cooling center.

"A lot of the older folks on our street don't run the air because of the bill," said Teddy Mangubat, a retired Navy chief who volunteers at the center. "So we come get them." PG&E said it does not expect outages.""",
gold=[]),

dict(guid="hnf_kvsq_20260904_ybarra_football", pub="2026-09-04T22:30:00-07:00",
title="Lemoore quarterback throws six touchdowns in Tigers' opener",
body="""LEMOORE, Calif. (KVSQ) - Lemoore High quarterback Mateo Ybarra threw for six touchdowns and 412 yards Friday night as the Tigers beat Clovis West 48-21.

The junior is the son of Rudy and Cristina Ybarra, and the grandson of the late Rudy Ybarra Sr., who never missed a Lemoore home game. Mateo wrote his grandfather's initials on his wristband.""",
gold=[("HNF008", "parent_of_subject"), ("HNF009", "parent_of_subject")]),

dict(guid="hnf_kvsq_20261020_kazarian_50", pub="2026-10-20T18:10:00-07:00",
title="Kazarian Tire & Auto marks 50 years on Mooney Boulevard",
body="""VISALIA, Calif. (KVSQ) - Kazarian Tire & Auto is celebrating 50 years in business this week with free brake checks and a lamb-and-pilaf lunch for customers.

Vartan and Anahid Kazarian have run the shop since his father, Garabed, retired in 1992. "My father fixed tires for cotton trucks," Vartan Kazarian said. "Now we fix them for Teslas."

Customer Bernie Azevedo of Tulare said she has bought her tires there since 1979.""",
gold=[("HNF006", "subject"), ("HNF007", "subject")]),
]
