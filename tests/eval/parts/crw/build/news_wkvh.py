"""WKVH 13 (Charleston-Huntington TV station): local news site, HTML descriptions. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="crw_wkvh_2026_0126_flood", pub="2026-01-30T18:20:00-05:00",
title="West Side church feeds neighbors as ice jam flooding recedes",
body="""CHARLESTON, W.Va. (WKVH) - By Amanda Lilly, WKVH 13 News

Volunteers served more than 600 hot meals Friday at First Zion Baptist Church to families on Charleston's West Side whose basements flooded when an ice jam backed up Elk Two Mile Creek after last weekend's snowstorm.

"Nobody on this street has had heat in three days, so we're just going to keep the coffee on," said Rev. Thaddeus Claiborne, who helped organize the meals. The city says 40 homes had water in their basements.

The Red Cross is taking damage reports at the Martin Luther King Jr. Community Center.""",
gold=[]),

dict(guid="crw_wkvh_2026_0311_fauntleroy", pub="2026-03-11T17:05:00-04:00",
title="Huntington pediatrician honored for opening clinic in former school",
body="""HUNTINGTON, W.Va. (WKVH) - A Huntington pediatrician who turned a closed elementary school into a free children's clinic has been named the West Virginia State Medical Association's physician of the year.

Dr. Lucinda Fauntleroy, medical director of the Fairfield Kids Clinic, received the award Tuesday night in Charleston. Since it opened in 2021, the clinic has seen more than 9,000 children, many of them from families hit by the opioid epidemic.

"The award belongs to the nurses who show up at seven every morning," Fauntleroy said.""",
gold=[("CRW007", "subject")]),

dict(guid="crw_wkvh_2026_0427_fire", pub="2026-04-27T22:40:00-04:00",
title="Elkview man, dog escape house fire on Pinch Ridge",
body="""ELKVIEW, W.Va. (WKVH) - An Elkview man and his dog escaped without injury Monday night after fire destroyed his home on Pinch Ridge Road.

Travis Shamblin, 35, told WKVH he woke up to his beagle barking and smoke in the hallway shortly after 10 p.m. Elkview and Pinch volunteer firefighters were on scene for three hours. The Kanawha County fire marshal says the fire started near a wood stove.

A fundraiser for Shamblin, a lineman for the electric company, is set for Saturday at the Pinch Community Center.""",
gold=[("CRW016", "subject")]),

dict(guid="crw_wkvh_2026_0603_arrest", pub="2026-06-03T12:15:00-04:00",
title="St. Albans man charged after police chase on Route 60",
body="""ST. ALBANS, W.Va. (WKVH) - A St. Albans man is in the South Central Regional Jail after leading police on a chase along U.S. 60 early Wednesday, police said.

Jordan Pauley, 35, is charged with fleeing with reckless indifference, driving on a suspended license and possession of a controlled substance. The chase ended when his pickup struck a utility pole near the Dunbar bridge. No one was hurt.

Pauley is being held on $25,000 bond.""",
gold=[]),

dict(guid="crw_wkvh_2026_0620_cottrill", pub="2026-06-20T18:00:00-04:00",
title="St. Albans couple who met on the Carbide bus celebrates 50 years",
body="""ST. ALBANS, W.Va. (WKVH) - Arlie and Bobbie Sue Cottrill met on the shift bus to the Union Carbide plant at Institute in 1975. On Saturday, 50 years to the day after their wedding at St. Albans Church of Christ, they renewed their vows in the same sanctuary.

"She sat down next to me and told me my lunch smelled like onions," Arlie Cottrill said. "I've been eating her lunches since."

The Cottrills have three children and seven grandchildren. Their family is hosting a reception at the St. Albans City Park shelter.""",
gold=[("CRW006", "subject"), ("CRW005", "subject")]),

dict(guid="crw_wkvh_2026_0718_wedding", pub="2026-07-18T09:00:00-04:00",
title="Community: Stollings and Crabtree wed at Ritter Park rose garden",
body="""HUNTINGTON, W.Va. (WKVH) - Megan Elaine Stollings and Cody James Crabtree were united in marriage on June 27, 2026, at the Ritter Park rose garden, with Evangelist Ray Hager officiating.

The bride is the daughter of Jeff and Tammy Stollings of Huntington. She is a nurse at Cabell Huntington Hospital. The groom, son of Darla Crabtree of Wayne, teaches history at Spring Valley High School.

The couple will live in Huntington after a wedding trip to the Outer Banks.""",
gold=[("CRW009", "parent_of_subject"), ("CRW010", "parent_of_subject")]),

dict(guid="crw_wkvh_2026_1114_football", pub="2026-11-14T23:30:00-05:00",
title="Huntington High rolls past Pikeville in playoff opener",
body="""HUNTINGTON, W.Va. (WKVH) - Huntington High scored on its first five possessions and beat Pikeville (Ky.) 42-14 Friday night in the first round of the Tri-State Invitational playoffs.

Quarterback DeShawn Mayo threw for 287 yards and three touchdowns. "They're the best team we've seen," said Pikeville coach Jeff Stollings, whose team finishes 8-4.

Huntington hosts Spring Valley next Friday.""",
gold=[]),
]
