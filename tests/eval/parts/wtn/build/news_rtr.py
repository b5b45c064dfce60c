"""River Towns Reporter (weekly, Clayton to Carthage): community and milestone news, teaser description and HTML
in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="wtn_rtr_2026_0408_births", pub="2026-04-08T08:00:00-04:00", title="Births: Moshier",
body="""Caleb and Jenna Moshier of Brownville announce the birth of a daughter, Wren Elizabeth, on March 29, 2026, at Samaritan Medical Center. She weighed 7 pounds, 9 ounces.

Maternal grandparents are Gary and Lynn Thibault of Dexter. Paternal grandmother is Shirley Moshier of Brownville. Great-uncle is Wendell Gaige of Alexandria Bay.""",
gold=[("WTN021", "subject"), ("WTN022", "subject")]),

dict(guid="wtn_rtr_2026_0627_anniversary", pub="2026-06-27T08:00:00-04:00", title="Zehrs mark 50 years",
body="""Del and Arlene Zehr of Castorland celebrated their 50th wedding anniversary June 19 with a family dinner at the Croghan Mennonite Church hall.

Delbert Zehr and the former Arlene Moser were married June 19, 1976, at St. James Church, Carthage. He farmed in the towns of Denmark and Croghan; she was a teacher's aide at Carthage Central. They have three children and eight grandchildren.""",
gold=[("WTN003", "subject"), ("WTN004", "subject")]),

dict(guid="wtn_rtr_2026_0116_amidon", pub="2026-01-16T08:00:00-05:00", title="Diocese honors Watertown pastor for 25 years of service",
body="""The Rev. Silas Amidon, pastor of Holy Family Parish in Watertown, received the diocese's Pro Ecclesia medal Sunday, marking 25 years since his ordination.

Father Amidon started the parish's free Saturday breakfast in 2009 and drives the parish van to Fort Drum's chapels once a month. Bishop's delegate Msgr. Ray Kowal presented the medal at the 11 a.m. Mass.""",
gold=[("WTN015", "subject")]),

dict(guid="wtn_rtr_2026_1001_library", pub="2026-10-01T08:00:00-04:00", title="Sackets Harbor library campaign passes its goal",
body="""The Hay Memorial Library in Sackets Harbor has passed the $250,000 goal of its campaign to add an elevator and a children's room, the board said this week.

Leading donors include the Northern New York Community Foundation, Nolan and Priya Hunneyman, Brent Kilborn, the Sackets Harbor Rotary and an anonymous family. Construction is to start in the spring.""",
gold=[]),

dict(guid="wtn_rtr_2026_0801_fair", pub="2026-08-01T08:00:00-04:00", title="Jefferson County Fair 4-H results",
body="""Liam Kilborn, 14, of Carthage, the son of Brent and Shawna Kilborn, was named grand champion in the 4-H dairy showmanship class at the Jefferson County Fair on Thursday. He will show his Holstein heifer, Clementine, at the State Fair in Syracuse.

The showmanship classes were judged by Cordelia Plantz of Theresa, a retired Cornell Cooperative Extension agent. Reserve champion was Abby Tice of Theresa.""",
gold=[("WTN016", "parent_of_subject"), ("WTN017", "parent_of_subject")]),

dict(guid="wtn_rtr_2026_0505_samaritan", pub="2026-05-05T08:00:00-04:00", title="Samaritan names new chief nursing officer",
body="""Samaritan Medical Center has named Priya Hunneyman of Sackets Harbor its chief nursing officer.

Hunneyman, a registered nurse since 1990, has been director of critical care at Samaritan since 2014. She succeeds Janet Lyng, who retired in March. "Priya has been at the bedside and at the table," the hospital's president said.""",
gold=[("WTN010", "subject")]),
]
