"""Ozarks Business Weekly (Springfield business journal): plain text. Hand-labelled (gold=[...])."""

FEED = "obw"
ITEMS = [
dict(guid="sgf_obw_2026_02_0418", pub="2026-02-09T06:00:00-06:00", title="Ozark bakery rises to a second location in Nixa",
body="""Panadería La Esperanza, the Ozark bakery known for its conchas and for a line out the door every Saturday morning, will open a second location in Nixa next month.

Owner Marisol Ortega started the bakery in 2019 in a former tire shop on Jackson Street with two ovens and a recipe book from her grandmother in Michoacán. She now employs 14 people and supplies pan dulce to three Springfield grocery stores.

The Nixa shop, at Main and Mount Vernon streets, will add a lunch counter. "Nixa kept driving to Ozark," Ortega said. "We decided to save them the gas." The expansion was financed with help from a Missouri Small Business Development Center loan.""",
gold=[("SGF016", "subject")]),

dict(guid="sgf_obw_2026_03_0466", pub="2026-03-16T06:00:00-05:00", title="Ozarks Heartland Medical Center names new chief nursing officer",
body="""Ozarks Heartland Medical Center has named Mary Beth Stottlemyre its chief nursing officer, effective April 1.

Stottlemyre, a Springfield native and graduate of Cox College, started at the hospital as a night-shift nurse in the cardiac unit in 1999 and has served as director of critical care since 2018. She will oversee 1,400 nurses across the main campus and four rural clinics.

She succeeds Dr. Alan Forsythe, who is retiring after 14 years.""",
gold=[("SGF022", "subject")]),

dict(guid="sgf_obw_2026_04_0502", pub="2026-04-13T06:00:00-05:00", title="Republic trailer maker adds second shift, 60 jobs",
body="""Ridgeline Trailer Co. will add a second shift and 60 jobs at its plant on the west side of Republic, the company said Monday, after orders for livestock trailers doubled over the past year.

The $4.2 million expansion includes a new paint line and a 30,000-square-foot assembly bay. Chief executive Don Kessinger said the company looked at sites in Oklahoma but stayed in Greene County because of its workforce.

"Half the people on our floor grew up welding on their dad's farm," said Travis Yocum, the plant's production manager. "You can't buy that." Hiring begins in May; starting pay is $21 an hour.""",
gold=[]),  # Travis Yocum is quoted as an employee; the story is about the company

dict(guid="sgf_obw_2026_05_0540", pub="2026-05-18T06:00:00-05:00", title="Tulsa midstream company taps Patrick O'Dell as finance chief",
body="""Red Fork Midstream Partners of Tulsa has named Patrick O'Dell its chief financial officer. O'Dell, of Broken Arrow, Okla., previously served as treasurer of a Houston pipeline operator and began his career at an accounting firm in Joplin.

The company, which operates gathering systems in Oklahoma and southwest Missouri, said O'Dell will lead its planned refinancing this fall.""",
gold=[]),  # namesake elsewhere: SGF017 Pat O'Dell is the Battlefield fire chief
]
