"""KCTX 6 (Temple - Killeen - Waco): a local TV station site, HTML descriptions, short web-story style.
Hand-labelled."""

FEED = "kctx"
ITEMS = [
dict(guid="tpl_kctx-story-20260228-1182", pub="2026-02-28T18:15:00-06:00",
title="Temple council approves $41 million frontage road rebuild along I-35",
body="""TEMPLE, Texas (KCTX) - The Temple City Council on Thursday approved a $41 million contract to rebuild the southbound Interstate 35 frontage road between Central Avenue and Nugent Avenue, a project that will close lanes for most of the next two years.

Mayor pro tem Dolores Whitfield called the work "overdue by about a decade." Council member Garrett Lusk cast the only vote against, saying small businesses along the corridor need more help getting through the construction.

The city says the first lane closures will begin in May. Detour maps will be posted on the city's website.""",
gold=[]),

dict(guid="tpl_kctx-story-20260404-1240", pub="2026-04-04T21:40:00-05:00",
title="Kolache lovers pack downtown Temple for Czech Heritage Festival",
body="""TEMPLE, Texas (KCTX) - Thousands of people lined up for kolaches, klobasníky and polka on Saturday at the 38th annual Czech Heritage Festival downtown.

Volunteers with the Bell County Czech Heritage Society baked more than 9,000 kolaches this week, society president Lenka Dvorak said. Apricot sold out by 11 a.m. again.

"My mother made these every Saturday for fifty years, and I still can't get the dough right," said Bob Skrabanek of Temple, who has not missed a festival since the first one. "So I come here and let the ladies do it."

The festival continues Sunday with a polka Mass at 10 a.m. and music from the Seaton Star Polka Band.""",
gold=[]),

dict(guid="tpl_kctx-story-20260523-1311", pub="2026-05-23T06:55:00-05:00",
title="Temple couple escapes early-morning house fire",
body="""TEMPLE, Texas (KCTX) - A Temple couple got out safely early Saturday when fire tore through their home on North 11th Street.

Arnulfo and Josie Cuellar told KCTX 6 that a smoke alarm woke them just after 3 a.m. "We grabbed the dog and my mother-in-law's rosary and we ran," Josie Cuellar said. The couple buried Arnulfo Cuellar's mother, Herminia, earlier this month.

Temple Fire & Rescue said the fire started in the garage. The house is a total loss. Neighbors have set up a collection at Our Lady of Guadalupe church to help the couple.""",
gold=[("TPL014", "subject"), ("TPL013", "subject")]),

dict(guid="tpl_kctx-story-20260912-1402", pub="2026-09-12T23:10:00-05:00",
title="Ellison lineman airlifted after neck injury in Friday night game",
body="""KILLEEN, Texas (KCTX) - An Ellison High School junior was airlifted to Temple on Friday night after he was hurt making a tackle in the third quarter of the Eagles' game against Harker Heights.

Sione Matagi, 16, a starting defensive tackle, stayed down for nearly twenty minutes while trainers and paramedics stabilized him on the field at Leo Buckley Stadium. Both teams knelt at midfield as the helicopter took off. The game was suspended.

His parents, Tavita and Losa Matagi of Killeen, said in a statement late Friday that Sione was in serious but stable condition and had movement in his hands and feet. "We ask everyone for prayers," they wrote. "Our church family is already at the hospital with us." """,
gold=[("TPL021", "subject")]),

dict(guid="tpl_kctx-story-20261018-1477", pub="2026-10-18T17:30:00-05:00",
title="Waco church celebrates member's 100th birthday",
body="""WACO, Texas (KCTX) - Members of Toliver Chapel Missionary Baptist Church in Waco sang "Happy Birthday" three times on Sunday: once in English, once in the old call-and-response style and once more for the cameras.

They were celebrating Mother Cordelia Tatum of Waco, who turned 100 on Saturday. Tatum, a retired Waco ISD cook, joined the church in 1941. "The Lord kept me here for a reason," she said. "I think the reason is the pound cake."

Her granddaughter, Keandra Tatum, said the family counted 140 guests.""",
gold=[]),

dict(guid="tpl_kctx-story-20261123-1530", pub="2026-11-23T19:05:00-06:00",
title="Harker Heights graduate named Rhodes Scholar",
body="""HARKER HEIGHTS, Texas (KCTX) - A West Point cadet who grew up in Harker Heights is one of 32 Americans named Rhodes Scholars this weekend.

Cadet Malik Whitsett, a 2023 graduate of Harker Heights High School and a senior at the U.S. Military Academy majoring in mechanical engineering, will study at the University of Oxford next fall. He is the first Rhodes Scholar from Harker Heights High.

Whitsett is the son of Lorenzo Whitsett, a retired Army sergeant major, and Nadine Whitsett, a counselor at Union Grove Middle School. "He called us at one in the morning," his mother said. "I thought something was wrong. Then he started yelling." """,
gold=[("TPL011", "parent_of_subject"), ("TPL012", "parent_of_subject")]),
]
