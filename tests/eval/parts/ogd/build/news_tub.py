"""Top of Utah Business Weekly (Ogden): business journal, plain text. Hand-labelled."""

FEED = "tub"
ITEMS = [
dict(guid="ogd_tub_2026_0112", pub="2026-01-20T06:00:00-07:00", title="Family physician opens practice in a restored Jefferson Avenue Victorian",
body="""OGDEN - Dr. Preston Tolboe has opened Tolboe Family Medicine in a restored 1893 Victorian on Jefferson Avenue, a block from the house where he grew up.

Tolboe, 44, a Ben Lomond High graduate who trained at the University of Utah and spent nine years with a hospital-owned clinic in Layton, said he wanted a practice small enough to answer its own phone. The clinic has two exam rooms, a nurse practitioner and a part-time Spanish-speaking medical assistant, and takes walk-ins on Saturday mornings.

"Half my patients knew me when I was delivering their newspapers," Tolboe said. "That is either a recommendation or a warning." """,
gold=[("OGD018", "subject")]),

dict(guid="ogd_tub_2026_0140", pub="2026-02-24T06:00:00-07:00", title="Panadería Zubiate opens second bakery, in Roy",
body="""ROY - The conchas sell out by 9 a.m. at the original Panadería Zubiate on Ogden's Wall Avenue, so its owners are doubling down.

Rogelio and Cristy Zubiate opened their second bakery Saturday in a former sandwich shop on 1900 West in Roy, with a bigger oven and a counter for tamales on weekends. The couple started the business in 2004 with a rented oven and a $9,000 loan from a cousin; it now employs 14 people.

"My mother-in-law still checks the pan dulce every morning," Rogelio Zubiate said. "If she doesn't like it, it doesn't go out." """,
gold=[("OGD007", "subject"), ("OGD006", "subject")]),

dict(guid="ogd_tub_2026_0171", pub="2026-03-31T06:00:00-06:00", title="Historic 25th Street merchants split over new parking meters",
body="""OGDEN - Ogden City's plan to install pay-by-phone meters along Historic 25th Street drew a crowd of worried shop owners to Tuesday's council work session.

The city says the meters will free up spaces that downtown employees now occupy all day. Merchants say the change will send customers to the malls. "My customers are retired railroad men. They don't pay for parking with an app," said Jim Stamoulis, whose family has run a coffee shop on the street since 1946. Others, including gallery owner Tessa Rinehart, supported the plan if the first hour stays free.

The council will vote in April.""",
gold=[]),

dict(guid="ogd_tub_2026_0188", pub="2026-04-21T06:00:00-06:00", title="Engineer retires from Hill AFB after 38 years on the F-16 and F-35 lines",
body="""CLEARFIELD - When Alan Hirasuna started at Hill Air Force Base in 1988, the F-16 depot line used drafting tables and carbon paper. On Friday he retired as the senior civilian structural engineer of the 309th Aircraft Maintenance Group, having certified repairs on more than 2,000 aircraft.

Hirasuna, 62, a Clearfield resident and Weber State graduate, was presented with the Air Force Meritorious Civilian Service Award at his retirement ceremony. He plans to spend more time at the Ogden Buddhist Temple, where he leads the taiko group, and to finish restoring a 1967 Datsun pickup.""",
gold=[("OGD011", "subject")]),

dict(guid="ogd_tub_2026_0215", pub="2026-06-09T06:00:00-06:00", title="Boise hospital names new chief financial officer",
body="""BOISE, Idaho - Treasure Valley Regional Health has named Bridget O'Bannon its chief financial officer. O'Bannon, 39, comes from a Portland, Ore., health system and will start in July. She holds an MBA from Gonzaga University.

Regional health systems across the Mountain West have struggled to hold on to finance executives as margins have narrowed.""",
gold=[]),
]
