"""The Logan Valley Neighbor (community paper: schools, churches, clubs, milestones for Altoona, the Cove and
Cambria County): teaser in description, HTML in content:encoded. Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="aoo_lvn_2026_0204", pub="2026-02-04T08:00:00-05:00",
title="Roaring Spring bowler, 74, rolls his first 300 game",
body="""ROARING SPRING - It took Gene Dibert 58 years of Tuesday nights, but he finally did it.

Dibert, 74, rolled twelve straight strikes last week in the Spring Cove Seniors league at Cove Lanes, the first perfect game of his life and the first at the lanes since 2014. "I threw the last one and closed my eyes," he said. His wife, Carol, who keeps the league's books, said she checked the score sheet three times.""",
gold=[("AOO011", "subject")]),

dict(guid="aoo_lvn_2026_0415", pub="2026-04-15T08:00:00-04:00",
title="Marisol Ocasio named principal of Penn-Lincoln Elementary",
body="""ALTOONA - The Altoona Area School Board on Monday named Marisol Ocasio principal of Penn-Lincoln Elementary School, effective July 1.

Ocasio, who has been the school's assistant principal for four years, started in the district as an ESL teacher in 2001. She will be the first Latina principal in the district's history. "Penn-Lincoln families already know where to find me," she said. "Now they'll find me in a different office." """,
gold=[("AOO008", "subject")]),

dict(guid="aoo_lvn_2026_0820", pub="2026-08-20T08:00:00-04:00",
title="Claysburg cook's shoofly pie takes top prize at Blair County Fair",
body="""EAST FREEDOM - Curt Ickes of Claysburg took the blue ribbon and best-in-show in the pie division at the Blair County Fair on Saturday with a wet-bottom shoofly pie made from his grandmother's recipe.

Ickes, a welder by trade, has entered the fair's baking contests for twelve years. "I finally listened to her about the molasses," he said.""",
gold=[]),  # AOO017 is do_not_contact

dict(guid="aoo_lvn_2026_0916", pub="2026-09-16T08:00:00-04:00",
title="Engagement: Lingafelt - Yahner",
body="""PORTAGE - Theresa "Terri" Lingafelt of Portage announces the engagement of her daughter, Kayla Marie Lingafelt, to Andrew James Yahner, son of Mark and Lisa Yahner of Loretto.

The bride-to-be is a 2019 graduate of Portage Area High School and of Mount Aloysius College and is a respiratory therapist at Conemaugh Memorial Medical Center. Her fiance is a graduate of Penn Highlands Community College and a lineman with Penelec. A June 2027 wedding is planned at St. Joseph Church, Portage.""",
gold=[("AOO020", "parent_of_subject")]),

dict(guid="aoo_lvn_2026_1021", pub="2026-10-21T08:00:00-04:00",
title="Hollidaysburg couple marks 55th anniversary with a return to Horseshoe Curve",
body="""HOLLIDAYSBURG - Joanne and Hal Kensinger of Hollidaysburg celebrated their 55th wedding anniversary on Oct. 17 where they spent their first date in 1968: on the viewing platform at the Horseshoe Curve, watching the trains.

The former Joanne Claar and Harold Kensinger were married Oct. 17, 1971, at St. John's Lutheran Church, East Freedom. They owned and operated Kensinger Hardware in Hollidaysburg for 52 years and have a daughter, Amy Shaffer, and two grandchildren.""",
gold=[("AOO001", "subject"), ("AOO002", "subject")]),
]
