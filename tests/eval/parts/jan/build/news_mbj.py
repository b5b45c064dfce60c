"""Magnolia Business Journal (Jackson business weekly, with a Gulf South roundup): plain text.
Hand-labelled (gold=[...] beside each text)."""

FEED = "mbj"
ITEMS = [
dict(guid="jan_mbj_2026_0115", pub="2026-01-15T06:00:00-06:00", title="Khoury's Mediterranean Grill to open second location in Ridgeland",
body="""Khoury's Mediterranean Grill, the Old Canton Road restaurant known for its kibbeh, its Sunday fried chicken and its line out the door at lunch, will open a second location this spring at Renaissance at Colony Park in Ridgeland.

Owners Tony and Nadia Khoury signed a lease for a 3,800-square-foot space last week and expect to open by late April, adding about 35 jobs. The couple opened the original restaurant in 1998 in a former Fondren filling station.

"My father-in-law told me a Lebanese restaurant in Jackson had to serve catfish on Fridays or it would not last a year," Tony Khoury said. "He was right, and we still do." """,
# owners of a named business, a couple: both subjects.
gold=[("JAN005", "subject"), ("JAN006", "subject")]),

dict(guid="jan_mbj_2026_0205", pub="2026-02-05T06:00:00-06:00", title="Gong's Food Market marks 75 years as a Jackson institution",
body="""When Gong Yee Shew opened a two-aisle grocery on Bailey Avenue in 1951, his customers were railroad men and the families of the neighborhood, and he spoke almost no English. Seventy-five years later, Gong's Food Market is still on Bailey Avenue, still family-owned and still the only place in Jackson where you can buy hoop cheese, bok choy and a hot link in one trip.

The founder's son, Raymond Gong, has run the store since 1983 with his wife, Frances, whose own parents ran a grocery in Cleveland in the Delta. The couple will mark the anniversary Saturday with a block party, free Chinese almond cookies and a gospel choir.

"I've been coming here since I was a boy sent to get bread," said customer Cleve Hollowell, a deacon at nearby New Hope Missionary Baptist Church. "Mr. Gong's daddy would give us a piece of candy and tell us to mind our mothers." """,
# Raymond and Frances Gong, owners: subjects. Cleve Hollowell (JAN001) is a quoted customer: nothing.
gold=[("JAN010", "subject"), ("JAN011", "subject")]),

dict(guid="jan_mbj_2026_0312", pub="2026-03-12T06:00:00-05:00", title="Capitol Regional Medical Center names chief nursing officer",
body="""Capitol Regional Medical Center in Jackson has promoted Ana Lucía Ramírez Ortega, DNP, RN, to chief nursing officer, effective April 1. She will oversee more than 1,400 nurses across the hospital and its Madison and Flowood clinics.

Ramírez Ortega, who lives in Madison, joined the hospital in 2009 as a bedside nurse in the neonatal intensive care unit and has been associate chief nursing officer since 2021. She led the hospital's bilingual patient-navigation program and its nurse residency, which has cut first-year turnover by half. She succeeds Linda Pace, who is retiring.""",
# promotion of JAN016.
gold=[("JAN016", "subject")]),

dict(guid="jan_mbj_2026_0409", pub="2026-04-09T06:00:00-05:00", title="Two Jackson architecture firms merge as Fondren Harper Studio",
body="""Fondren Design Group and Harper & Associates Architects will merge on May 1 under the name Fondren Harper Studio, creating the largest architecture practice headquartered in Jackson, with 48 employees.

Principals Elaine Harper and Marcus Boyd said the combined firm will keep both offices, on North State Street and in downtown Jackson, and will pursue more health-care and higher-education work.""",
# nobody on the roster.
gold=[]),

dict(guid="jan_mbj_2026_0430", pub="2026-04-30T06:00:00-05:00", title="Gulf South roundup: Mobile engineer chairs Alabama licensure board",
body="""MOBILE, Ala. - Michael Nassar, a structural engineer and principal at Bayfront Engineering in Mobile, has been elected chair of the Alabama Board of Licensure for Professional Engineers and Land Surveyors. Nassar, 44, a graduate of the University of South Alabama, has served on the board since 2022.

Also in the roundup: Pensacola's Gulf Breeze Marine is expanding its boatyard, and a Hattiesburg pharmacy chain has been sold to a regional group.""",
# namesake far away (Mobile, 44): JAN007 Mike Nassar of Brandon is b. 1966: nothing.
gold=[]),
]
