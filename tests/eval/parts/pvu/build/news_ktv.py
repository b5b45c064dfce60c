"""KTMP 4 Utah Valley (TV station site): local news, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="pvu_ktmp-2026-30418", pub="2026-02-19T18:30:00-07:00",
title="Mapleton family escapes early-morning house fire",
body="""MAPLETON - A Mapleton couple and their dog escaped without injury early Thursday when fire tore through the garage and kitchen of their home on 1600 West.

Tad and Shauna Kartchner were woken by smoke alarms around 4:15 a.m., Mapleton Fire Chief Dell Anderson said. The couple got out through a back door; firefighters from Mapleton, Springville and Spanish Fork had the fire out within 40 minutes. Investigators believe a battery charger in the garage started it.

"We lost the kitchen and the truck, but we've got each other and the dog," Shauna Kartchner said. Neighbors have set up a meal train, and the family is staying with relatives in Springville while the house is repaired.""",
gold=[("PVU013", "subject"), ("PVU014", "subject")]),

dict(guid="pvu_ktmp-2026-30455", pub="2026-04-08T17:45:00-06:00",
title="BYU dental researcher wins national teaching award",
body="""PROVO - A Brigham Young University professor whose students call her "the tooth whisperer" has won the American Dental Education Association's top national teaching award.

Dr. Anneliese Wintch, a professor in BYU's pre-dental program and a practicing pediatric dentist in Provo, was one of two recipients of the 2026 ADEA Distinguished Teaching Award, announced Tuesday. Wintch has taught at BYU for 18 years and runs a free Saturday clinic for refugee children at the Provo Food & Care Coalition.

She will receive the award at the association's meeting in Washington, D.C., in June.""",
gold=[("PVU016", "subject")]),

dict(guid="pvu_ktmp-2026-30502", pub="2026-06-14T21:10:00-06:00",
title="Two hikers rescued from ledge below Y Mountain",
body="""PROVO - Utah County Search and Rescue crews brought two hikers off a cliff band below the Y on Y Mountain late Saturday, after the pair left the trail to take a shortcut and became stuck on a ledge at dusk.

The hikers, two 19-year-old BYU students from California, were cold but not hurt. Rescuers used ropes to lower them about 200 feet. "This happens every summer: people see the Y from the trail and think they can go straight down," said Brandon Quarnberg, a volunteer with the search and rescue team. "Stay on the switchbacks." """,
gold=[]),  # PVU015 Brandon Quarnberg is the quoted rescuer: nothing

dict(guid="pvu_ktmp-2026-30377", pub="2026-02-28T22:00:00-07:00",
title="Orem's Tate Quarnberg wins second straight 5A state wrestling title",
body="""OREM - Mountain View High School junior Tate Quarnberg pinned his opponent in the second period Saturday night at the UVU UCCU Center to win the 5A 157-pound state championship, his second title in two years.

Quarnberg, 17, the son of Brandon and Kelsie Quarnberg of Orem, finished the season 41-2. His father wrestled for Orem High in the 1990s. "He's better than I ever was, and he tells me so," Brandon Quarnberg said with a laugh.""",
gold=[("PVU015", "parent_of_subject")]),

dict(guid="pvu_ktmp-2026-30533", pub="2026-09-17T18:00:00-06:00",
title="Provo businesswoman named Utah Latina Entrepreneur of the Year",
body="""PROVO - The Utah Hispanic Chamber of Commerce has named Maria Elena "Malena" Zamudio Orozco its 2026 Latina Entrepreneur of the Year.

Zamudio Orozco founded Sabor de Jalisco, a tortilla and tamale company, in her Provo kitchen in 2003; it now employs 60 people and supplies grocery stores from Logan to St. George. She also started a free bookkeeping class for small-business owners at the Provo library.

"My mother made tortillas every morning of her life. I just kept going and bought a bigger comal," Zamudio Orozco said at Thursday's gala in Salt Lake City, where her husband, Efrain Villasenor, and their three children were in the front row.""",
gold=[("PVU007", "subject")]),  # husband in the audience: nothing
]
