"""Shawangunk & Rondout Weekly (community weekly for Kingston, New Paltz, Saugerties and Rhinebeck):
teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="hzn_srweekly_2026_0122_milestones", pub="2026-01-22T08:00:00-05:00",
title="Milestones: Kingston couple celebrates 60 years",
body="""Leland and Philippa Lounsbury of Kingston celebrated their 60th wedding anniversary on January 15 with a dinner for family and friends at the Wiltwyck Golf Club.

Lee and Pippa met at a square dance at the Hurley Grange in 1964 and were married at the Old Dutch Church in Kingston on January 15, 1966. Lee retired from the Kingston Fire Department as a lieutenant; Pippa taught piano to what she estimates is half of Uptown. They have three children and seven grandchildren.""",
gold=[("HZN020", "subject"), ("HZN021", "subject")]),

dict(guid="hzn_srweekly_2026_0212_births", pub="2026-02-12T08:00:00-05:00",
title="Births: a daughter for Siobhan Keator and Marcus Bell",
body="""Siobhan Keator and Marcus Bell of Kingston welcomed a daughter, Ruth Ellen Bell, on February 4 at HealthAlliance Hospital. She weighed 7 pounds, 2 ounces, and is named for her late great-grandmother, Ruth Ellen Keator.

The proud great-uncle is Michael Keator of Port Ewen.""",
gold=[("HZN013", "subject")]),

dict(guid="hzn_srweekly_2026_0409_eagle", pub="2026-04-09T08:00:00-04:00",
title="New Paltz scout earns Eagle rank with Huguenot Street trail project",
body="""Liam Schoonmaker of Troop 73 in New Paltz has earned the rank of Eagle Scout, the highest in Scouting.

For his Eagle project, Liam, the son of Gideon and Mary Beth Schoonmaker of New Paltz, led 22 volunteers in building 400 feet of stone-edged path and four interpretive signs along the Wallkill behind Historic Huguenot Street. His court of honor will be held May 2 at the New Paltz Reformed Church.""",
gold=[("HZN008", "parent_of_subject"), ("HZN007", "parent_of_subject")]),

dict(guid="hzn_srweekly_2026_0430_library", pub="2026-04-30T08:00:00-04:00",
title="Saugerties library thanks donors for new children's wing",
body="""The Saugerties Public Library has finished the fundraising for its new children's wing, raising $412,000 from more than 600 donors in eighteen months.

Leading donors recognized on the new donor wall include the Terpening Brothers Bluestone Co., the Esopus Creek Funeral Chapel, Greta Van Wagenen, Dom and Kathy Terpening, Bart Elting, and the Saugerties Rotary. Construction begins in June.""",
gold=[]),

dict(guid="hzn_srweekly_2026_0618_retire", pub="2026-06-18T08:00:00-04:00",
title="After 34 years, Mr. Elting closes his classroom door",
body="""NEW PALTZ - When the bell rang at New Paltz Middle School on Friday, it rang for the last time for Bartholomew "Bart" Elting, who is retiring after 34 years of teaching eighth-grade social studies.

Elting, a descendant of one of the Huguenot families that founded New Paltz in 1678, took every class he taught on a walking tour of Huguenot Street, "rain or shine, and one year in a blizzard." His students presented him with a framed map signed by 300 former pupils. He and his wife, Judith, plan to spend the fall hiking the Shawangunk Ridge.""",
gold=[("HZN019", "subject")]),

dict(guid="hzn_srweekly_2026_0716_interfaith", pub="2026-07-16T08:00:00-04:00",
title="Poughkeepsie pastor honored for 30 years of food pantry work",
body="""The Dutchess Interfaith Council has given its annual Beacon of Service Award to the Rev. Desmond Ackerly, pastor of Smith Street Community Church in Poughkeepsie, for three decades of running the Thursday food pantry.

Ackerly started the pantry in 1996 with two folding tables; it now serves about 900 families a month. "Desmond never asks anybody why they need it," said council president Ruth Obi. The award was presented at the council's dinner on July 11.""",
gold=[("HZN014", "subject")]),
]
