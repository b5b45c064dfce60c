"""Hilo-Puna Neighbors: a community paper (schools, canoe clubs, temple and club news, milestones, kupuna).
A teaser in `description`, the story as HTML in content:encoded. Hand-labelled."""

FEED = "hpn"
ITEMS = [
dict(guid="ito_hpn_2026_01_milestones", pub="2026-01-18T08:00:00-10:00", title="Milestones: Hanzawas of Kaumana celebrate 60 years",
body="""Shigeru and Haruko Hanzawa of Kaumana marked their 60th wedding anniversary on January 15 with a party for 150 at the Waiakea Hongwanji social hall, the same hall where they held their wedding reception in 1966.

Shig, a retired mill supervisor, and Haruko, a retired Hilo Intermediate School librarian, met at a Hongwanji Young Buddhist Association dance in 1963. "He stepped on my feet all night," Haruko said. "I married him anyway." Their sons, Dean and Craig, and four grandchildren hosted the celebration.""",
gold=[("ITO001", "subject"), ("ITO002", "subject")]),

dict(guid="ito_hpn_2026_03_keaukaha", pub="2026-03-05T08:00:00-10:00", title="Keaukaha Elementary names Kehaulani Nāone principal",
body="""The Department of Education has named Kehaulani Nāone principal of Keaukaha Elementary School, effective July 1. Nāone, who grew up in Pepeʻekeo and has taught at the school for fourteen years, most recently as its Hawaiian language immersion coordinator, succeeds Principal Dora Kealoha, who is retiring.

"Keaukaha raised me as a teacher," Nāone said. "Now I get to help raise the next ones." """,
gold=[("ITO023", "subject")]),

dict(guid="ito_hpn_2026_08_obon", pub="2026-08-12T08:00:00-10:00", title="Waiakea Hongwanji thanks Obon festival sponsors",
body="""Waiakea Hongwanji Mission thanks everyone who made this year's Obon festival the biggest in a decade, with more than 2,000 dancers and visitors over two nights.

Lantern sponsors included Norman and Jean Kuwaye, Tsukiyama Florist (Yvonne Tsukiyama), the Hilo Bonsai Club, Haruko Hanzawa and family, Dean and Ann Hanzawa, and Ponahawai Mortuary. The andagi booth, run by the Fujinkai, sold out both nights by 8 p.m.""",
gold=[]),

dict(guid="ito_hpn_2026_05_kupuna", pub="2026-05-02T08:00:00-10:00", title="Pahoa's Sonny Kahikina named Puna Kupuna of the Year",
body="""Alfred "Sonny" Kahikina of Pahoa, who has taught slack key guitar to Puna keiki free of charge every Saturday for 31 years, was named Puna Kupuna of the Year at the Puna Community Council's Lei Day ceremony.

Kahikina, 79, learned to play from his uncle in Kapoho and estimates he has taught more than 600 children. "The music is not mine," he said. "I'm just holding it for the next ones." """,
gold=[]),

dict(guid="ito_hpn_2026_07_regatta", pub="2026-07-14T08:00:00-10:00", title="Keaau canoe club girls sweep at Hilo regatta",
body="""The girls 16-and-under crew from Puna Canoe Club won their race at the Moku o Hawaii regatta in Hilo Bay on Saturday, and steersman Makana Vierra, 15, took the girls 15 single-hull title an hour later.

Makana, a sophomore at Kamehameha Schools Hawaii, is the daughter of Dwayne and Pua Vierra of Keaau and the granddaughter of the late Abe Kamakea, who paddled for Puna in the 1960s. "Grandpa used to tell me the water remembers you," she said. "I think it remembered him today." """,
gold=[("ITO003", "parent_of_subject")]),

dict(guid="ito_hpn_2026_04_merrie", pub="2026-04-14T08:00:00-10:00", title="Hilo halau takes overall Merrie Monarch title",
body="""Halau Ka Lehua Lani of Hilo won the overall title at the 63rd Merrie Monarch Festival on Saturday night, the first hometown halau to take the top prize in seven years.

Kumu hula Leinaala Kahale-Torres said her dancers had practiced their kahiko for the festival since August. "We dance for Hilo," she said. "Tonight Hilo danced with us." """,
gold=[]),
]
