"""Triangle Neighbors (community newsletter for Orange, Jefferson and Hardin Counties): teaser in description,
HTML in content:encoded. Hand-labelled."""

FEED = "tn"
ITEMS = [
dict(guid="bmt_tn_2026_0228", pub="2026-02-28T08:00:00-06:00", title="Sixty years at the organ: Orange church honors Vangie LaFleur",
body="""ORANGE - Evangeline "Vangie" LaFleur played her first Sunday at First Presbyterian Church of Orange in February 1966. Last Sunday, the congregation gave her a standing ovation, a plaque and a new bench cushion.

LaFleur, 87, has played for more than 3,000 Sundays, 400 weddings and, she estimates, "more funerals than I care to count, including my husband's." She has no plans to retire. "The pedals keep my knees young," she said.""",
gold=[("BMT007", "subject")]),

dict(guid="bmt_tn_2026_0430", pub="2026-04-30T08:00:00-05:00", title="Port Arthur's Lupe Zamora is Golden Triangle Volunteer of the Year",
body="""PORT ARTHUR - For 22 years, Lupe Zamora has driven a church van to the Port Arthur food bank every Tuesday at 6 a.m. On Thursday, the United Way of Mid and South Jefferson County named her its Volunteer of the Year.

Zamora, a retired school cafeteria manager, also teaches citizenship classes in Spanish at St. Joseph. "My father came here with nothing," she said. "Somebody helped him. Now it's my turn." """,
gold=[("BMT010", "subject")]),

dict(guid="bmt_tn_2026_0708", pub="2026-07-08T08:00:00-05:00", title="Stork report: a new Tucker Lee for Nederland",
body="""NEDERLAND - Tucker and Brianna Primeaux of Nederland welcomed their first child, Tucker Lee Primeaux III, on June 29 at Christus Mid-Jefferson. He weighed 8 pounds, 4 ounces.

The baby is named for his father and for his late great-grandfather, Tucker Lee Primeaux, the Nederland pipefitter and tomato grower who died in May. Grandparents are Wade and Patti Primeaux of Nederland.""",
gold=[("BMT022", "subject")]),
]
