"""Valley & Ridge Community Notes: schools, society, sports, honour rolls. Teaser description, HTML content. Hand-labelled."""

FEED = "comm"
ITEMS = [
dict(guid="vrc-2026-0051", pub="2026-01-30T08:00:00-06:00", title="Appleton North senior earns Eagle Scout",
body="""Troop 18 honored its newest Eagle Scout at a court of honor on Sunday. Henrik Brandvold, a senior at Appleton North High School, built cedar benches for the Gordon Bubolz Nature Preserve.

Henrik is the son of Mark and Lisa Brandvold of Appleton.""",
gold=[("P007", "parent_of_subject"), ("P008", "parent_of_subject")]),
dict(guid="vrc-2026-0077", pub="2026-02-14T08:00:00-06:00", title="Green Bay couple marks 50th anniversary",
body="""Arne and Sue Halvorsen of Green Bay will celebrate their 50th wedding anniversary with an open house at First Lutheran Church on Feb. 21. The couple were married at Bethany Lutheran in De Pere in 1976.""",
gold=[("P010", "subject"), ("P011", "subject")]),
dict(guid="vrc-2026-0102", pub="2026-03-02T08:00:00-05:00", title="Signal Mountain golfer aces No. 7",
body="""The Signal Mountain Golf and Country Club reports a hole-in-one. Paddy O'Neil, 72, aced the 142-yard seventh hole with an 8-iron on Feb. 26. Witnesses were Wendell Crisp and Jim Varner.""",
gold=[("P022", "subject")]),
dict(guid="vrc-2026-0129", pub="2026-03-20T08:00:00-05:00", title="Engagement: Garza - Villarreal",
body="""Hector and Lupita Garza of McAllen announce the engagement of their daughter, Marisol Garza, to Andrés Villarreal, son of Rey and Sandra Villarreal of Mission. A June wedding is planned at Sacred Heart Church.""",
gold=[("P028", "parent_of_subject"), ("P027", "parent_of_subject")]),
dict(guid="vrc-2026-0155", pub="2026-04-04T08:00:00-05:00", title="Chattanooga nurse wins statewide award",
body="""The Tennessee Nurses Association has named its Nurse of the Year. The honor goes to a nurse at Erlanger's trauma unit, who has trained more than 200 new graduates. Tamika Odom, a 2002 UTC graduate, accepted the award in Nashville.""",
gold=[("P020", "subject")]),
dict(guid="vrc-2026-0181", pub="2026-04-29T08:00:00-05:00", title="Edinburg library fundraiser tops goal",
body="""The Friends of the Edinburg Library raised $42,000 at its spring gala. Donors included Rolando Cantu, Norma Salinas, H-E-B and the Rio Grande Rotary. Committee members were Celia Ramos, Ana Sofia Valenzuela and Rolly Cantu.""",
gold=[]),
dict(guid="vrc-2026-0206", pub="2026-05-20T08:00:00-05:00", title="Lafayette couple's son wins state wrestling title",
body="""Lafayette High junior Remy LeBlanc won the 152-pound state wrestling title in Bossier City on Saturday, the school's first in 20 years. His parents, Joseph "T-Joe" LeBlanc Jr. and Yvette LeBlanc, were in the front row.""",
gold=[("P013", "parent_of_subject"), ("P014", "parent_of_subject")]),
dict(guid="vrc-2026-0230", pub="2026-06-10T08:00:00-05:00", title="Virginia Beach woman promoted at shipyard; Tacoma namesake also honored",
body="""Gina D'Amico of Virginia Beach has been promoted to director of quality at Tidewater Ship Repair. A Gina D'Amico of Tacoma, Wash., unrelated, was named teacher of the year in Washington state last week.""",
gold=[("P026", "subject")]),
]
