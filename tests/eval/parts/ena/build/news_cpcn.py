"""Central Peninsula Community Notes (invented community newsletter: milestones, schools, volunteers,
library): a teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "cpcn"
ITEMS = [
dict(guid="ena_cpcn_2026_014", pub="2026-02-18T09:00:00-09:00", title="Fifty years for the Pennocks of Sterling",
body="""Rusty and Joanne Pennock of Sterling will celebrate their 50th wedding anniversary on Saturday with an open house at the Sterling Community Center, 2 to 5 p.m.

Russell Pennock and Joanne Pankratz were married Feb. 21, 1976, at the little log church in Moose Pass, at 30 below. Rusty retired from the borough road crew in 2015; Joanne taught piano to half of Sterling. Their sons, Cody and Ryan, ask that guests bring a story instead of a gift.""",
gold=[("ENA019", "subject")]),

dict(guid="ena_cpcn_2026_022", pub="2026-03-05T09:00:00-09:00", title="Welcome, baby Ingrid",
body="""Erik and Jessica Halvorsen of Anchorage welcome a daughter, Ingrid Arvida Halvorsen, born Feb. 26 at Providence Alaska Medical Center, 7 pounds 9 ounces.

Ingrid is named for her late great-grandfather, Kasilof set-netter Arvid Halvorsen, who died in January. Proud grandmother Lorrie Halvorsen of Kasilof says the baby already has a set-netter's grip.""",
gold=[("ENA022", "subject"), ("ENA023", "subject")]),

dict(guid="ena_cpcn_2026_041", pub="2026-04-30T09:00:00-08:00", title="Nikolaevsk eighth grader wins borough Battle of the Books",
body="""Nikolaevsk School eighth grader Ulyana Reutov led her team to first place in the Kenai Peninsula Borough Battle of the Books on Friday and took the individual prize for the most correct answers.

Ulyana, the daughter of Vasily and Frosya Reutov of Nikolaevsk, read all 16 books on the middle-school list twice, in English, and is now reading them a third time in Russian. The Nikolaevsk team goes on to the state finals in Anchorage.""",
gold=[("ENA005", "parent_of_subject"), ("ENA006", "parent_of_subject")]),

dict(guid="ena_cpcn_2026_057", pub="2026-06-17T09:00:00-08:00", title="Friends of the Soldotna Library thank spring donors",
body="""The Friends of the Soldotna Public Library thank everyone who gave to the spring book drive and the new children's reading loft.

Loft builders ($500 and up): Soldotna Rotary, Kenai River Brown Bears Booster Club, Gary and Linda Vukovich, Delbert and Karen Tschappat. Book lovers ($100 and up): Mary Jo Fjelstad, Lee and Crystal Marchetti, Pastor Glen Ruckert, the Soldotna Bible Chapel youth group.

The loft opens with a story hour on June 28.""",
gold=[]),

dict(guid="ena_cpcn_2026_066", pub="2026-07-22T09:00:00-08:00", title="Kenai River Festival honors its volunteer of the year",
body="""The Kenai Watershed Forum named Mary Jo Fjelstad of Soldotna its Kenai River Festival volunteer of the year at the festival's closing ceremony on Sunday.

Fjelstad, a retired school nurse, has run the festival's kids' fish-printing tent for 17 years and has planted, by her own count, about 4,000 willows along the riverbank to stop erosion. "The river gave my family a homestead," she said. "I owe it some willows." """,
gold=[("ENA009", "subject")]),
]
