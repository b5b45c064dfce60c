"""The Daily Dispatch 'Around Town' column: fire/police blotter, milestones, scholarships, sports briefs.
Plain text. Hand-labelled."""

FEED = "blot"
ITEMS = [
dict(guid="dd-around-2026-0219", pub="2026-02-19T05:30:00-05:00", title="Fire calls: kitchen fire displaces Norfolk couple",
body="""NORFOLK - Firefighters were called to the 7400 block of Granby Street at 6:10 a.m. Tuesday for a kitchen fire. The blaze was out within 15 minutes. Residents Thanh and Linh Nguyen were not hurt but were displaced; the Red Cross is assisting.""",
gold=[("P023", "subject"), ("P024", "subject")]),
dict(guid="dd-around-2026-0224", pub="2026-02-24T05:30:00-05:00", title="Police log: Virginia Beach",
body="""VIRGINIA BEACH - Larceny, 300 block of Laskin Road, Saturday: a bicycle was taken from a carport; complainant Harold Beasley told officers it was unlocked. Vandalism, Atlantic Avenue, Sunday: graffiti on a parking garage.""",
gold=[]),
dict(guid="dd-around-2026-0305", pub="2026-03-05T05:30:00-06:00", title="Milestones: Broussard",
body="""BROUSSARD - Marie Hebert Boudreaux celebrated her 84th birthday on March 3 with a family dinner at Poche's. Her children say she still makes the roux herself.""",
gold=[("P016", "subject")]),
dict(guid="dd-around-2026-0321", pub="2026-03-21T05:30:00-05:00", title="Sports briefs: Cantu earns 300th win",
body="""EDINBURG - Edinburg North baseball beat Mission Veterans 6-2 on Friday, giving Coach Rolly Cantu his 300th career victory. Cantu has led the Cougars since 2004.""",
gold=[("P029", "subject")]),
dict(guid="dd-around-2026-0415", pub="2026-04-15T05:30:00-04:00", title="Scholarships: Dalton senior wins Carpet Capital award",
body="""DALTON, Ga. - The Carpet Capital Foundation has awarded its $10,000 engineering scholarship to Sofia Ortega, a senior at Dalton High School. She will attend Georgia Tech. She is the daughter of Ruben Ortega of Dalton, owner of Ortega Tire & Alignment.""",
gold=[("P021", "parent_of_subject")]),
]
