"""Spring Creek & Wells Neighbors (invented community newsletter): teaser description, HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="elk_nbr_2026_02_anniv", pub="2026-02-10T09:00:00-08:00",
title="Etcheberrys celebrate 50 years",
body="""Jean Pierre "JP" and Maite Etcheberry of Elko will celebrate their 50th wedding anniversary on Feb. 21 with a dinner at the Star Hotel, where they held their wedding supper in 1976.

Friends are welcome at an open house at the Elko Basque Club from 2 to 5 p.m. Feb. 22. No gifts, please; the couple asks for stories instead.""",
gold=[("ELK001", "subject"), ("ELK002", "subject")]),

dict(guid="elk_nbr_2026_05_births", pub="2026-05-26T09:00:00-07:00",
title="New arrivals",
body="""Tyrel and Kasey Dunnagan of Elko announce the birth of a daughter, Oaklee Jo, born May 19 at Northeastern Nevada Regional Hospital. She weighed 7 pounds, 9 ounces. Grandparents are Rex Dunnagan of Battle Mountain and Troy and Lisa Wharff of Lamoille.""",
gold=[("ELK010", "subject"), ("ELK009", "subject")]),

dict(guid="elk_nbr_2026_06_chili", pub="2026-06-30T09:00:00-07:00",
title="Shirley Bauman takes top prize at Spring Creek chili cook-off",
body="""Shirley Bauman's green chile pork took first place at the Spring Creek Association chili cook-off Saturday, edging out 23 entries.

Judges were Darla Fenstermaker, Spring Creek fire captain Leo Nunez and last year's champion, Doug Petty. Proceeds of $4,200 go to the Spring Creek volunteer fire department.""",
gold=[]),  # judge

dict(guid="elk_nbr_2026_09_hooper", pub="2026-09-21T09:00:00-07:00",
title="Elko Band elder honored for cradleboard work",
body="""Bernadine Hooper, a Western Shoshone elder of the Elko Band, received the Nevada Arts Council's Folk Heritage Award this month for fifty years of beadwork and willow cradleboards.

Hooper has taught cradleboard making to young mothers at the Elko Colony every winter since 1990.""",
gold=[("ELK015", "subject")]),

dict(guid="elk_nbr_2026_10_wells", pub="2026-10-12T09:00:00-07:00",
title="Wells Citizen of the Year: Gwen Marchbanks",
body="""The Wells Chamber of Commerce has named Gwen Marchbanks its 2026 Citizen of the Year.

Marchbanks, a retired Wells Elementary teacher, started the town's summer reading program and has run the Wells Fourth of July parade for 15 years. She will be honored at the chamber banquet Nov. 7.""",
gold=[("ELK017", "subject")]),
]
