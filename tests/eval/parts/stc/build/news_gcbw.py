"""Granite City Business Weekly (invented business weekly, St. Cloud area): plain text. Hand-labelled."""

FEED = "gcbw"
ITEMS = [
dict(guid="stc_gcbw_2026_0112", pub="2026-01-12T06:00:00-06:00", title="Northstar Regional Health names D'Aoust chief nursing officer",
body="""SARTELL - Northstar Regional Health has named Colette D'Aoust its chief nursing officer, effective Feb. 1. D'Aoust, of Sartell, has been director of critical care nursing at the system's St. Cloud campus since 2017 and began her career there as a night-shift nurse in 1985.

She succeeds Pamela Hirschfeld, who retires after 14 years in the job. "Colette has trained half the ICU nurses in Central Minnesota," Northstar president Daniel Okonkwo said.""",
gold=[("STC012", "subject")]),

dict(guid="stc_gcbw_2026_0302", pub="2026-03-02T06:00:00-06:00", title="Notsch Implement marks 50 years in Kimball",
body="""KIMBALL - When Francis "Fritz" Notsch opened his implement dealership on Main Street in 1976, he sold four tractors the first year and, he says, repaired four hundred. Notsch Implement celebrates its 50th anniversary this month with an open house March 14.

Notsch, 76, still comes in every morning, though his son Daryl has run the business since 2014. "Dad's job is coffee and complaints," Daryl Notsch said.""",
gold=[("STC020", "subject")]),

dict(guid="stc_gcbw_2026_0420", pub="2026-04-20T06:00:00-05:00", title="Iowa bankers elect Dubuque's Lommel as chair",
body="""DES MOINES - The Iowa Bankers Association has elected Theresa Lommel, president of Heritage River Bank in Dubuque, Iowa, as its 2026-27 chair. Lommel, a Dubuque native, has been with the bank for 22 years. The association represents more than 300 banks across Iowa.""",
gold=[]),  # namesake elsewhere (STC021 Tess Lommel lives in Rockville, Minn.)

dict(guid="stc_gcbw_2026_0511", pub="2026-05-11T06:00:00-05:00", title="East Side Somali restaurant opens its doors on Lincoln Avenue",
body="""ST. CLOUD - Sagal Dhuhulow has wanted to open a restaurant since she was nine, cooking beside her grandmother in Beledweyne. On Friday she did: Hooyo's Table, a 40-seat Somali restaurant at Lincoln Avenue and Seventh Street Southeast, opened with a line out the door.

Dhuhulow owns the restaurant with her husband, Mahad Igal. The menu centers on bariis iskukaris, goat suqaar and sambusa, with camel-milk tea on weekends. "Everybody in St. Cloud drives past the East Side," she said. "Now they have a reason to stop."

Lunch-crowd regular Mary Beth Leyendecker, who works nearby, was among the first customers. "The goat is the best thing I've eaten this year," she said.""",
gold=[("STC008", "subject")]),  # Mary Beth Leyendecker quoted customer: nothing

dict(guid="stc_gcbw_2026_0608", pub="2026-06-08T06:00:00-05:00", title="Waite Park couple's paleteria opens second shop",
body="""WAITE PARK - Paletería La Potosina, the ice-cream and paleta shop Rogelio and Lupe Zamarripa opened on Division Street in 2019, is expanding to a second location in Sartell this month.

Rogelio "Roy" Zamarripa, who came to Waite Park from San Luis Potosí in 1994 to work at the granite sheds, said the Sartell shop will make its mango-chile paletas on site. The couple employs 14 people.""",
gold=[("STC010", "subject"), ("STC009", "subject")]),

dict(guid="stc_gcbw_2026_0921", pub="2026-09-21T06:00:00-05:00", title="Schwinghammer retires after 42 years at Rockville Granite Works",
body="""ROCKVILLE - Len Schwinghammer Jr. cut his first monument at Rockville Granite Works in 1984, the year the company bought its first computer-guided saw. On Friday, the St. Joseph man retired as the company's plant superintendent, 42 years later.

Schwinghammer followed his late father, Leonard Sr., into the stone trade. "My dad polished by hand," he said. "I just had better tools." He and his wife, Marlys, plan to spend winters in Mesa, Ariz.""",
gold=[("STC001", "subject")]),  # Marlys is mentioned, not a subject of the retirement
]
