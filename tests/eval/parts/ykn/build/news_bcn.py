"""Bluffs Community Notes (community newsletter of the Yankton, Gayville and Vermillion area: milestones, business,
volunteers, gifts): a teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "bcn"
ITEMS = [
dict(guid="ykn_bcn_2026_01_09", pub="2026-01-09T09:00:00-06:00", title="Welcome, baby! Vermillion's first baby of 2026",
body="""Trent and Alyssa Steffen of Vermillion welcomed their son, Lucas James Steffen, at 3:12 a.m. on New Year's Day at Sanford Vermillion Medical Center, the first baby born in Clay County this year. Lucas weighed 7 pounds, 9 ounces.

Lucas joins big sister Ella, 13. The hospital auxiliary presented the family with a basket of gifts from local businesses.""",
gold=[("YKN010", "subject"), ("YKN011", "subject")]),

dict(guid="ykn_bcn_2026_02_06", pub="2026-02-06T09:00:00-06:00", title="Hovorkas to mark 50 years of marriage",
body="""Darrell and Jo (Kocer) Hovorka of Yankton will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 22, at the Sacred Heart Parish Center in Yankton. The couple requests no gifts.

Darrell Hovorka and Jolene Kocer were married Feb. 21, 1976, at St. Wenceslaus Catholic Church in Tabor. Darrell retired from Gehl Company after 38 years; Jo taught second grade at Beadle Elementary. They have three children and seven grandchildren.""",
gold=[("YKN001", "subject"), ("YKN002", "subject")]),

dict(guid="ykn_bcn_2026_02_20", pub="2026-02-20T09:00:00-06:00", title="Riverfront trail fund passes its goal",
body="""The Meridian Riverfront Trail fund has passed its $400,000 goal, and work on the new segment east of the bridge will begin in May.

The trail committee thanks its major donors: Gehl Employees Fund; First Dakota Bankers; Darrell and Jolene Hovorka; Rod and Carol Pinkelman; Wollman Feed & Seed; Nedved Plumbing & Heating; and the Yankton Rotary Club. A full list of donors will be posted at the trailhead.""",
gold=[]),

dict(guid="ykn_bcn_2026_05_15", pub="2026-05-15T09:00:00-05:00", title="Nedved Plumbing & Heating opens Vermillion shop",
body="""Nedved Plumbing & Heating, founded in Yankton in 1998, opened its second location this week at 1105 E. Cherry St. in Vermillion.

Owner Wade Nedved said the company has been driving crews 30 miles each way to jobs in Clay County for years. "It was time to move in," he said. The Vermillion shop starts with four technicians and a showroom. Nedved rebuilt the family's Yankton home after a January fire while planning the expansion.""",
gold=[("YKN018", "subject")]),

dict(guid="ykn_bcn_2026_04_24", pub="2026-04-24T09:00:00-05:00", title="Gayville's Lorraine Kuehn is Volunteer of the Year",
body="""The Yankton County Volunteer Council has named Lorraine Kuehn of Gayville its 2026 Volunteer of the Year.

Kuehn has driven Meals on Wheels routes around Gayville and Volin every Tuesday for 22 years, organized the Gayville Hall soup suppers since 2004 and, with her husband, Orv, kept the Gayville community garden watered through two droughts.

She will be honored at the council's luncheon on May 6.""",
gold=[("YKN021", "subject")]),
]
