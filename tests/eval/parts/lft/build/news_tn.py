"""Teche Neighbors: community paper, teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "tn"
ITEMS = [
dict(guid="lft_tn_6001", pub="2026-01-22T08:00:00-06:00", title="Guilbeaus celebrate 50 years of marriage",
body="""Aurelien "Rel" Guilbeau Jr. and Odile Landreneau Guilbeau of Lafayette celebrated their 50th wedding anniversary on January 17 with a Mass at St. Pius X Church and a dance at the Knights of Columbus hall.

The couple were married January 17, 1976, at St. Bernard Church in Breaux Bridge. Rel retired from the oilfield supply business and Odile taught French at Comeaux High. They have three children and seven grandchildren.""",
gold=[("LFT001", "subject"), ("LFT002", "subject")]),

dict(guid="lft_tn_6002", pub="2026-05-14T08:00:00-05:00", title="Father Zeringue marks 40 years a priest",
body="""Parishioners of St. Genevieve Church will honor the Rev. Alcide Zeringue on Sunday for the 40th anniversary of his ordination to the priesthood.

Father Zeringue, a Lafayette native, was ordained at the Cathedral of St. John the Evangelist in May 1986 and has served parishes in Breaux Bridge, Kaplan and Lafayette. A reception in the parish hall follows the 10:30 a.m. Mass.""",
gold=[("LFT008", "subject")]),

dict(guid="lft_tn_6003", pub="2026-03-05T08:00:00-06:00", title="Youngsville 4-H'er shows grand champion lamb",
body="""Ellie Sonnier, 10, a fourth-grader in the Youngsville Elementary 4-H club, showed the grand champion market lamb at the Lafayette Parish Livestock Show last weekend.

Ellie is the daughter of Brennan and Katie Sonnier of Youngsville. She named the lamb Boudreaux and says she will use the prize money to buy two more.""",
gold=[("LFT018", "parent_of_subject")]),

dict(guid="lft_tn_6004", pub="2026-06-18T08:00:00-05:00", title="Miss Dot turns 90, still leading the Tuesday rosary",
body="""Dorothea "Dot" D'Aquin of Lafayette turns 90 today, and she has no plans to give up the Tuesday rosary group she has led at Our Lady of Fatima since 1971.

Miss Dot, a retired bookkeeper, will celebrate with family at a Sunday dinner of smothered chicken she insists on cooking herself. Her great-niece and namesake died in May, and she said the birthday would be "for the both of us." """,
gold=[("LFT021", "subject")]),

dict(guid="lft_tn_6005", pub="2026-05-07T08:00:00-05:00", title="Crawfish étouffée cook-off crowns a Cecilia champion",
body="""Darlene Huval of Cecilia won the amateur étouffée cook-off at the Breaux Bridge Crawfish Festival on Saturday with a roux she says took her grandmother's recipe and "one more beer."

Judges were Anatole "Toto" Gaspard of New Iberia, chef Ryan Comeaux and last year's winner, Judy Hebert. Volunteers Ximena Arriaga and Mona Arsement ran the tasting tent.""",
gold=[]),  # judges and volunteers: nothing
]
