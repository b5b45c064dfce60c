"""Four-State Neighbors: community newsletter (churches, schools, milestones, civic honours); teaser in
`description`, HTML in `content:encoded`. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="jln_fsn_2026_0125_organist", pub="2026-01-25T08:00:00-06:00",
title="After 52 years at the console, Webb City organist plays her last Sunday",
body="""Mary Lou Brashear played her first Sunday service at the First Baptist Church of Webb City in 1974, on an organ that had to be coaxed with a screwdriver. On January 18 she played her last, and the congregation stood for ten minutes.

Brashear, 81, has played for more than 2,600 Sunday services, some 900 funerals and, by her own count, "about every wedding in Webb City from 1975 to 2000." She will keep teaching piano from her home on Daugherty Street. The church has named its new practice organ in her honor.""",
gold=[("JLN013", "subject")]),

dict(guid="jln_fsn_2026_0222_sciencefair", pub="2026-02-22T08:00:00-06:00",
title="Carthage eighth-grader's water-filter project wins regional science fair",
body="""Mateo Villalobos, an eighth-grader at Carthage Junior High, took the grand prize at the Missouri Southern Regional Science Fair on Saturday for a water filter built from crushed walnut shells and sand.

Mateo, the son of Efraín and Maricela Villalobos of Carthage, will represent the region at the state fair in Columbia in April. "He used all my good mixing bowls," his mother said.

Judges for the senior and junior divisions included Dr. Lionel Achterberg of Webb City, retired chemistry professor Karen Ludwig and Missouri American Water engineer Sam Pettit.""",
gold=[("JLN006", "parent_of_subject"), ("JLN005", "parent_of_subject")]),

dict(guid="jln_fsn_2026_0322_halloffame", pub="2026-03-22T08:00:00-05:00",
title="Webb City Cardinals Hall of Fame inducts five, including the late Coach Dale Weatherby",
body="""The Webb City High School Athletic Hall of Fame inducted five new members Saturday night, among them the late football coach Dale Weatherby, whose teams won 141 games between 1972 and 1989.

Weatherby's brother, Ron Weatherby of Webb City, accepted the plaque on his behalf. "Dale would have said the players earned it, and then he would have made them run laps for letting him get the credit," Ron Weatherby said.

Also inducted were track standout Lisa Kemm Gaines, wrestler Tony Dalrymple, basketball player Marcus Reed and longtime trainer Doc Holloway.""",
gold=[]),  # relative accepting someone else's honour

dict(guid="jln_fsn_2026_0607_anniversary", pub="2026-06-07T08:00:00-05:00",
title="Milestones: Pennocks of Carthage celebrate 60 years",
body="""Loyd and Norma Jean Pennock of Carthage will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 14, in the fellowship hall of Bethel Baptist Church. No gifts, please; cards may be sent to 1107 S. Garrison Ave., Carthage.

Loyd Pennock and Norma Jean Stufflebeam were married June 12, 1966, at Bethel Baptist Church. He retired from the Carthage Water & Electric Plant; she taught home economics at Carthage High School for 28 years. They have three children, seven grandchildren and four great-grandchildren.""",
gold=[("JLN003", "subject"), ("JLN004", "subject")]),

dict(guid="jln_fsn_2026_0712_womanofyear", pub="2026-07-12T08:00:00-05:00",
title="Miami's Darlene Greenfeather named Ottawa County Woman of the Year",
body="""The Miami Area Chamber of Commerce has named Darlene Greenfeather its 2026 Ottawa County Woman of the Year.

Greenfeather, a retired Miami Public Schools counselor, founded the Tuesday Night Homework Club at the Miami Public Library in 2009 and has kept it going every school year since, with volunteer tutors from Northeastern Oklahoma A&M. She also teaches Quapaw language classes for children on Saturday mornings.

She will be honored at the chamber's banquet on August 6 at the Coleman Theatre.""",
gold=[("JLN010", "subject")]),

dict(guid="jln_fsn_2026_0927_chili", pub="2026-09-27T08:00:00-05:00",
title="Frontenac Fall Festival chili cook-off crowns a repeat champion",
body="""For the second year in a row, the Frontenac Volunteer Fire Department's "Three-Alarm Red" took top honors at the Frontenac Fall Festival chili cook-off on Saturday, beating 23 other entries.

Judges Tony Bertoncino, Mayor Linda Pichler-Sweeney and KFSJ meteorologist Drew Haskell awarded second place to the Knights of Columbus and third to a first-time entry from the Pittsburg State culinary club. The festival raised about $8,000 for the Frontenac Public Library.""",
gold=[]),  # judge
]
