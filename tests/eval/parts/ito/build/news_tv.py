"""Island News 4 (KHIN-TV, Hilo bureau): a local TV station's web stories, dateline "HILO (KHIN)", HTML
descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="ito_khin_20260215_1102", pub="2026-02-15T06:40:00-10:00", title="Wailoa River spills over banks as flash flooding swamps downtown Hilo",
body="""HILO (KHIN) - More than eight inches of rain in six hours sent the Wailoa River over its banks overnight, flooding Kamehameha Avenue and closing the Bayfront Highway until almost dawn.

Water stood knee-deep in parts of the Wailoa State Park lawn and lapped at the doors of shops along the avenue. County crews closed the Wainaku and Puueo bridges for a time while debris was cleared.

"I've lived here my whole life and I've seen it this high maybe twice," said Kawika Kaʻaihue of Pāpaʻikou, who stopped to watch from the Wailoa footbridge on his way to work. "You just stay off the road and wait for it."

The National Weather Service had a flash flood warning in effect for Hilo, Wainaku and Pāpaʻikou until 6 a.m. No injuries were reported.""",
gold=[]),

dict(guid="ito_khin_20260420_1245", pub="2026-04-20T18:15:00-10:00", title="Kurtistown couple loses home to fire; family dog saves them",
body="""KURTISTOWN (KHIN) - A Kurtistown couple escaped with only their dog and the clothes they were wearing when fire destroyed their home off Ahuahu Place early Monday.

Wendell and Shelly Akiona told Island News 4 their poi dog, Ipo, woke them by barking at about 2:30 a.m. "By the time we got outside the whole carport was burning," Wendell Akiona said.

Hawaii Fire Department crews from Kurtistown and Keaau fought the fire for more than an hour. The house is a total loss; investigators believe it started in an extension cord to a freezer in the carport. The Red Cross is helping the couple with temporary housing.

"We're just grateful nobody got hurt," said neighbor Vernon Kahale, who helped move the Akionas' truck away from the flames.""",
gold=[("ITO017", "subject"), ("ITO018", "subject")]),

dict(guid="ito_khin_20260611_1310", pub="2026-06-11T17:30:00-10:00", title="Hilo native returns home as Big Island's first pediatric cardiologist",
body="""HILO (KHIN) - For the first time, families on Hawaii Island whose children have heart conditions will not have to fly to Honolulu for every appointment.

Dr. Maricel Ilagan, a Hilo High graduate and the daughter of Teodoro and Corazon Ilagan of Hilo, has joined Hilo Benioff Medical Center as the island's first full-time pediatric cardiologist. She trained at the University of Washington and spent six years at Seattle Children's Hospital.

"My grandmother was a nurse at the old Hilo Hospital," Ilagan said. "She always told me the island needed its own doctors. I think she'd be happy." Her grandmother, Remedios Pascua, died in May.""",
gold=[("ITO007", "parent_of_subject"), ("ITO008", "parent_of_subject")]),

dict(guid="ito_khin_20260223_1130", pub="2026-02-23T21:05:00-10:00", title="Waiakea's Kainoa Pelekai wins state wrestling title",
body="""HONOLULU (KHIN) - Waiakea High School senior Kainoa Pelekai is a state champion.

Pelekai pinned Kamehameha's Isaiah Makoa in the second period of the 165-pound final Saturday night at the Blaisdell Arena to win the HHSAA state wrestling championship, the first state title for a Waiakea wrestler in eleven years.

His father, Ikaika Pelekai, a state runner-up for Waiakea in 1992, has coached him since he was six. "He did what I couldn't," Ikaika Pelekai said. His mother, Noelani, was in the front row wearing a Warriors shirt she had borrowed from another parent for luck.""",
gold=[("ITO014", "parent_of_subject"), ("ITO015", "parent_of_subject")]),

dict(guid="ito_khin_20260805_1411", pub="2026-08-05T12:00:00-10:00", title="HPD names veteran commander Gilbert Kuboyama deputy chief",
body="""HONOLULU (KHIN) - The Honolulu Police Department has named Maj. Gilbert Kuboyama, 52, commander of District 4 in Kaneohe, as its new deputy chief.

Kuboyama, a graduate of Kalani High School, joined HPD in 1996 and led the department's traffic division before taking over the windward district. He will be sworn in Aug. 14.""",
gold=[]),

dict(guid="ito_khin_20260912_1502", pub="2026-09-12T16:45:00-10:00", title="At 87, Volcano woodturner Gil Kuboyama gets his first retrospective",
body="""VOLCANO (KHIN) - Gil Kuboyama started turning bowls out of fallen koa and ohia sixty years ago because, he says, the firewood was too pretty to burn.

This weekend the Volcano Art Center opens a retrospective of his work: 120 bowls, calabashes and platters, some borrowed back from collectors as far away as Tokyo. Kuboyama, 87, still turns wood four mornings a week in a shed behind his house in Volcano village.

"I never thought anybody would put these in a museum," Kuboyama said. "Half of them I made for my wife's cousins." The exhibition runs through November 30.""",
gold=[("ITO022", "subject")]),

dict(guid="ito_khin_20261021_1560", pub="2026-10-21T07:20:00-10:00", title="Highway 11 reopens after crash near Keaau",
body="""KEAAU (KHIN) - Highway 11 reopened in both directions shortly after 6 a.m. Wednesday after a two-vehicle crash near the Shower Drive intersection closed the road for three hours overnight.

Police said a pickup truck crossed the center line and struck an SUV. Both drivers, a 29-year-old Mountain View man and a 44-year-old Hilo woman, were taken to Hilo Benioff Medical Center in serious condition. Police have not released their names. Speed is believed to be a factor.""",
gold=[]),
]
