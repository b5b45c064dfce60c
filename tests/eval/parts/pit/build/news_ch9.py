"""Channel 9 Three Rivers News (local TV station site), HTML descriptions. Hand-labelled (`gold`)."""

FEED = "ch9"
ITEMS = [
dict(guid="pit_ch9_2026-03-0112", pub="2026-03-09T17:40:00-04:00", title="Munhall couple escapes overnight house fire",
body="""MUNHALL, Pa. - A Munhall couple escaped without injury early Monday when fire tore through the back of their home on Ravine Street.

Steve and Dottie Hudak said a smoke alarm woke them shortly after 2 a.m. "The kitchen was already orange," Dottie Hudak said. "Steve grabbed the dog and I grabbed my mother's rosary, and we went out the front."

Munhall fire chief Dennis Pavlik said the fire appears to have started in an electrical outlet. The house is not livable, and the Red Cross is helping the couple, who are staying with family in Homestead.""",
gold=[("PIT001", "subject"), ("PIT002", "subject")]),

dict(guid="pit_ch9_2026-03-0140", pub="2026-03-26T18:10:00-04:00", title="Penn Hills doctor to lead emergency medicine at East Hills Medical Center",
body="""PENN HILLS, Pa. - Dr. Lamont Pryor, an emergency physician who grew up in Homewood and has worked in the East Hills Medical Center emergency department since 2008, has been named its chief of emergency medicine.

Pryor, a Westinghouse High School graduate, will oversee a department that treats about 70,000 patients a year. He is the first Homewood native to hold the post. "I see my neighbors in this ER every single night," Pryor said. "That's not a burden, that's the point."

The hospital's president, Marguerite Caldwell, said Pryor was chosen after a national search.""",
gold=[("PIT014", "subject")]),

dict(guid="pit_ch9_2026-04-0088", pub="2026-04-28T12:15:00-04:00", title="Penn Hills man charged after copper stolen from vacant church",
body="""PENN HILLS, Pa. - A Penn Hills man is facing burglary and theft charges after police say he stripped copper pipe from a vacant church on Frankstown Road.

Anthony DiNardo, 44, was arrested Monday after an officer on patrol saw a pickup truck loaded with pipe behind the building, police said. He is being held in the Allegheny County Jail. A preliminary hearing is scheduled for May 6.""",
gold=[]),

dict(guid="pit_ch9_2026-05-0061", pub="2026-05-22T17:55:00-04:00", title="Dravosburg borough secretary retires after 38 years",
body="""DRAVOSBURG, Pa. - For 38 years, if you needed a permit, a dog license or the answer to a question nobody else could answer in Dravosburg, you asked Mary Ann Kuzma.

Kuzma retired Thursday as borough secretary, a job she started in 1988 with a typewriter and a carbon-paper receipt book. Council named the borough building's meeting room in her honor. "She knew where every water line in this town was before we had maps," said council president Ron Ferko.

Kuzma said she plans to spend more time with her grandchildren and "finally learn what Facebook is for.\"""",
gold=[("PIT005", "subject")]),

dict(guid="pit_ch9_2026-06-0103", pub="2026-06-18T07:30:00-04:00", title="Statewide: Erie crossing guard retires after 40 years on the same corner",
body="""ERIE, Pa. - Peggy O'Malley has stood at the corner of West 26th and Cherry streets every school morning since 1986. On Wednesday, students at Jefferson Elementary lined the sidewalk to thank her on her last day.

O'Malley, 72, said she has helped the children of children she once crossed. The Erie School District plans to put a bench with her name at the corner.""",
gold=[]),
]
