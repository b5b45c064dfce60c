"""WCLA News 12 (Columbia TV station) - local news, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="cae_wcla_20260318_fire", pub="2026-03-18T18:30:00-04:00", title="Fire displaces West Columbia family of five",
body="""A family of five is staying with relatives after a fire heavily damaged their home on Platt Springs Road early Wednesday.

Juan Carlos Hernández and his wife, Lupita, woke to smoke alarms around 3 a.m. and got their three children out, Lexington County Fire Service said. No one was hurt. The cause appears to be electrical.

Neighbors have set up a fund at the family's church, Our Lady of the Hills.""",
gold=[("CAE013", "subject"), ("CAE014", "subject")]),

dict(guid="cae_wcla_20260410_command", pub="2026-05-29T17:00:00-04:00", title="Fort Jackson battalion commander retires after 22 years",
body="""Lt. Col. Marcus Odom retired Friday after 22 years in the Army, relinquishing command of a basic training battalion at Fort Jackson in a ceremony on Hilton Field.

Odom, who deployed twice to Afghanistan, said the best part of the job was watching trainees "walk in as strangers and march out as soldiers." He plans to stay in Columbia and teach at a local high school.""",
gold=[("CAE011", "subject")]),

dict(guid="cae_wcla_20260502_sciencefair", pub="2026-05-02T18:00:00-04:00", title="Orangeburg teen's water filter takes top prize at state science fair",
body="""An Orangeburg-Wilkinson sophomore has won the top prize at the state science and engineering fair with a low-cost filter that removes lead from well water.

Jaylen McCants, 15, built the filter from crushed oyster shells and charcoal. His father, DeShawn McCants, an Army staff sergeant, helped him collect samples from rural wells in Orangeburg County.

Jaylen will compete at the international fair in Phoenix next month.""",
gold=[("CAE017", "parent_of_subject")]),

dict(guid="cae_wcla_20260417_storm", pub="2026-04-17T20:10:00-04:00", title="Storm knocks down trees across Irmo, Chapin",
body="""Crews spent Friday clearing fallen trees after a severe thunderstorm tore through the Dutch Fork on Thursday evening.

"It sounded like a train, and then the big oak was in the road," said Gene Lindler, who watched from his porch on Dutch Fork Road. More than 8,000 customers lost power.""",
gold=[]),

dict(guid="cae_wcla_20260701_bikelanes", pub="2026-07-01T18:00:00-04:00", title="Columbia council approves Main Street bike lanes",
body="""Columbia City Council voted 5-2 Tuesday to add protected bike lanes on Main Street between Elmwood Avenue and the State House. Construction could start next spring.""",
gold=[]),
]
