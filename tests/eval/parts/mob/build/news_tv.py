"""WBYN Bay 9 News (Mobile): local TV station site, HTML descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="mob_wbyn_story_20260331_1184", pub="2026-03-31T07:25:00-05:00",
title="Tornado tears roof off Daphne home, topples oaks along Whispering Pines",
body="""DAPHNE, Ala. (WBYN) - A Daphne couple rode out Monday's tornado in a hallway closet and came out to find the sky where their roof used to be.

Ray and Patsy D'Olive have lived on Whispering Pines Road for 31 years. The National Weather Service confirmed Tuesday that an EF-1 tornado with winds near 100 mph crossed the bay from the Causeway and tracked through Daphne and Spanish Fort shortly before 5 p.m.

"We heard it coming like a freight train, just like they say," Ray D'Olive said, standing beside a 150-year-old live oak that now lies across his driveway. "The house can be fixed. We're fine. That's what matters."

Neighbors spent the evening tarping roofs. "Everybody on this street showed up with a chainsaw," said Tony Dubroca, who lives around the corner and lost a fence and a carport. Baldwin County EMA said no one was seriously hurt; about 4,000 Riviera Utilities customers lost power.""",
gold=[("MOB010", "subject")]),

dict(guid="mob_wbyn_story_20260529_1302", pub="2026-05-29T21:10:00-05:00",
title="Saraland valedictorian honors late grandfather in graduation speech",
body="""SARALAND, Ala. (WBYN) - Saraland High School's valedictorian had the crowd at the Mitchell Center on its feet Friday night, and it was not only because of his 4.6 GPA.

Jaylen Tellis, who will study mechanical engineering at Auburn University on a full scholarship, dedicated his speech to his grandfather, Deacon Roosevelt Tellis, who died last week at 81. "He taught me to fix a lawn mower before I could ride a bike," Tellis said. "Everything I build, I'm building with his hands."

In the stands, his parents, Kendrick and Monique Tellis, held up a photo of the deacon in his Army uniform. Saraland graduated 412 seniors this year.""",
gold=[("MOB012", "parent_of_subject"), ("MOB013", "parent_of_subject")]),

dict(guid="mob_wbyn_story_20260721_1417", pub="2026-07-21T12:40:00-05:00",
title="Police arrest man in Midtown praline shop break-in",
body="""MOBILE, Ala. (WBYN) - Mobile police have arrested a 27-year-old man in connection with a weekend break-in at a Midtown candy shop.

Officers say the suspect smashed the front window of Trenier's Creole Pralines on Dauphin Street early Sunday and took the cash drawer and a tablet computer. He was arrested Monday after a detective recognized him from the shop's security video. He faces a charge of third-degree burglary and was booked into Mobile County Metro Jail.

Owner Delphine Trenier said she was grateful to police and to the neighbors who helped board up the window. "We were open again by noon," she said. "Pralines don't make themselves." """,
gold=[]),  # crime rule: no outreach occasion for the shop owner in a burglary story

dict(guid="mob_wbyn_story_20261117_1588", pub="2026-11-17T18:05:00-06:00",
title="Prichard pastor honored for 30 years of Thanksgiving dinners",
body="""PRICHARD, Ala. (WBYN) - For thirty Thanksgivings, nobody in Prichard who wanted a hot plate has had to go without one. On Tuesday the city council made it official.

The council presented its Citizen of the Year award to the Rev. Alvin Crumpton, pastor of Greater Mount Moriah Missionary Baptist Church, whose congregation served its first community Thanksgiving dinner in 1996 to 60 people. Last year it served more than 2,300 meals and delivered another 700 to shut-ins.

"I just set the table," Crumpton said. "The Lord sends the guests and the Mothers' Board does the cooking." Mayor Tonya Easley called him "the conscience of this city." This year's dinner will be served Thursday from 11 a.m. to 3 p.m. in the church fellowship hall.""",
gold=[("MOB014", "subject")]),
dict(guid="mob_wbyn_story_20260915_1520", pub="2026-09-15T17:30:00-05:00",
title="Moss Point welder, 24, wins national apprentice welding title",
body="""MOSS POINT, Miss. (WBYN) - A young welder from Jackson County is bringing home a national championship.

Darnell Threadcraft, 24, a third-year apprentice at the Pascagoula shipyard, won the pipe welding division of the national apprentice skills competition in Kansas City last week, beating 43 finalists from 30 states. His parents, Ronald and Sheree Threadcraft of Moss Point, made the trip to watch.

"I've been welding since I was sixteen," Threadcraft said. "Pascagoula builds ships. I just want to build the best part of one." The shipyard says it will promote him to journeyman welder this fall.""",
gold=[]),  # namesake in Mississippi, 24, with other parents: nothing for MOB004 Darnell Threadcraft Jr. (b. 1969, Mobile)
]
