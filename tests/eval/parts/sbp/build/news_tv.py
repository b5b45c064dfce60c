"""KCCN Central Coast News 6 (invented TV station, San Luis Obispo / Santa Maria): web stories, HTML
descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="sbp_kccn_20260215_0711", pub="2026-02-15T17:40:00-08:00",
title="Arroyo Grande neighbors bail out after creek tops its banks",
body="""ARROYO GRANDE, Calif. (KCCN) - Residents along Arroyo Grande Creek spent Sunday shoveling mud out of garages after an overnight downpour sent the creek over its banks near the Village.

"The creek came up faster than I have ever seen it, and I have lived here since 1968," said Fatima Furtado, who watched the water reach her neighbor's porch steps on Le Point Street. Farmer Kenji Umemoto said the water in the lower valley fields "went as fast as it came."

No injuries were reported. The city has sandbags available at the corporation yard on Traffic Way.""",
gold=[]),   # quoted neighbours: nothing (their weather outreach is labelled from the alert)

dict(guid="sbp_kccn_20260318_0802", pub="2026-03-18T18:10:00-07:00",
title="Cal Poly professor wins national teaching award",
body="""SAN LUIS OBISPO, Calif. (KCCN) - A Cal Poly materials engineering professor who built her classes around broken bicycles has won one of the country's top engineering teaching awards.

Dr. Priyanka Ravindranath received the 2026 National Outstanding Teaching Medal from the American Society for Engineering Education on Tuesday. Ravindranath, who joined Cal Poly in 2011, has her students diagnose real failed parts donated by local bike shops.

"The bike tells you what happened to it, if you learn to listen," she said.""",
gold=[("SBP014", "subject")]),

dict(guid="sbp_kccn_20260408_0915", pub="2026-04-08T16:30:00-07:00",
title="Nipomo High distance runner signs with Fresno State",
body="""NIPOMO, Calif. (KCCN) - Nipomo High senior Marisol Arreguín, the CIF Central Section cross-country champion, signed a letter of intent with Fresno State on Wednesday in the school library.

Arreguín ran the fastest 3,200 meters in school history this spring. Her parents, Rogelio and Graciela Arreguín, sat beside her. "She started running to beat her brothers to the school bus," her father said. "She never stopped." """,
gold=[("SBP007", "parent_of_subject"), ("SBP008", "parent_of_subject")]),

dict(guid="sbp_kccn_20260728_1022", pub="2026-07-28T19:05:00-07:00",
title="Morro Bay teen pulled from rip current at Morro Strand",
body="""MORRO BAY, Calif. (KCCN) - A 15-year-old boy was pulled from a rip current at Morro Strand State Beach on Tuesday afternoon and taken to Sierra Vista Regional Medical Center, where he was listed in fair condition.

Liam Daughtry had been bodyboarding with friends when he was carried about 200 yards offshore. An off-duty state lifeguard paddled out to him on a rescue board. His mother, Pippa Daughtry, said the family was "grateful beyond words" and that Liam was already asking when he could go back in.""",
gold=[("SBP011", "subject")]),   # a child's rescue and injury: the family is the subject

dict(guid="sbp_kccn_20260925_1130", pub="2026-09-25T06:45:00-07:00",
title="Fire destroys barn on Arroyo Grande valley farm",
body="""ARROYO GRANDE, Calif. (KCCN) - Fire destroyed a century-old barn and a packing shed on the Umemoto family farm on Huasna Road early Friday.

Kenji and Joyce Umemoto were woken by a neighbor at about 2 a.m. and got their tractors out before the roof collapsed. Cal Fire said the cause is under investigation. "My grandfather built that barn in 1920," Kenji Umemoto said. "We will build another one." No one was hurt.""",
gold=[("SBP003", "subject"), ("SBP004", "subject")]),

dict(guid="sbp_kccn_20261019_1204", pub="2026-10-19T18:20:00-07:00",
title="Shell Beach couple's Dutch-style chowder takes Clam Festival crown",
body="""PISMO BEACH, Calif. (KCCN) - A smoked-fish chowder from the old country won the amateur division of the Pismo Beach Clam Festival chowder cook-off on Sunday.

Wim and Trixie van Tongeren of Shell Beach took first place with a recipe from Trixie's mother's kitchen in Groningen. The judges were restaurateur Ferdie Macaraeg, chef Lena Okonkwo and Mayor Daniel Espejo. Second place went to the Pismo Beach Fire Department's engine company.""",
gold=[("SBP019", "subject"), ("SBP020", "subject")]),   # Macaraeg is a judge: nothing
]
